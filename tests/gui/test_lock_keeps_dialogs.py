"""A lock closes every dialog; those that hold no client data open again after the unlock with what
was typed, but for passwords and passphrases, which are typed again."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import TIMEOUT_MS, save_clients, start_window, unlock_window

ADDRESS, USERNAME, SECRET = "https://ketenplan.proefstad.nl", "s.devries", "geheim wachtwoord 2026"


def _window(qtbot, app_worker, settings, store_dir):
    save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    return window


def _relock(qtbot, window) -> None:
    window.lock()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window] == []
    unlock_window(qtbot, window)


def test_the_sign_in_keeps_the_address_and_user_name_through_a_lock_never_the_password(
        qtbot, app_worker, settings, store_dir):
    window = _window(qtbot, app_worker, settings, store_dir)
    dialog = window.open_sign_in()
    dialog.address_edit.setText(ADDRESS)
    dialog.username_edit.setText(USERNAME)
    dialog.password_edit.setText(SECRET)
    dialog.username_edit.setFocus()
    _relock(qtbot, window)
    dialog = window._sync_dialogs["sign_in"]
    qtbot.waitUntil(dialog.isVisible, timeout=TIMEOUT_MS)
    assert (dialog.address_edit.text(), dialog.username_edit.text(), dialog.password_edit.text()) == (
        ADDRESS, USERNAME, "")
    assert dialog.focusWidget() is dialog.username_edit  # where the person was typing


def test_the_settings_and_the_sign_in_over_them_both_come_back(qtbot, app_worker, settings, store_dir):
    window = _window(qtbot, app_worker, settings, store_dir)
    dialog = window.open_settings()
    dialog.idle_spin.setValue(dialog.idle_spin.value() + 7)
    chosen = dialog.idle_spin.value()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.old_edit.setText(SECRET)
    dialog.connect_button.click()
    sign_in = window._sync_dialogs["sign_in"]
    sign_in.address_edit.setText(ADDRESS)
    _relock(qtbot, window)
    qtbot.waitUntil(lambda: dialog.isVisible() and window._sync_dialogs["sign_in"].isVisible(), timeout=TIMEOUT_MS)
    assert (dialog.idle_spin.value(), dialog.language_combo.currentData(), dialog.old_edit.text()) == (
        chosen, "en", "")
    assert window._sync_dialogs["sign_in"].address_edit.text() == ADDRESS
    assert settings.idle_lock_minutes != chosen  # kept as typed, not yet confirmed


def test_a_dialog_closed_before_the_lock_stays_closed(qtbot, app_worker, settings, store_dir):
    window = _window(qtbot, app_worker, settings, store_dir)
    dialog = window.open_settings()
    dialog.reject()
    _relock(qtbot, window)
    assert not dialog.isVisible() and "sign_in" not in window._sync_dialogs
