"""The app shell's first start and unlock: passphrase rules, wrong attempts, quick unlock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.store import Store, WrongPassphrase
from desktop.store.store import DB_NAME, KEY_NAME
from desktop.tasks import DbWorker
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, close_app, ready_unlock_panel, save_clients, shut_down, start_window
from tests.gui.test_first_start import go_offline

GOOD = "fietsen langs de vecht in april"


@pytest.fixture
def saved_store(store_dir):
    save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    return store_dir


def caseload_names(window) -> list[str]:
    table = window.caseload.findChild(QTableView, "caseloadTable")
    model = table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_first_start_refuses_poor_passphrases_and_creates_an_encrypted_store(
        qtbot, app_worker, settings, store_dir):
    window = start_window(qtbot, app_worker, settings, store_dir)
    go_offline(qtbot, window)
    page = window.setup_page
    assert window.pages.currentWidget() is page
    fields, button = page.fields, page.create_button
    assert fields.new_edit.echoMode() == fields.new_edit.EchoMode.Password

    type_into(qtbot, fields.new_edit, "kort")
    type_into(qtbot, fields.confirm_edit, "kort")
    assert not button.isEnabled()
    assert "at least 12 characters" in fields.problems_label.text()

    type_into(qtbot, fields.new_edit, "wachtwoord123")
    type_into(qtbot, fields.confirm_edit, "wachtwoord123")
    assert not button.isEnabled()
    assert "Too easy to guess" in fields.problems_label.text()
    assert fields.strength_label.text() in ("very weak", "weak")

    type_into(qtbot, fields.new_edit, GOOD)
    type_into(qtbot, fields.confirm_edit, GOOD + "!")
    assert not button.isEnabled()
    assert "do not match" in fields.problems_label.text()
    assert fields.strength_bar.value() >= 3
    assert fields.strength_label.text() in ("strong", "very strong")

    fields.show_check.setFocus()
    qtbot.keyClick(fields.show_check, Qt.Key.Key_Space)
    assert fields.confirm_edit.echoMode() == fields.confirm_edit.EchoMode.Normal
    type_into(qtbot, fields.confirm_edit, GOOD)
    assert fields.problems_label.isHidden()
    assert button.isEnabled()

    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.work_page
    assert not window.is_locked
    assert fields.new_edit.text() == "" and fields.confirm_edit.text() == ""

    # On disk: a wrapped key and a database that is not readable SQLite.
    assert (store_dir / KEY_NAME).exists()
    assert not (store_dir / DB_NAME).read_bytes().startswith(b"SQLite format 3")
    app_worker.close()
    app_worker.wait_idle()
    Store.unlock(store_dir, GOOD).close()
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, "fietsen langs de vecht in mei")


def test_a_later_start_asks_for_the_passphrase_and_shows_the_caseload(
        qtbot, app_worker, settings, saved_store):
    window = start_window(qtbot, app_worker, settings, saved_store)
    panel = ready_unlock_panel(qtbot, window)
    assert window.pages.currentWidget() is panel
    assert window.setup_page is None
    assert not window.toolbar.isVisible()
    assert not window.lock_action.isEnabled()

    type_into(qtbot, panel.passphrase_edit, PASSPHRASE)
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(panel.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: caseload_names(window) == ["Amina Yusuf"], timeout=TIMEOUT_MS)
    assert window.toolbar.isVisible()
    # The status bar counts the changes waiting for sync, and follows every write.
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 change waiting to sync",
                    timeout=TIMEOUT_MS)
    app_worker.write(lambda s: s.clients.create({"given_names": "Tesfay", "family_name": "Haile"}),
                     changes={"clients"})
    qtbot.waitUntil(lambda: window.pending_label.text() == "2 changes waiting to sync",
                    timeout=TIMEOUT_MS)


def test_a_wrong_passphrase_is_said_plainly_and_repeated_tries_must_wait(
        qtbot, app_worker, settings, saved_store):
    key_before = (saved_store / KEY_NAME).read_bytes()
    db_before = (saved_store / DB_NAME).read_bytes()
    window = start_window(qtbot, app_worker, settings, saved_store)
    panel = ready_unlock_panel(qtbot, window)

    for attempt in (1, 2, 3):
        type_into(qtbot, panel.passphrase_edit, f"niet de goede zin {attempt}")
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda a=attempt: panel.failed_attempts == a, timeout=TIMEOUT_MS)
        assert panel.message_label.text() == "That passphrase is not right. Nothing was changed."
        assert panel.message_label.isVisible()
        assert panel.passphrase_edit.text() == ""
    assert window.is_locked and window.pages.currentWidget() is panel

    # The third mistake makes the button wait, with the seconds shown.
    type_into(qtbot, panel.passphrase_edit, PASSPHRASE)
    assert not panel.unlock_button.isEnabled()
    assert panel.countdown_label.isVisible()
    assert "try again in 1 second" in panel.countdown_label.text()
    panel.unlock()  # Enter while waiting does nothing either
    assert window.is_locked
    qtbot.waitUntil(panel.unlock_button.isEnabled, timeout=3000)
    assert not panel.countdown_label.isVisible()

    assert (saved_store / KEY_NAME).read_bytes() == key_before
    assert (saved_store / DB_NAME).read_bytes() == db_before
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: caseload_names(window) == ["Amina Yusuf"], timeout=TIMEOUT_MS)
    assert panel.failed_attempts == 0


def test_remember_on_device_opens_the_next_start_without_the_passphrase(
        qtbot, settings, saved_store, memory_keyring):
    first_worker = DbWorker()
    window = start_window(qtbot, first_worker, settings, saved_store)
    panel = ready_unlock_panel(qtbot, window)
    assert panel.remember_check.isEnabled() and not panel.remember_check.isChecked()
    assert not panel.keyring_note.isVisible()
    panel.remember_check.setChecked(True)
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        window.unlock_with_passphrase(PASSPHRASE)
    qtbot.waitUntil(lambda: bool(memory_keyring.secrets), timeout=TIMEOUT_MS)
    close_app(window, first_worker)

    # The next start: a new worker, a new window, and no passphrase typed.
    second_worker = DbWorker()
    try:
        again = start_window(qtbot, second_worker, settings, saved_store)
        # The keyring's answer comes through the event loop, so after start() has returned.
        qtbot.waitSignal(again.caseload_shown, timeout=TIMEOUT_MS).wait()
        qtbot.waitUntil(lambda: caseload_names(again) == ["Amina Yusuf"], timeout=TIMEOUT_MS)

        # After a lock the passphrase is asked again, and the box shows what is remembered.
        again.lock()
        qtbot.waitUntil(lambda: again.unlock_panel.remember_check.isChecked(),
                        timeout=TIMEOUT_MS)
        assert again.is_locked and again.pages.currentWidget() is again.unlock_panel
    finally:
        shut_down(second_worker)


def test_without_a_keyring_remember_is_disabled_and_says_why(
        qtbot, app_worker, settings, saved_store):
    window = start_window(qtbot, app_worker, settings, saved_store)
    panel = ready_unlock_panel(qtbot, window)
    assert not panel.remember_check.isEnabled()
    assert not panel.remember_check.isChecked()
    assert panel.keyring_note.isVisible()
    assert panel.keyring_note.text() == (
        "This computer has no keyring; you unlock with your passphrase.")
