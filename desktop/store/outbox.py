"""The outbox: every change to a synced table, written by trigger in the same transaction.

Triggers make the outbox impossible to bypass: a write through the store's API, a
raw SQL statement or a future repository all leave their entry, or none is committed.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, text

from desktop.store.schema import outbox

_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_AUTHOR = "(SELECT value FROM device_state WHERE key = 'worker_id')"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_OP_ID = "lower(hex(randomblob(16)))"


def _row_json(alias: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns)
    return f"json_object({pairs})"


def trigger_sql(table: str, columns: list[str]) -> list[str]:
    """DDL for the three outbox triggers of one table, for the columns it has now."""
    new, old = _row_json("NEW", columns), _row_json("OLD", columns)
    insert_cols = "op_id, entity, record_id, op, before, after, author_id, created_at"

    def trigger(event: str, op: str, record: str, before: str, after: str, extra: str = "") -> str:
        return (
            f"CREATE TRIGGER {table}_outbox_{op} AFTER {event} ON {table} "
            f"WHEN {_NOT_APPLYING}{extra} BEGIN "
            f"INSERT INTO outbox ({insert_cols}) VALUES "
            f"({_OP_ID}, '{table}', {record}, '{op}', {before}, {after}, {_AUTHOR}, {_NOW}); END"
        )

    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)
    return [
        trigger("INSERT", "insert", "NEW.id", "NULL", new),
        trigger("UPDATE", "update", "NEW.id", old, new, f" AND ({changed})"),
        trigger("DELETE", "delete", "OLD.id", old, "NULL"),
    ]


def install_triggers(conn: Connection, table: str) -> None:
    """(Re)create a table's outbox triggers; migrations call this after changing columns."""
    columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
    for op in ("insert", "update", "delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_outbox_{op}")
    for ddl in trigger_sql(table, columns):
        conn.exec_driver_sql(ddl)


def pending(conn: Connection, limit: int = 500) -> list[dict]:
    rows = conn.execute(select(outbox).order_by(outbox.c.seq).limit(limit)).mappings()
    return [
        {**row, "before": json.loads(row["before"]) if row["before"] else None,
         "after": json.loads(row["after"]) if row["after"] else None}
        for row in rows
    ]


def pending_count(conn: Connection) -> int:
    return conn.execute(text("SELECT count(*) FROM outbox")).scalar_one()
