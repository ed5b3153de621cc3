"""The audit log: every read and change of client records, by whom, on which device, when.

A change is one line per pushed operation, written in the push's own transaction: a failed
audit write rolls the push back, so nothing is ever applied unaudited. An offline change
keeps when it was made on the device (made_at) beside when it arrived (at). A read is one
line per pull page and client, naming the records handed out: docs/decisions/0012-audit-log.md
has the measurements behind that. Only names of changed fields are kept, never values: the
log must not become a second copy of the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, insert, or_, select

from server.caller import SignedInDevice
from server.clock import stamp, utcnow
from server.entities import CLIENT_VIA_PARENT, direct_client_of
from server.models import AuditLogEntry, Device, User
from server.pull_answer import StoredChange
from server.record_store import RECORDS
from server.visibility import SEEN_BY_EVERY_DEVICE
from server.wire import op_id_of
from sync.protocol import AUDIT_PAGE, AuditEntry, AuditPage, Change, Operation, OpResult

AUDIT = AuditLogEntry.__table__
_USERS = User.__table__
_DEVICES = Device.__table__
_INSERT = insert(AUDIT)
READERS = frozenset({"coordinator", "administrator"})  # roles that may search the log
BOOKKEEPING = frozenset({"id", "version", "search_text", "created_at", "updated_at"})  # not a change of content
_EMPTY = (None, "", [], {})
_CHUNK = 500


def may_search(device: SignedInDevice) -> bool:
    return device.role in READERS


def write(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """All lines of one request: one COPY on PostgreSQL, one executemany elsewhere."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        _copy(conn, rows)
    else:
        conn.execute(_INSERT, rows)


# COPY took half the time of executemany for the lines of a first sync (docs/decisions/0012-audit-log.md).
_COPIED = ("tenant_id", "at", "user_id", "device_id", "worker_id", "action", "entity", "record_id", "record_ids",
           "client_id", "fields", "conflicts", "reason", "made_at", "op_id")
_JSON_COLUMNS = frozenset({"record_ids", "fields", "conflicts"})
_TIME_COLUMNS = frozenset({"at", "made_at"})


