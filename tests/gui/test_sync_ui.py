"""Sync on screen, against a real server on loopback and real encrypted stores: signing in,
Sync now, a server that is down, a conflict between two devices, a person registered twice,
and a window that keeps responding while the server is slow."""

from __future__ import annotations

import json
import threading
import time
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer

from desktop.store import CaseloadQuery, Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.replica import StoreReplica
from desktop.store.schema import outbox
from desktop.sync_service import SyncService
from desktop.views.shell.main_window import MainWindow
from server import accounts
from server.db import sqlite_url
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from tests.conftest import PASSPHRASE, new_store
from tests.gui.conftest import TIMEOUT_MS, unlock_window
from tests.gui.screen_text import shown
from tests.server.live import start_in_thread
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD

# The sync tests' real server on loopback, its tenant and devices, for these tests too.
quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
tenant, devices = sync_fixtures.tenant, sync_fixtures.devices

SYNC_MS = 20_000  # a sync against the loopback server, on a busy machine
NEVER = 3_600_000  # timers the test does not want firing by themselves


def open_window(qtbot, worker, settings, store_dir, first_delay_ms: int = NEVER, **options) -> MainWindow:
    """The main window with a sync service whose timers stay quiet unless asked, unlocked."""
    options.setdefault("changes_delay_ms", NEVER)
    options.setdefault("interval_ms", NEVER)
    service = SyncService(worker, settings, first_delay_ms=first_delay_ms, **options)
    window = MainWindow(worker, settings, store_dir, kdf=FAST_KDF, sync_service=service)
    service.setParent(window)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.start()
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: window.pending_label.text() != "", timeout=TIMEOUT_MS)
    return window


def quick_retries(replica) -> SyncEngine:
    return SyncEngine(replica, connect=lambda url, token: Transport(url, token, backoff=0.02))


def enrolled_store(store_dir, url: str, username: str, password: str = PASSWORD) -> Store:
    store = new_store(store_dir)
    SyncEngine(StoreReplica(store)).enrol(url, username, password, "Laptop begeleider")
    return store


def wait_synced(qtbot, window: MainWindow) -> None:
    service = window.sync_service
    qtbot.waitUntil(lambda: not service.is_running and service.status.online is not None, timeout=SYNC_MS)


def store_value(qtbot, worker, fn, changes: set[str] | None = None):
    """A value from the window's store, read (or written) on its worker as the views do."""
    box = []
    if changes:
        worker.write(fn, changes=changes, on_done=box.append)
    else:
        worker.read(fn, on_done=box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=TIMEOUT_MS)
    return box[0]


