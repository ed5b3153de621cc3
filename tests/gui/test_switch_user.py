"""Switching user from the settings, against a real server on loopback: the sign-in screen says
who is signed in; another person is refused in words of its own while the changes of the person
before wait, and is signed in once they are sent."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import install_translators
from desktop.store import CaseloadQuery
from desktop.views.common.sync_texts import sign_in_error
from sync.client.engine import UnsentChanges
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.test_sync_ui import SYNC_MS, enrolled_store, open_window, store_value, wait_synced
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD

quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
tenant = sync_fixtures.tenant


def test_switching_user_waits_for_the_changes_of_the_person_before(qtbot, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    store.clients.create({"given_names": "Amina", "family_name": "Yusuf"})  # not sent yet
    store.close()
    window = open_window(qtbot, app_worker, settings, store_dir)
    settings_dialog = window.open_settings()
    qtbot.waitUntil(lambda: "Youssef Amrani" in settings_dialog.server_label.text(), timeout=TIMEOUT_MS)
    assert settings_dialog.connect_button.text() == "Switch user or server..."
    qtbot.mouseClick(settings_dialog.connect_button, Qt.MouseButton.LeftButton)
    dialog = window._sync_dialogs["sign_in"]
    assert dialog.switch_note.isVisible() and "Signed in now as Youssef Amrani" in dialog.switch_note.text()
    assert dialog.address_edit.text() == tenant.url

    qtbot.keyClicks(dialog.username_edit, tenant.usernames["gemeente"])
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "still holds changes of Youssef Amrani" in dialog.message.text(), timeout=SYNC_MS)
    assert "The server refused" not in dialog.message.text()
    assert window.sync_service.status.account_name == "Youssef Amrani"  # nothing changed

    dialog.reject()
    window.sync_service.sync_now()  # the person before sends their changes
    wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)

    window.open_sign_in()
    qtbot.keyClicks(dialog.username_edit, tenant.usernames["gemeente"])
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Signed in as Sanne de Vries. Everything is synced.",
                    timeout=SYNC_MS)
    assert window.sync_service.status.account_name == "Sanne de Vries"
    rows = store_value(qtbot, app_worker, lambda s: s.clients.search(CaseloadQuery("Yusuf")).rows)
    assert [r["given_names"] for r in rows] == ["Amina"]  # back from the server, as Sanne may see it


def test_the_refusal_has_its_own_dutch_sentence(qapp):
    refused = UnsentChanges("English text from the engine")
    refused.person = "Noor Visser"
    assert sign_in_error(refused).startswith("This device still holds changes of Noor Visser")
    translators = install_translators(qapp, "nl")
    try:
        text = sign_in_error(refused)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
    assert "Noor Visser" in text and "wijzigingen" in text and "English" not in text
