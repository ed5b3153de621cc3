"""Two devices of two organisations against a real server on loopback, on SQLite and on
PostgreSQL: offline edits of one plan meet, every action arrives, the one conflict is kept,
resolved once, and both agree."""

import pytest
from sqlalchemy import text

from desktop.store.outbox import pending_count
from desktop.store.replica import StoreReplica
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from tests.sync.conftest import make_tenant


@pytest.fixture(params=["sqlite", "postgresql"])
def tenant(request):
    """The begeleider works at VluchtelingenWerk: two organisations, on each database."""
    return make_tenant(request.getfixturevalue("sync_server" if request.param == "sqlite" else "pg_sync_server"),
                       begeleider_at="vluchtelingenwerk")


def _plan_state(store, plan_id):
    plan = store.plans.get(plan_id)
    return plan["leerroute_reason"], sorted(a["description"] for a in plan["actions"])


def _client_of_both(gemeente, vwn, **fields) -> str:
    """The klantmanager registers Amina and assigns the begeleider: she is in both organisations' caseloads."""
    gemeente.sync()  # the directory, with the begeleider in it
    return gemeente.store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                          "begeleider_id": vwn.store.current_worker(), **fields})


def _fk_problems(store):
    with store.engine.connect() as conn:
        return conn.execute(text("PRAGMA foreign_key_check")).all()


def test_two_organisations_edit_one_plan_offline_and_agree_after_resolving_the_conflict(devices):
    gemeente = devices.new("gemeente", "gemeente")
    vwn = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    client_id = _client_of_both(gemeente, vwn, v_number="1234567890")
    plan_id = gemeente.store.plans.start(client_id)
    gemeente.sync()
    vwn.sync()
    assert vwn.store.plans.get_header(plan_id)["client_id"] == client_id

    # Offline, each adds an action of their own and writes a different reason for the route.
    gemeente.store.plans.actions.add(plan_id, {"description": "Taalschool kiezen", "due_on": "2026-04-01",
                                               "worker_id": gemeente.store.current_worker()})
    gemeente.store.plans.update(plan_id, {"leerroute_reason": "Wil snel aan het werk"})
    vwn.store.plans.actions.add(plan_id, {"description": "Huisbezoek met tolk", "due_on": "2026-03-15",
                                          "worker_id": vwn.store.current_worker()})
    vwn.store.plans.update(plan_id, {"leerroute_reason": "Eerst alfabetisering"})

    first = gemeente.sync()
    second = vwn.sync()
    gemeente.sync()
    assert first.push_conflicts == 0 and second.push_conflicts == 1  # the second to arrive meets the first
    assert {"plans", "plan_actions", "sync_conflicts"} <= second.changed  # what the views refresh

    both = ("Huisbezoek met tolk", "Taalschool kiezen")
    for device in (gemeente, vwn):
        assert _plan_state(device.store, plan_id) == ("Wil snel aan het werk", list(both))
        assert pending_count_of(device) == 0
    [on_gemeente] = gemeente.store.sync.open_conflicts()
    [on_vwn] = vwn.store.sync.open_conflicts()
    assert on_gemeente["id"] == on_vwn["id"]  # one conflict, seen on both devices
    assert (on_vwn["entity"], on_vwn["record_id"], on_vwn["field"]) == ("plans", plan_id, "leerroute_reason")
    assert (on_vwn["base"], on_vwn["mine"], on_vwn["theirs"]) == ("", "Eerst alfabetisering",
                                                                  "Wil snel aan het werk")
    assert on_vwn["mine_author_name"] == "Youssef Amrani" and on_vwn["theirs_author_name"] == "Sanne de Vries"
    assert on_vwn["client_name"] == "Amina Haddad"

    vwn.store.sync.resolve_conflict(on_vwn["id"], "mine")  # they agree on the begeleider's reason
    vwn.sync()
    gemeente.sync()
    for device in (gemeente, vwn):
        assert _plan_state(device.store, plan_id) == ("Eerst alfabetisering", list(both))
        assert device.store.sync.open_conflicts() == []
        assert pending_count_of(device) == 0 and _fk_problems(device.store) == []
    history = {(h["field"], h["new"]) for h in gemeente.store.plans.history(plan_id)}
    assert ("leerroute_reason", "Eerst alfabetisering") in history  # the other side's history came along


def pending_count_of(device):
    with device.store.engine.connect() as conn:
        return pending_count(conn)


class EditBeforePull:
    """The server link, with a person's edit made after the push and before the pull."""

    def __init__(self, link, edit):
        self.link, self.edit = link, edit

    def login(self, request):
        return self.link.login(request)

    def push(self, request):
        return self.link.push(request)

    def pull(self, after, limit):
        if self.edit is not None:
            self.edit()
            self.edit = None
        return self.link.pull(after, limit)

    def close(self):
        self.link.close()


def test_an_edit_made_during_a_sync_is_merged_and_its_conflict_shown_at_once(devices):
    gemeente = devices.new("gemeente", "gemeente")
    vwn = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    client_id = _client_of_both(gemeente, vwn)
    gemeente.sync()
    vwn.sync()
    vwn.store.clients.update(client_id, {"phone": "06-22222222"})
    vwn.sync()

    # The gemeente, not yet having the begeleider's phone number, types another while its sync runs.
    edit = lambda: gemeente.store.clients.update(  # noqa: E731
        client_id, {"phone": "06-11111111", "notes": "Heeft een fiets nodig"})
    racing = SyncEngine(StoreReplica(gemeente.store),
                        connect=lambda url, token: EditBeforePull(Transport(url, token), edit))
    report = racing.sync()
    assert report.merged == 1 and report.local_conflicts == 1
    client = gemeente.store.clients.get(client_id)
    assert client["phone"] == "06-22222222" and client["notes"] == "Heeft een fiets nodig"
    [conflict] = gemeente.store.sync.open_conflicts()  # seen here at once, before any further sync
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("phone", "06-11111111", "06-22222222")

    gemeente.sync()
    vwn.sync()
    assert [c["id"] for c in vwn.store.sync.open_conflicts()] == [conflict["id"]]
    assert vwn.store.clients.get(client_id)["notes"] == "Heeft een fiets nodig"
    assert pending_count_of(gemeente) == 0