def test_signing_in_from_the_settings_refuses_plain_http_and_a_wrong_password_then_syncs_with_progress(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    for n in range(12):
        colleague.store.clients.create({"given_names": f"Klant{n}", "family_name": "Haddad"})
    colleague.sync()
    mine = new_store(store_dir)
    mine.clients.create({"given_names": "Amina", "family_name": "Yusuf"})  # made before any server
    mine.close()
    # Small pages, so the first sync takes several steps the progress bar must follow.
    window = open_window(qtbot, app_worker, settings, store_dir,
                         engine_factory=lambda replica: SyncEngine(replica, pull_page=4))
    status = window.sync_status
    assert status.connect_button.isVisible() and status.state_label.text() == "Not connected to a server:"
    assert window.pending_label.text() == "1 change waiting to sync"

    settings_dialog = window.open_settings()
    qtbot.waitUntil(lambda: "does not sync" in settings_dialog.server_label.text(), timeout=TIMEOUT_MS)
    qtbot.mouseClick(settings_dialog.connect_button, Qt.MouseButton.LeftButton)
    dialog = window._sync_dialogs["sign_in"]
    assert dialog.isVisible() and dialog.parent() is settings_dialog  # above the settings, not blocked by them

    qtbot.keyClicks(dialog.address_edit, "http://ketenplan.example.nl")
    qtbot.keyClicks(dialog.username_edit, tenant.usernames["vluchtelingenwerk"])
    qtbot.keyClicks(dialog.password_edit, "niet mijn wachtwoord")
    assert dialog.address_problem.isVisible() and "Plain http://" in dialog.address_problem.text()
    assert not dialog.sign_in_button.isEnabled()

    dialog.address_edit.setText(tenant.url)  # http to this computer: allowed
    assert not dialog.address_problem.isVisible() and dialog.sign_in_button.isEnabled()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "The user name or password is not right.", timeout=SYNC_MS)
    assert dialog.password_edit.text() == "" and not window.sync_service.status.enrolled

    seen = []  # connected after the dialog: the bar already shows each step when this runs
    window.sync_service.progress_changed.connect(
        lambda p: seen.append((p.phase, p.fraction, dialog.progress_bar.value(), dialog.progress_bar.maximum())))
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Signed in as Youssef Amrani. Everything is synced.",
                    timeout=SYNC_MS)

    pulls = [(fraction, value, maximum) for phase, fraction, value, maximum in seen if phase == "pull"]
    assert len(pulls) >= 4
    fractions = [f for f, _v, _m in pulls]
    assert fractions == sorted(fractions) and fractions[0] < 0.5 and fractions[-1] == 1.0
    assert all(maximum == 1000 and value == int(f * 1000) for f, value, maximum in pulls)
    assert ("push", None) in [(phase, fraction) for phase, fraction, _v, _m in seen]

    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=TIMEOUT_MS)
    assert status.state_label.text() == "Online" and not status.connect_button.isVisible()
    assert status.last_sync_label.text().startswith("Last sync: today ")
    assert not status.failure_label.isVisible()
    assert "Youssef Amrani" in status.toolTip()
    rows = store_value(qtbot, app_worker, lambda s: s.clients.search(CaseloadQuery("Haddad")).rows)
    names = {c["given_names"] for c in rows}
    assert len(names) == 12  # the colleague's clients arrived


