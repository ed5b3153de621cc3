"""A pull under the device's scope: what it receives, and what it must drop or receive late.

The server keeps, per device, what it knows the device holds (device_scopes, device_clients):
its clients and households with their grants, the whole tenant, or unknown (a device it has
never seen that already has a cursor: another sign-in on a store that synced before). Each pull
compares that with the scope now (server/scope.py):

- a client no longer allowed, or parts no longer allowed, become `drop` entries (the desktop
  drops a client with everything that names it);
- a client newly allowed, or allowed with other parts, is sent whole as it stands up to the
  cursor (a backfill, ahead of the page), because the device's cursor is already past its
  records; a backfill larger than BACKFILL_MAX restarts the device's pull at cursor 0, which
  the ordinary paging then completes, interruption-safe as any first pull;
- within a client it holds, a plan action or goal that stops being the device's to see comes
  as a change without fields (a drop); not when the record's latest version is at or below the
  seq where the device's history began (`began`): it cannot have reached the device before, for
  it would have reached it at an earlier version, and a later one then came after the pull that
  sent it (or after the device's push). So a partner's first sync gets no drops of other
  organisations' plan actions.

Such an answer is a scope change the device may or may not apply (the answer can be lost). The
server learns which from the device's next cursor: an answer carrying a change always moves
the cursor (back by one when nothing else moved it), so the next pull asks after the answer's
cursor exactly when the device applied it. Until then the change is sent again with every
answer, computed against what the device surely holds.

The usual pull skips all of this: when nothing the scope rests on changed since it was last
worked out (one indexed probe), the page is filtered by what the server keeps of the device.
See docs/decisions/0011-who-sees-what.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    String,
    Text,
    and_,
    bindparam,
    cast,
    delete,
    false,
    func,
    insert,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY

from server.caller import SignedInDevice
from server.db import _WRITE
from server.models import Device, DeviceClient, DeviceScope
from server.pull_answer import StoredChange
from server.record_moves import moved_away
from server.record_store import RECORDS
from server.scope import DIRECTORY_ONLY, FULL, PARTNER, STAFF_RECORDS, Scope, kind_of, scope_of
from server.sequence import scope_moved_at
from server.visibility import (
    ALL,
    DECIDED_BY_COLUMNS,
    FIELD_DEPENDENT,
    FULL_GRANT,
    OWN_BY_COLUMN,
    SEEN_BY_EVERY_DEVICE,
    STAFF_ONLY_UNOWNED,
    Grant,
    decode_grant,
    encode_grant,
    partner_sees,
    partner_sees_stored,
    reduced,
    sees,
)
from sync.protocol import PULL_PAGE, Change

BACKFILL_MAX = 2 * PULL_PAGE  # records sent late in one answer; more restart the pull
HELD_CLIENTS, HELD_FULL, HELD_UNKNOWN = "clients", "full", "unknown"
_STATES, _HELD, _DEVICES = DeviceScope.__table__, DeviceClient.__table__, Device.__table__
_ROW = (RECORDS.c.version, RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.deleted, RECORDS.c.data,
        RECORDS.c.client_id)
# A pull page's columns (server/records.py reads them): the first six are a StoredChange's fields in
# order, so a record sent whole is made from the row's values by position. By name, through the
# row's attributes, that took 2.5 us a row, an eighth of a pull's server time; by position 0.25 us.
PAGE_COLUMNS = (RECORDS.c.version, RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.deleted,
                cast(RECORDS.c.data, Text).label("data_text"), RECORDS.c.client_id, RECORDS.c.part,
                RECORDS.c.organisation_id)


@dataclass
class Held:
    """What a device holds: per subject a grant (HELD_CLIENTS), the whole tenant, or unknown."""

    kind: str
    subjects: dict[str, Grant]

    def grant(self, subject: str) -> Grant | None:
        return FULL_GRANT if self.kind != HELD_CLIENTS else self.subjects.get(subject)

    def same_as(self, other: Held) -> bool:
        return self.kind == other.kind and (self.kind != HELD_CLIENTS or self.subjects == other.subjects)


class PullPlan:
    """One pull's scope: the filter for the page, each row's change, and the scope change."""

    def __init__(self, conn: Connection, device: SignedInDevice, after: int, upto: int):
        self.conn, self.device, self.after, self.upto = conn, device, after, upto
        self.drops: list[tuple[str, str]] = []
        self.backfill: list[StoredChange] = []
        self.restart = False
        kind = kind_of(conn, device)
        state = conn.execute(select(_STATES).where(_STATES.c.device_id == device.device_id)).first()
        # The usual pull: nothing the scope rests on changed since it was last worked out, so the
        # device holds what it may, and the page is filtered by what the server keeps of it.
        self.fast = _unchanged(conn, device, kind, state, upto)
        self.began = _began(conn, device.device_id, state, after, upto)
        if self.fast:
            subjects = _held_subjects(conn, device.device_id) if kind == PARTNER else {}
            self.scope = Scope(kind, device.organisation_id, subjects)
            return
        self.scope = scope_of(conn, device)
        self.now = Held(HELD_FULL, {}) if self.scope.kind == FULL else Held(HELD_CLIENTS, dict(self.scope.subjects))
        self.held, self._dirty = _resolve(conn, state, device.device_id, after)
        if not self.held.same_as(self.now):
            self._scope_change()

    @property
    def narrows(self) -> bool:
        """Whether change() leaves some of the page's rows out (a partner's): then the page reads more."""
        return self.scope.kind == PARTNER

    @property
    def changed(self) -> bool:
        return bool(self.drops or self.backfill or self.restart)

    # -- the page ----------------------------------------------------------------
    def visible(self) -> ColumnElement[bool]:
        """The page's filter; for a partner a coarse one that change() narrows per record."""
        tenant = RECORDS.c.tenant_id == self.device.tenant_id
        kind = self.scope.kind
        if kind == FULL:
            return tenant
        directory = RECORDS.c.entity.in_(SEEN_BY_EVERY_DEVICE)
        if kind == DIRECTORY_ONLY:
            return and_(tenant, directory)
        if kind == PARTNER:
            return and_(tenant, or_(directory, self._partner_rows()))
        if self.fast:
            held = select(_HELD.c.subject_id).where(_HELD.c.device_id == self.device.device_id)
            clients, households = RECORDS.c.client_id.in_(held), RECORDS.c.record_id.in_(held)
        else:
            clients = _one_of(self.conn, RECORDS.c.client_id, self.scope.clients)
            households = _one_of(self.conn, RECORDS.c.record_id, self.scope.households)
        return and_(tenant, or_(directory, clients, and_(RECORDS.c.entity == "households", households),
                                and_(RECORDS.c.client_id.is_(None), RECORDS.c.entity.in_(STAFF_ONLY_UNOWNED))))

    def _partner_rows(self) -> ColumnElement[bool]:
        """Of its clients' rows, those the grant it holds on each lets through by their part (the
        record's `part` column), of plan actions, consents and referrals its own organisation's only;
        change() decides each row (conflict records by their fields). Besides: plan actions, goals and
        referrals that may have been the device's, to drop."""
        by_grant: dict[Grant, list[str]] = {}
        for client_id, grant in self.scope.subjects.items():
            by_grant.setdefault(grant, []).append(client_id)
        if not by_grant:
            return false()
        grants = sorted(by_grant.items(), key=lambda item: encode_grant(item[0]))
        if self.conn.dialect.name == "postgresql":
            by_part = [self._held_parts()]
        else:
            by_part = [and_(self._holding(grant, clients), RECORDS.c.part.in_(sorted(grant)))
                       for grant, clients in grants]
        own = or_(RECORDS.c.entity.not_in(OWN_BY_COLUMN), RECORDS.c.organisation_id == self.scope.organisation_id)
        perhaps_held = and_(RECORDS.c.entity.in_(FIELD_DEPENDENT), RECORDS.c.version > self.began)
        held = self._holding(None, list(self.scope.subjects))
        if not self.fast:  # the scope's lists (_holding), per grant; held first they measured the same
            return or_(and_(or_(*by_part), own), and_(perhaps_held, held))
        # The usual pull: whether the row's client is held is asked once, first. Most of a tenant's
        # rows are other clients', and a page's scan passes some 10,000 of them to send 1,000: each
        # then costs one lookup rather than one per grant (a page's query 18 ms, then 14 ms).
        if len(grants) == 1:
            by_part = [RECORDS.c.part.in_(sorted(grants[0][0]))]
        return and_(held, or_(and_(or_(*by_part), own), perhaps_held))

    def _held_parts(self) -> ColumnElement[bool]:
        """On PostgreSQL: whether the row's client is held with the row's part, as one lookup of the
        pair (client, part) rather than one per grant held (a partner holds its clients with five or
        six grants): a partner's later page's query 9.6 ms, so 8.2 ms (median of 8; 11,600 rows read
        to send 1,126). In the usual pull the pairs come from what the server keeps of the device."""
        row = tuple_(RECORDS.c.client_id, RECORDS.c.part)
        if self.fast:
            parts = func.unnest(func.string_to_array(_HELD.c.grant, ","))
            return row.in_(select(_HELD.c.subject_id, parts).where(_HELD.c.device_id == self.device.device_id))
        pairs = [(client, part) for client, grant in self.scope.subjects.items() for part in sorted(grant)]
        clients = bindparam(None, [c for c, _ in pairs], type_=ARRAY(String))
        parts = bindparam(None, [p for _, p in pairs], type_=ARRAY(String))
        return row.in_(select(func.unnest(clients), func.unnest(parts)))

    def _holding(self, grant: Grant | None, clients: list[str]) -> ColumnElement[bool]:
        """Rows of these clients (held with this grant): in the usual pull, as the server keeps them;
        else the scope's list."""
        if not self.fast:
            return _one_of(self.conn, RECORDS.c.client_id, clients)
        held = select(_HELD.c.subject_id).where(_HELD.c.device_id == self.device.device_id)
        return RECORDS.c.client_id.in_(held if grant is None else held.where(_HELD.c.grant == encode_grant(grant)))

    def change(self, row: Any) -> StoredChange | Change | None:
        """The row (of PAGE_COLUMNS) as this device receives it: whole, reduced to its grant, as a
        drop, or not at all. A partner's pull judges some 11,400 rows to send 5,099: their values
        are taken by position, once (by name each cost 0.4 us)."""
        if self.scope.kind != PARTNER:
            return _whole(row)
        version, entity, _record_id, _deleted, data_text, client_id, part, organisation_id = row
        if entity in SEEN_BY_EVERY_DEVICE:
            return _whole(row)
        grant = self.scope.grant(client_id)
        if grant is None:
            return None
        org = self.scope.organisation_id
        if entity in DECIDED_BY_COLUMNS:  # no need to read its fields
            if partner_sees_stored(grant, org, entity, part, organisation_id):
                return _whole(row)
        else:
            data = json.loads(data_text)
            if partner_sees(grant, org, entity, data):
                fields = reduced(grant, entity, data)
                return _whole(row) if fields is data else _reduced(row, fields)  # unreduced: its stored text
        if entity in FIELD_DEPENDENT and version > self.began:  # perhaps the device's until now
            return _drop(row)
        return None

    def answer_cursor(self, cursor: int, more: bool) -> tuple[int, bool]:
        """The cursor (and more) to answer with; remembers a scope change until the device shows it
        applied it. Writes in a transaction of its own: the pull's is a read."""
        if self.fast:
            return cursor, more
        if self.restart:
            cursor, more = 0, False
        elif self.changed and cursor == self.after and self.after > 0:
            cursor = self.after - 1  # moved, so the next cursor tells whether this answer was applied
        if self.changed and cursor != self.after:
            self._save(pending=(self.now, self.after, cursor), rewrite=self._dirty)
        else:  # nothing to send for the change: the device holds what it may
            rewrite = self._dirty or not self.held.same_as(self.now)
            self.held = self.now
            self._save(pending=None, rewrite=rewrite)
        return cursor, more

    def moved_away(self) -> list[tuple[str, str]]:
        """Records moved in this pull's range from a client the device held to one it may not see
        (duplicates merged): drops, worked out from the range alone (server/record_moves.py)."""
        if self.scope.kind == FULL or (self.fast and self.scope.kind == DIRECTORY_ONLY):
            return []
        if self.fast:  # what it holds is what it may hold
            subjects: dict[str, Grant] | None = None

            def held(client_id: str) -> Grant | None:
                nonlocal subjects
                if subjects is None:  # read only when something moved
                    subjects = _held_subjects(self.conn, self.device.device_id)
                return subjects.get(client_id)
            now = held
        else:
            held, now = self.held.grant, self.now.grant
        org = self.scope.organisation_id

        def sees_row(grant: Grant, row: Any) -> bool:
            return self.scope.kind != PARTNER or partner_sees(grant, org, row.entity, row.data)
        return moved_away(self.conn, self.device.tenant_id, self.after, self.upto, held, now, sees_row)

    # -- the scope change --------------------------------------------------------
    def _scope_change(self) -> None:
        if self.now.kind == HELD_FULL:
            # More than the device had, unless it is a store of unknown history (then it is trusted
            # to hold what it synced): everything again, from the start.
            self.restart = self.held.kind == HELD_CLIENTS and self.after > 0
            return
        subjects = set(self.now.subjects) | self._possibly_held()
        gone, changed = [], []
        for subject in subjects:
            before, now = self.held.grant(subject), self.now.grant(subject)
            if before == now:
                continue
            (gone if now is None else changed).append(subject)
        if gone:
            self._drop_whole(gone)
        if changed:
            self._regrant(changed)

    def _possibly_held(self) -> set[str]:
        if self.held.kind == HELD_CLIENTS:
            return set(self.held.subjects)
        rows = self.conn.execute(select(RECORDS.c.record_id).where(
            RECORDS.c.tenant_id == self.device.tenant_id, RECORDS.c.entity.in_(("clients", "households"))))
        return {*rows.scalars(), STAFF_RECORDS}

    def _drop_whole(self, subjects: list[str]) -> None:
        """A client (with all that names it, on the device), a household, or the staff's records."""
        tenant = RECORDS.c.tenant_id == self.device.tenant_id
        if STAFF_RECORDS in subjects:
            self.drops += [tuple(r) for r in self.conn.execute(select(RECORDS.c.entity, RECORDS.c.record_id).where(
                tenant, RECORDS.c.client_id.is_(None), RECORDS.c.entity.in_(STAFF_ONLY_UNOWNED)))]
        households = set(self.conn.execute(select(RECORDS.c.record_id).where(
            tenant, RECORDS.c.entity == "households", RECORDS.c.record_id.in_(sorted(subjects)))).scalars())
        self.drops += [("households" if s in households else "clients", s) for s in sorted(subjects)
                       if s != STAFF_RECORDS]

    def _regrant(self, subjects: list[str]) -> None:
        """Subjects new to the device or held with other parts: what it may no longer see of them
        goes, and everything it may see is sent as it stands up to the cursor."""
        tenant = RECORDS.c.tenant_id == self.device.tenant_id
        # Of a subject new to the device only what is at or below the cursor can be late (the pages
        # bring the rest) and nothing is held to drop: a new device, at cursor 0, reads nothing here.
        new = [s for s in subjects if self.held.grant(s) is None]
        regranted = [s for s in subjects if self.held.grant(s) is not None]
        wanted = []
        if regranted:
            wanted.append(_owned(regranted))
        if new and self.after > 0:
            wanted.append(and_(_owned(new), RECORDS.c.version <= self.after))
        org = self.scope.organisation_id
        late: list[StoredChange] = []
        rows = self.conn.execute(select(*_ROW).where(tenant, or_(*wanted)).order_by(RECORDS.c.version)) \
            if wanted else []
        for row in rows:
            subject = row.client_id or (row.record_id if row.entity == "households" else STAFF_RECORDS)
            before, now = self.held.grant(subject), self.now.grant(subject)
            if now is not None and sees(now, org, row.entity, row.data):
                if row.version <= self.after:
                    late.append(_reduced(row, reduced(now, row.entity, row.data)))
            elif before is not None and (ALL in before or row.entity in FIELD_DEPENDENT
                                         or sees(before, org, row.entity, row.data)):
                self.drops.append((row.entity, row.record_id))
        if len(late) > BACKFILL_MAX:
            self.restart = True
        else:
            self.backfill = late

    # -- remembering -------------------------------------------------------------
    def _save(self, pending: tuple[Held, int, int] | None, rewrite: bool) -> None:
        device_id = self.device.device_id
        values = {"held": self.held.kind, "role": self.device.role, "organisation_id": self.device.organisation_id,
                  "scope_seq": self.upto, "began": self.began, "pending": None, "pending_after": None,
                  "pending_cursor": None, "pending_subjects": None}
        if pending is not None:
            held, after, cursor = pending
            values.update(pending=held.kind, pending_after=after, pending_cursor=cursor,
                          pending_subjects={s: encode_grant(g) for s, g in held.subjects.items()})
        with self.conn.engine.execution_options(**{_WRITE: True}).begin() as conn:
            if conn.execute(update(_STATES).where(_STATES.c.device_id == device_id).values(**values)).rowcount == 0:
                conn.execute(insert(_STATES).values(device_id=device_id, **values))
            if rewrite:
                conn.execute(delete(_HELD).where(_HELD.c.device_id == device_id))
                if self.held.kind == HELD_CLIENTS and self.held.subjects:
                    _insert_held(conn, device_id, self.held.subjects)


