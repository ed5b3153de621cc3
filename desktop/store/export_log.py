"""The export log: every file about a client written outside the encrypted store, kept inside it.

Exports leave the store's protection, so the store keeps who wrote which file about whom and
when (the file's name, not its folder or contents). Local to this device for now: the server's
audit log holds what reached the server (docs/decisions/0028-first-start-and-exports.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, insert, select

from desktop.store.current_worker import current_worker_id
from desktop.store.records import now_stamp
from desktop.store.schema import export_log

KINDS = ("person_export", "plan_pdf", "intake_pdf", "contact_card",
         "monitoring", "social_map")  # these two name no client: counts, and the kaart's organisations


class ExportLog:
    def __init__(self, engine: Engine):
        self._engine = engine

    def record(self, kind: str, client_id: str | None, files: Iterable[str | Path]) -> int:
        if kind not in KINDS:
            raise ValueError(f"unknown export kind {kind!r}")
        names = [Path(f).name for f in files]
        with self._engine.begin() as conn:
            worker_id = current_worker_id(conn)
            return conn.execute(insert(export_log).values(
                at=now_stamp(), worker_id=worker_id, client_id=client_id, kind=kind,
                files=json.dumps(names))).inserted_primary_key[0]

    def entries(self, client_id: str | None = None) -> list[dict]:
        """Newest first; one client's when client_id is given."""
        query = select(export_log).order_by(export_log.c.id.desc())
        if client_id is not None:
            query = query.where(export_log.c.client_id == client_id)
        with self._engine.connect() as conn:
            return [{**row, "files": json.loads(row["files"])} for row in conn.execute(query).mappings()]
