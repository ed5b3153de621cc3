"""Consent to share a client's file with a partner organisation: given, withdrawn, listed.

A consent is never edited into another: what was agreed stays as recorded. Withdrawing sets
the date it was withdrawn; a changed agreement is a new consent. The server reads these records
to decide what each partner organisation's devices receive (docs/decisions/0011-who-sees-what.md).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine, insert, select, update

from desktop.store.current_worker import current_worker_id
from desktop.store.errors import RecordNotFound
from desktop.store.json_columns import json_list
from desktop.store.records import now_stamp
from desktop.store.schema import consents, organisations
from domain.consent_parts import PARTS, check_consent
from domain.errors import FieldError, RecordInvalid
from domain.ids import new_id

GIVE_FIELDS = ("organisation_id", "parts", "given_on", "how_given", "notes")


class ConsentRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def give(self, client_id: str, fields: dict, today: date | None = None) -> str:
        """Record a consent; recorded_by is whoever works on this device now."""
        unknown = set(fields) - set(GIVE_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        record = {"notes": "", **fields, "client_id": client_id, "parts": list(fields.get("parts") or [])}
        errors = check_consent(record, today)
        if errors:
            raise RecordInvalid(errors)
        parts = [p for p in PARTS if p in record["parts"]]  # each once, in the order of the parts
        consent_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            worker = current_worker_id(conn)
            conn.execute(insert(consents).values(
                id=consent_id, created_at=stamp, updated_at=stamp, client_id=client_id,
                organisation_id=record["organisation_id"], parts=json.dumps(parts), given_on=record["given_on"],
                how_given=record["how_given"], recorded_by=worker, notes=record["notes"].strip()))
        return consent_id

    def withdraw(self, consent_id: str, on: date | None = None, today: date | None = None) -> None:
        """From now on the partner receives nothing more of the client under this consent."""
        today = today or date.today()
        on = on or today
        current = self.get(consent_id)
        if current["withdrawn_on"]:
            return
        if on > today:
            raise RecordInvalid({"withdrawn_on": FieldError.DATE_IN_FUTURE})
        if on.isoformat() < current["given_on"]:
            raise RecordInvalid({"withdrawn_on": FieldError.END_BEFORE_START})
        with self._engine.begin() as conn:
            conn.execute(update(consents).where(consents.c.id == consent_id)
                         .values(withdrawn_on=on.isoformat(), updated_at=now_stamp()))

    def get(self, consent_id: str) -> dict:
        with self._engine.connect() as conn:
            row = conn.execute(select(consents).where(consents.c.id == consent_id,
                                                      consents.c.deleted.is_(False))).mappings().first()
        if row is None:
            raise RecordNotFound(consent_id)
        return _record(row)

    def in_force_for(self, client_id: str, organisation_id: str | None) -> list[dict]:
        """The client's consents in force for one organisation, oldest first (the last is the latest);
        none without an organisation. In force: recorded, not deleted, not withdrawn (as `in_force`)."""
        if not organisation_id:
            return []
        c = consents.c
        with self._engine.connect() as conn:
            rows = conn.execute(select(consents).where(
                c.client_id == client_id, c.organisation_id == organisation_id, c.deleted.is_(False),
                c.withdrawn_on.is_(None)).order_by(c.given_on, c.created_at)).mappings()
            return [_record(r) for r in rows]

    def for_client(self, client_id: str) -> list[dict]:
        """The client's consents, in force first, newest first; with the organisation's name."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(consents, organisations.c.name.label("organisation_name"))
                .outerjoin(organisations, organisations.c.id == consents.c.organisation_id)
                .where(consents.c.client_id == client_id, consents.c.deleted.is_(False))
                .order_by(consents.c.withdrawn_on.is_not(None), consents.c.given_on.desc(),
                          consents.c.created_at.desc())).mappings()
            return [_record(r) for r in rows]


def _record(row) -> dict:
    out = dict(row)
    out["parts"] = json_list(out["parts"], "parts")
    out["deleted"] = bool(out["deleted"])
    out["in_force"] = not out["withdrawn_on"]
    return out
