"""Three-way merge of one record, field by field, against the common base.

Used by the server when a push meets a newer server row, and by the device when a pull
meets local edits not yet pushed. Derived and bookkeeping fields never conflict.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Stamps and sync bookkeeping: the newest wins, they are never a person's conflict.
NOT_MERGED = frozenset({"updated_at", "version", "created_at"})


@dataclass
class Merge:
    record: dict[str, Any]  # the merged record: theirs, with my non-conflicting changes
    conflicts: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)  # field -> (base, mine, theirs)


def merge_record(base: dict | None, mine: dict, theirs: dict) -> Merge:
    """My changes (mine against base) applied onto theirs; a field both changed differently
    keeps their value and is reported as a conflict. With no base, every differing field
    both sides hold is a conflict (the same record made twice)."""
    base = base or {}
    merged = dict(theirs)
    conflicts: dict[str, tuple[Any, Any, Any]] = {}
    for key, my_value in mine.items():
        if key in NOT_MERGED:
            continue
        base_value = base.get(key)
        their_value = theirs.get(key)
        if my_value == their_value:
            continue
        i_changed = key not in base or my_value != base_value
        they_changed = key in theirs and their_value != base_value
        if not i_changed:
            continue  # only they changed it (or nobody): theirs stands
        if they_changed and (key in base or key in theirs):
            conflicts[key] = (base_value, my_value, their_value)
            continue
        merged[key] = my_value
    edited = any(k not in NOT_MERGED and k != "deleted" and v != base.get(k) for k, v in mine.items())
    if theirs.get("deleted") and not base.get("deleted") and not mine.get("deleted") and edited:
        # Edited here, deleted there: a person decides whether the record comes back.
        conflicts["deleted"] = (base.get("deleted"), mine.get("deleted"), theirs.get("deleted"))
    return Merge(merged, conflicts)
