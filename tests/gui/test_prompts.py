"""The questions before something is lost: Enter keeps the user where they were."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from desktop.views.common.prompts import PromptSlot, ask_to_save, confirm


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def unsaved(parent, calls: list, discard: bool = True) -> QMessageBox:
    return ask_to_save(parent, "Unsaved changes", "Save first?", on_save=lambda: calls.append("save"),
                       on_discard=(lambda: calls.append("discard")) if discard else None)


def removal(parent, calls: list) -> QMessageBox:
    return confirm(parent, "Remove", "Remove this?", "Remove", lambda: calls.append("remove"),
                   button_name="confirmRemove")


ASKED = {"unsaved": unsaved, "removal": removal}


@pytest.mark.parametrize("ask", sorted(ASKED))
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape])
def test_enter_or_escape_on_a_question_does_nothing_but_close_it(qtbot, parent, ask, key):
    calls: list[str] = []
    box = ASKED[ask](parent, calls)
    qtbot.waitExposed(box)
    assert box.defaultButton().objectName() == "keepEditing"
    assert box.windowModality() == Qt.WindowModality.WindowModal
    with qtbot.waitSignal(box.finished, timeout=2000):
        qtbot.keyClick(box, key)
    assert calls == []


def test_the_unsaved_question_saves_or_discards_when_asked(qtbot, parent):
    calls: list[str] = []
    unsaved(parent, calls).findChild(QPushButton, "saveFirst").click()
    unsaved(parent, calls).findChild(QPushButton, "discardChanges").click()
    assert calls == ["save", "discard"]


def test_without_a_way_to_discard_there_is_no_discard_button(qtbot, parent):
    box = unsaved(parent, [], discard=False)
    assert box.findChild(QPushButton, "discardChanges") is None
    assert {b.objectName() for b in box.buttons()} == {"saveFirst", "keepEditing"}


def test_a_removal_is_done_only_by_its_own_button(qtbot, parent):
    calls: list[str] = []
    removal(parent, calls).findChild(QPushButton, "confirmRemove").click()
    assert calls == ["remove"]


def test_a_slot_holds_one_question_and_closes_it(qtbot, parent):
    slot = PromptSlot()
    first = slot.hold(removal(parent, []))
    with qtbot.waitSignal(first.finished, timeout=2000):
        second = slot.hold(unsaved(parent, []))  # a new question replaces the old one
    assert slot.box is second
    with qtbot.waitSignal(second.finished, timeout=2000):
        slot.close()
    assert slot.box is None
