"""`make run`'s demo server: a real server process in the background, its accounts made once,
the demo store filled, signed in as a begeleider of its own directory and synced, and stopped
again by `make stop`."""

from __future__ import annotations

import time

import httpx
import pytest

from desktop.store import CaseloadQuery, Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.replica import StoreReplica
from server.db import Database
from sync.client.engine import SyncEngine
from tests.conftest import new_store
from tests.server.live import free_port
from tests.sync import conftest as sync_fixtures
from tools import demo_server

quick_hashes = sync_fixtures.quick_hashes
PASSPHRASE = "demo passphrase for the test"


@pytest.fixture
def run(tmp_path):
    run = demo_server.RunDir(tmp_path / "run")
    yield run
    demo_server.stop_server(run, quiet=True)


@pytest.mark.slow
def test_start_makes_a_synced_demo_and_stop_ends_the_server(tmp_path, run, quick_hashes):
    url = demo_server.start_server(run, free_port())
    pid = int(run.pid_file.read_text())
    assert httpx.get(f"{url}/health").status_code == 200
    assert demo_server.ensure_accounts(run.database_url) is True
    demo_server.publish_demo_kaart(run, url)
    store_dir = tmp_path / "demo-store"
    demo_server.prepare_store(store_dir, PASSPHRASE, url, clients=30, server_is_new=True, kdf=FAST_KDF)

    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        me = store.current_worker()
        begeleiders = {w["id"]: w["name"] for w in store.directory.workers("begeleider")}
        assert begeleiders[me] == "Noor Visser"  # the demo user is one of the store's own begeleiders
        assert len(begeleiders) == 4 and len(store.directory.organisations()) == len(demo_server.ORGANISATIONS)
        page = store.clients.search(CaseloadQuery(limit=500))
        assert page.total >= 30
        assert {c["begeleider_id"] for c in page.rows} - {None} <= set(begeleiders)
        summary = store.sync.summary()
        assert summary.enrolled and summary.pending_count == 0 and summary.last_success_at
        # Everything the demo wrote is in the device's caseload: the server refused nothing.
        assert summary.rejects == 0, store.sync.rejects()[:3]
        # The coordinator's kaart reached the begeleider's device; referrals went with the clients.
        kaart, problems = store.social_map.directory()
        assert problems == () and len(kaart.services) == 10 and kaart.municipality_name == "Hilversum"
        referred = [r for c in page.rows for r in store.referrals.for_client(c["id"])]
        assert len(referred) == 6 and sum(bool(r["shared_parts"]) for r in referred) == 1
        with store.engine.connect() as conn:  # the journey's stories and ratings went along
            journey = [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in ("stories", "stage_ratings")]
        assert min(journey) > 0
    finally:
        store.close()

    # The server holds the demo: a colleague's new device receives every client.
    colleague = new_store(tmp_path / "colleague")
    try:
        engine = SyncEngine(StoreReplica(colleague))
        engine.enrol(url, "sanne", demo_server.DEMO_PASSWORD, "Laptop Sanne")
        engine.sync()
        assert colleague.clients.search(CaseloadQuery(limit=500)).total == page.total
        with colleague.engine.connect() as conn:  # and their stories and ratings, as written
            assert [conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                    for t in ("stories", "stage_ratings")] == journey
    finally:
        colleague.close()

    # Again: the same server process, no second tenant, nothing added to the store.
    assert demo_server.start_server(run) == url and int(run.pid_file.read_text()) == pid
    assert demo_server.ensure_accounts(run.database_url) is False
    demo_server.prepare_store(store_dir, PASSPHRASE, url, clients=30, server_is_new=False)
    db = Database(run.database_url)
    try:
        from server.models import Tenant
        with db.reading() as session:
            assert session.query(Tenant).count() == 1
    finally:
        db.dispose()

    assert demo_server.stop_server(run) is True
    deadline = time.monotonic() + 5
    while demo_server._alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not demo_server._alive(pid) and not run.pid_file.exists()
    assert demo_server.server_url(run) is None
