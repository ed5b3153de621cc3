"""The store's side of a push: claim a batch of the outbox, then store the server's answers.

An entry is claimed before it is sent and deleted only when its answer is stored, so a push
broken at any moment sends the same operations again under the same ids, and the server,
which remembers them, applies each once. A claimed entry takes no more folded edits
(desktop/store/outbox.py): an edit made while its push is on the way gets an entry of its
own, merged with the server's answer when that arrives. A refused operation is set aside in
sync_rejects with the server's reason; the rest of the queue goes on. One the server could
not store for now (its answer says retry) stays, like one never answered, and goes again.
"""

from __future__ import annotations

import json

from sqlalchemy import Engine, text

from desktop.store.set_aside import set_aside
from desktop.store.sync_apply import applying, decode
from sync.client.replica import Outgoing, PushCounts
from sync.protocol import PUSH_BATCH, OpResult

_CLAIM = text("UPDATE outbox SET claimed = 1 WHERE seq IN "
              "(SELECT seq FROM outbox WHERE seq <= :last ORDER BY seq LIMIT :limit)")
_BATCH = text("SELECT seq, op_id, entity, record_id, op, before, after, author_id, created_at FROM outbox "
              "WHERE seq <= :last ORDER BY seq LIMIT :limit")


def last_entry(engine: Engine) -> int:
    """The newest outbox entry now: a push sends up to here, so typing during a sync cannot keep it going."""
    with engine.connect() as conn:
        return conn.execute(text("SELECT coalesce(max(seq), 0) FROM outbox")).scalar_one()


def outgoing(row: dict) -> Outgoing:
    """An outbox row with its record values in their wire form."""
    entity = row["entity"]
    before, after = (json.loads(v) if isinstance(v, str) else v for v in (row["before"], row["after"]))
    return Outgoing(seq=row["seq"], op_id=row["op_id"], entity=entity, record_id=row["record_id"], op=row["op"],
                    base=decode(entity, before), fields=decode(entity, after), author_id=row["author_id"],
                    created_at=row["created_at"])


def claim_batch(engine: Engine, last: int, limit: int = PUSH_BATCH) -> list[Outgoing]:
    """The oldest entries up to `last`, marked as being sent (later edits get entries of their own).
    Entries claimed by a push that broke off come first again, with their operation ids."""
    with engine.begin() as conn:
        conn.execute(_CLAIM, {"last": last, "limit": limit})  # the write first: the transaction holds the lock
        return [outgoing(dict(r)) for r in conn.execute(_BATCH, {"last": last, "limit": limit}).mappings()]


def store_results(engine: Engine, entries: list[Outgoing], results: list[OpResult],
                  counts: PushCounts) -> list[Outgoing]:
    """Store the answers: answered entries leave the outbox, refused ones go to sync_rejects, and the
    record as the server now holds it is applied (merged with any edit made meanwhile).
    Returns the entries the server did not answer, or could not store for now (retry): they stay
    claimed and go again next time, under the same ids."""
    by_op = {r.op_id: r for r in results if not r.retry}
    unanswered = [e for e in entries if e.op_id not in by_op]
    answered = [e for e in entries if e.op_id in by_op]
    with applying(engine) as applier:
        conn = applier.conn
        for entry in answered:  # first out of the outbox, so what is applied below merges only newer edits
            conn.execute(text("DELETE FROM outbox WHERE seq = :seq"), {"seq": entry.seq})
        newest: dict[tuple[str, str], OpResult] = {}
        for entry in answered:
            result = by_op[entry.op_id]
            key = (entry.entity, entry.record_id)
            if result.status == "rejected":
                counts.rejected += 1
                set_aside(conn, entry.op_id, entry.entity, entry.record_id, entry.op,
                          json.dumps(entry.fields, ensure_ascii=False) if entry.fields is not None else None,
                          result.reason or "The server refused this change.")
                continue
            counts.applied += result.status == "applied"
            counts.conflicts += result.status == "conflict"
            newest[key] = result
            if entry.op == "delete":  # removed here for good: the server's tombstone need not come back
                newest.pop(key)
        for (entity, record_id), result in newest.items():
            if result.record is not None:
                applier.apply(entity, record_id, result.version, result.record.get("deleted"), result.record)
            elif result.version is not None:
                applier.set_version(entity, record_id, result.version)
    counts.sent += len(answered)
    return unanswered
