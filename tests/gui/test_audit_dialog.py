"""The audit log dialog against a real server on loopback: a coordinator finds who made and who read a
person's file, pages on with More; a klantmanager is told plainly the role may not; offline says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.store.keyfile import FAST_KDF
from desktop.store.replica import StoreReplica
from desktop.sync_service import SyncService
from desktop.views.admin.audit_view import AuditDialog
from desktop.views.shell.main_window import MainWindow
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, unlock_window
from tests.server.live import free_port
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD

quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
tenant, devices = sync_fixtures.tenant, sync_fixtures.devices

SERVER_MS = 20_000
NEVER = 3_600_000


def window_of(qtbot, worker, settings, store_dir, url: str, username: str) -> MainWindow:
    """The main window on a store signed in as this user, unlocked and synced once."""
    store = new_store(store_dir)
    SyncEngine(StoreReplica(store)).enrol(url, username, PASSWORD, "Kantoorlaptop")
    store.close()
    service = SyncService(worker, settings, first_delay_ms=0, changes_delay_ms=NEVER, interval_ms=NEVER)
    window = MainWindow(worker, settings, store_dir, kdf=FAST_KDF, sync_service=service)
    service.setParent(window)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: service.status.last_success_at is not None and not service.is_running, timeout=SERVER_MS)
    return window


def rows(dialog: AuditDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(table.columnCount())]
            for r in range(table.topLevelItemCount())]


def search_for(qtbot, dialog: AuditDialog, person: str = "") -> None:
    qtbot.waitUntil(lambda: dialog.client_combo.count() > 1, timeout=TIMEOUT_MS)  # the caseload is in
    dialog.client_combo.setEditText(person)
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.search_button.isEnabled(), timeout=SERVER_MS)


def test_a_coordinator_finds_who_made_and_who_read_a_file_and_pages_on(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    amina = colleague.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    colleague.store.clients.create({"given_names": "Tesfay", "family_name": "Haile"})
    colleague.sync()
    colleague.store.clients.update(amina, {"phone": "0612345678"})
    colleague.sync()
    window = window_of(qtbot, app_worker, settings, store_dir, tenant.url, sync_fixtures.add_coordinator(tenant))

    assert window.audit_action in window.toolbar.actions()
    window.audit_action.trigger()
    dialog = window._sync_dialogs["audit"]
    assert dialog.isVisible() and dialog.windowTitle() == "Audit log"
    search_for(qtbot, dialog, "Amina Haddad")

    lines = rows(dialog)
    # Newest first; each sync's pull hands the file out again, to the colleague's own device too.
    assert [(line[1], line[2], line[3], line[4]) for line in lines] == [
        ("Carla Coördinator", "Kantoorlaptop", "Read", "Amina Haddad"),  # the coordinator's own first sync
        ("Sanne de Vries", "gemeente", "Read", "Amina Haddad"),
        ("Sanne de Vries", "gemeente", "Change", "Amina Haddad"),
        ("Sanne de Vries", "gemeente", "Read", "Amina Haddad"),
        ("Sanne de Vries", "gemeente", "New", "Amina Haddad"),
    ]
    assert lines[0][5] == "1 record: Client file"
    assert lines[2][5] == "Client file" and lines[2][6] == "Phone"
    assert "Given names (permit)" in lines[4][6] and "Family name (permit)" in lines[4][6]
    assert all(line[0].startswith("today ") for line in lines)
    assert dialog.message.text() == "5 lines" and not dialog.more_button.isVisible()

    # By worker: only the colleague's lines, both people's.
    dialog.worker_combo.setCurrentIndex(dialog.worker_combo.findText("Sanne de Vries"))
    search_for(qtbot, dialog)
    assert sorted((line[3], line[4]) for line in rows(dialog)) == [
        ("Change", "Amina Haddad"), ("New", "Amina Haddad"), ("New", "Tesfay Haile"),
        ("Read", "Amina Haddad"), ("Read", "Amina Haddad"), ("Read", "Tesfay Haile")]
    assert {line[1] for line in rows(dialog)} == {"Sanne de Vries"}

    # A period before today: nothing.
    dialog.worker_combo.setCurrentIndex(0)
    dialog.to_edit.setDate(dialog.from_edit.date())
    search_for(qtbot, dialog, "Amina Haddad")
    assert rows(dialog) == [] and dialog.message.text() == "Nothing in the audit log matches this search."


def test_more_brings_the_next_page(qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    for name in ("Amina", "Tesfay", "Yonas"):
        colleague.store.clients.create({"given_names": name, "family_name": "Haddad"})
    colleague.sync()
    window = window_of(qtbot, app_worker, settings, store_dir, tenant.url, sync_fixtures.add_coordinator(tenant))
    dialog = AuditDialog(app_worker, window, page_size=2)
    qtbot.addWidget(dialog)
    dialog.show()
    search_for(qtbot, dialog)
    assert len(rows(dialog)) == 2 and dialog.more_button.isVisible()
    assert dialog.message.text() == "2 lines; there are more."
    for shown in (4, 6, 8):
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=shown: len(rows(dialog)) == n, timeout=SERVER_MS)
    qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.more_button.isVisible(), timeout=SERVER_MS)
    # Three new files; each read by the colleague's own pull and by the coordinator's: nothing twice.
    assert sorted((line[3], line[4]) for line in rows(dialog)) == sorted(
        [("New", f"{n} Haddad") for n in ("Amina", "Tesfay", "Yonas")] * 1
        + [("Read", f"{n} Haddad") for n in ("Amina", "Tesfay", "Yonas")] * 2)


def test_a_klantmanager_is_told_the_role_may_not_and_offline_says_so(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    colleague.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    colleague.sync()
    window = window_of(qtbot, app_worker, settings, store_dir, tenant.url, tenant.usernames["gemeente"])
    dialog = window.open_audit()
    search_for(qtbot, dialog, "Amina Haddad")
    assert rows(dialog) == []
    assert dialog.message.text().startswith("Your role may not read the audit log: only coordinators and "
                                            "administrators may.")

    dialog.client_combo.setEditText("Iemand Anders")
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ('There is no person called "Iemand Anders" on this device. Pick a person '
                                     'from the list.')

    closed = f"http://127.0.0.1:{free_port()}"
    offline = AuditDialog(app_worker, window, connect=lambda _url, token: Transport(closed, token, retries=0))
    qtbot.addWidget(offline)
    offline.show()
    search_for(qtbot, offline, "Amina Haddad")
    assert offline.message.text().startswith("The server could not be reached.")
