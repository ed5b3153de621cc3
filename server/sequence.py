"""The tenant's change sequence: one counter row per tenant, locked by every writer.

A writer locks the row before it reads or writes records (SELECT ... FOR UPDATE on
PostgreSQL; on SQLite the write transaction already holds the database's one write lock),
takes the next values while it works and commits. The next writer of that tenant waits for
the lock, so changes commit in seq order: a pull that has seen seq n has seen every seq < n.
See docs/decisions/0009-server-record-store.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from server.models import TenantSequence


def lock_tenant(db: Session | Connection, tenant_id: str) -> int:
    """Take the tenant's writer lock for the rest of the transaction; returns the last seq given."""
    return db.execute(
        select(TenantSequence.last_seq).where(TenantSequence.tenant_id == tenant_id).with_for_update()
    ).scalar_one()


_COUNTERS = TenantSequence.__table__
_NEXT = (update(_COUNTERS).where(_COUNTERS.c.tenant_id == bindparam("tenant"))
         .values(last_seq=_COUNTERS.c.last_seq + 1).returning(_COUNTERS.c.last_seq))


@dataclass
class Counted:
    """Seqs given in memory while the tenant's lock is held; written once when the block ends."""

    tenant_id: str
    last: int
    scope_moved: int = 0  # the newest seq given in the block that may move a scope (scope_moves.py)


_counting: ContextVar[Counted | None] = ContextVar("ketenplan_counting", default=None)


@contextmanager
def counting(db: Session | Connection, tenant_id: str, last: int) -> Iterator[Counted]:
    """Give the tenant's seqs in memory for a block that holds its lock (a push): one UPDATE of the
    counter at the end instead of one per record. A caller whose savepoint rolls back sets
    `last` back to what it was before, so the seqs it took are given again: still no gaps.
    Raised out of, nothing is written, and the transaction is to be rolled back anyway."""
    counted = Counted(tenant_id, last)
    token = _counting.set(counted)
    try:
        yield counted
    finally:
        _counting.reset(token)
    values = {"last_seq": counted.last}
    if counted.scope_moved:  # a seq taken back by a savepoint may be given again: never past the last
        values["scope_seq"] = min(counted.scope_moved, counted.last)
    db.execute(update(_COUNTERS).where(_COUNTERS.c.tenant_id == tenant_id).values(**values))


def next_seq(db: Session | Connection, tenant_id: str) -> int:
    """The next seq. In the caller's transaction (and savepoint): rolled back, it was never given."""
    counted = _counting.get()
    if counted is not None and counted.tenant_id == tenant_id:
        counted.last += 1
        return counted.last
    return db.execute(_NEXT, {"tenant": tenant_id}).scalar_one()


def last_seq(db: Session | Connection, tenant_id: str) -> int:
    return db.execute(
        select(TenantSequence.last_seq).where(TenantSequence.tenant_id == tenant_id)).scalar_one()


def note_scope_move(db: Session | Connection, tenant_id: str, seq: int) -> None:
    """The change at `seq` may move a scope; in the writer's transaction, under the tenant's lock."""
    counted = _counting.get()
    if counted is not None and counted.tenant_id == tenant_id:
        counted.scope_moved = max(counted.scope_moved, seq)
        return
    db.execute(update(_COUNTERS).where(_COUNTERS.c.tenant_id == tenant_id, _COUNTERS.c.scope_seq < seq)
               .values(scope_seq=seq))


def scope_moved_at(db: Session | Connection, tenant_id: str) -> int:
    """The seq of the tenant's latest change that may have moved a scope (0: none)."""
    return db.execute(select(_COUNTERS.c.scope_seq).where(_COUNTERS.c.tenant_id == tenant_id)).scalar_one()
