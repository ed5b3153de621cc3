"""Which changes may move a scope, and the scopes worked out since the last such change.

Who a staff member or partner may see rests on a few facts of a few records: a client's
klantmanager and begeleider, its household and role in it, whether it is deleted, and the
workers (each account change rewrites its worker record) and consents. A change of any of these
is noted with its seq beside the tenant's counter (sequence.note_scope_move), in the writer's own
transaction. So a pull learns whether its device's scope may have moved with one read of that
row, and a note typed on a client file, the usual change, no longer makes every caseload device
work its scope out again; and a scope worked out once serves every device of the organisation,
push and pull, until the next such change (docs/decisions/0039-scope-moves.md).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import Any

from sqlalchemy import Connection

from server.sequence import scope_moved_at

ALWAYS = frozenset({"workers", "consents"})
CLIENT_FACTS = ("klantmanager_id", "begeleider_id", "household_id", "household_role", "deleted")
CACHED_SCOPES = 512  # (tenant, kind, organisation): a municipality's chain has a few dozen


def moves_scope(entity: str, data: dict[str, Any], before: dict[str, Any] | None) -> bool:
    """Whether storing `data` over `before` (None: a new record) may change what some device may see."""
    if entity in ALWAYS:
        return True
    if entity != "clients":
        return False
    if before is None:
        return True
    return any((data.get(f) or None) != (before.get(f) or None) for f in CLIENT_FACTS)


class ScopeCache:
    """Scopes by (tenant, kind, organisation), each valid while the tenant's scope seq stays the same."""

    def __init__(self, size: int = CACHED_SCOPES):
        self._size = size
        self._scopes: OrderedDict[tuple[str, str, str | None], tuple[int, Any]] = OrderedDict()
        self._lock = Lock()  # requests run on several worker threads

    def get(self, conn: Connection, key: tuple[str, str, str | None], work_out: Callable[[], Any]) -> Any:
        moved = scope_moved_at(conn, key[0])  # read first: what is worked out after is at least as new
        with self._lock:
            hit = self._scopes.get(key)
            if hit is not None and hit[0] == moved:
                self._scopes.move_to_end(key)
                return hit[1]
        scope = work_out()
        with self._lock:
            self._scopes[key] = (moved, scope)
            self._scopes.move_to_end(key)
            while len(self._scopes) > self._size:
                self._scopes.popitem(last=False)
        return scope

    def clear(self) -> None:
        with self._lock:
            self._scopes.clear()


SCOPES = ScopeCache()
