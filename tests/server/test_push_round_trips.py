"""A push holds its tenant's writer lock from its first read to its commit, and every other push of
the municipality waits for it: each statement is a round trip to the database they all wait for.
The count for a push of a few edits is bounded, so a change that adds one per push is a decision,
not an accident (docs/decisions/0039-scope-moves.md)."""

from __future__ import annotations

import threading

from sqlalchemy import event

from server.region_warmer import THREAD_NAME
from tests.server.client import new_id, op

# A push of three updates, signing in included: 9 on PostgreSQL, 12 on SQLite (its BEGINs are
# statements); one more each when the device's first push was noted again, or the audit log read
# again the clients of the records the push had just read or written.
MOST_STATEMENTS = 12


def test_a_push_of_a_few_edits_takes_a_bounded_number_of_round_trips(chain, server):
    device = chain.device(0)
    ids = [new_id() for _ in range(3)]
    stored = device.push(*[op("clients", i, fields={"given_names": "Amina", "family_name": f"Haddad {n}"})
                           for n, i in enumerate(ids)])
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if threading.current_thread().name != THREAD_NAME:  # the push's own, not the region warmer's beside it
            statements.append(statement.split(None, 1)[0].upper())

    event.listen(server.db.engine, "before_cursor_execute", count)
    try:
        for round_no in range(2):
            before = len(statements)
            answers = device.push(*[op("clients", r["record"]["id"], "update", base=r["record"],
                                       fields={**r["record"], "notes": f"Ronde {round_no}"}) for r in stored])
            assert [a["status"] for a in answers] == ["applied"] * 3
            stored = answers
            mine = statements[before:]
            assert len(mine) <= MOST_STATEMENTS, mine
    finally:
        event.remove(server.db.engine, "before_cursor_execute", count)


def test_a_device_that_pushed_before_does_not_note_its_first_push_again(chain, server):
    device = chain.device(0)
    [first] = device.push(op("clients", new_id(), fields={"given_names": "Amina", "family_name": "Haddad"}))
    statements: list[str] = []

    def keep(_conn, _cursor, statement, *_args) -> None:
        statements.append(" ".join(statement.split()).lower())

    event.listen(server.db.engine, "before_cursor_execute", keep)
    try:
        [answer] = device.push(op("clients", first["record"]["id"], "update", base=first["record"],
                                  fields={**first["record"], "notes": "Tweede keer"}))
    finally:
        event.remove(server.db.engine, "before_cursor_execute", keep)
    assert answer["status"] == "applied"
    assert not [s for s in statements if s.startswith("update devices")], statements
