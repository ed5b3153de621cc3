"""The regional comparison against a real server on loopback: a coordinator sees the own municipality
beside the other sharing one and the region's total; offline, the copy kept beside the store is shown
with when it was fetched; a municipality that does not share is told so, plainly."""

from __future__ import annotations

import uuid

import pytest

from desktop.monitoring.region_copy import COPY_FILE
from desktop.store.replica import StoreReplica
from desktop.tasks import DbWorker
from desktop.views.monitoring.region_view import RegionView
from server import accounts, region_settings
from server.models import Tenant
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, shut_down
from tests.server.live import free_port
from tests.sync import conftest as sync_fixtures
from tests.sync.conftest import PASSWORD, Devices, make_tenant

quick_hashes, sync_server = sync_fixtures.quick_hashes, sync_fixtures.sync_server
SERVER_MS = 20_000


def _people(devices: Devices, n: int, worked: int) -> list[str]:
    """n persons settled in 2021 with a plan, `worked` of them part-time within the window; synced."""
    device = devices.new(f"km-{uuid.uuid4().hex[:6]}")
    names = []
    for k in range(n):
        name = f"Regiopersoon{k}x{uuid.uuid4().hex[:4]}"
        names.append(name)
        cid = device.store.clients.create({"given_names": name, "family_name": "Test", "date_of_birth": "1990-01-01",
                                           "stage": "gevestigd", "koppeling_date": "2020-12-01",
                                           "vestiging_date": "2021-03-01"})
        plan = device.store.plans.start(cid, seed_goals=False)
        if k < worked:
            device.store.plans.milestones.add(plan, {"kind": "paid_work_parttime", "reached_on": "2022-01-01"})
    device.sync()
    return names


@pytest.fixture
def region(sync_server, store, tmp_path):
    """Two municipalities sharing one region; the test's store is a coordinator's of the first."""
    own, other = make_tenant(sync_server), make_tenant(sync_server)
    names = _people(Devices(tmp_path / "own", own), 12, 7) + _people(Devices(tmp_path / "other", other), 9, 3)
    region_name = f"Regio {uuid.uuid4().hex[:6]}"
    with sync_server.db.writing() as session:
        for t in (own, other):
            region_settings.set_region(session, session.get(Tenant, t.tenant_id), region_name, True)
        tenant_names = [session.get(Tenant, t.tenant_id).name for t in (own, other)]
    SyncEngine(StoreReplica(store)).enrol(own.url, sync_fixtures.add_coordinator(own), PASSWORD, "Kantoorlaptop")
    return region_name, tenant_names, names, own


def _rows(view: RegionView) -> dict[str, list[str]]:
    """The rows of cohort 2021: label -> the texts of its columns."""
    tree = view.tree
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if "2021" in top.text(0):
            return {top.child(j).text(0): [top.child(j).text(c) for c in range(1, tree.columnCount())]
                    for j in range(top.childCount())}
    return {}


def test_the_own_municipality_beside_the_other_and_the_region_then_offline_the_copy(
        qtbot, region, worker, store):
    region_name, (own_name, other_name), names, _own = region
    view = RegionView(worker)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.copy is not None and view.fetch_button.isEnabled(), timeout=SERVER_MS)
    view.targets.setCurrentRow(1)  # E2: part-time work
    rows = _rows(view)
    columns = view.copy.figures.columns
    realised, missed = columns.index("realised"), columns.index("not_realised")
    own = rows[f"{own_name} (own)"]
    assert (own[realised], own[missed], own[len(columns)]) == ("7", "5", "12")
    other = rows[other_name]
    assert other[realised] == "<5" and other[missed] == "x", "3 is small; 6 would give it away: hidden too"
    total = rows["Region total"]
    assert total[realised] == "x" and total[len(columns)] == "21"
    assert own[-1] == "58%" and total[-1] == ""
    assert region_name in view.status.text() and "2 municipalities" in view.status.text()
    bars = {b.label: b for b in view.chart.bars}
    assert bars[own_name].pct == pytest.approx(58.3, abs=0.1) and bars[other_name].pct is None
    assert bars[other_name].text == "hidden"

    kept = (store.data_dir / COPY_FILE).read_text(encoding="utf-8")
    assert all(name not in kept for name in names), "the copy holds counts, never a person"

    # Offline: the server cannot be reached; what was fetched is shown, and when.
    offline = RegionView(worker, connect=lambda _url, token: Transport(f"http://127.0.0.1:{free_port()}", token,
                                                                       retries=0))
    qtbot.addWidget(offline)
    offline.show()
    offline.start()
    qtbot.waitUntil(lambda: "cannot be reached" in offline.status.text(), timeout=SERVER_MS)
    assert "Shown: the figures fetched" in offline.status.text()
    offline.targets.setCurrentRow(1)
    assert _rows(offline)[f"{own_name} (own)"][realised] == "7"