def _one_of(conn: Connection, column: ColumnElement, values: Iterable[str]) -> ColumnElement[bool]:
    """A page's filter on a list of the scope's ids. On PostgreSQL one array parameter unnested in a
    subquery, which it hashes and asks per row of the page's scan in version order, as it does the
    ids the server keeps for the usual pull. A list of literals made it read every row of those ids
    through their index and sort them: a new partner's first page 35 ms, so 13-16 ms (77 clients,
    50,000 records)."""
    if conn.dialect.name != "postgresql":
        return column.in_(sorted(values))
    return column.in_(select(func.unnest(bindparam(None, sorted(values), type_=ARRAY(String)))))


def _insert_held(conn: Connection, device_id: str, subjects: dict[str, Grant]) -> None:
    """On PostgreSQL one statement with two array parameters: a row each took a new partner's first
    pull 9 ms for 77 clients; a statement of many VALUES took longer to compile than to run."""
    if conn.dialect.name != "postgresql":
        conn.execute(insert(_HELD), [{"device_id": device_id, "subject_id": s, "grant": encode_grant(g)}
                                     for s, g in subjects.items()])
        return
    ids, grants = list(subjects), [encode_grant(g) for g in subjects.values()]
    rows = select(bindparam("device_id", device_id, type_=String),
                  func.unnest(bindparam("ids", ids, type_=ARRAY(String))),
                  func.unnest(bindparam("grants", grants, type_=ARRAY(String))))
    conn.execute(insert(_HELD).from_select(["device_id", "subject_id", "grant"], rows))