def _copy(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Into the caller's transaction, past SQLAlchemy: its column types are applied here by hand."""
    from psycopg.types.json import Jsonb  # only where PostgreSQL is the database

    def value(column: str, v: Any) -> Any:
        if v is None:
            return None
        if column in _JSON_COLUMNS:
            return Jsonb(v)
        if column in _TIME_COLUMNS:  # as UTCDateTime stores it: naive UTC
            return v.astimezone(UTC).replace(tzinfo=None)
        return v

    cursor = conn.connection.dbapi_connection.cursor()
    with cursor.copy(f"COPY {AUDIT.name} ({', '.join(_COPIED)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([value(column, row[column]) for column in _COPIED])


def line(tenant_id: str, action: str, by: SignedInDevice | None, at: datetime | None = None,
         **values: Any) -> dict[str, Any]:
    """One line with every column named: who (`by`, the device; None for the server's own command
    line), when (now unless given), the action, and what the caller adds. The one place a line is
    spelt out, so a column added to the log is added once."""
    unknown = values.keys() - set(_COPIED)
    if unknown:
        raise ValueError(f"not a column of the audit log: {sorted(unknown)}")
    out: dict[str, Any] = dict.fromkeys(_COPIED)
    out.update(tenant_id=tenant_id, at=at or utcnow(), action=action, user_id=by.user_id if by else None,
               device_id=by.device_id if by else None, worker_id=by.worker_id if by else None)
    out.update(values)
    return out


def _line(device: SignedInDevice, at: datetime, action: str, **values: Any) -> dict[str, Any]:
    return line(device.tenant_id, action, device, at, **values)


# -- accounts --------------------------------------------------------------------------------------
ACCOUNT = "account"  # an administrator changed a user's organisation or role


def record_account_change(conn: Connection, tenant_id: str, worker_id: str, fields: list[str],
                          by: SignedInDevice | None = None) -> None:
    """One line for a change of who belongs where, in the change's own transaction: the user's worker
    record and the names of what changed (never the values). `by` is the administrator's device,
    None for the command line on the server itself."""
    write(conn, [line(tenant_id, ACCOUNT, by, entity="workers", record_id=worker_id, fields=sorted(fields))])


# -- reads -----------------------------------------------------------------------------------------
def read_lines(conn: Connection, device: SignedInDevice,
               changes: list[StoredChange | Change]) -> list[dict[str, Any]]:
    """The lines for a pull page: one per client, with the records of that client it hands out.

    The client is the one the record store derived when it stored the record; a record stored
    before its parent, or sent reduced, names it in its fields, and only one naming it through a
    parent not in the page costs a lookup (call this in the pull's own read transaction). Records
    of no client (the directory) are not client records: not logged."""
    sent = [c for c in changes if isinstance(c, StoredChange) or c.fields is not None]  # None: a drop
    in_page = {(c.entity, c.record_id): _direct_client(c) for c in sent}
    orphans = [c for c in sent if in_page[(c.entity, c.record_id)] is None and c.entity not in SEEN_BY_EVERY_DEVICE]
    orphan_fields = {(c.entity, c.record_id): c.fields for c in orphans}
    parents = {(parent, fields[field]) for fields in orphan_fields.values()
               for field, parent in CLIENT_VIA_PARENT if isinstance(fields.get(field), str)}
    known = _stored_clients(conn, device.tenant_id, parents - in_page.keys())
    by_client: dict[str, list[list[str]]] = {}
    for change in sent:
        key = (change.entity, change.record_id)
        client_id = in_page[key] or (_via_parent(orphan_fields[key], in_page, known) if key in orphan_fields
                                     else None)
        if client_id is not None:
            by_client.setdefault(client_id, []).append([change.entity, change.record_id])
    at = utcnow()
    return [_line(device, at, "read", client_id=client_id, record_ids=ids) for client_id, ids in by_client.items()]


def _direct_client(change: StoredChange | Change) -> str | None:
    if isinstance(change, StoredChange):
        return change.client_id
    return direct_client_of(change.entity, change.record_id, change.fields)


def _via_parent(data: dict[str, Any], *found: dict[tuple[str, str], str | None]) -> str | None:
    for field, parent in CLIENT_VIA_PARENT:
        parent_id = data.get(field)
        if isinstance(parent_id, str):
            for clients in found:
                if clients.get((parent, parent_id)):
                    return clients[(parent, parent_id)]
    return None


# -- changes ---------------------------------------------------------------------------------------
def answered_before(earlier: dict[str, OpResult]) -> set[str]:
    """Operation ids of this push answered by an earlier one (a retry): logged when first applied.
    `earlier` is record_store.earlier_answers, read under the tenant's writer lock."""
    return set(earlier)


def record_push(conn: Connection, device: SignedInDevice, ops: list[Operation | dict[str, Any]],
                results: list[OpResult], answered: set[str],
                known: dict[tuple[str, str], str | None] | None = None) -> None:
    """One line per operation this push answered for the first time, in the push's transaction.

    Not logged: answers from memory (`answered`, and an operation sent twice in one push), and
    operations the database failed on (retry): nothing of them was applied, and they come again.
    `known`: the client of records as the push left them (records.push's `clients`): only what
    it does not hold is read."""
    at = utcnow()
    readable = [op for op in ops if isinstance(op, Operation)]
    clients = _clients(conn, device.tenant_id, readable, known or {})
    logged = set(answered)
    lines = []
    for op, result in zip(ops, results, strict=True):
        if result.retry or result.op_id in logged:
            continue
        if result.op_id:
            logged.add(result.op_id)
        if isinstance(op, Operation):
            lines.append(_change_line(device, at, op, result, clients))
        else:
            lines.append(_unreadable_line(device, at, op, result))
    write(conn, lines)


def _change_line(device: SignedInDevice, at: datetime, op: Operation, result: OpResult,
                 clients: dict[tuple[str, str], str]) -> dict[str, Any]:
    action = {"applied": op.op, "conflict": "conflict", "rejected": "refused"}[result.status]
    return _line(device, at, action, worker_id=op.author_id or device.worker_id, entity=op.entity,
                 record_id=op.record_id, client_id=_client_of(op, clients), fields=changed_fields(op),
                 conflicts=[c.field for c in result.conflicts] or None,
                 reason=result.reason if result.status == "rejected" else None,
                 made_at=made_at(op.created_at), op_id=op.op_id)


def _unreadable_line(device: SignedInDevice, at: datetime, raw: dict[str, Any], result: OpResult) -> dict[str, Any]:
    entity, record_id = raw.get("entity"), raw.get("record_id")
    return _line(device, at, "refused", entity=entity[:40] if isinstance(entity, str) else None,
                 record_id=record_id[:36] if isinstance(record_id, str) else None,
                 reason=result.reason, op_id=op_id_of(raw) or None)


def changed_fields(op: Operation) -> list[str]:
    """The names of the fields this operation set: against its base for an update, the filled
    ones for an insert (or an update with no base; a field left empty, false or 0 is not news),
    none for a delete."""
    if op.op == "delete":
        return []
    fields = op.fields or {}
    if op.op == "update" and op.base is not None:
        names = {k for k in fields.keys() | op.base.keys() if fields.get(k) != op.base.get(k)}
    else:
        names = {k for k, v in fields.items() if v not in _EMPTY and v is not False and v != 0} - {"deleted"}
    return sorted(names - BOOKKEEPING)


def made_at(created_at: str) -> datetime | None:
    """The device's stamp of when it made the change; None if it is not a time."""
    try:
        moment = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def _clients(conn: Connection, tenant_id: str, ops: list[Operation],
             known: dict[tuple[str, str], str | None]) -> dict[tuple[str, str], str]:
    """The client of each record the operations touched, and of the parents of those without one,
    as stored now: from `known` (records as they stand, with their client or None), the rest read."""
    found = {key: client_id for key, client_id in known.items() if client_id is not None}
    keys = set()
    for op in ops:
        if (op.entity, op.record_id) in found:
            continue  # _client_of needs no parent of it
        keys.add((op.entity, op.record_id))
        data = op.fields or op.base or {}
        keys.update((parent, data[field]) for field, parent in CLIENT_VIA_PARENT if isinstance(data.get(field), str))
    keys -= known.keys()
    return {**found, **_stored_clients(conn, tenant_id, keys)} if keys else found


def _stored_clients(conn: Connection, tenant_id: str, keys: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """The client of each of these (entity, record id) as stored, by the whole primary key."""
    found: dict[tuple[str, str], str] = {}
    # Every entity's records in one statement per chunk: a push waits for each round trip under
    # the tenant's writer lock.
    for chunk in _chunks(sorted(keys)):
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in chunk:
            by_entity.setdefault(entity, []).append(record_id)
        for entity, record_id, client_id in conn.execute(
                select(RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.client_id).where(
                    RECORDS.c.tenant_id == tenant_id, RECORDS.c.client_id.is_not(None),
                    or_(*(and_(RECORDS.c.entity == entity, RECORDS.c.record_id.in_(ids))
                          for entity, ids in sorted(by_entity.items()))))):
            found[(entity, record_id)] = client_id
    return found


def _client_of(op: Operation, clients: dict[tuple[str, str], str]) -> str | None:
    stored = clients.get((op.entity, op.record_id))
    if stored is not None:
        return stored
    # Not stored (refused, or deleted before it ever arrived): what the operation itself names.
    data = op.fields or op.base or {}
    return direct_client_of(op.entity, op.record_id, data) or _via_parent(data, clients)


# -- searching -------------------------------------------------------------------------------------
def search(conn: Connection, tenant_id: str, *, client_id: str | None = None, worker_id: str | None = None,
           start: datetime | None = None, end: datetime | None = None, limit: int = AUDIT_PAGE,
           offset: int = 0) -> AuditPage:
    """The tenant's lines, newest first; `start` and `end` bound when the server handled them
    (start included, end not). Never another tenant's."""
    query = (select(AUDIT, _USERS.c.display_name.label("user_name"), _DEVICES.c.name.label("device_name"))
             .select_from(AUDIT.outerjoin(_USERS, _USERS.c.id == AUDIT.c.user_id)
                          .outerjoin(_DEVICES, _DEVICES.c.id == AUDIT.c.device_id))
             .where(AUDIT.c.tenant_id == tenant_id))
    if client_id is not None:
        query = query.where(AUDIT.c.client_id == client_id)
    if worker_id is not None:
        query = query.where(AUDIT.c.worker_id == worker_id)
    if start is not None:
        query = query.where(AUDIT.c.at >= _aware(start))
    if end is not None:
        query = query.where(AUDIT.c.at < _aware(end))
    rows = conn.execute(query.order_by(AUDIT.c.at.desc(), AUDIT.c.id.desc()).limit(limit + 1).offset(offset)).all()
    return AuditPage(entries=[_entry(row) for row in rows[:limit]], more=len(rows) > limit)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment  # a time without zone is UTC


def _entry(row: Any) -> AuditEntry:
    return AuditEntry(
        at=stamp(row.at), made_at=stamp(row.made_at) if row.made_at else None, action=row.action,
        user_id=row.user_id, user_name=row.user_name, device_id=row.device_id, device_name=row.device_name,
        worker_id=row.worker_id, client_id=row.client_id, entity=row.entity, record_id=row.record_id,
        records=[tuple(pair) for pair in row.record_ids or []], fields=row.fields or [],
        conflicts=row.conflicts or [], reason=row.reason, op_id=row.op_id)


def _chunks(values: Iterable, size: int = _CHUNK) -> list[list]:
    values = list(values)
    return [values[i:i + size] for i in range(0, len(values), size)]
