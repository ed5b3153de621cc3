"""Push and pull: inserts reach other devices in seq order, retries apply once, refusals stay apart."""

from __future__ import annotations

from sqlalchemy import select

from server.models import AppliedOp, Record
from server.sequence import last_seq
from tests.server.client import new_id, op

CLIENT = {"given_names": "Amina", "family_name": "Haddad", "phone": "", "deleted": 0,
          "created_at": "2026-03-02T09:00:00.000000Z", "updated_at": "2026-03-02T09:00:00.000000Z"}


def test_an_insert_pushed_by_one_device_is_pulled_by_another(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    tablet.pull_all()  # the directory
    client_id = new_id()
    [result] = laptop.push(op("clients", client_id, fields={**CLIENT, "version": 0, "search_text": "amina"},
                              author_id=laptop.account["worker_id"]))
    assert result["status"] == "applied" and result["version"] > 0
    assert result["record"]["family_name"] == "Haddad"

    [change] = tablet.pull_all()
    assert (change["entity"], change["record_id"]) == ("clients", client_id)
    assert change["seq"] == change["version"] == result["version"]
    assert change["deleted"] is False
    assert change["fields"]["given_names"] == "Amina"
    # The version is the server's to give, search_text each device's own: neither is stored.
    assert "version" not in change["fields"] and "search_text" not in change["fields"]
    with chain.db.reading() as session:
        row = session.get(Record, (chain.tenant_id, "clients", client_id))
    assert row.client_id == client_id and row.author_id == laptop.account["worker_id"]
    assert row.updated_by == laptop.account["user_id"]


def test_a_retried_push_applies_once_and_gets_the_same_answers(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    tablet.pull_all()
    ops = [op("clients", new_id(), fields=CLIENT), op("households", new_id(), fields={"label": "Haddad"})]
    first = laptop.push(*ops)
    with chain.db.reading() as session:
        seq_after_first = last_seq(session, chain.tenant_id)
    again = laptop.push(*ops)  # the answer was lost on the way: the device sends the same ops
    assert again == first
    with chain.db.reading() as session:
        assert last_seq(session, chain.tenant_id) == seq_after_first
        stored = session.execute(select(AppliedOp.op_id).where(AppliedOp.tenant_id == chain.tenant_id)).scalars()
        assert {o["op_id"] for o in ops} <= set(stored)
    assert len(tablet.pull_all()) == 2


def test_refused_operations_never_block_the_others(chain):
    laptop = chain.device(0)
    first, last = new_id(), new_id()
    results = laptop.push(
        op("clients", first, fields=CLIENT),
        op("bank_accounts", new_id(), fields={"iban": "NL00BANK0123456789"}),  # an entity the server keeps not
        {"entity": "clients", "record_id": new_id(), "op": "insert"},  # no op id: unreadable
        {**op("clients", new_id(), fields=CLIENT), "op": "upsert"},  # no such operation
        op("clients", "not-a-uuid", fields=CLIENT),
        op("clients", new_id(), kind="update"),  # an update without fields
        op("clients", last, fields=CLIENT),
    )
    assert [r["status"] for r in results] == ["applied"] + ["rejected"] * 5 + ["applied"]
    reasons = [r["reason"] for r in results[1:6]]
    assert reasons[0] == "The server does not keep records of the kind 'bank_accounts'."
    assert reasons[1].startswith("The server cannot read this change (op_id")
    assert reasons[2].startswith("The server cannot read this change (op")
    assert all(reason.endswith(".") and reason[0].isupper() for reason in reasons)
    assert results[2]["op_id"] == ""
    pulled = {c["record_id"] for c in laptop.pull_all() if c["entity"] == "clients"}
    assert pulled == {first, last}


def test_pull_pages_by_cursor_in_seq_order_without_gaps_or_repeats(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    directory = tablet.pull_all()
    ids = [new_id() for _ in range(25)]
    laptop.push(*[op("households", i, fields={"label": f"huishouden {n}"}) for n, i in enumerate(ids)])

    pages, after = [], tablet.cursor
    while True:
        page = tablet.pull(after, limit=10)
        pages.append(page)
        after = page["cursor"]
        if not page["more"]:
            break
    assert [len(p["changes"]) for p in pages] == [10, 10, 5]
    assert [p["more"] for p in pages] == [True, True, False]
    seqs = [c["seq"] for p in pages for c in p["changes"]]
    assert seqs == list(range(len(directory) + 1, len(directory) + 26))  # one sequence, every seq once
    assert [c["record_id"] for p in pages for c in p["changes"]] == ids
    assert pages[0]["cursor"] == seqs[9] and pages[-1]["cursor"] == seqs[-1] == pages[-1]["head"]
    assert tablet.pull(after)["changes"] == []


def test_an_update_moves_the_record_to_the_end_of_the_sequence(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    a, b = new_id(), new_id()
    laptop.push(op("households", a, fields={"label": "A"}), op("households", b, fields={"label": "B"}))
    tablet.pull_all()
    [result] = laptop.push(op("households", a, "update", fields={"label": "A2"}, base={"id": a, "label": "A"}))
    [change] = tablet.pull_all()  # only the newest state of what changed since
    assert change["record_id"] == a and change["fields"]["label"] == "A2" and change["seq"] == result["version"]


def test_tenants_see_only_their_own_records(chain, server):
    from tests.server.client import make_chain
    other = make_chain(server.db, server.url, users=1)
    try:
        secret = new_id()
        chain.device(0).push(op("clients", secret, fields=CLIENT))
        seen = other.device(0).records()
        assert all(record_id != secret for _, record_id in seen)
        assert {entity for entity, _ in seen} == {"organisations", "workers"}
    finally:
        other.close()


def test_records_know_their_client_and_organisation_for_later_scoping(chain):
    laptop = chain.device(0)
    client_id, plan_id, action_id, history_id = new_id(), new_id(), new_id(), new_id()
    laptop.push(
        op("clients", client_id, fields=CLIENT),
        op("plans", plan_id, fields={"client_id": client_id}),
        op("plan_actions", action_id, fields={"plan_id": plan_id, "client_id": client_id,
                                              "organisation_id": chain.organisation_id}),
        op("plan_history", history_id, fields={"plan_id": plan_id, "field": "niveau"}),  # names only its plan
    )
    with chain.db.reading() as session:
        rows = {r.entity: r for r in session.execute(select(Record).where(
            Record.tenant_id == chain.tenant_id, Record.record_id.in_([plan_id, action_id, history_id]))).scalars()}
    assert {e: r.client_id for e, r in rows.items()} == dict.fromkeys(rows, client_id)
    assert rows["plan_actions"].organisation_id == chain.organisation_id
    assert rows["plans"].organisation_id is None


def test_an_operation_whose_values_the_database_refuses_is_rolled_back_alone_and_set_aside(pg_server):
    from tests.server.client import make_chain
    chain = make_chain(pg_server.db, pg_server.url, users=1)
    laptop = chain.device(0)
    try:
        first, bad, last = new_id(), new_id(), new_id()
        unstorable = op("clients", bad, fields={**CLIENT, "notes": "nul \u0000 teken"})  # PostgreSQL's JSON refuses it
        results = laptop.push(op("clients", first, fields=CLIENT), unstorable, op("clients", last, fields=CLIENT))
        assert [r["status"] for r in results] == ["applied", "rejected", "applied"]
        # Refused before the database sees it (sync/limits.py), on SQLite alike: no device could keep it.
        assert "NUL character" in results[1]["reason"] and "notes" in results[1]["reason"]
        assert not results[1]["retry"]  # it would fail again, for ever: set aside, not sent again
        assert results[2]["version"] == results[0]["version"] + 1  # the refused one took no seq
        pulled = {c["record_id"] for c in laptop.pull_all() if c["entity"] == "clients"}
        assert pulled == {first, last}
        assert laptop.push(unstorable)[0]["reason"] == results[1]["reason"]  # sent again: the same answer
    finally:
        chain.close()
