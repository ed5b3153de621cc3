"""A record waits for what it names when the server could not store that in the same push: its
parent (a plan's history line names the plan), its client (a new client's plan), its household (a
new household's members), and in turn what waits for those.

Stored without it, the line would belong to no client: devices that hold only their clients'
records would never receive it, not even after the parent was stored, and would end without
it while their cursors stood at the server's newest change (found by
test_three_devices_property.py: devices ended without a new plan's history lines).
"""

from __future__ import annotations

import pytest

from sync.errors import SyncError
from tests.sync.records import outbox
from tests.sync.test_faults import Network, _pair, assert_in_step, device_records, server_faults


@pytest.fixture
def tenant(tenant_on_each_database):
    return tenant_on_each_database


def test_a_plans_history_waits_for_the_plan_the_server_could_not_store(devices, tenant):
    with server_faults() as broken_server:
        laptop, other = _pair(devices, Network(broken_server))
        client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
        laptop.sync()
        other.sync()
        plan_id = laptop.store.plans.start(client_id)  # the plan, then its history lines, in the outbox
        laptop.store.plans.actions.add(plan_id, {"description": "Taalschool kiezen", "due_on": "2026-04-01",
                                                 "worker_id": laptop.store.current_worker()})
        entities = [e["entity"] for e in outbox(laptop.store)]
        assert entities.index("plans") < entities.index("plan_history")
        history = {e["record_id"] for e in outbox(laptop.store) if e["entity"] == "plan_history"}
        broken_server.unstorable.add(plan_id)

        with pytest.raises(SyncError):
            laptop.sync()
        waiting = {e["record_id"] for e in outbox(laptop.store)}
        assert plan_id in waiting and history <= waiting  # sent again with the plan, not stored without it

        laptop.sync()
        other.sync()
        assert {("plan_history", h) for h in history} <= device_records(other.store).keys()
        assert_in_step(tenant, laptop.store, other.store)


def _new_client_with_a_plan(store) -> tuple[str, str]:
    client_id = store.clients.create({"given_names": "Yonas", "family_name": "Tesfay"})
    plan_id = store.plans.start(client_id)
    store.plans.actions.add(plan_id, {"description": "Inschrijven bij de bibliotheek", "due_on": "2026-04-01",
                                      "worker_id": store.current_worker()})
    return client_id, client_id


def _new_household_with_two_people(store) -> tuple[str, str]:
    main = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.clients.add_to_household(main, {"given_names": "Sami", "family_name": "Haddad"})
    return store.clients.get(main)["household_id"], main


@pytest.mark.parametrize("sender", ["gemeente", "vluchtelingenwerk"])  # a klantmanager, a begeleider
@pytest.mark.parametrize("made, unstorable_kind", [(_new_client_with_a_plan, "client"),
                                                  (_new_household_with_two_people, "household")])
def test_what_names_a_new_client_or_household_the_server_could_not_store_waits_for_it(
        devices, tenant, made, unstorable_kind, sender):
    """A new client's plan and actions name the client; a new household's members name the
    household. Judged while the server had failed to store the client or household in the same push,
    they were refused for good as outside the caseload, and stayed on the sending device only (found
    by test_three_devices_property.py: a device ended with a plan and an action the server never had)."""
    with server_faults() as broken_server:
        receiver = "gemeente" if sender == "vluchtelingenwerk" else "vluchtelingenwerk"
        laptop = devices.new(sender, sender, connect=Network(broken_server).connect(0))
        other = devices.new(receiver, receiver)
        laptop.sync()
        other.sync()
        unstorable_id, _client = made(laptop.store)
        broken_server.unstorable.add(unstorable_id)

        with pytest.raises(SyncError):
            laptop.sync()
        assert laptop.store.sync.rejects() == []  # nothing refused: all of it waits
        assert unstorable_id in {e["record_id"] for e in outbox(laptop.store)}

        laptop.sync()
        other.sync()
        assert laptop.store.sync.rejects() == [] and outbox(laptop.store) == []
        assert_in_step(tenant, laptop.store, other.store)
