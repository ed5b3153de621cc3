"""Handovers and brede intakes: a header record plus the parts of its form.

Both are drafts until completed; completing checks every required question and
changes nothing when one is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, Table, insert, select, update

from desktop.store.errors import RecordNotFound
from desktop.store.form_parts import FormPartRepository, read_parts
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import handovers, intakes
from domain import handover, intake
from domain.errors import FieldError, RecordInvalid
from domain.forms import Form, form_progress, incomplete_parts
from domain.ids import new_id


class ConversationRepository:
    def __init__(self, engine: Engine, table: Table, form: Form, header_fields: tuple[str, ...],
                 check_header: Callable[[dict], dict[str, FieldError]], complete_stamp: str | None = None):
        self._engine = engine
        self._table = table
        self.form = form
        self._header_fields = header_fields
        self._check_header = check_header
        self._complete_stamp = complete_stamp  # column stamped when completed, if any
        self._parts = FormPartRepository(engine)

    # -- reading -----------------------------------------------------------------
    def get(self, record_id: str) -> dict:
        """The header fields, plus "parts" (see read_parts) and "progress" (answered, asked)."""
        t = self._table
        with self._engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.id == record_id)).mappings().first()
            if row is None or row["deleted"]:
                raise RecordNotFound(record_id)
            parts = read_parts(conn, record_id)
        record = from_row(row)
        record["parts"] = parts
        record["progress"] = form_progress(self.form, {k: v["answers"] for k, v in parts.items()})
        return record

    def for_client(self, client_id: str) -> list[dict]:
        """Headers of a client's records, newest first."""
        t = self._table
        with self._engine.connect() as conn:
            rows = conn.execute(select(t).where(t.c.client_id == client_id, t.c.deleted.is_(False))
                                .order_by(t.c.created_at.desc())).mappings().all()
        return [from_row(r) for r in rows]

    # -- writing -----------------------------------------------------------------
    def start(self, client_id: str, fields: dict | None = None) -> str:
        fields = self._known(fields or {})
        errors = self._check_header(fields)
        if errors:
            raise RecordInvalid(errors)
        record_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(self._table).values(
                id=record_id, client_id=client_id, created_at=stamp, updated_at=stamp, **to_row(fields)))
        return record_id

    def update(self, record_id: str, changes: dict) -> None:
        changes = self._known(changes)
        if "status" in changes:
            raise ValueError("use complete() or reopen() to change the status")
        errors = self._check_header(changes)
        if errors:
            raise RecordInvalid(errors)
        self._write(record_id, changes)

    def save_part(self, record_id: str, client_id: str, part: str, answers: dict, notes: str = "") -> bool:
        return self._parts.save(self.form, record_id, client_id, part, answers, notes)

    def complete(self, record_id: str) -> None:
        """Raises RecordInvalid naming each part with unanswered required questions."""
        record = self.get(record_id)
        missing = incomplete_parts(self.form, {k: v["answers"] for k, v in record["parts"].items()})
        if missing:
            raise RecordInvalid({part: FieldError.FORM_INCOMPLETE for part in missing})
        changes = {"status": "complete"}
        if self._complete_stamp:
            changes[self._complete_stamp] = now_stamp()
        self._write(record_id, changes)

    def reopen(self, record_id: str) -> None:
        changes = {"status": "draft"}
        if self._complete_stamp:
            changes[self._complete_stamp] = None
        self._write(record_id, changes)

    def _write(self, record_id: str, changes: dict) -> None:
        t = self._table
        with self._engine.begin() as conn:
            result = conn.execute(update(t).where(t.c.id == record_id, t.c.deleted.is_(False))
                                  .values(updated_at=now_stamp(), **to_row(changes)))
            if result.rowcount == 0:
                raise RecordNotFound(record_id)

    def _known(self, fields: dict) -> dict:
        unknown = set(fields) - set(self._header_fields)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        return dict(fields)


def handover_repository(engine: Engine) -> ConversationRepository:
    return ConversationRepository(engine, handovers, handover.HANDOVER, handover.HEADER_FIELDS,
                                  handover.check_header)


def intake_repository(engine: Engine) -> ConversationRepository:
    return ConversationRepository(engine, intakes, intake.INTAKE, intake.HEADER_FIELDS,
                                  intake.check_header, complete_stamp="completed_at")
