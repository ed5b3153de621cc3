"""The outbox: every change to a synced table, written by trigger in the same transaction.

Triggers make the outbox impossible to bypass: a write through the store's API, a
raw SQL statement or a future repository all leave their entry, or none is committed.

Autosave writes a record every second while someone types. Those updates fold into
the record's latest entry while it is unsent, by the same author and under
COALESCE_MINUTES old, so one burst of typing is one change (see docs/decisions).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, select, text

from desktop.store.current_worker import WORKER_SQL
from desktop.store.schema import outbox

_NOT_APPLYING = "NOT EXISTS (SELECT 1 FROM sync_applying)"
_AUTHOR = WORKER_SQL
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
_OP_ID = "lower(hex(randomblob(16)))"
COALESCE_MINUTES = 5
LOCAL_COLUMNS = frozenset({"search_text"})  # derived on each device; never sent


def _row_json(alias: str, columns: list[str]) -> str:
    pairs = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns)
    return f"json_object({pairs})"


def trigger_sql(table: str, columns: list[str], coalesce: bool = True) -> list[str]:
    """DDL for the outbox triggers of one table, for the columns it has now."""
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
    if not coalesce:
        return [
            trigger("INSERT", "insert", "NEW.id", "NULL", new),
            trigger("UPDATE", "update", "NEW.id", old, new, f" AND ({changed})"),
            trigger("DELETE", "delete", "OLD.id", old, "NULL"),
        ]
    latest = (f"(SELECT max(seq) FROM outbox WHERE entity = '{table}' AND record_id = NEW.id)")
    foldable = (f"EXISTS (SELECT 1 FROM outbox o WHERE o.seq = {latest} AND NOT o.claimed "
                f"AND o.op IN ('insert', 'update') AND o.author_id IS {_AUTHOR} "
                f"AND o.created_at >= strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-{COALESCE_MINUTES} minutes'))")
    fold = (
        f"CREATE TRIGGER {table}_outbox_fold AFTER UPDATE ON {table} "
        f"WHEN {_NOT_APPLYING} AND ({changed}) AND {foldable} BEGIN "
        f"UPDATE outbox SET after = {new} WHERE seq = {latest}; END"
    )
    return [
        trigger("INSERT", "insert", "NEW.id", "NULL", new),
        trigger("UPDATE", "update", "NEW.id", old, new, f" AND ({changed}) AND NOT {foldable}"),
        trigger("DELETE", "delete", "OLD.id", old, "NULL"),
        fold,
    ]


def install_triggers(conn: Connection, table: str) -> None:
    """(Re)create a table's outbox triggers; migrations call this after changing columns."""
    columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")
               if row[1] not in LOCAL_COLUMNS]
    # Stores before revision 0003 have no outbox.claimed, so no folding there yet.
    coalesce = any(row[1] == "claimed" for row in conn.exec_driver_sql("PRAGMA table_info(outbox)"))
    for op in ("insert", "update", "delete", "fold"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_outbox_{op}")
    for ddl in trigger_sql(table, columns, coalesce):
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


def claim(conn: Connection, seqs: list[int]) -> None:
    """Mark entries as being sent: later edits of their records get entries of their own."""
    conn.execute(outbox.update().where(outbox.c.seq.in_(seqs)).values(claimed=True))
