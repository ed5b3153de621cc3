"""Records moved from one client to another on the server (duplicates merged): a device that held
them under a client it keeps, and may not see the client they moved to, drops them at its next
sync; a device that may see that client receives them. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tests.server.client import op
from tests.server.test_authorisation_matrix import make_town

MOVED = (("visits", "visit"), ("intakes", "intake"), ("form_parts", "language_part"), ("plans", "plan"),
         ("plan_goals", "goal_language"), ("plan_actions", "action_taal"))


@pytest.fixture
def town(server):
    town = make_town(server)
    yield town
    for device in town.devices:
        device.close()


def _move(town, holder, names, to: str, *, delete: str | None = None) -> None:
    """The gemeente moves these records to another client, as its desktop's merge does: ordinary
    updates of their client_id, and the merged-away client tombstoned."""
    ops = []
    for entity, name in names:
        base = holder.records[town.key(entity, name)]
        ops.append(op(entity, town.ids[name], "update", base=base, fields={**base, "client_id": town.ids[to]}))
    if delete is not None:
        base = holder.records[town.key("clients", delete)]
        ops.append(op("clients", town.ids[delete], "update", base=base, fields={**base, "deleted": True}))
    answers = town.device("km").push(*ops)
    assert {a["status"] for a in answers} == {"applied"}, answers


def test_records_merged_into_a_client_the_begeleider_may_not_see_leave_its_laptop(town):
    km, begeleider, school = town.holder("km"), town.holder("begeleider"), town.holder("taal")
    moved = {town.key(entity, name) for entity, name in MOVED}
    assert moved <= set(begeleider.records)
    _move(town, km, MOVED, to="bashir", delete="amina")  # Amina merged into Bashir, whom only the gemeente sees
    for holder in (begeleider, school):
        holder.sync()
        assert moved.isdisjoint(holder.records)
    assert begeleider.records[town.key("clients", "amina")]["deleted"] is True  # the tombstone it holds
    km.sync()  # who may see Bashir receives them under him
    assert all(km.records[key]["client_id"] == town.ids["bashir"] for key in moved)


def test_a_record_moved_without_any_scope_change_is_dropped_and_told_once(town):
    begeleider, school, budget = town.holder("begeleider"), town.holder("taal"), town.holder("budget")
    km = town.holder("km")
    action = town.key("plan_actions", "action_taal")
    assert action in school.records and action not in budget.records
    cursor = school.device.cursor
    _move(town, km, [("plan_actions", "action_taal")], to="bashir")
    lost = school.device.pull(cursor)  # the answer never reached the laptop: it is told again
    assert [tuple(d) for d in lost["drop"]] == [action]
    school.sync()
    assert action not in school.records
    school.sync()
    assert all(page["drop"] == [] for page in school.pages[-1:])  # applied: never again
    begeleider.sync()
    assert action not in begeleider.records
    budget.sync()  # holds Bashir, never held the action (Amina's then, and another organisation's)
    assert all(page["drop"] == [] for page in budget.pages)


def test_a_record_moved_to_a_client_the_device_sees_arrives_and_is_not_dropped(town):
    begeleider, school, km = town.holder("begeleider"), town.holder("taal"), town.holder("km")
    action = town.key("plan_actions", "bashir_action")
    assert action not in begeleider.records and action not in school.records
    _move(town, km, [("plan_actions", "bashir_action")], to="amina")  # Bashir's action filed under Amina
    for holder in (begeleider, school):  # the school's own action, under a client who consented to its plan
        holder.sync()
        assert holder.records[action]["client_id"] == town.ids["amina"]
        assert all(list(map(tuple, page["drop"])).count(action) == 0 for page in holder.pages)
