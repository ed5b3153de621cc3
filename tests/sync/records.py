"""Small helpers for sync tests: rows as the server holds them, pages, outbox entries."""

from __future__ import annotations

import json

from sqlalchemy import text

from desktop.store.outbox import pending
from desktop.store.sync_apply import TableShape, decode
from sync.protocol import Change, PullResponse


def wire_row(store, table: str, record_id: str) -> dict:
    """A local row as it travels: what the server would hold after this device pushed it."""
    with store.engine.connect() as conn:
        shape = TableShape(conn, table)
        row = conn.exec_driver_sql(shape.select_sql, (record_id,)).first()
    return decode(table, dict(zip(shape.columns, row, strict=True)))


def change(seq: int, entity: str, fields: dict, deleted: bool = False) -> Change:
    return Change(seq=seq, entity=entity, record_id=fields["id"], version=seq, deleted=deleted, fields=fields)


def page(changes: list[Change], more: bool = False, drop=(), head: int | None = None) -> PullResponse:
    cursor = max((c.seq for c in changes), default=0)
    return PullResponse(changes=changes, cursor=cursor, more=more, drop=list(drop), head=head)


def outbox(store) -> list[dict]:
    with store.engine.connect() as conn:
        return pending(conn)


def clear_outbox(store) -> None:
    """As if everything so far had been sent and accepted."""
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM outbox"))


def raw(store, sql: str, **params):
    with store.engine.connect() as conn:
        return conn.execute(text(sql), params).all()


def as_json(value) -> str:
    return json.dumps(value)
