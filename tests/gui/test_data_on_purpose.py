"""Data changes only on purpose: a wheel over a field, a stray Enter or a default nobody chose
writes nothing; the real window on the real store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

from desktop.views.shell.work_pages import PLAN_TAB
from tests.gui.conftest import TIMEOUT_MS, start_window, two_clients_one_with_plan, unlock_window

HANDOVER_TAB = 1


@pytest.fixture
def client_ids(store_dir):
    return two_clients_one_with_plan(store_dir)


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, client_ids):
    win = start_window(qtbot, app_worker, settings, store_dir)
    win.resize(1280, 720)
    unlock_window(qtbot, win)
    return win


def read_now(qtbot, win, fn):
    box = []
    win._worker.read(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT_MS)
    return box[0]


def open_client(qtbot, win, client_id, tab=0):
    win.workspace.open_client(client_id, tab)
    qtbot.waitUntil(lambda: win.editor.client_id == client_id and win.editor.form.isEnabled(), timeout=TIMEOUT_MS)


def value_of(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return widget.value()


def wheel(widget: QWidget, steps: int = -1) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value_widgets(root: QWidget) -> list[QWidget]:
    found = root.findChildren(QWidget)
    return [w for w in found if w.isVisible() and w.isEnabled() and not isinstance(w, QScrollBar)
            and isinstance(w, QComboBox | QAbstractSpinBox | QAbstractSlider)]


def screens(qtbot, win, client_ids):
    for client_id in client_ids:
        open_client(qtbot, win, client_id)
        for tab in range(win.workspace.tabs.count()):
            win.workspace.show_tab(tab)
            QApplication.processEvents()
            win._worker.wait_idle()
            QApplication.processEvents()
            if tab == PLAN_TAB and client_id == client_ids[0]:
                qtbot.waitUntil(lambda: win.workspace.plan.page == "plan", timeout=TIMEOUT_MS)
                for section in range(win.workspace.plan.sections.count()):
                    win.workspace.plan.show_section(section)
                    yield f"plan section {section}"
                continue
            yield f"tab {tab}"
    win.show_agenda()
    yield "agenda"
    win.show_my_actions()
    yield "my actions"
    win.show_workshops()
    win.workshops.new_session()
    yield "a workshop session's form"
    win.workshops.editor.cancel()


def test_a_wheel_changes_no_unfocused_field_on_any_screen(qtbot, window, client_ids):
    pending = read_now(qtbot, window, lambda store: store.pending_changes())
    stored = read_now(qtbot, window, lambda store: store.clients.get(client_ids[0]))
    window.caseload.focus_search()
    checked, changed = 0, []
    for screen in screens(qtbot, window, client_ids):
        for widget in value_widgets(window):
            if widget.hasFocus():
                continue
            before = value_of(widget)
            for steps in (-1, 1, 1):  # down, then up past the start: some step moves any value
                wheel(widget, steps)
                if value_of(widget) != before:
                    changed.append(f"{screen}: {type(widget).__name__} {widget.objectName()}")
                    break
            checked += 1
    assert checked > 20 and changed == []
    window.workspace.flush()
    window._worker.wait_idle()
    assert read_now(qtbot, window, lambda store: store.pending_changes()) == pending  # nothing written
    assert read_now(qtbot, window, lambda store: store.clients.get(client_ids[0]))["sex"] == stored["sex"]


def test_the_wheel_over_a_closed_drop_down_scrolls_the_file(qtbot, window, client_ids):
    open_client(qtbot, window, client_ids[0])
    window.caseload.focus_search()
    sex = window.editor.form.field("sex")
    bar = window.editor.form._scroll.verticalScrollBar()
    before, index = bar.value(), sex.currentIndex()
    wheel(sex, -3)
    assert sex.currentIndex() == index and not window.editor.has_unsaved_changes()
    assert bar.maximum() == 0 or bar.value() != before  # the page moved instead
    assert sex.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives it no focus either


def test_a_stray_enter_starts_no_plan_and_no_handover(qtbot, window, client_ids):
    without = client_ids[1]
    open_client(qtbot, window, without, PLAN_TAB)
    plan = window.workspace.plan
    qtbot.waitUntil(lambda: plan.page == "start", timeout=TIMEOUT_MS)
    for target in (QApplication.focusWidget() or window, plan.start_button):
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.keyClick(target, Qt.Key.Key_Enter)
    window._worker.wait_idle()
    QApplication.processEvents()
    assert plan.page == "start"
    assert read_now(qtbot, window, lambda store: store.plans.for_client(without)) is None

    window.workspace.show_tab(HANDOVER_TAB)
    handover = window.workspace.handovers
    qtbot.waitUntil(lambda: handover.page == "start", timeout=TIMEOUT_MS)
    assert handover.variant_to_start.currentData() is None and not handover.start_button.isEnabled()
    qtbot.keyClick(handover.variant_to_start, Qt.Key.Key_Return)
    window._worker.wait_idle()
    assert read_now(qtbot, window, lambda store: store.handovers.for_client(without)) == []


def test_every_question_in_the_client_file_defaults_to_keep_editing(qtbot, window, client_ids):
    from PySide6.QtWidgets import QMessageBox

    open_client(qtbot, window, client_ids[0])
    window.editor.form.field("phone").setText("0612")
    window.editor._edited()
    window.workspace.open_client(client_ids[1])  # unsaved edits: the question comes
    box = window.editor.findChild(QMessageBox, "editorPrompt")
    assert box is not None and box.defaultButton().objectName() == "keepEditing"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # a habitual Enter
    assert window.editor.client_id == client_ids[0] and window.editor.form.field("phone").text() == "0612"
    window.editor.revert()

    read_now(qtbot, window, lambda store: store.clients.update(client_ids[1], {"v_number": "1234567890"}))
    window.workspace.new_client()
    qtbot.waitUntil(lambda: window.editor.form.isEnabled(), timeout=TIMEOUT_MS)
    window.editor.form.field("given_names").setText("Tesfay")
    window.editor.form.field("family_name").setText("Haile")
    window.editor.form.field("v_number").setText("1234567890")
    window.editor.save()
    qtbot.waitUntil(lambda: window.editor.findChild(QMessageBox, "editorPrompt") is not None
                    and window.editor.findChild(QMessageBox, "editorPrompt").isVisible(), timeout=TIMEOUT_MS)
    box = window.editor.findChild(QMessageBox, "editorPrompt")
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # neither leaves the typing
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.editor.client_id is None and window.editor.form.field("given_names").text() == "Tesfay"


def test_a_wheel_changes_nothing_in_a_dialog_either(qtbot, window):
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    dialog.setFocus()
    widgets = [w for w in value_widgets(dialog) if not w.hasFocus()]
    assert widgets  # the idle minutes, the language
    for widget in widgets:
        before = value_of(widget)
        for steps in (-1, 1, 1):
            wheel(widget, steps)
            assert value_of(widget) == before, widget.objectName()
    dialog.reject()
