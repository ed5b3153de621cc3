"""Two caseworkers on one laptop and one OS account, each with a store of their own (--data-dir):
each store's key is wrapped by its own passphrase, and a key remembered for one never opens the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.store import CaseloadQuery, Store, WrongPassphrase
from desktop.tasks import DbWorker
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, close_app, ready_unlock_panel, shut_down, start_window
from tests.gui.test_shell_unlock import caseload_names, type_into

SANNE, NOOR = "sanne fietst elke ochtend naar hilversum", "noor drinkt thee met veel munt"


@pytest.fixture
def two_stores(tmp_path):
    """Sanne's and Noor's stores in two folders, each with one client of theirs."""
    folders = tmp_path / "sanne", tmp_path / "noor"
    for folder, passphrase, family in ((folders[0], SANNE, "Haddad"), (folders[1], NOOR, "Yusuf")):
        store = new_store(folder, passphrase)
        store.clients.create({"given_names": "Amina", "family_name": family})
        store.close()
    return folders


def test_each_stores_key_is_wrapped_by_its_own_passphrase(two_stores):
    sanne_dir, noor_dir = two_stores
    with pytest.raises(WrongPassphrase):
        Store.unlock(noor_dir, SANNE)
    with pytest.raises(WrongPassphrase):
        Store.unlock(sanne_dir, NOOR)
    sanne, noor = Store.unlock(sanne_dir, SANNE), Store.unlock(noor_dir, NOOR)
    try:
        assert sanne.store_id != noor.store_id
        assert sanne.clients.search(CaseloadQuery(text="haddad")).total == 1
        assert noor.clients.search(CaseloadQuery(text="haddad")).total == 0  # two databases, two keys
    finally:
        sanne.close()
        noor.close()


def test_remembering_one_store_on_the_laptop_never_unlocks_the_other(qtbot, settings, two_stores, memory_keyring):
    sanne_dir, noor_dir = two_stores
    first = DbWorker()
    window = start_window(qtbot, first, settings, sanne_dir)
    panel = ready_unlock_panel(qtbot, window)
    panel.remember_check.setChecked(True)
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        window.unlock_with_passphrase(SANNE)
    qtbot.waitUntil(lambda: len(memory_keyring.secrets) == 1, timeout=TIMEOUT_MS)
    close_app(window, first)
    assert Store.unlock_with_keyring(noor_dir) is None  # no entry of Noor's store
    sanne = Store.unlock_with_keyring(sanne_dir)
    assert sanne is not None
    sanne.close()

    # Noor starts Ketenplan on her folder: the key remembered for Sanne's store does not open it,
    # and neither does Sanne's passphrase.
    second = DbWorker()
    try:
        other = start_window(qtbot, second, settings, noor_dir)
        panel = ready_unlock_panel(qtbot, other)
        assert other.is_locked and other.pages.currentWidget() is panel
        assert not panel.remember_check.isChecked()
        type_into(qtbot, panel.passphrase_edit, SANNE)
        qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.failed_attempts == 1, timeout=TIMEOUT_MS)
        assert other.is_locked
        type_into(qtbot, panel.passphrase_edit, NOOR)
        with qtbot.waitSignal(other.caseload_shown, timeout=TIMEOUT_MS):
            qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: caseload_names(other) == ["Amina Yusuf"], timeout=TIMEOUT_MS)  # hers only
        assert len(memory_keyring.secrets) == 1  # Sanne's remembered key, untouched and unused
    finally:
        shut_down(second)