def test_sync_now_sends_the_waiting_change_and_shows_the_last_sync(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"]).close()
    window = open_window(qtbot, app_worker, settings, store_dir)
    status = window.sync_status
    assert status.last_sync_label.text() == "Never synced" and status.state_label.text() == "Connected"

    client_id = store_value(qtbot, app_worker, lambda s: s.clients.create({"given_names": "Tesfay",
                                                                           "family_name": "Haile"}),
                            changes={"clients"})
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 change waiting to sync", timeout=TIMEOUT_MS)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.sync_service.is_running
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    wait_synced(qtbot, window)
    assert status.last_sync_label.text().startswith("Last sync: today ")
    assert status.state_label.text() == "Online" and not status.failure_label.isVisible()

    colleague = devices.new("gemeente", "gemeente")
    colleague.sync()
    assert colleague.store.clients.get(client_id)["family_name"] == "Haile"  # it really reached the server


def test_a_local_change_is_synced_shortly_afterwards_by_itself(qtbot, app_worker, settings, store_dir, tenant):
    enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"]).close()
    window = open_window(qtbot, app_worker, settings, store_dir, changes_delay_ms=300)
    assert window.sync_status.last_sync_label.text() == "Never synced"

    store_value(qtbot, app_worker, lambda s: s.clients.create({"given_names": "Tesfay", "family_name": "Haile"}),
                changes={"clients"})
    qtbot.waitUntil(lambda: window.pending_label.text() == "1 change waiting to sync", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    wait_synced(qtbot, window)
    assert window.sync_status.last_sync_label.text().startswith("Last sync: today ")


def test_the_timer_syncs_only_while_unlocked(qtbot, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    store.clients.create({"given_names": "Tesfay", "family_name": "Haile"})
    store.close()
    window = open_window(qtbot, app_worker, settings, store_dir, interval_ms=200)
    finished = []
    window.sync_service.sync_finished.connect(finished.append)
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    qtbot.waitUntil(lambda: len(finished) >= 2, timeout=SYNC_MS)  # and again, every interval
    assert all(finished)

    window.lock()
    app_worker.wait_idle()
    count = len(finished)
    qtbot.wait(600)  # three intervals
    assert len(finished) == count  # locked: nothing syncs, nothing touches the closed store


@pytest.fixture
def lone_server(tmp_path):
    """A server of its own, which the test can take down."""
    data = tmp_path / "lone-server"
    data.mkdir()
    live = start_in_thread(sqlite_url(data))
    with live.db.writing() as session:
        t = accounts.create_tenant(session, "Gemeente Eemnes")
        accounts.create_user(session, t, None, "noor", "Noor Visser", "begeleider", PASSWORD)
    yield live
    live.stop()
    live.db.dispose()


@pytest.mark.parametrize("quick_look", ["says offline", "says online"])
def test_a_server_that_is_down_shows_offline_and_the_failure_never_success(
        qtbot, app_worker, settings, store_dir, lone_server, quick_hashes, quick_look):
    store = enrolled_store(store_dir, lone_server.url, "noor")
    store.clients.create({"given_names": "Haile", "family_name": "Tesfay"})
    store.close()
    lone_server.stop()
    # "says online": the server went away after the quick look; the engine finds out itself, after
    # its retries (here 20 ms apart and up, rather than half a second: the test waits less, not otherwise).
    options = {"probe": lambda _url: True, "engine_factory": quick_retries} if quick_look == "says online" else {}
    window = open_window(qtbot, app_worker, settings, store_dir, **options)
    status = window.sync_status
    shown_states = []
    window.sync_service.status_changed.connect(
        lambda _s: shown_states.append((status.state_label.text(), status.last_sync_label.text())))

    window.sync_now()
    qtbot.waitUntil(status.failure_label.isVisible, timeout=SYNC_MS)
    assert status.state_label.text() == "Offline"
    assert status.failure_label.text() == "Sync failed: the server could not be reached"
    assert "Your changes are kept" in status.failure_label.toolTip()
    assert window.pending_label.text() == "1 change waiting to sync"
    assert status.last_sync_label.text() == "Never synced"
    assert shown_states and all(last == "Never synced" for _state, last in shown_states)
    assert all(state != "Online" for state, _last in shown_states)
    summary = store_value(qtbot, app_worker, lambda s: s.sync.summary())
    assert summary.last_success_at is None and summary.pending_count == 1


def test_a_conflict_between_two_devices_shows_in_the_status_and_is_resolved_in_the_dialog(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    client_id = colleague.store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                                "phone": "06-10000000"})
    colleague.sync()
    mine = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    SyncEngine(StoreReplica(mine)).sync()
    # Both change the phone number before syncing: the colleague's reaches the server first.
    colleague.store.clients.update(client_id, {"phone": "06-11111111"})
    colleague.sync()
    mine.clients.update(client_id, {"phone": "06-22222222"})
    mine.close()

    window = open_window(qtbot, app_worker, settings, store_dir, first_delay_ms=0)  # syncs on unlock
    status = window.sync_status
    qtbot.waitUntil(status.conflicts_button.isVisible, timeout=SYNC_MS)
    assert status.conflicts_button.text() == "1 conflict to resolve"

    qtbot.mouseClick(status.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window._sync_dialogs["conflicts"]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=TIMEOUT_MS)
    row = [dialog.table.item(0, column).text() for column in range(3)]
    assert row == ["Amina Haddad", "Client file", "Phone"]
    assert dialog.current.value.text() == "06-11111111"  # side by side: what the record has...
    assert dialog.current.author.text() == "Changed by Sanne de Vries"
    assert dialog.set_aside.value.text() == "06-22222222"  # ...and what was set aside, nothing lost
    assert dialog.set_aside.author.text() == "Changed by Youssef Amrani"
    assert store_value(qtbot, app_worker, lambda s: s.clients.get(client_id)["phone"]) == "06-11111111"

    qtbot.mouseClick(dialog.set_aside.keep_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.empty_label.isVisible, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not status.conflicts_button.isVisible(), timeout=TIMEOUT_MS)
    assert store_value(qtbot, app_worker, lambda s: s.clients.get(client_id)["phone"]) == "06-22222222"

    window.sync_now()
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    wait_synced(qtbot, window)
    colleague.sync()
    assert colleague.store.clients.get(client_id)["phone"] == "06-22222222"
    assert colleague.store.sync.open_conflicts() == []  # resolved on every device

    window.lock()  # the dialog named the client: after a lock nothing does
    qtbot.waitUntil(lambda: not shown(("Amina", "06-22222222"), visible_only=False), timeout=TIMEOUT_MS)


def test_the_same_person_registered_on_two_devices_is_merged_in_the_duplicates_dialog(
        qtbot, app_worker, settings, store_dir, tenant, devices):
    colleague = devices.new("gemeente", "gemeente")
    first = colleague.store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                            "v_number": "1234567890"})
    colleague.sync()
    mine = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    second = mine.clients.create({"given_names": "Amina", "family_name": "Haddad", "v_number": "1234567890",
                                  "phone": "06-12345678"})
    mine.close()

    window = open_window(qtbot, app_worker, settings, store_dir, first_delay_ms=0)
    status = window.sync_status
    qtbot.waitUntil(status.duplicates_button.isVisible, timeout=SYNC_MS)
    assert status.duplicates_button.text() == "1 possible duplicate"

    qtbot.mouseClick(status.duplicates_button, Qt.MouseButton.LeftButton)
    dialog = window._sync_dialogs["duplicates"]
    qtbot.waitUntil(lambda: dialog.current_pair() is not None, timeout=TIMEOUT_MS)
    a, b = dialog.cells["v_number"]
    assert a.text() == b.text() == "1234567890" and a.property("same") == "true"
    phones = sorted(cell.text() for cell in dialog.cells["phone"])
    assert phones == ["-", "06-12345678"]  # both files side by side
    kept_by_default = dialog.current_pair()["a" if dialog.keep_a.isChecked() else "b"]["id"]
    assert kept_by_default == first  # the file registered first

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.empty_label.isVisible, timeout=TIMEOUT_MS)
    assert dialog.message.text() == "Merged: Amina Haddad now holds both files."
    qtbot.waitUntil(lambda: not status.duplicates_button.isVisible(), timeout=TIMEOUT_MS)
    kept = store_value(qtbot, app_worker, lambda s: s.clients.get(first))
    assert kept["phone"] == "06-12345678"  # the empty field filled from the other file

    window.sync_now()
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    wait_synced(qtbot, window)
    colleague.sync()
    assert [c["id"] for c in colleague.store.clients.search(CaseloadQuery("Haddad")).rows] == [first]
    assert colleague.store.clients.get(first)["phone"] == "06-12345678"
    assert second not in [c["id"] for c in colleague.store.clients.search(CaseloadQuery("Amina")).rows]