def _owned(subjects: list[str]) -> ColumnElement[bool]:
    """The records of these subjects: a client's, a household, or the staff's unowned records."""
    owned = [RECORDS.c.client_id.in_(sorted(subjects)),
             and_(RECORDS.c.entity == "households", RECORDS.c.record_id.in_(sorted(subjects)))]
    if STAFF_RECORDS in subjects:
        owned.append(and_(RECORDS.c.client_id.is_(None), RECORDS.c.entity.in_(STAFF_ONLY_UNOWNED)))
    return or_(*owned)


def plan_pull(conn: Connection, device: SignedInDevice, after: int, upto: int) -> PullPlan:
    return PullPlan(conn, device, after, upto)


def _unchanged(conn: Connection, device: SignedInDevice, kind: str, state: Any, upto: int) -> bool:
    """Whether the held scope is the scope now without working it out: same account, no change
    pending, and no record the scope rests on changed since (one indexed probe of the seq range)."""
    if state is None or state.pending is not None or (state.role, state.organisation_id) != (
            device.role, device.organisation_id):
        return False
    if kind == FULL:
        return state.held == HELD_FULL
    if state.held != HELD_CLIENTS:
        return False
    if kind == DIRECTORY_ONLY:
        return True
    if state.scope_seq is None:
        return False
    # One read of the tenant's counter row: no change that may move a scope since (scope_moves.py).
    return scope_moved_at(conn, device.tenant_id) <= state.scope_seq


