"""What a worker does with changes the server refused: see whose they are, send them again, or
take them off the list. Reads the set-aside list (sync_rejects) as the sync engine writes it."""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, delete, insert, select

from desktop.store.current_worker import current_worker_id
from desktop.store.outbox import LOCAL_COLUMNS
from desktop.store.records import now_stamp
from desktop.store.schema import SYNCED_TABLES, clients, outbox, plans, sync_rejects
from domain.client import display_name
from domain.ids import new_id

_NAME_COLUMNS = (clients.c.id, clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
                 clients.c.family_name_usual)


class RejectActions:
    def __init__(self, engine: Engine):
        self._engine = engine

    def subjects(self, rejects: Iterable[dict]) -> dict[int, dict]:
        """Reject id -> {"client_id", "client_name"} of the person the refused record belongs to
        (both None for records of no one's file, such as the directory)."""
        rejects = list(rejects)
        with self._engine.connect() as conn:
            owners = {r["id"]: _client_of(conn, r) for r in rejects}
            ids = {c for c in owners.values() if c}
            names = {row["id"]: display_name(dict(row)) for row in conn.execute(
                select(*_NAME_COLUMNS).where(clients.c.id.in_(ids))).mappings()} if ids else {}
        return {rid: {"client_id": cid, "client_name": names.get(cid) if cid else None}
                for rid, cid in owners.items()}

    def dismiss(self, reject_ids: Iterable[int]) -> int:
        """Off the list; the record on this device stays as it is. Returns how many left the list."""
        ids = list(reject_ids)
        with self._engine.begin() as conn:
            return conn.execute(delete(sync_rejects).where(sync_rejects.c.id.in_(ids))).rowcount if ids else 0

    def retry(self, reject_ids: Iterable[int]) -> tuple[int, int]:
        """Send again, as the record now stands on this device (after the worker fixed it, or once
        the cause is gone, e.g. the client was assigned). Those that cannot be sent again (the
        record is gone here, or is of a kind this store does not keep) stay on the list.
        Returns (queued, kept)."""
        queued = kept = 0
        with self._engine.begin() as conn:
            author = current_worker_id(conn)
            rows = conn.execute(select(sync_rejects).where(sync_rejects.c.id.in_(list(reject_ids)))).mappings().all()
            for row in rows:
                after = _current(conn, row["entity"], row["record_id"]) if row["op"] != "delete" else None
                if row["entity"] not in SYNCED_TABLES or row["op"] not in ("insert", "update", "delete") \
                        or (row["op"] != "delete" and after is None):
                    kept += 1
                    continue
                conn.execute(insert(outbox).values(
                    op_id=new_id(), entity=row["entity"], record_id=row["record_id"], op=row["op"],
                    before=None, after=after, author_id=author, created_at=now_stamp()))
                conn.execute(delete(sync_rejects).where(sync_rejects.c.id == row["id"]))
                queued += 1
        return queued, kept


def _client_of(conn: Connection, reject: dict) -> str | None:
    fields = reject.get("fields")
    if isinstance(fields, str):
        fields = json.loads(fields or "null")
    fields = fields if isinstance(fields, dict) else {}
    if reject["entity"] == "clients":
        return reject["record_id"]
    if isinstance(fields.get("client_id"), str):
        return fields["client_id"]
    if reject["entity"] == "households":
        return conn.execute(select(clients.c.id).where(clients.c.household_id == reject["record_id"])
                            .order_by(clients.c.household_role)).scalars().first()
    if isinstance(fields.get("plan_id"), str):
        return conn.execute(select(plans.c.client_id).where(plans.c.id == fields["plan_id"])).scalar()
    return None


def _current(conn: Connection, entity: str, record_id: str) -> str | None:
    """The record as it stands here, as JSON the way the outbox triggers write it."""
    if entity not in SYNCED_TABLES:
        return None
    columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{entity}")') if r[1] not in LOCAL_COLUMNS]
    pairs = ", ".join(f"'{c}', \"{c}\"" for c in columns)
    return conn.exec_driver_sql(f'SELECT json_object({pairs}) FROM "{entity}" WHERE id = ?',
                                (record_id,)).scalar()
