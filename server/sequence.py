"""The tenant's change sequence: one counter row per tenant, locked by every writer.

A writer locks the row before it reads or writes records (SELECT ... FOR UPDATE on
PostgreSQL; on SQLite the write transaction already holds the database's one write lock),
takes the next values while it works and commits. The next writer of that tenant waits for
the lock, so changes commit in seq order: a pull that has seen seq n has seen every seq < n.
See docs/decisions/0009-server-record-store.md.
"""

from __future__ import annotations

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


def next_seq(db: Session | Connection, tenant_id: str) -> int:
    """The next seq. In the caller's transaction (and savepoint): rolled back, it was never given."""
    return db.execute(_NEXT, {"tenant": tenant_id}).scalar_one()


def last_seq(db: Session | Connection, tenant_id: str) -> int:
    return db.execute(
        select(TenantSequence.last_seq).where(TenantSequence.tenant_id == tenant_id)).scalar_one()
