"""Reading and writing stored records, with the columns derived from their fields.

Plain SQL statements (SQLAlchemy Core) rather than ORM objects: a push writes hundreds of
records, and the ORM's bookkeeping per row cost several times the database's own work.
Every write takes the tenant's next seq as the record's version, so the caller must hold
the tenant's writer lock (sequence.lock_tenant). Within `deferred()` (a push) the writes wait
in memory and go to the database together at its end, two statements sent as one batch: a
statement per record cost a round trip each, half of a push's time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from server.clock import utcnow
from server.entities import CLIENT_VIA_PARENT, direct_client_of, organisation_of
from server.models import AppliedOp, Record
from server.record_moves import RECORDS_MOVED, move_of
from server.scope_moves import moves_scope
from server.sequence import next_seq, note_scope_move
from server.visibility import partner_part
from sync.merge import merge_record
from sync.protocol import OpResult

RECORDS = Record.__table__
APPLIED = AppliedOp.__table__
# Built once: hundreds of writes per push, each only binding its values.
_INSERT = insert(RECORDS)
_UPDATE = update(RECORDS).where(RECORDS.c.tenant_id == bindparam("key_tenant"),
                                RECORDS.c.entity == bindparam("key_entity"),
                                RECORDS.c.record_id == bindparam("key_record"))
_REMEMBER = insert(APPLIED)
_COLUMNS = (RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.version, RECORDS.c.deleted, RECORDS.c.data,
            RECORDS.c.client_id, RECORDS.c.organisation_id, RECORDS.c.author_id)


@dataclass(frozen=True)
class Stored:
    """A record as the server holds it."""

    entity: str
    record_id: str
    version: int
    deleted: bool
    data: dict[str, Any]
    client_id: str | None
    organisation_id: str | None
    author_id: str | None  # the worker who made its latest change


@dataclass
class _Deferred:
    """The writes of one block, the last per record: inserted if its first write was an insert."""

    conn: Connection
    tenant_id: str
    inserts: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    updates: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    saved: dict[tuple[str, str], Stored] = field(default_factory=dict)
    moves: list[dict[str, Any]] = field(default_factory=list)


_deferred: ContextVar[_Deferred | None] = ContextVar("ketenplan_deferred_writes", default=None)


@contextmanager
def deferred(conn: Connection, tenant_id: str) -> Iterator[None]:
    """Keep this block's record writes in memory and send them at its end (nothing if it raises).
    Reads of a record saved in the block go through saved_in_block first."""
    writes = _Deferred(conn, tenant_id)
    token = _deferred.set(writes)
    try:
        yield
    finally:
        _deferred.reset(token)
    # Updates of rows inserted in this block were folded into the insert: the order does not matter.
    if writes.inserts:
        conn.execute(_INSERT, list(writes.inserts.values()))
    if writes.updates:
        conn.execute(_UPDATE, list(writes.updates.values()))
    if writes.moves:
        conn.execute(RECORDS_MOVED, writes.moves)


def saved_in_block(conn: Connection, tenant_id: str, entity: str, record_id: str) -> Stored | None:
    """The record as a running deferred() block saved it, not yet in the database; None otherwise."""
    writes = _deferred.get()
    if writes is None or writes.conn is not conn or writes.tenant_id != tenant_id:
        return None
    return writes.saved.get((entity, record_id))


def saved_in_block_of(conn: Connection, tenant_id: str, entity: str) -> list[Stored]:
    """The records of one kind a running deferred() block saved, not yet in the database."""
    writes = _deferred.get()
    if writes is None or writes.conn is not conn or writes.tenant_id != tenant_id:
        return []
    return [stored for (kind, _), stored in writes.saved.items() if kind == entity]


def find_many(conn: Connection, tenant_id: str, record_ids: list[str]) -> dict[tuple[str, str], Stored]:
    """The stored records with these ids, by (entity, record id): one query for a whole push."""
    found: dict[tuple[str, str], Stored] = {}
    for chunk in _chunks(sorted(set(record_ids))):
        for row in conn.execute(select(*_COLUMNS).where(
                RECORDS.c.tenant_id == tenant_id, RECORDS.c.record_id.in_(chunk))):
            found[(row.entity, row.record_id)] = Stored(*row)
    return found


def save(conn: Connection, tenant_id: str, entity: str, record_id: str, data: dict[str, Any], *,
         current: Stored | None, user_id: str | None, author_id: str | None,
         scope_from: Stored | None = None) -> Stored:
    """Store data as the record's newest state under the next seq.

    scope_from: take client and organisation from that record instead of deriving them
    (a conflict record belongs wherever the record in conflict belongs)."""
    data = {**data, "id": record_id, "deleted": bool(data.get("deleted"))}
    if scope_from is not None:
        client_id, organisation_id = scope_from.client_id, scope_from.organisation_id
    else:
        client_id = _client_of(conn, tenant_id, entity, record_id, data)
        organisation_id = organisation_of(entity, record_id, data)
    stored = Stored(entity, record_id, next_seq(conn, tenant_id), data["deleted"], data, client_id,
                    organisation_id, author_id)
    if moves_scope(entity, data, current.data if current else None):
        note_scope_move(conn, tenant_id, stored.version)
    now = utcnow()
    values = {"version": stored.version, "deleted": stored.deleted, "data": data, "client_id": client_id,
              "organisation_id": organisation_id, "part": partner_part(entity, data), "updated_by": user_id,
              "author_id": author_id, "updated_at": now}
    writes = _deferred.get()
    if writes is not None and (writes.conn is not conn or writes.tenant_id != tenant_id):
        writes = None
    key = (entity, record_id)
    if writes is not None:
        writes.saved[key] = stored
    # Taken away from a client (duplicates merged): devices holding only that one drop it (record_moves.py).
    move = move_of(tenant_id, stored.version, entity, record_id, current.client_id if current else None, client_id)
    if move is not None:
        if writes is None:
            conn.execute(RECORDS_MOVED, move)
        else:
            writes.moves.append(move)
    if current is None or (writes is not None and key in writes.inserts):
        row = {"tenant_id": tenant_id, "entity": entity, "record_id": record_id, "created_at": now, **values}
        if writes is None:
            conn.execute(_INSERT, row)
        else:
            writes.inserts[key] = row
    else:
        row = {"key_tenant": tenant_id, "key_entity": entity, "key_record": record_id, **values}
        if writes is None:
            conn.execute(_UPDATE, row)
        else:
            writes.updates[key] = row
    return stored


def earlier_answers(conn: Connection, tenant_id: str, op_ids: list[str]) -> dict[str, OpResult]:
    """The answers already given to any of these operations (a retried push)."""
    answers: dict[str, OpResult] = {}
    for chunk in _chunks(sorted(set(op_ids))):
        for op_id, result in conn.execute(select(APPLIED.c.op_id, APPLIED.c.result).where(
                APPLIED.c.tenant_id == tenant_id, APPLIED.c.op_id.in_(chunk))):
            answers[op_id] = OpResult.model_validate(result)
    return answers


def remember_all(conn: Connection, tenant_id: str, device_id: str, results: list[OpResult]) -> None:
    """Keep the answers, so a retried push gets the same ones: one statement for a whole push."""
    if results:
        now = utcnow()
        conn.execute(_REMEMBER, [{"tenant_id": tenant_id, "op_id": r.op_id, "device_id": device_id,
                                  "result": r.model_dump(mode="json"), "created_at": now} for r in results])


def _client_of(conn: Connection, tenant_id: str, entity: str, record_id: str, data: dict[str, Any]) -> str | None:
    client_id = direct_client_of(entity, record_id, data)
    if client_id is not None:
        return client_id
    for via, parent in CLIENT_VIA_PARENT:
        parent_id = data.get(via)
        if isinstance(parent_id, str):
            pending = saved_in_block(conn, tenant_id, parent, parent_id)
            if pending is not None:
                return pending.client_id
            return conn.execute(select(RECORDS.c.client_id).where(
                RECORDS.c.tenant_id == tenant_id, RECORDS.c.entity == parent, RECORDS.c.record_id == parent_id,
            )).scalar_one_or_none()
    return None


def _chunks(values: list[str], size: int = 500) -> list[list[str]]:
    return [values[i:i + size] for i in range(0, len(values), size)]


def after_merge(op, current: Stored | None) -> dict[str, Any]:
    """The record's fields as the push will store them: for a new record the fields sent, else what the
    device changed merged field by field onto what is stored (sync/merge.py, as server/records.py
    applies it). Rules that judge the stored result ask this, not the fields as sent."""
    mine = op.fields or {}
    return dict(mine) if current is None else merge_record(op.base, mine, current.data).record