def test_a_municipality_that_stops_sharing_is_told_and_shows_no_old_copy(qtbot, region, worker, store, sync_server):
    _name, _tenants, _names, own = region
    view = RegionView(worker)
    qtbot.addWidget(view)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.copy is not None and view.fetch_button.isEnabled(), timeout=SERVER_MS)
    with sync_server.db.writing() as session:
        region_settings.set_region(session, session.get(Tenant, own.tenant_id), None, False)
    view.fetch()
    qtbot.waitUntil(lambda: "does not share its figures" in view.status.text(), timeout=SERVER_MS)
    assert view.copy is None and view.tree.topLevelItemCount() == 0
    qtbot.waitUntil(lambda: not (store.data_dir / COPY_FILE).exists(), timeout=TIMEOUT_MS)


def test_the_dashboard_opens_the_comparison(qtbot, worker):
    from desktop.views.monitoring.dashboard_view import DashboardView
    dashboard = DashboardView(worker)
    qtbot.addWidget(dashboard)
    dashboard.show()
    dashboard.region_button.click()
    view = dashboard.region_view
    assert isinstance(view, RegionView) and view.isVisible()
    qtbot.waitUntil(lambda: "does not sync with a server" in view.status.text(), timeout=TIMEOUT_MS)
    dashboard.clear()  # locked: the comparison closes with the figures
    assert not view.isVisible()


def test_an_administrator_stops_sharing_from_the_comparison(qtbot, region, tmp_path, sync_server):
    _name, _tenants, _names, own = region
    username = f"beheer-{uuid.uuid4().hex[:6]}"
    with sync_server.db.writing() as session:
        accounts.create_user(session, session.get(Tenant, own.tenant_id), None, username, "Bea Beheer",
                             "administrator", PASSWORD)
    admin_store = new_store(tmp_path / "admin")
    SyncEngine(StoreReplica(admin_store)).enrol(own.url, username, PASSWORD, "Beheerlaptop")
    admin_worker = DbWorker()
    admin_worker.open(lambda: admin_store)
    try:
        view = RegionView(admin_worker)
        qtbot.addWidget(view)
        view.show()
        view.start()
        qtbot.waitUntil(lambda: view.share.isVisible() and view.copy is not None, timeout=SERVER_MS)
        assert view.share.share_box.isChecked() and view.share.region_edit.text() == _name
        view.share.share_box.setChecked(False)
        view.share.save_button.click()
        qtbot.waitUntil(lambda: "does not share its figures" in view.status.text(), timeout=SERVER_MS)
        with sync_server.db.reading() as session:
            assert session.get(Tenant, own.tenant_id).share_region is False
        assert view.share.message.text() == "Saved."
        view.close()
    finally:
        shut_down(admin_worker)
        admin_store.close()


def test_a_coordinator_does_not_get_the_choice(qtbot, region, worker):
    view = RegionView(worker)
    qtbot.addWidget(view)
    view.show()
    view.start()
    qtbot.waitUntil(lambda: view.copy is not None and view.fetch_button.isEnabled(), timeout=SERVER_MS)
    assert not view.share.isVisible()
