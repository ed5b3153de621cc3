"""The chain's directory: partner organisations and their workers."""

from __future__ import annotations

from sqlalchemy import Engine, insert, select

from desktop.store.records import now_stamp
from desktop.store.schema import organisations, workers
from domain.ids import new_id


class DirectoryRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def add_organisation(self, name: str, kind: str) -> str:
        org_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(organisations).values(
                id=org_id, name=name, kind=kind, created_at=stamp, updated_at=stamp))
        return org_id

    def add_worker(self, name: str, role: str, organisation_id: str | None, email: str = "") -> str:
        worker_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(workers).values(
                id=worker_id, name=name, role=role, organisation_id=organisation_id,
                email=email, created_at=stamp, updated_at=stamp))
        return worker_id

    def organisations(self) -> list[dict]:
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(
                select(organisations.c.id, organisations.c.name, organisations.c.kind)
                .where(organisations.c.deleted.is_(False)).order_by(organisations.c.name)).mappings()]

    def workers(self, role: str | None = None) -> list[dict]:
        query = (select(workers.c.id, workers.c.name, workers.c.role, workers.c.organisation_id)
                 .where(workers.c.deleted.is_(False)).order_by(workers.c.name))
        if role:
            query = query.where(workers.c.role == role)
        with self._engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]
