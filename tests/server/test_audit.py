"""The audit log: every change a device sends and every client record a pull hands out is logged with
who, which device, which record, what and when; coordinators and administrators search it by client,
worker and period, within their own tenant only. On SQLite and on PostgreSQL."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from server import accounts, audit
from server.models import AuditLogEntry, Record, Tenant
from sync.protocol import API
from tests.server.client import PASSWORD, Chain, Device, make_chain, new_id, op

CLIENT = {"given_names": "Amina", "family_name": "Haddad", "phone": "",
          "created_at": "2026-03-02T09:00:00.000000Z", "updated_at": "2026-03-02T09:00:00.000000Z"}


def add_user(chain: Chain, role: str, name: str) -> str:
    """A user of the chain's tenant with this role; returns the user name."""
    username = f"{role}-{new_id()[:8]}"
    with chain.db.writing() as session:
        tenant = session.get(Tenant, chain.tenant_id)
        org = accounts.find_organisation(session, tenant, chain.organisation_id)
        accounts.create_user(session, tenant, org, username, name, role, PASSWORD)
    return username


def coordinator_of(chain: Chain, role: str = "coordinator") -> Device:
    device = Device(chain.base_url, add_user(chain, role, "Carla Coördinator"), name="kantoor")
    chain.devices.append(device)
    return device


def search(device: Device, **params) -> dict:
    answer = device.http.get(f"{API}/audit", params={k: v for k, v in params.items() if v is not None})
    assert answer.status_code == 200, answer.text
    return answer.json()


def lines(device: Device, **params) -> list[dict]:
    return search(device, limit=500, **params)["entries"]


def stamp(moment: str) -> datetime:
    return datetime.fromisoformat(moment.replace("Z", "+00:00"))


