"""Locking: on request or when idle, no client detail stays on screen and the key leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMessageBox,
    QTableView,
    QWidget,
)

from desktop.store import StoreLocked
from desktop.views.shell.main_window import MainWindow
from tests.gui.conftest import TIMEOUT_MS, save_clients, start_window, unlock_window
from tests.gui.screen_text import shown

NAMES = ("Amina", "Yusuf", "Tesfay", "Haile", "0612345678")


@pytest.fixture
def client_ids(store_dir):
    amina, tesfay = save_clients(
        store_dir, {"given_names": "Amina", "family_name": "Yusuf", "phone": "0612345678"},
        {"given_names": "Tesfay", "family_name": "Haile"})
    return {"amina": amina, "tesfay": tesfay}


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, client_ids):
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock(qtbot, win)
    return win


def unlock(qtbot, win: MainWindow) -> None:
    unlock_window(qtbot, win)
    qtbot.waitUntil(lambda: row_count(win) == 2, timeout=TIMEOUT_MS)


def row_count(win: MainWindow) -> int:
    return win.caseload.findChild(QTableView, "caseloadTable").model().rowCount()


def open_client(qtbot, win: MainWindow, client_id: str) -> None:
    win.caseload.open_client.emit(client_id)  # as a double-click on the row does
    qtbot.waitUntil(lambda: win.windowTitle() == "Amina Yusuf - Ketenplan", timeout=TIMEOUT_MS)


def names_shown(visible_only: bool) -> list[str]:
    return shown(NAMES, visible_only)


def visible_windows(win: MainWindow) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not win]


def test_ctrl_l_locks_and_leaves_no_client_detail_anywhere(qtbot, window, client_ids,
                                                           app_worker):
    open_client(qtbot, window, client_ids["amina"])
    assert names_shown(visible_only=True)  # the check below would see them
    settings_dialog = window.open_settings()
    question = QMessageBox(QMessageBox.Icon.Question, "Delete",
                           "Delete the file of Amina Yusuf?", parent=window)
    question.open()
    assert settings_dialog.isVisible() and question.isVisible()

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=TIMEOUT_MS)
    qtbot.keyClick(QApplication.activeWindow(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert window.is_locked
    assert window.pages.currentWidget() is window.unlock_panel
    assert window.windowTitle() == "Ketenplan"
    assert visible_windows(window) == []
    assert names_shown(visible_only=True) == []
    # Hidden widgets hold nothing either: the caseload and the client file were emptied.
    assert names_shown(visible_only=False) == []
    assert not window.editor.undo_stack.count()
    assert not window.new_client_action.isEnabled()
    assert window.idle_watcher.is_paused

    with qtbot.waitCallback(timeout=TIMEOUT_MS) as refused:
        app_worker.read(lambda s: s.clients.get(client_ids["amina"]), on_error=refused)
    assert isinstance(refused.args[0], StoreLocked)


def test_the_lock_action_also_locks_from_the_settings_dialog(qtbot, window):
    dialog = window.open_settings()
    dialog.activateWindow()
    window.lock_action.trigger()
    assert window.is_locked and not dialog.isVisible()
    assert dialog.old_edit.text() == ""


def test_idle_time_locks_and_input_postpones_it(qtbot, window, client_ids):
    open_client(qtbot, window, client_ids["amina"])
    watcher = window.idle_watcher
    assert not watcher.is_paused
    now = [0.0]  # the watcher's clock, moved by the test: a busy machine's pauses are no input gaps
    watcher.clock = lambda: now[0]
    watcher.resume()
    watcher.set_interval_seconds(0.6)
    # Input keeps it open for longer than the interval...
    for _ in range(10):
        qtbot.wait(60)
        now[0] += 0.1
        qtbot.keyClick(window.caseload, Qt.Key.Key_Shift)
    assert now[0] > 0.6 and not window.is_locked
    # ...and doing nothing locks it.
    now[0] += 0.7
    with qtbot.waitSignal(window.locked, timeout=TIMEOUT_MS):
        pass
    assert window.windowTitle() == "Ketenplan"
    assert names_shown(visible_only=True) == []
    assert watcher.is_paused


def _input_events(widget):
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
    centre = QPointF(5, 5)
    mouse = {"position": centre, "global": QPointF(widget.mapToGlobal(QPoint(5, 5)))}
    return {
        "key": QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier),
        "mouse move": QMouseEvent(QEvent.Type.MouseMove, mouse["position"], mouse["global"], Qt.MouseButton.NoButton,
                                  Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier),
        "click": QMouseEvent(QEvent.Type.MouseButtonPress, mouse["position"], mouse["global"],
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
        # A wheel over a field the user is not in: swallowed by the wheel guard, and still input.
        "wheel": QWheelEvent(mouse["position"], mouse["global"], QPoint(0, 0), QPoint(0, -120),
                             Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                             False),
    }


@pytest.mark.parametrize("kind", ["key", "mouse move", "click", "wheel"])
def test_every_kind_of_input_anywhere_counts_against_the_idle_lock(qtbot, window, client_ids, kind):
    from PySide6.QtWidgets import QComboBox
    open_client(qtbot, window, client_ids["amina"])
    combo = window.editor.findChildren(QComboBox)[0]  # a field the wheel must not change
    now = [100.0]
    window.idle_watcher.clock = lambda: now[0]
    now[0] = 200.0
    QApplication.sendEvent(combo, _input_events(combo)[kind])
    assert window.idle_watcher.last_input == 200.0


def test_unlocking_again_brings_the_caseload_back(qtbot, window, client_ids):
    open_client(qtbot, window, client_ids["amina"])
    window.lock()
    assert row_count(window) == 0
    unlock(qtbot, window)
    assert not window.is_locked
    assert window.pages.currentWidget() is window.work_page
    assert not window.idle_watcher.is_paused
    assert window.new_client_action.isEnabled() and window.toolbar.isVisible()
    # The client shown before the lock is read again from the store: the worker is back where they were.
    qtbot.waitUntil(lambda: window.windowTitle() == "Amina Yusuf - Ketenplan", timeout=TIMEOUT_MS)
    assert window.editor.client_id == client_ids["amina"]


def test_idle_lock_ends_a_modal_question_waiting_for_an_answer(qtbot, window, client_ids):
    open_client(qtbot, window, client_ids["amina"])
    box = QMessageBox(QMessageBox.Icon.Warning, "Unsaved changes",
                      "Save the changes to Amina Yusuf first?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                      window)
    QTimer.singleShot(TIMEOUT_MS, box.accept)  # only if the lock never comes
    window.idle_watcher.set_interval_seconds(0.3)
    answer = box.exec()  # blocks, as a modal question does, until the lock rejects it
    assert answer == QMessageBox.DialogCode.Rejected  # neither Save nor anything else
    assert window.is_locked and not box.isVisible()
    assert names_shown(visible_only=False) == []


def type_given_names(qtbot, win: MainWindow, text: str) -> None:
    field = win.editor.form.field("given_names")
    qtbot.waitUntil(lambda: field.text() == "Amina" and field.isEnabled(), timeout=TIMEOUT_MS)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    assert win.editor.has_unsaved_changes()


def test_the_lock_asks_nothing_and_keeps_unsaved_edits_as_a_draft(qtbot, window, client_ids):
    # An unattended laptop must lock without a question; the edits wait in the encrypted draft.
    open_client(qtbot, window, client_ids["amina"])
    type_given_names(qtbot, window, "Aminata")
    window.lock()
    assert window.is_locked and visible_windows(window) == []
    assert names_shown(visible_only=False) == [] and "Aminata" not in shown(("Aminata",), False)
    unlock(qtbot, window)
    field = window.editor.form.field("given_names")
    qtbot.waitUntil(lambda: field.text() == "Aminata", timeout=TIMEOUT_MS)
    assert window.editor.has_unsaved_changes()


def test_closing_with_unsaved_edits_asks_first(qtbot, window, client_ids):
    open_client(qtbot, window, client_ids["amina"])
    type_given_names(qtbot, window, "Aminata")
    window.close()
    assert window.isVisible()
    prompt = window.editor.findChild(QMessageBox, "editorPrompt")
    assert prompt is not None and prompt.isVisible()
    qtbot.mouseClick(prompt.findChild(QAbstractButton, "discardChanges"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=TIMEOUT_MS)
