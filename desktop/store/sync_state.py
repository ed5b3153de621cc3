"""What sync has done and what waits for a person: pending changes, the last success and the
last failure, conflicts to resolve, operations the server refused.

The sync engine (sync/client/engine.py) writes these; the sync screen reads them through this
repository. Values live in device_state, under the keys below.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Engine, and_, delete, func, select, text, update
from sqlalchemy.orm import aliased

from desktop.store.errors import RecordNotFound
from desktop.store.outbox import pending_count
from desktop.store.records import BOOL_COLUMNS, JSON_LIST_COLUMNS, now_stamp
from desktop.store.schema import (
    SYNCED_TABLES,
    clients,
    device_state,
    metadata,
    sync_conflicts,
    sync_rejects,
    workers,
)
from domain.client import display_name

# device_state keys: the sync engine's (sync/client/replica.py), kept here
from sync.client.replica import (  # noqa: E402, F401
    ACCOUNT,
    CURSOR,
    DEVICE_ID,
    DEVICE_TOKEN,
    HEAD,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SUCCESS,
    SERVER_URL,
)

Keep = Literal["mine", "theirs"]


def read_value(conn: Connection, key: str) -> str | None:
    return conn.execute(select(device_state.c.value).where(device_state.c.key == key)).scalar_one_or_none()


_SET_VALUE = text("INSERT INTO device_state (key, value) VALUES (:key, :value) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")


def write_value(conn: Connection, key: str, value: str | None) -> None:
    """None removes the key. One statement either way: a sync writes some eight of them."""
    if value is None:
        conn.execute(delete(device_state).where(device_state.c.key == key))
    else:
        conn.execute(_SET_VALUE, {"key": key, "value": value})


def decode_value(raw: str | None) -> Any:
    """A conflict's base, mine or theirs: JSON text of the column's value."""
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw  # a plain text that was never encoded


def shown_value(field: str, value: Any) -> Any:
    """A column's stored value as the records show it: 0/1 as booleans, list columns as lists."""
    if value is None:
        return None
    if field in BOOL_COLUMNS:
        return bool(value)
    if field in JSON_LIST_COLUMNS and isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


@dataclass(frozen=True)
class SyncSummary:
    enrolled: bool
    server_url: str | None
    pending_count: int  # local changes not yet accepted by the server
    last_success_at: str | None
    last_attempt_at: str | None
    last_error: dict | None  # {"code", "message", "at"} of the last sync, when it failed
    open_conflicts: int
    rejects: int


class SyncStateRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    # -- the state ---------------------------------------------------------------
    def summary(self) -> SyncSummary:
        with self._engine.connect() as conn:
            error = read_value(conn, LAST_ERROR)
            return SyncSummary(
                enrolled=read_value(conn, DEVICE_ID) is not None,
                server_url=read_value(conn, SERVER_URL),
                pending_count=pending_count(conn),
                last_success_at=read_value(conn, LAST_SUCCESS),
                last_attempt_at=read_value(conn, LAST_ATTEMPT),
                last_error=json.loads(error) if error else None,
                open_conflicts=conn.execute(select(func.count()).select_from(_causes().subquery())).scalar_one(),
                rejects=conn.execute(select(func.count()).select_from(sync_rejects)).scalar_one(),
            )

    def pending_count(self) -> int:
        with self._engine.connect() as conn:
            return pending_count(conn)

    def last_success_at(self) -> str | None:
        with self._engine.connect() as conn:
            return read_value(conn, LAST_SUCCESS)

    def last_error(self) -> dict | None:
        with self._engine.connect() as conn:
            error = read_value(conn, LAST_ERROR)
        return json.loads(error) if error else None

    def account(self) -> dict | None:
        """The person who enrolled this device (protocol.Account fields), or None."""
        with self._engine.connect() as conn:
            raw = read_value(conn, ACCOUNT)
        return json.loads(raw) if raw else None

    # -- conflicts ---------------------------------------------------------------
    def open_conflicts(self, client_id: str | None = None) -> list[dict]:
        """Oldest first, each with its values as the record shows them ("base", "mine", "theirs"),
        "client_name" and the authors' names where this device knows them. One entry per record
        and cause: the same field set aside with the same values twice (two queued updates that
        each met it on the server) is one entry, and resolving it resolves both."""
        c = sync_conflicts
        mine_w, theirs_w = aliased(workers), aliased(workers)
        query = (select(c, mine_w.c.name.label("mine_author_name"), theirs_w.c.name.label("theirs_author_name"),
                        clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
                        clients.c.family_name_usual)
                 .outerjoin(mine_w, mine_w.c.id == c.c.mine_author)
                 .outerjoin(theirs_w, theirs_w.c.id == c.c.theirs_author)
                 .outerjoin(clients, clients.c.id == c.c.client_id)
                 .where(_open()).order_by(c.c.created_at, c.c.id))
        if client_id:
            query = query.where(c.c.client_id == client_id)
        with self._engine.connect() as conn:
            rows = _one_per_cause(dict(r) for r in conn.execute(query).mappings())
        for r in rows:
            for key in ("base", "mine", "theirs"):
                r[key] = shown_value(r["field"], decode_value(r[key]))
            r["client_name"] = display_name(r) if r["family_name"] is not None else ""
            r["resolved"] = bool(r["resolved"])
        return rows

    def resolve_conflict(self, conflict_id: str, keep: Keep) -> None:
        """Give the record the value kept ("mine": the one set aside, "theirs": the one it has)
        and mark this conflict, and any other open one on the same field, resolved. Both are
        ordinary writes, so the resolution syncs to every device."""
        if keep not in ("mine", "theirs"):
            raise ValueError(f"keep must be 'mine' or 'theirs', not {keep!r}")
        c = sync_conflicts
        with self._engine.begin() as conn:
            row = conn.execute(select(c).where(c.c.id == conflict_id, c.c.deleted.is_(False))).mappings().first()
            if row is None:
                raise RecordNotFound(conflict_id)
            table = metadata.tables.get(row["entity"])
            if table is not None and row["entity"] in SYNCED_TABLES and row["field"] in table.c:
                value = decode_value(row[keep])
                column = table.c[row["field"]]
                current = conn.execute(select(column).where(table.c.id == row["record_id"])).first()
                if current is not None and current[0] != value:
                    conn.execute(update(table).where(table.c.id == row["record_id"])
                                 .values({column.name: value, "updated_at": now_stamp()}))
            conn.execute(update(c).where(_open(), c.c.entity == row["entity"], c.c.record_id == row["record_id"],
                                         c.c.field == row["field"])
                         .values(resolved=True, updated_at=now_stamp()))

    # -- refused operations --------------------------------------------------------
    def rejects(self) -> list[dict]:
        """What the server refused, newest first, with its reason; "fields" as sent."""
        with self._engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(
                select(sync_rejects).order_by(sync_rejects.c.id.desc())).mappings()]
        for r in rows:
            r["fields"] = json.loads(r["fields"]) if r["fields"] else None
        return rows

    def dismiss_reject(self, reject_id: int) -> None:
        """The person has read it: it leaves the list (the local record stays as it is)."""
        with self._engine.begin() as conn:
            conn.execute(delete(sync_rejects).where(sync_rejects.c.id == reject_id))

    def local_count(self, table_name: str) -> int:
        """Live records of one synced table (the sync screen's figures after a first sync)."""
        if table_name not in SYNCED_TABLES:
            raise ValueError(table_name)
        with self._engine.connect() as conn:
            return conn.execute(text(f'SELECT count(*) FROM "{table_name}" WHERE deleted = 0')).scalar_one()


CAUSE = ("entity", "record_id", "field", "mine", "theirs")


def _causes():
    c = sync_conflicts
    return select(*(c.c[k] for k in CAUSE)).where(_open()).distinct()


def _one_per_cause(rows) -> list[dict]:
    """The oldest entry of each record and cause."""
    seen, kept = set(), []
    for row in rows:
        cause = tuple(row[k] for k in CAUSE)
        if cause not in seen:
            seen.add(cause)
            kept.append(row)
    return kept


def _open():
    return and_(sync_conflicts.c.resolved.is_(False), sync_conflicts.c.deleted.is_(False))
