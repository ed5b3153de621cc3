"""The plan's history, written by triggers: who changed which field of which plan record, and when.

Triggers, like the outbox, so no write path (repository, raw SQL, a future screen) can skip
it. One row per changed field, with the old and the new value and the worker on this device
(device_state 'worker_id'). Autosave writes a field every second while someone types; an
edit folds into that field's latest row while the row is unsynced, by the same author, and
under outbox.COALESCE_MINUTES old, so one burst of typing is one line of history.

plan_history is itself synced and append-only; agreed versions (plan_versions) never change.
Both are guarded by triggers; changes applied by the sync engine (sync_applying) pass.
Migrations that change the columns of a tracked table call install_history again.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select

from desktop.store.current_worker import WORKER_SQL
from desktop.store.outbox import COALESCE_MINUTES
from desktop.store.records import BOOL_COLUMNS, JSON_LIST_COLUMNS
from desktop.store.schema import plan_history, workers

# Table -> the expression naming the plan a row belongs to.
TRACKED = {
    "plans": "NEW.id",
    "plan_goals": "NEW.plan_id",
    "plan_actions": "NEW.plan_id",
    "plan_tranches": "NEW.plan_id",
    "plan_debt_signals": "NEW.plan_id",
    "plan_milestones": "NEW.plan_id",
}
UNTRACKED_COLUMNS = frozenset({"id", "created_at", "updated_at", "version", "plan_id", "client_id"})

_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_AUTHOR = WORKER_SQL
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_WINDOW = f"strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-{COALESCE_MINUTES} minutes')"
# A version-4 UUID, like the ids the repositories make, so history rows sync as any record.
_UUID = ("(lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
         "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
         "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))))")
_COLUMNS = "id, created_at, updated_at, plan_id, entity, record_id, field, old, new, author_id, at"


def _columns(conn: Connection, table: str) -> list[tuple[str, str]]:
    """(name, default as SQL) of the columns whose changes are history."""
    return [(row[1], row[4] or "NULL") for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")
            if row[1] not in UNTRACKED_COLUMNS]


def _latest(field: str) -> str:
    return (f"(SELECT h.id FROM plan_history h WHERE h.record_id = NEW.id AND h.field = {field} "
            f"ORDER BY h.created_at DESC, h.rowid DESC LIMIT 1)")


def _foldable(field: str) -> str:
    return (f"EXISTS (SELECT 1 FROM plan_history f WHERE f.id = {_latest(field)} AND f.version = 0 "
            f"AND f.author_id IS {_AUTHOR} AND f.created_at >= {_WINDOW})")


def history_trigger_sql(table: str, plan_expr: str, columns: list[tuple[str, str]]) -> list[str]:
    """DDL of one table's history triggers, for the columns it has now.

    The fields are one list (c.field, and c.a and c.b the values compared) that each statement
    filters, so a trigger names each column three times at most, not in two statements per column:
    every connection parses every trigger when it opens, and the statements per column made the
    plan's triggers 164 KB of the schema's 310 KB (4.4 ms of an open's 9 ms, 1.5 ms of its close).
    The list is a UNION ALL of one-row SELECTs: inside a trigger SQLite does not name the columns of
    a VALUES list."""
    def fields(first: str, second: str) -> str:
        rows = []
        for column, default in columns:
            a, b = first.format(column=column, default=default), second.format(column=column, default=default)
            rows.append(f"SELECT '{column}' AS field, {a} AS a, {b} AS b" if not rows else
                        f"SELECT '{column}', {a}, {b}")
        return f"({' UNION ALL '.join(rows)}) c"

    def rows(old: str) -> str:
        return (f"INSERT INTO plan_history ({_COLUMNS}) SELECT {_UUID}, {_NOW}, {_NOW}, {plan_expr}, '{table}', "
                f"NEW.id, c.field, {old}, c.a, {_AUTHOR}, {_NOW}")

    # A new record: the fields given a value other than the column's default.
    given = fields('NEW."{column}"', "{default}")
    on_insert = f"{rows('NULL')} FROM {given} WHERE c.a IS NOT c.b AND c.a IS NOT '';"
    # A change: folded into the field's latest row where that is this author's, unsynced and recent;
    # else a row of its own.
    changed = fields('NEW."{column}"', 'OLD."{column}"')
    fold = (f"UPDATE plan_history SET new = (SELECT c.a FROM {changed} WHERE c.field = plan_history.field), "
            f"at = {_NOW}, updated_at = {_NOW} WHERE id IN (SELECT {_latest('c.field')} FROM {changed} "
            f"WHERE c.a IS NOT c.b) AND version = 0 AND author_id IS {_AUTHOR} "
            f"AND created_at >= {_WINDOW};")
    add = (f"{rows('c.b')} FROM {changed} WHERE c.a IS NOT c.b "
           f"AND NOT {_foldable('c.field')};")
    return [
        f"CREATE TRIGGER {table}_history_insert AFTER INSERT ON {table} WHEN {_NOT_APPLYING} "
        f"BEGIN {on_insert} END",
        f"CREATE TRIGGER {table}_history_update AFTER UPDATE ON {table} WHEN {_NOT_APPLYING} "
        f"BEGIN {fold} {add} END",
    ]


def _refuse(name: str, event: str, table: str, when: str, message: str) -> str:
    return (f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {_NOT_APPLYING}{when} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END")


def guard_sql(conn: Connection) -> list[str]:
    """Agreed versions change only in their server version; history rows only fold while unsynced."""
    version_cols = [c for c, _ in _columns(conn, "plan_versions")] + ["id", "created_at", "updated_at", "plan_id",
                                                                        "client_id"]
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in version_cols)
    fixed = ("id", "created_at", "plan_id", "entity", "record_id", "field", "old", "author_id", "deleted")
    rewritten = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in fixed)
    folded = 'OLD.new IS NOT NEW.new OR OLD.at IS NOT NEW.at OR OLD.updated_at IS NOT NEW.updated_at'
    return [
        _refuse("plan_versions_frozen_update", "UPDATE", "plan_versions", f" AND ({changed})",
                "an agreed plan version cannot change"),
        _refuse("plan_versions_frozen_delete", "DELETE", "plan_versions", "", "an agreed plan version cannot change"),
        _refuse("plan_history_append_only_update", "UPDATE", "plan_history",
                f" AND (({rewritten}) OR (OLD.version != 0 AND ({folded})))", "plan history is append-only"),
        _refuse("plan_history_append_only_delete", "DELETE", "plan_history", "", "plan history is append-only"),
    ]


def install_history(conn: Connection) -> None:
    """(Re)create the history triggers of the plan's tables and the guards; migrations call this."""
    for table, plan_expr in TRACKED.items():
        for event in ("insert", "update"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_history_{event}")
        for ddl in history_trigger_sql(table, plan_expr, _columns(conn, table)):
            conn.exec_driver_sql(ddl)
    for name in ("plan_versions_frozen_update", "plan_versions_frozen_delete",
                 "plan_history_append_only_update", "plan_history_append_only_delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for ddl in guard_sql(conn):
        conn.exec_driver_sql(ddl)


def read_history(conn: Connection, plan_id: str, limit: int = 500, record_id: str | None = None) -> list[dict]:
    """Newest first, with the author's name; an edit folded back to where it started is left out."""
    h = plan_history
    query = (select(h.c.id, h.c.entity, h.c.record_id, h.c.field, h.c.old, h.c.new, h.c.author_id,
                    workers.c.name.label("author_name"), h.c.at)
             .outerjoin(workers, workers.c.id == h.c.author_id)
             .where(h.c.plan_id == plan_id, h.c.old.is_distinct_from(h.c.new))
             .order_by(h.c.at.desc(), h.c.created_at.desc()).limit(limit))
    if record_id:
        query = query.where(h.c.record_id == record_id)
    rows = [dict(r) for r in conn.execute(query).mappings()]
    for r in rows:  # values as the records show them: 0/1 as booleans, lists as lists
        if r["field"] in BOOL_COLUMNS:
            r["old"], r["new"] = (None if v is None else v not in ("0", 0) for v in (r["old"], r["new"]))
        elif r["field"] in JSON_LIST_COLUMNS:
            r["old"], r["new"] = (None if v is None else json.loads(v) for v in (r["old"], r["new"]))
    return rows