def test_every_change_is_logged_with_who_device_record_what_and_when(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    office = coordinator_of(chain)
    client_id, visit_id = new_id(), new_id()
    before = datetime.now(UTC)
    laptop.push(op("clients", client_id, fields=CLIENT, author_id=laptop.account["worker_id"]),
                op("visits", visit_id, fields={"client_id": client_id, "date": "2026-03-03", "notes": ""}))
    tablet.pull_all()
    # Both change the phone number from the same base: the second is a conflict.
    base = {"id": client_id, **CLIENT}
    laptop.push(op("clients", client_id, "update", fields={**CLIENT, "phone": "0612345678",
                                                               "updated_at": "2026-03-04T10:00:00.000000Z"},
                   base=base))
    [conflict] = tablet.push(op("clients", client_id, "update", fields={**CLIENT, "phone": "0687654321",
                                                                         "family_name": "Haddad-Ali"}, base=base))
    assert conflict["status"] == "conflict"
    laptop.push(op("visits", visit_id, "delete", base={"id": visit_id, "client_id": client_id, "date": "2026-03-03",
                                                     "notes": "", "deleted": False}))
    [refused] = laptop.push(op("visits", "not-a-uuid", fields={"client_id": client_id, "date": "2026-03-05"}))
    assert refused["status"] == "rejected"
    after = datetime.now(UTC)

    changes = [e for e in lines(office, client_id=client_id) if e["action"] != "read"]
    assert [(e["action"], e["entity"], e["fields"]) for e in reversed(changes)] == [
        ("insert", "clients", ["family_name", "given_names"]),
        ("insert", "visits", ["client_id", "date"]),
        ("update", "clients", ["phone"]),
        ("conflict", "clients", ["family_name", "phone"]),
        ("delete", "visits", []),
        ("refused", "visits", ["client_id", "date"]),
    ]
    insert, conflicting, refusal = changes[-1], changes[2], changes[0]
    assert insert["record_id"] == client_id and insert["client_id"] == client_id
    assert (insert["user_id"], insert["device_id"]) == (laptop.account["user_id"], laptop.device_id)
    assert (insert["user_name"], insert["device_name"]) == ("Medewerker 0", "laptop")
    assert insert["worker_id"] == laptop.account["worker_id"]
    assert before <= stamp(insert["at"]) <= after
    assert insert["made_at"] == "2026-03-02T09:00:00.000000Z"  # when the device made it
    assert conflicting["user_id"] == tablet.account["user_id"] and conflicting["conflicts"] == ["phone"]
    assert refusal["reason"] == refused["reason"] and refusal["record_id"] == "not-a-uuid"
    assert {e["op_id"] for e in changes} >= {conflict["op_id"], refused["op_id"]}
    # Names of fields, never their values: the log is no second copy of the file.
    with chain.db.reading() as session:
        stored = session.execute(select(AuditLogEntry).where(AuditLogEntry.tenant_id == chain.tenant_id)).scalars()
        assert not any("0612345678" in repr(vars(line)) or "Haddad" in repr(vars(line)) for line in stored)


def test_offline_edits_pushed_later_are_each_a_line_of_their_own_with_when_they_were_made(chain):
    laptop, office = chain.device(0), coordinator_of(chain)
    client_id = new_id()
    made = ["2026-03-02T09:00:00.000000Z", "2026-03-02T11:30:00.000000Z", "2026-03-03T08:15:00.000000Z"]
    edits = [op("clients", client_id, fields=CLIENT),
             op("clients", client_id, "update", fields={**CLIENT, "phone": "0612345678"}, base=CLIENT),
             op("clients", client_id, "update", fields={**CLIENT, "phone": "0612345678", "given_names": "Aminah"},
                base={**CLIENT, "phone": "0612345678"})]
    for edit, when in zip(edits, made, strict=True):
        edit["created_at"] = when
    laptop.push(*edits)  # one push, days later

    changes = lines(office, client_id=client_id)
    assert [(e["action"], e["made_at"], e["fields"]) for e in reversed(changes)] == [
        ("insert", made[0], ["family_name", "given_names"]),
        ("update", made[1], ["phone"]),
        ("update", made[2], ["given_names"]),
    ]
    assert len({e["at"] for e in changes}) == 1 and stamp(changes[0]["at"]) > stamp(made[2])
    assert [e["op_id"] for e in reversed(changes)] == [e["op_id"] for e in edits]


def test_a_push_sent_again_is_logged_once(chain):
    laptop, office = chain.device(0), coordinator_of(chain)
    client_id = new_id()
    sent = [op("clients", client_id, fields=CLIENT), op("clients", client_id, "update",
                                                          fields={**CLIENT, "phone": "06"}, base=CLIENT)]
    first = laptop.push(*sent)
    assert laptop.push(*sent, sent[1]) == first + [first[1]]  # the answer got lost; sent again, one twice
    assert [e["action"] for e in lines(office, client_id=client_id)] == ["update", "insert"]


def test_a_pull_logs_one_read_line_per_page_and_client_naming_the_records_handed_out(chain):
    laptop, tablet, office = chain.device(0), chain.device(1), coordinator_of(chain)
    amina, tesfay = new_id(), new_id()
    plan_id, action_id = new_id(), new_id()
    laptop.push(op("clients", amina, fields=CLIENT),
                op("plans", plan_id, fields={"client_id": amina, "status": "draft"}),
                op("plan_actions", action_id, fields={"plan_id": plan_id, "title": "Taalschool"}),
                op("clients", tesfay, fields={**CLIENT, "given_names": "Tesfay"}))
    pages = []
    while True:
        page = tablet.pull(tablet.cursor, limit=3)
        pages.append(page["changes"])
        tablet.cursor = page["cursor"]
        if not page["more"]:
            break

    reads = [e for e in lines(office) if e["action"] == "read" and e["device_id"] == tablet.device_id]
    expected = []  # per page, per client in the order the page sent them: what the tablet received
    for changes in pages:
        by_client: dict[str, list[list[str]]] = {}
        for c in changes:
            client = {amina: amina, plan_id: amina, action_id: amina, tesfay: tesfay}.get(c["record_id"])
            if client:  # the directory (workers, organisations) belongs to no client: not logged
                by_client.setdefault(client, []).append([c["entity"], c["record_id"]])
        expected += [(client, records) for client, records in by_client.items()]
    assert sorted((e["client_id"], e["records"]) for e in reads) == sorted(expected)
    assert {(e["client_id"], tuple(r)) for e in reads for r in e["records"]} == {
        (amina, ("clients", amina)), (amina, ("plans", plan_id)), (amina, ("plan_actions", action_id)),
        (tesfay, ("clients", tesfay))}
    assert all(e["user_id"] == tablet.account["user_id"] and e["worker_id"] == tablet.account["worker_id"]
               and e["device_name"] == "laptop" and e["made_at"] is None for e in reads)
    assert len(pages) >= 2 and len(reads) >= 3  # a client split over two pages is read twice

    tablet.pull(tablet.cursor)  # nothing new: no line, and no write at all
    assert len([e for e in lines(office) if e["action"] == "read"]) == len(reads)


def test_search_by_client_worker_and_period_with_paging(chain):
    laptop, tablet, office = chain.device(0), chain.device(1), coordinator_of(chain)
    amina, tesfay = new_id(), new_id()
    laptop.push(op("clients", amina, fields=CLIENT, author_id=laptop.account["worker_id"]))
    time.sleep(0.05)
    between = datetime.now(UTC)
    time.sleep(0.05)
    tablet.push(op("clients", tesfay, fields=CLIENT, author_id=tablet.account["worker_id"]),
                op("clients", amina, "update", fields={**CLIENT, "phone": "06"}, base=CLIENT,
                   author_id=tablet.account["worker_id"]))

    def keys(**params) -> list[tuple[str, str]]:
        return [(e["client_id"], e["action"]) for e in lines(office, **params)]

    assert keys(client_id=amina) == [(amina, "update"), (amina, "insert")]
    assert keys(worker_id=laptop.account["worker_id"]) == [(amina, "insert")]
    assert keys(worker_id=tablet.account["worker_id"]) == [(amina, "update"), (tesfay, "insert")]
    assert keys(**{"from": between.isoformat()}) == [(amina, "update"), (tesfay, "insert")]
    assert keys(to=between.isoformat()) == [(amina, "insert")]
    assert keys(client_id=amina, **{"from": between.isoformat()}) == [(amina, "update")]
    assert keys(client_id=amina, **{"from": (between + timedelta(days=1)).isoformat()}) == []

    first = search(office, limit=2)
    assert len(first["entries"]) == 2 and first["more"] is True
    rest = search(office, limit=2, offset=2)
    assert rest["more"] is False
    assert [e["at"] for e in first["entries"] + rest["entries"]] == \
        sorted((e["at"] for e in first["entries"] + rest["entries"]), reverse=True)
    assert len(first["entries"] + rest["entries"]) == 3


@pytest.mark.parametrize("role", ["klantmanager", "begeleider", "partner"])
def test_only_coordinators_and_administrators_may_search(chain, role):
    outsider = Device(chain.base_url, add_user(chain, role, "Iemand"))
    chain.devices.append(outsider)
    answer = outsider.http.get(f"{API}/audit")
    assert answer.status_code == 403
    assert answer.json() == {"detail": "Only coordinators and administrators may read the audit log.",
                             "code": "audit_not_allowed"}
    admin = coordinator_of(chain, "administrator")
    chain.device(0).push(op("clients", new_id(), fields=CLIENT))
    assert [e["action"] for e in lines(admin)] == ["insert"]
    assert chain.devices[-1].http.get(f"{API}/audit").status_code == 403  # the klantmanager who pushed
    assert admin.http.get(f"{API}/audit", headers={"Authorization": ""}).status_code == 401


def test_tenants_never_see_each_others_lines(chain, server):
    other = make_chain(server.db, server.url)
    try:
        theirs = coordinator_of(other)
        client_id = new_id()
        chain.device(0).push(op("clients", client_id, fields=CLIENT))
        mine = coordinator_of(chain)
        assert [e["client_id"] for e in lines(mine)] == [client_id]
        assert lines(theirs) == [] and lines(theirs, client_id=client_id) == []
        other.device(0).push(op("clients", new_id(), fields=CLIENT))
        assert [e["client_id"] for e in lines(mine)] == [client_id]
    finally:
        other.close()


def test_a_failed_audit_write_fails_the_request_and_applies_nothing(chain, monkeypatch):
    laptop = chain.device(0)
    laptop.pull_all()
    client_id = new_id()
    laptop.push(op("clients", client_id, fields=CLIENT))

    def broken(_conn, rows):
        if rows:
            raise RuntimeError("the audit log cannot be written")

    monkeypatch.setattr(audit, "write", broken)
    other_id = new_id()
    answer = laptop.http.post(f"{API}/sync/push", json={"ops": [op("clients", other_id, fields=CLIENT)]})
    assert answer.status_code == 500
    with chain.db.reading() as session:
        assert session.get(Record, (chain.tenant_id, "clients", other_id)) is None  # rolled back with it
    tablet = chain.device(1)
    assert tablet.http.get(f"{API}/sync/pull", params={"after": 0}).status_code == 500  # no unaudited read
    monkeypatch.undo()
    again = chain.device(1)  # a connection of its own: the server closed the one that failed
    assert [c["record_id"] for c in again.pull_all() if c["entity"] == "clients"] == [client_id]
    with chain.db.reading() as session:
        logged = session.execute(select(func.count()).select_from(AuditLogEntry).where(
            AuditLogEntry.tenant_id == chain.tenant_id, AuditLogEntry.action == "read")).scalar_one()
    assert logged == 1


def test_a_refused_change_naming_its_client_through_a_parent_is_logged_with_that_client(chain):
    laptop = chain.device(0)
    office = coordinator_of(chain)
    client_id, plan_id = new_id(), new_id()
    history = {"plan_id": plan_id, "entity": "plans", "record_id": plan_id, "field": "notes", "new": "x"}
    # The parent in the same push (the audit takes its client from what the push wrote), then in
    # the database alone (read there).
    answers = laptop.push(op("clients", client_id, fields=CLIENT),
                          op("plans", plan_id, fields={"client_id": client_id}),
                          op("plan_history", "not-a-uuid", fields=history))
    assert [a["status"] for a in answers] == ["applied", "applied", "rejected"]
    [again] = laptop.push(op("plan_history", "not-a-uuid-either", fields=history))
    assert again["status"] == "rejected"
    refused = [e for e in lines(office, client_id=client_id) if e["action"] == "refused"]
    assert sorted(e["record_id"] for e in refused) == ["not-a-uuid", "not-a-uuid-either"]
