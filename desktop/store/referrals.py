"""Referrals of a client to a service of the sociale kaart: made, listed, and what consent allows.

A referral shares parts of the file with the chain organisation behind the service only under the
person's consent in force for that organisation (desktop/store/consents.py); the store fills in
when and how that consent was given from the consent record itself, and refuses to share what no
consent covers, as the server does (server/referral_consent.py). Sharing nothing needs no consent.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Engine, insert, select

from desktop.store.consents import ConsentRepository
from desktop.store.current_worker import current_worker_id
from desktop.store.json_columns import json_list
from desktop.store.records import now_stamp
from desktop.store.schema import referrals, social_map_items
from domain.arrival.errors import ArrivalError
from domain.arrival.referral import check_referral
from domain.consent_parts import PARTS
from domain.errors import RecordInvalid
from domain.ids import new_id

REFER_FIELDS = ("service_id", "organisation_id", "referred_on", "origin", "origin_id", "shared_parts", "note")


class ReferralRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def consented_parts(self, client_id: str, organisation_id: str | None) -> set[str]:
        """The parts the client's consents in force for this organisation cover (none without one)."""
        return {part for consent in self._in_force(client_id, organisation_id) for part in consent["parts"]}

    def _in_force(self, client_id: str, organisation_id: str | None) -> list[dict]:
        return ConsentRepository(self._engine).in_force_for(client_id, organisation_id)

    def refer(self, client_id: str, fields: dict, today: date | None = None) -> str:
        """Record a referral; referred_by is whoever works on this device now."""
        unknown = set(fields) - set(REFER_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        shared = [p for p in PARTS if p in (fields.get("shared_parts") or [])]
        record = {"note": "", "origin_id": None, "organisation_id": None, **fields, "id": new_id(),
                  "client_id": client_id, "shared_parts": shared, "consent_given_on": None, "consent_how": None}
        consent = self._covering(client_id, record["organisation_id"], set(shared))
        if shared and consent is None:
            raise RecordInvalid({"shared_parts": ArrivalError.CONSENT_MISSING})
        if consent is not None and shared:
            record.update(consent_given_on=consent["given_on"], consent_how=consent["how_given"])
        with self._engine.connect() as conn:
            record["referred_by"] = current_worker_id(conn)
            services = set(conn.execute(select(social_map_items.c.id).where(
                social_map_items.c.kind == "service", social_map_items.c.deleted.is_(False))).scalars())
        errors = check_referral({**record, "referred_by": record["referred_by"] or new_id()}, services, today)
        if errors:
            raise RecordInvalid(errors)
        stamp = now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(referrals).values(
                created_at=stamp, updated_at=stamp, **{**record, "shared_parts": json.dumps(shared),
                                                       "note": (record["note"] or "").strip()}))
        return record["id"]

    def _covering(self, client_id: str, organisation_id: str | None, shared: set[str]) -> dict | None:
        """The consent in force that the referral rests on: the latest one, when together they cover it."""
        found = self._in_force(client_id, organisation_id)
        covered = {p for consent in found for p in consent["parts"]}
        return found[-1] if found and shared <= covered else None

    def for_client(self, client_id: str) -> list[dict]:
        """The client's referrals, newest first, with the service's name as the kaart has it."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(referrals, social_map_items.c.name.label("service_name"))
                .outerjoin(social_map_items, social_map_items.c.id == referrals.c.service_id)
                .where(referrals.c.client_id == client_id, referrals.c.deleted.is_(False))
                .order_by(referrals.c.referred_on.desc(), referrals.c.created_at.desc())).mappings()
            return [{**r, "shared_parts": json_list(r["shared_parts"], "shared_parts"), "deleted": bool(r["deleted"])}
                    for r in rows]
