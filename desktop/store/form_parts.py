"""The answers of conversation forms, one record per part (see domain/forms.py)."""

from __future__ import annotations

import json

from sqlalchemy import Connection, Engine, bindparam, insert, select, update

from desktop.store.records import now_stamp
from desktop.store.schema import form_parts
from domain.errors import RecordInvalid
from domain.forms import Form, check_part
from domain.ids import part_id


def read_parts(conn: Connection, owner_id: str) -> dict[str, dict]:
    """{part: {"answers": {...}, "notes": str, "updated_at": str}} of one form."""
    rows = conn.execute(
        select(form_parts.c.part, form_parts.c.answers, form_parts.c.notes, form_parts.c.updated_at)
        .where(form_parts.c.owner_id == owner_id, form_parts.c.deleted.is_(False))
    ).mappings()
    return {r["part"]: {"answers": json.loads(r["answers"]), "notes": r["notes"], "updated_at": r["updated_at"]}
            for r in rows}


# Built once: autosave runs these every second while someone types.
_CURRENT = select(form_parts.c.answers, form_parts.c.notes, form_parts.c.deleted).where(
    form_parts.c.id == bindparam("record_id"))
_INSERT = insert(form_parts)
_UPDATE = update(form_parts).where(form_parts.c.id == bindparam("record_id")).values(
    answers=bindparam("answers"), notes=bindparam("notes"), deleted=False, updated_at=bindparam("stamp"))


class FormPartRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def parts(self, owner_id: str) -> dict[str, dict]:
        with self._engine.connect() as conn:
            return read_parts(conn, owner_id)

    def save(self, form: Form, owner_id: str, client_id: str, part_key: str,
             answers: dict, notes: str = "") -> bool:
        """Store a part's answers and notes whole (autosave calls this as people type).

        Unanswered questions are left out. Raises RecordInvalid with every problem and
        writes nothing. Returns whether anything changed.
        """
        part = form.part(part_key)
        answers = {k: v for k, v in answers.items() if v not in (None, "", [])}
        errors = check_part(part, answers, notes)
        if errors:
            raise RecordInvalid(errors)
        encoded = json.dumps(answers, sort_keys=True, ensure_ascii=False)
        record_id, stamp = part_id(owner_id, part_key), now_stamp()
        with self._engine.begin() as conn:
            row = conn.execute(_CURRENT, {"record_id": record_id}).first()
            if row is None:
                conn.execute(_INSERT, {
                    "id": record_id, "created_at": stamp, "updated_at": stamp, "form": form.key,
                    "owner_id": owner_id, "client_id": client_id, "part": part_key, "answers": encoded,
                    "notes": notes, "special": part.special})
                return True
            if (row.answers, row.notes, row.deleted) == (encoded, notes, False):
                return False
            conn.execute(_UPDATE, {"record_id": record_id, "answers": encoded, "notes": notes, "stamp": stamp})
        return True
