"""Conflict records: one per field two devices changed differently, synced like any record.

Every device receives them by pull, so the conflict shows where either person looks. The
server kept its value in the record; the device's value lives on here until a person
resolves it with an ordinary edit and sets resolved = true on this record.
"""

from __future__ import annotations

import uuid
from typing import Any

from server.clock import stamp
from sync.protocol import FieldConflict


def conflict_fields(conflicts: dict[str, tuple[Any, Any, Any]]) -> list[FieldConflict]:
    return [FieldConflict(field=name, base=base, mine=mine, theirs=theirs)
            for name, (base, mine, theirs) in sorted(conflicts.items())]


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