def test_a_change_the_server_refuses_is_listed_with_its_reason_and_dismissed(
        qtbot, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    record_id = str(uuid.uuid4())
    with store.engine.begin() as conn:  # a kind of record this server does not know (a newer app's)
        conn.execute(outbox.insert().values(op_id=str(uuid.uuid4()), entity="reminders", record_id=record_id,
                                            op="insert", after=json.dumps({"id": record_id, "text": "Bellen"}),
                                            created_at="2026-03-01T10:00:00.000000Z"))
    store.close()
    window = open_window(qtbot, app_worker, settings, store_dir, first_delay_ms=0)
    status = window.sync_status
    qtbot.waitUntil(status.rejects_button.isVisible, timeout=SYNC_MS)
    assert status.rejects_button.text() == "1 change refused"
    assert window.pending_label.text() == "No changes waiting to sync"  # set aside: it holds nothing up

    qtbot.mouseClick(status.rejects_button, Qt.MouseButton.LeftButton)
    dialog = window._sync_dialogs["rejects"]
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    group = dialog.tree.topLevelItem(0)
    assert group.text(0) == "The server could not read the change · 1 change"  # plain words, not the server's
    assert group.child(0).text(1).startswith("New · ")
    qtbot.mouseClick(dialog.dismiss_button, Qt.MouseButton.LeftButton)  # the group is chosen
    qtbot.waitUntil(dialog.empty_label.isVisible, timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not status.rejects_button.isVisible(), timeout=TIMEOUT_MS)
    assert store_value(qtbot, app_worker, lambda s: s.sync.rejects()) == []


class SlowLink:
    """The real server, answering each request only after `wait()` returns; `requests` counts them."""

    def __init__(self, link: Transport, wait, requests: list):
        self.link, self.wait, self.requests = link, wait, requests

    def login(self, request):
        return self.link.login(request)

    def push(self, request):
        self.requests.append("push")
        self.wait()
        return self.link.push(request)

    def pull(self, after, limit):
        self.requests.append("pull")
        self.wait()
        return self.link.pull(after, limit)

    def close(self):
        self.link.close()


def slow_engine(wait, requests: list | None = None):
    requests = [] if requests is None else requests
    return lambda replica: SyncEngine(replica, connect=lambda url, token: SlowLink(Transport(url, token), wait,
                                                                                   requests),
                                      pull_page=2, push_batch=2)


def test_the_window_keeps_responding_while_a_slow_server_syncs(
        qtbot, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    for n in range(4):
        store.clients.create({"given_names": f"Klant{n}", "family_name": "Haile"})
    store.close()
    # The server answers each request only once the GUI thread has handled a timer event while
    # it waited: a sync that blocked the GUI thread would see no event and give up the wait.
    ticked, seen = threading.Event(), []

    def wait_for_the_gui():
        ticked.clear()
        seen.append(ticked.wait(10))

    window = open_window(qtbot, app_worker, settings, store_dir, engine_factory=slow_engine(wait_for_the_gui))
    tick = QTimer(window)
    tick.setInterval(10)
    tick.timeout.connect(ticked.set)
    tick.start()
    window.sync_now()
    qtbot.waitUntil(lambda: window.pending_label.text() == "No changes waiting to sync", timeout=SYNC_MS)
    wait_synced(qtbot, window)
    tick.stop()

    assert len(seen) >= 3 and all(seen), seen  # two batches pushed, pages pulled: each waited with the GUI live
    assert window.sync_status.state_label.text() == "Online"


def test_locking_stops_a_running_sync_at_its_next_step(qtbot, app_worker, settings, store_dir, tenant):
    store = enrolled_store(store_dir, tenant.url, tenant.usernames["vluchtelingenwerk"])
    for n in range(12):
        store.clients.create({"given_names": f"Klant{n}", "family_name": "Haile"})
    store.close()
    requests: list[str] = []
    window = open_window(qtbot, app_worker, settings, store_dir,
                         engine_factory=slow_engine(lambda: time.sleep(0.5), requests))
    window.sync_now()
    qtbot.waitUntil(lambda: window.sync_status.progress_bar.maximum() == 12, timeout=SYNC_MS)  # sending

    asked_before = len(requests)
    window.lock()
    app_worker.wait_idle(timeout=10)  # the store is closed once the sync has stopped
    assert len(requests) - asked_before <= 1  # at most the request under way: none of the 5 batches and pages left
    assert window.sync_status.pending_label.text() == "" and not window.sync_status.progress_bar.isVisible()

    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        summary = store.sync.summary()
        assert summary.last_success_at is None  # stopped is not synced
        assert 0 < summary.pending_count < 12  # what was answered stays answered; the rest waits
    finally:
        store.close()


def test_the_interval_is_drawn_anew_around_the_set_one(app_worker, settings):
    """Laptops started together must not keep reaching the server in the same second."""
    service = SyncService(app_worker, settings, interval_ms=120_000, first_delay_ms=NEVER, changes_delay_ms=NEVER)
    draws = [service.next_interval_ms() for _ in range(200)]
    assert all(96_000 <= d <= 144_000 for d in draws)
    assert len(set(draws)) > 150  # spread, not one value
    assert 110_000 < sum(draws) / len(draws) < 130_000  # on average the interval that was set
    service.shutdown()
