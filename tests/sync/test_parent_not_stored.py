"""A record that names its client only through its parent (a plan's history line names the plan)
waits for that parent when the server could not store the parent in the same push.

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
