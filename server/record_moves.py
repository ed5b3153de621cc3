"""Records that moved from one client to another, and the drops they mean for a device.

Merging duplicates (desktop/store/duplicates.py) moves the merged-away client's conversations,
visits, plan parts and so on to the client kept, as ordinary updates of their client_id. A
device that held only the merged-away client no longer receives those records (they are another
client's now), so without a word it would keep its old copies, filed under a tombstone, and
perhaps of a client it may not see. The server notes each such move (record_store.save) and
a pull tells the device to drop what moved away from a client it holds to one it may not see
(server/pull_scope.py). A device that may see the kept client receives the records as they
changed, as any change.

The drops follow from the seq range a pull covers: a pull asked again after the same cursor
(an answer lost) gives them again, and a device that pulled past them is never told twice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, insert, select

from server.models import Record, RecordMove
from server.visibility import Grant

MOVES, RECORDS = RecordMove.__table__, Record.__table__
GrantOf = Callable[[str], Grant | None]
RECORDS_MOVED = insert(MOVES)


def move_of(tenant_id: str, version: int, entity: str, record_id: str, before: str | None,
            after: str | None) -> dict[str, Any] | None:
    """The row to note when a change takes a record away from a client; None when it does not."""
    if before is None or before == after:
        return None
    return {"tenant_id": tenant_id, "version": version, "entity": entity, "record_id": record_id,
            "from_client_id": before}


def moved_away(conn: Connection, tenant_id: str, after: int, upto: int, held: GrantOf, now: GrantOf,
               sees: Callable[[Grant, Any], bool]) -> list[tuple[str, str]]:
    """(entity, record id) of the records that moved in (after, upto] away from a client the device
    held them under, and that it may not see as they stand now: what it must drop. held and now
    give the device's grant on a client before and after this pull (None: not held); sees whether
    a grant lets a record row (entity, data) through."""
    moves = conn.execute(select(MOVES.c.entity, MOVES.c.record_id, MOVES.c.from_client_id).where(
        MOVES.c.tenant_id == tenant_id, MOVES.c.version > after, MOVES.c.version <= upto)
        .order_by(MOVES.c.version)).all()
    came_from = {(m.entity, m.record_id): m.from_client_id for m in moves if held(m.from_client_id) is not None}
    if not came_from:  # the usual pull: one probe of an index range that is empty
        return []
    drops = []
    ids = sorted({record_id for _, record_id in came_from})
    for row in conn.execute(select(RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.client_id, RECORDS.c.data).where(
            RECORDS.c.tenant_id == tenant_id, RECORDS.c.record_id.in_(ids))):
        source = came_from.get((row.entity, row.record_id))
        if source is None:
            continue
        before = held(source)
        if before is None or not sees(before, row):
            continue  # the device never held it under that client
        grant = now(row.client_id) if row.client_id else None
        if grant is None or not sees(grant, row):
            drops.append((row.entity, row.record_id))
    return sorted(drops)
