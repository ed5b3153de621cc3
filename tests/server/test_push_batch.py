"""A push writes its records together at its end: records saved earlier in the same push are
read back from memory, by the access rules and by the client derivation alike."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from server import accounts
from server.models import Record
from tests.server.client import PASSWORD, Device, new_id, op


def _begeleider(server) -> tuple[Device, str]:
    """A begeleider of a support organisation: holds only its own caseload, so every write is checked."""
    tag = uuid.uuid4().hex[:8]
    with server.db.writing() as session:
        tenant = accounts.create_tenant(session, f"Gemeente {tag}")
        accounts.create_organisation(session, tenant, f"Gemeente {tag}", "gemeente")
        support = accounts.create_organisation(session, tenant, f"Begeleiding {tag}", "maatschappelijke_begeleiding")
        user = accounts.create_user(session, tenant, support, f"bg-{tag}", "Begeleider", "begeleider", PASSWORD)
    return Device(server.url, user.username), tenant.id


def test_a_new_client_with_its_plan_and_history_in_one_push_is_all_applied(server):
    laptop, tenant_id = _begeleider(server)
    client_id, plan_id, history_id = new_id(), new_id(), new_id()
    results = laptop.push(
        op("clients", client_id, fields={"given_names": "Amina", "family_name": "Haddad"}),
        op("plans", plan_id, fields={"client_id": client_id, "leerroute": "b1"}),
        # Names only its plan, which is not in the database yet when this is checked and stored.
        op("plan_history", history_id, fields={"plan_id": plan_id, "field": "leerroute"}),
        op("plans", plan_id, "update", base={"client_id": client_id, "leerroute": "b1"},
           fields={"client_id": client_id, "leerroute": "onderwijs"}),
    )
    assert [r["status"] for r in results] == ["applied"] * 4, results
    with server.db.reading() as session:
        rows = {r.record_id: r for r in session.execute(select(Record).where(
            Record.tenant_id == tenant_id, Record.record_id.in_([client_id, plan_id, history_id]))).scalars()}
    assert {rid: r.client_id for rid, r in rows.items()} == dict.fromkeys([client_id, plan_id, history_id], client_id)
    # The update was folded into the insert: one row, at the later version, with the later value.
    assert rows[plan_id].data["leerroute"] == "onderwijs"
    assert rows[plan_id].version == results[3]["version"] > results[1]["version"]
    pulled = {(c["entity"], c["record_id"]): c for c in laptop.pull_all()}
    assert pulled[("plans", plan_id)]["fields"]["leerroute"] == "onderwijs"
    assert pulled[("plan_history", history_id)]["fields"]["plan_id"] == plan_id
    laptop.close()


def test_two_updates_of_one_record_in_a_push_leave_the_second(chain):
    laptop = chain.device(0)
    client_id = new_id()
    first = {"given_names": "Omar", "family_name": "Said"}
    [created] = laptop.push(op("clients", client_id, fields=first))
    second, third = {**created["record"], "notes": "een"}, {**created["record"], "notes": "twee"}
    results = laptop.push(op("clients", client_id, "update", base=created["record"], fields=second),
                          op("clients", client_id, "update", base=second, fields=third))
    assert [r["status"] for r in results] == ["applied", "applied"]
    assert results[1]["version"] == results[0]["version"] + 1
    assert laptop.records()[("clients", client_id)]["fields"]["notes"] == "twee"
