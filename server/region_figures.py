"""The region's figures on the server: each sharing municipality's counts, from its own stored
records with the desktop's own code (domain.monitoring), laid side by side and suppressed.

Only counts leave this module: no id, no name, no date of a person. A municipality's counts
are kept per its sequence (the tenant's change counter), so they are computed again only
after a change; the suppressed tables are kept per the members' sequences together.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from domain.monitoring.cohorts import CohortBy
from domain.monitoring.from_records import ENTITIES, MONITORED_ANSWERS, facts_from_records
from domain.monitoring.region import COLUMNS, Counts, SharedTable, municipality_counts, shared_tables
from domain.monitoring.targets import Settings
from server.record_store import RECORDS
from server.sequence import last_seq

# Only the forms whose answers monitoring reads: form parts are the largest share of the records.
_FORMS = tuple(MONITORED_ANSWERS)
_WAIT_S = 60  # at most this long for counts being made beside a request; then it makes them itself
_READ = select(RECORDS.c.entity, RECORDS.c.data).where(RECORDS.c.entity.in_(ENTITIES), RECORDS.c.deleted.is_(False))


def read_records(conn: Connection, tenant_id: str) -> dict[str, list[dict]]:
    """The tenant's live records that monitoring reads, as field dicts per entity."""
    out: dict[str, list[dict]] = {entity: [] for entity in ENTITIES}
    query = _READ.where(RECORDS.c.tenant_id == tenant_id).where(
        (RECORDS.c.entity != "form_parts") | RECORDS.c.data["form"].as_string().in_(_FORMS))
    for entity, data in conn.execute(query):
        out[entity].append(data)
    return out


def tenant_counts(conn: Connection, tenant_id: str, ref: date, cohort_by: CohortBy, settings: Settings) -> Counts:
    return municipality_counts(facts_from_records(read_records(conn, tenant_id)), ref, cohort_by, settings)


@dataclass(frozen=True)
class Member:
    tenant_id: str
    name: str
    seq: int


class _Lru:
    """A small map that forgets the least recently used entry; safe across the server's threads."""

    def __init__(self, size: int):
        self._size, self._items, self._lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        return None

    def put(self, key, value) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


class RegionCache:
    """Counts per (tenant, seq, options) and the region's tables per (members' seqs, options).

    The counts are kept ahead of the region's request by server/region_warmer.py (after a push, at
    start-up); a request that meets a municipality's counts being made waits for them rather than
    making them a second time."""

    def __init__(self, size: int = 1024):
        self.counts, self.tables = _Lru(size), _Lru(max(size // 16, 1))
        self.computed = 0  # counts computed, by a request or ahead of it (not taken from the cache)
        self._making: dict[tuple, threading.Event] = {}  # (tenant, seq, ref, settings): being made now
        self._making_lock = threading.Lock()

    def member_counts(self, connect, member: Member, ref: date, cohort_by: CohortBy, settings: Settings) -> Counts:
        counts = self.counts.get((member.tenant_id, member.seq, ref, cohort_by, settings))
        if counts is None:
            counts = self.keep(connect, member, ref, settings, (cohort_by,))[cohort_by]
        return counts

    def keep(self, connect, member: Member, ref: date, settings: Settings,
             cohorts: tuple[CohortBy, ...] = tuple(CohortBy)) -> dict[CohortBy, Counts]:
        """The member's counts for each way of making cohorts, made where missing (its records read
        once for all of them) and kept."""
        making = (member.tenant_id, member.seq, ref, settings)
        with self._making_lock:
            busy = self._making.get(making)
            if busy is None:
                self._making[making] = threading.Event()
        if busy is not None:
            busy.wait(_WAIT_S)  # the same counts being made beside this: theirs, then what is still missing
        try:
            out = {c: self.counts.get((*making[:2], ref, c, settings)) for c in cohorts}
            missing = [c for c, counts in out.items() if counts is None]
            if missing:
                with connect() as conn:
                    facts = facts_from_records(read_records(conn, member.tenant_id))
                for cohort_by in missing:
                    out[cohort_by] = municipality_counts(facts, ref, cohort_by, settings)
                    self.counts.put((*making[:2], ref, cohort_by, settings), out[cohort_by])
                    self.computed += 1
            return out
        finally:
            if busy is None:
                with self._making_lock:
                    self._making.pop(making).set()

    def region_tables(self, connect, members: list[Member], ref: date, cohort_by: CohortBy, settings: Settings,
                      minimum: int) -> list[SharedTable]:
        key = (tuple((m.tenant_id, m.seq) for m in members), ref, cohort_by, settings, minimum)
        tables = self.tables.get(key)
        if tables is None:
            counts = [self.member_counts(connect, m, ref, cohort_by, settings) for m in members]
            tables = shared_tables(counts, minimum)
            self.tables.put(key, tables)
        return tables


def members_now(conn: Connection, tenants) -> list[Member]:
    """The sharing tenants with their sequence as it stands."""
    return [Member(t.id, t.name, last_seq(conn, t.id)) for t in tenants]


def column_names() -> list[str]:
    return list(COLUMNS)
