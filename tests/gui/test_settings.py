"""Settings: typed values that persist, and the passphrase change through the dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.settings import IDLE_MINUTES_DEFAULT, Settings
from desktop.store import Store, WrongPassphrase
from desktop.store.store import KEY_NAME
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    TIMEOUT_MS,
    save_clients,
    settings_file,
    start_window,
    unlock_window,
)

NEW_PASSPHRASE = "zeilen op het gooimeer in juni"


@pytest.fixture
def client_id(store_dir):
    [client_id] = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    return client_id


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, client_id):
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, win)
    return win


def fill_change(qtbot, dialog, old: str, new: str, confirm: str | None = None) -> None:
    for edit, text in ((dialog.old_edit, old), (dialog.new_fields.new_edit, new),
                       (dialog.new_fields.confirm_edit, new if confirm is None else confirm)):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_changing_the_passphrase_keeps_the_data_under_the_new_one_only(
        qtbot, window, app_worker, store_dir, client_id):
    dialog = window.open_settings()
    key_before = (store_dir / KEY_NAME).read_bytes()

    # A wrong current passphrase: said plainly, nothing changes.
    fill_change(qtbot, dialog, "niet mijn huidige zin", NEW_PASSPHRASE)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.change_message.isVisible, timeout=TIMEOUT_MS)
    assert dialog.change_message.text() == (
        "The current passphrase is not right. Nothing was changed.")
    assert dialog.old_edit.text() == ""
    assert (store_dir / KEY_NAME).read_bytes() == key_before

    # A new passphrase that breaks the rules cannot be sent at all.
    fill_change(qtbot, dialog, PASSPHRASE, "te kort", "te kort")
    assert not dialog.change_button.isEnabled()
    assert "at least 12 characters" in dialog.new_fields.problems_label.text()

    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has been changed" in dialog.change_message.text(),
                    timeout=TIMEOUT_MS)
    assert dialog.new_fields.new_edit.text() == "" and dialog.old_edit.text() == ""

    window.lock()
    app_worker.wait_idle()
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, PASSPHRASE)
    store = Store.unlock(store_dir, NEW_PASSPHRASE)
    try:
        assert store.clients.get(client_id)["family_name"] == "Yusuf"
    finally:
        store.close()

    # And the app unlocks with it.
    unlock_window(qtbot, window, NEW_PASSPHRASE)


def test_idle_minutes_and_language_persist(qtbot, window, tmp_path):
    dialog = window.open_settings()
    assert dialog.idle_spin.value() == IDLE_MINUTES_DEFAULT
    dialog.idle_spin.setValue(9)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.idle_watcher.interval_seconds == 9 * 60

    again = Settings(settings_file(tmp_path))
    assert again.idle_lock_minutes == 9
    assert again.language == "en"

    # Cancel keeps what was stored.
    dialog = window.open_settings()
    assert dialog.idle_spin.value() == 9
    dialog.idle_spin.setValue(30)
    dialog.reject()
    assert Settings(settings_file(tmp_path)).idle_lock_minutes == 9


def test_remember_on_device_can_be_switched_in_settings(qtbot, window, memory_keyring):
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.remember_check.isEnabled, timeout=TIMEOUT_MS)
    assert not dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(True)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(memory_keyring.secrets), timeout=TIMEOUT_MS)
    # The unlock screen after a lock shows the same.
    window.lock()
    qtbot.waitUntil(window.unlock_panel.remember_check.isChecked, timeout=TIMEOUT_MS)
    unlock_window(qtbot, window)

    dialog = window.open_settings()
    qtbot.waitUntil(dialog.remember_check.isEnabled, timeout=TIMEOUT_MS)
    assert dialog.remember_check.isChecked()
    dialog.remember_check.setChecked(False)
    dialog.accept()
    qtbot.waitUntil(lambda: not memory_keyring.secrets, timeout=TIMEOUT_MS)


def test_without_a_keyring_settings_say_why_remember_is_off(window):
    dialog = window.open_settings()
    assert not dialog.remember_check.isEnabled()
    assert dialog.keyring_note.isVisible()


def test_values_out_of_range_or_unknown_fall_back_to_defaults(tmp_path):
    raw = settings_file(tmp_path)
    raw.setValue("preferences/idle_lock_minutes", "500")
    raw.setValue("preferences/language", "fr")
    settings = Settings(raw)
    assert settings.idle_lock_minutes == IDLE_MINUTES_DEFAULT
    assert settings.language == "nl"
    raw.setValue("preferences/idle_lock_minutes", "abc")
    assert settings.idle_lock_minutes == IDLE_MINUTES_DEFAULT
    settings.idle_lock_minutes = 0  # clamped into 1..120
    assert settings.idle_lock_minutes == 1
    with pytest.raises(ValueError):
        settings.language = "fr"


def test_upgrade_steps_run_once_in_order(tmp_path):
    raw = settings_file(tmp_path)
    raw.setValue("meta/settings_version", 1)
    raw.setValue("lock_minutes", "7")  # a key as an older layout might have named it
    ran = []

    def to_2(qs: QSettings) -> None:
        ran.append(2)
        qs.setValue("preferences/idle_lock_minutes", qs.value("lock_minutes"))
        qs.remove("lock_minutes")

    def to_3(qs: QSettings) -> None:
        ran.append(3)

    settings = Settings(raw, upgrades={2: to_2, 3: to_3}, version=3)
    assert ran == [2, 3]
    assert settings.version == 3
    assert settings.idle_lock_minutes == 7
    assert not raw.contains("lock_minutes")
    Settings(raw, upgrades={2: to_2, 3: to_3}, version=3)
    assert ran == [2, 3]


def test_window_geometry_is_kept_apart_from_preferences(qtbot, window, tmp_path):
    window.resize(1100, 700)
    window.close()
    again = Settings(settings_file(tmp_path))
    assert again.window_geometry is not None
    assert again.splitter_state is not None
    assert not any(key.startswith("preferences/window") for key in again.qsettings.allKeys())
    assert {k.split("/")[0] for k in again.qsettings.allKeys()} <= {"meta", "preferences",
                                                                     "window"}


def test_the_worker_of_this_device_is_chosen_in_settings_and_signs_each_change(qtbot, app_worker, settings,
                                                                               store_dir):
    save_clients(store_dir)
    store = Store.unlock(store_dir, PASSPHRASE)
    worker_id = store.directory.add_worker("Joost Bakker", "begeleider", None)
    store.close()
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    dialog = window.open_settings()
    qtbot.waitUntil(dialog.worker_combo.isEnabled, timeout=TIMEOUT_MS)
    assert dialog.worker_combo.currentData() is None
    dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findData(worker_id))
    dialog.accept()
    app_worker.wait_idle()
    qtbot.wait(50)
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert store.current_worker() == worker_id
    finally:
        store.close()
