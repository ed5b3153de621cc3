"""The welcome workshop page in the real window on the real SQLCipher store: Alt+5 opens it, a lock
takes every name off it and keeps the session being typed, the unlock brings both back; a person's
workshops show in their client file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.store import Store
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, save_clients, start_window, unlock_window


@pytest.fixture
def filled(store_dir):
    [amina] = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf", "languages": ["ar"]})
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        session = store.workshops.save_session({"held_on": "2026-03-10", "starts_at": "14:00",
                                                "place": "Stadhuis", "languages": ["nl", "ar"]})
        [invitation] = store.workshops.invite(session, [amina], today=date(2026, 3, 1)).made
        store.workshops.record(invitation, status="attended", card_handed_out=True, card_language="ar")
    finally:
        store.close()
    return amina, session


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, filled):
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, win)
    return win


def test_the_page_opens_locks_clean_and_comes_back_with_its_draft(qtbot, window, store_dir, filled):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    page = window.workshops
    assert page is not None and window.work_pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.sessions.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    page.sessions.setCurrentItem(page.sessions.topLevelItem(0))
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=TIMEOUT_MS)
    assert page.table.item(0, 0).text() == "Amina Yusuf"
    page.new_session()
    qtbot.keyClicks(page.editor.place, "Wijkcentrum Oost")
    window.lock()
    assert page.table.rowCount() == 0 and page.sessions.topLevelItemCount() == 0
    assert page.editor.place.text() == "" and page.heading.text() == ""
    unlock_window(qtbot, window)
    assert window.work_pages.currentWidget() is page  # back where the lock found the worker
    qtbot.waitUntil(lambda: page.editor.place.text() == "Wijkcentrum Oost", timeout=TIMEOUT_MS)
    assert page.pages.currentWidget() is page.editor


def test_the_client_file_shows_the_persons_workshop(qtbot, window, filled):
    amina, _ = filled
    window.workspace.open_client(amina)
    line = window.workspace.workshop_line
    qtbot.waitUntil(line.isVisible, timeout=TIMEOUT_MS)
    assert line.text() == "Welcome workshop: 10-03-2026 14:00, Stadhuis: attended, card handed out (Arabic)"
    window.lock()
    assert line.text() == "" and not line.isVisible()
