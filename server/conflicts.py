"""Conflict records: one per field two devices changed differently, synced like any record.

Every device receives them by pull, so the conflict shows where either person looks. The
server kept its value in the record; the device's value lives on here until a person
resolves it with an ordinary edit and sets resolved = true on this record.

One open conflict per record and cause (entity, record id, field, the device's value and the
server's): two queued updates that each meet a client deleted elsewhere set aside the same
thing twice, and a person should resolve it once. The second finds the first still open and
adds nothing. Writers of a tenant hold its lock (server/sequence.py), so the look-up and the
write cannot interleave with another push's.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlalchemy import Connection, select

from server import record_store
from server.clock import stamp
from server.entities import CONFLICTS
from server.record_store import RECORDS
from sync.protocol import FieldConflict


def conflict_fields(conflicts: dict[str, tuple[Any, Any, Any]]) -> list[FieldConflict]:
    return [FieldConflict(field=name, base=base, mine=mine, theirs=theirs)
            for name, (base, mine, theirs) in sorted(conflicts.items())]


def new_conflict_records(conn: Connection, tenant_id: str, entity: str, record_id: str, client_id: str | None,
                         conflicts: list[FieldConflict], mine_author: str | None,
                         theirs_author: str | None) -> list[dict[str, Any]]:
    """The conflict records to write: those whose cause is not open already."""
    open_causes = {_cause(data) for data in _open_conflicts_of(conn, tenant_id, entity, record_id, client_id)}
    fresh = [c for c in conflicts if _cause({"entity": entity, "record_id": record_id, **c.model_dump()})
             not in open_causes]
    return conflict_records(entity, record_id, client_id, fresh, mine_author, theirs_author)


def _open_conflicts_of(conn: Connection, tenant_id: str, entity: str, record_id: str,
                       client_id: str | None) -> list[dict[str, Any]]:
    """The open conflict records on this record, as this transaction sees them (a running push's
    writes not yet sent included)."""
    query = select(RECORDS.c.record_id, RECORDS.c.data).where(
        RECORDS.c.tenant_id == tenant_id, RECORDS.c.entity == CONFLICTS, RECORDS.c.deleted.is_(False),
        RECORDS.c.data["record_id"].as_string() == record_id)
    if client_id is not None:  # a client's conflicts carry its id: the index narrows the read
        query = query.where(RECORDS.c.client_id == client_id)
    found = {row.record_id: row.data for row in conn.execute(query)}
    found.update({stored.record_id: stored.data for stored in record_store.saved_in_block_of(
        conn, tenant_id, CONFLICTS)})  # newer than the database's
    return [data for data in found.values() if data.get("entity") == entity and data.get("record_id") == record_id
            and not data.get("deleted") and not data.get("resolved")]


def _cause(data: dict[str, Any]) -> tuple[str, ...]:
    """What makes two conflict entries the same; values compared as JSON, so 0 and false stay apart."""
    return (str(data.get("entity")), str(data.get("record_id")), str(data.get("field")),
            _canonical(data.get("mine")), _canonical(data.get("theirs")))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=str)


def conflict_records(entity: str, record_id: str, client_id: str | None, conflicts: list[FieldConflict],
                     mine_author: str | None, theirs_author: str | None) -> list[dict[str, Any]]:
    now = stamp()
    return [{
        "id": str(uuid.uuid4()),
        "entity": entity,
        "record_id": record_id,
        "client_id": client_id,  # whose file the record belongs to, when it has one
        "field": conflict.field,
        "base": conflict.base,
        "mine": conflict.mine,
        "theirs": conflict.theirs,
        "mine_author": mine_author,
        "theirs_author": theirs_author,
        "created_at": now,
        "updated_at": now,
        "deleted": False,
        "resolved": False,
    } for conflict in conflicts]
