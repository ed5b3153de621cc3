"""The demo store made without a server holds the sociale kaart the app ships for the demo: the
Sociale kaart page and the refer dialog show its services offline. It is held as received from a
server (nothing of it waits to be sent), its chain partners are linked to the store's own
organisations, and a second fill adds nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.demo import fill_demo_store
from desktop.store import CaseloadQuery, Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.schema import outbox
from desktop.tasks import DbWorker
from desktop.views.common.refer_dialog import ReferDialog
from desktop.views.socialmap.socialmap_view import SocialMapView
from domain.arrival.demo_hilversum import demo_directory
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, shut_down


@pytest.fixture
def demo(qtbot, tmp_path):
    data_dir = tmp_path / "demo"
    summary = fill_demo_store(data_dir, PASSPHRASE, clients=12, seed=3, kdf=FAST_KDF, trajectories=False)
    store = Store.unlock(data_dir, PASSPHRASE)
    worker = DbWorker()
    with qtbot.waitSignal(worker.busy_changed, timeout=TIMEOUT_MS, check_params_cb=lambda b: not b):
        worker.open(lambda: store)
    yield summary, store, worker, data_dir
    shut_down(worker)


def test_the_offline_demo_holds_the_kaart_as_received(demo):
    summary, store, worker, data_dir = demo
    shipped = demo_directory()
    held, problems = store.social_map.directory()
    assert summary["kaart_items"] > len(shipped.services) and not problems
    assert {s.id for s in held.services} == {s.id for s in shipped.services}
    with store.engine.connect() as conn:  # nobody's change: nothing of it goes to a server
        assert not conn.execute(select(outbox.c.seq).where(outbox.c.entity == "social_map_items")).first()
    own = {o["id"]: o["kind"] for o in store.directory.organisations()}
    linked = {o.chain_role: own.get(o.chain_organisation_id) for o in held.organizations if o.chain_organisation_id}
    assert linked.get("taalschool") == "taalschool" and linked.get("gemeente") == "gemeente"
    worker.wait_idle()


def test_a_second_fill_adds_no_second_kaart(qtbot, tmp_path):
    data_dir = tmp_path / "twice"
    fill_demo_store(data_dir, PASSPHRASE, clients=4, seed=3, kdf=FAST_KDF, trajectories=False)
    again = fill_demo_store(data_dir, PASSPHRASE, clients=4, seed=4, kdf=FAST_KDF, trajectories=False)
    assert again["kaart_items"] == 0
    with_server = fill_demo_store(tmp_path / "server", PASSPHRASE, clients=4, seed=3, kdf=FAST_KDF,
                                  trajectories=False, organisation_id="org-of-the-user")
    assert "kaart_items" not in with_server  # the server's coordinator sends it there


def test_the_kaart_page_and_the_refer_dialog_show_the_services_offline(qtbot, demo):
    _summary, store, worker, _data_dir = demo
    page = SocialMapView(worker)
    qtbot.addWidget(page)
    page.resize(1240, 600)
    page.show()
    page.reload()
    qtbot.waitUntil(lambda: page.services.count() == len(demo_directory().services), timeout=TIMEOUT_MS)
    assert "Inburgeringscursus" in " ".join(page.services.item(i).text() for i in range(page.services.count()))
    person = store.clients.search(CaseloadQuery(limit=1)).rows[0]  # one of the demo's people is referred
    dialog = ReferDialog(worker, None, client_id=person["id"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services.count() == len(demo_directory().services), timeout=TIMEOUT_MS)