def _began(conn: Connection, device_id: str, state: Any, after: int, upto: int) -> int:
    """The seq the device's history began at: its first pull's head, or just before its first push
    (it holds what it pushed at that very version). A device first seen with a cursor (a store that
    synced under another sign-in): 0, it may hold any."""
    if state is not None:
        return state.began or 0
    if after > 0:
        return 0
    pushed = conn.execute(select(_DEVICES.c.first_push_seq).where(_DEVICES.c.id == device_id)).scalar()
    return upto if pushed is None else min(upto, pushed - 1)


def note_first_push(conn: Connection, device_id: str, seq: int) -> None:
    """Remember the seq of a device's first pushed record (in the push's transaction): it holds
    what it pushed from then on, though it may not have pulled yet."""
    conn.execute(update(_DEVICES).where(_DEVICES.c.id == device_id, _DEVICES.c.first_push_seq.is_(None))
                 .values(first_push_seq=seq))


def _resolve(conn: Connection, state: Any, device_id: str, after: int) -> tuple[Held, bool]:
    """What the device surely holds, given the cursor it asks after; and whether that is news to
    the stored state (a scope change acknowledged, or a device seen for the first time)."""
    if state is None:
        return (Held(HELD_CLIENTS, {}) if after == 0 else Held(HELD_UNKNOWN, {})), True
    if state.pending is not None:
        if after == state.pending_cursor:  # it applied the change last sent
            subjects = {s: decode_grant(g) for s, g in (state.pending_subjects or {}).items()}
            return Held(state.pending, subjects), True
        if after != state.pending_after:  # neither: a store put back, or another copy of it
            return Held(HELD_UNKNOWN, {}), True
    if state.held != HELD_CLIENTS:
        return Held(state.held, {}), False
    return Held(HELD_CLIENTS, _held_subjects(conn, device_id)), False


def _held_subjects(conn: Connection, device_id: str) -> dict[str, Grant]:
    rows = conn.execute(select(_HELD.c.subject_id, _HELD.c.grant).where(_HELD.c.device_id == device_id))
    return {s: decode_grant(g) for s, g in rows}


def _whole(row: Any) -> StoredChange:
    """A row of PAGE_COLUMNS sent as stored."""
    return StoredChange(*row[:6])


def _reduced(row: Any, fields: dict[str, Any]) -> StoredChange:
    """A record cut to what the grant shows: written as JSON once, not built into a pydantic model
    and dumped again, and keeping the client the record store derived, so the audit log never
    looks up a parent of a part it names."""
    return StoredChange(row.version, row.entity, row.record_id, row.deleted,
                        json.dumps(fields, ensure_ascii=False, separators=(",", ":")), row.client_id)


def _drop(row: Any) -> Change:
    # Not validated: a record stored before the limits (sync/limits.py) goes out as stored, set aside by the device.
    return Change.model_construct(seq=row.version, entity=row.entity, record_id=row.record_id, version=row.version,
                                  deleted=row.deleted, fields=None)
