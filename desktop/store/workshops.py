"""The welcome workshop in the store: sessions, invitations from the caseload, attendance.

Every write is validated whole first (domain/arrival/workshop.py) and leaves the store as it was
when refused. A person is invited to a session once: inviting again is skipped, not doubled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, and_, case, func, insert, select, update

from desktop.store.current_worker import current_worker_id
from desktop.store.errors import RecordNotFound, StoreError
from desktop.store.records import now_stamp
from desktop.store.schema import clients, workers, workshop_invitations, workshop_sessions
from domain.arrival.workshop import (
    SESSION_FIELDS,
    Attendance,
    as_list,
    check_invitation,
    check_session,
)
from domain.errors import RecordInvalid
from domain.ids import new_id

_NAME = (func.coalesce(func.nullif(clients.c.given_names_usual, ""), clients.c.given_names) + " "
         + func.coalesce(func.nullif(clients.c.family_name_usual, ""), clients.c.family_name))
_LIVE_INVITATION = and_(workshop_invitations.c.deleted.is_(False),
                        workshop_invitations.c.status != Attendance.CANCELLED.value)
PICK_LIMIT = 200  # people shown at once in the invite list; a search narrows it


class SessionInUse(StoreError):
    """A session with invitations is kept: cancel them first (attendance is part of people's files)."""


@dataclass(frozen=True)
class Invited:
    made: list[str]  # new invitations' ids
    skipped: list[str]  # clients already invited (not cancelled) to this session
    missing: list[str] = field(default_factory=list)  # clients no longer in the store (removed meanwhile)


class WorkshopRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    # -- sessions ------------------------------------------------------------------
    def sessions(self) -> list[dict]:
        """Every session, the newest first, with how many are invited (not cancelled) and came."""
        inv = workshop_invitations
        invited = func.count(inv.c.id).filter(_LIVE_INVITATION)
        attended = func.count(inv.c.id).filter(inv.c.deleted.is_(False), inv.c.status == Attendance.ATTENDED.value)
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(workshop_sessions, invited.label("invited"), attended.label("attended"))
                .outerjoin(inv, inv.c.session_id == workshop_sessions.c.id)
                .where(workshop_sessions.c.deleted.is_(False)).group_by(workshop_sessions.c.id)
                .order_by(workshop_sessions.c.held_on.desc(), workshop_sessions.c.starts_at.desc())).mappings()
            return [_session(r) for r in rows]

    def session(self, session_id: str) -> dict:
        with self._engine.connect() as conn:
            row = conn.execute(select(workshop_sessions).where(
                workshop_sessions.c.id == session_id, workshop_sessions.c.deleted.is_(False))).mappings().first()
        if row is None:
            raise RecordNotFound(session_id)
        return _session(row)

    def save_session(self, fields: dict, session_id: str | None = None) -> str:
        """Make a session (session_id None) or change one; returns its id."""
        unknown = set(fields) - set(SESSION_FIELDS)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        current = self.session(session_id) if session_id else {}
        record = {**{k: current.get(k) for k in SESSION_FIELDS}, **fields}
        if record.get("capacity") == "":
            record["capacity"] = None
        errors = check_session(record)
        if errors:
            raise RecordInvalid(errors)
        values = {k: record.get(k) for k in SESSION_FIELDS}
        values.update(place=record["place"].strip(), ends_at=record.get("ends_at") or None,
                      interpreter=(record.get("interpreter") or "").strip(), notes=(record.get("notes") or "").strip(),
                      languages=json.dumps(as_list(record["languages"])),
                      partners_present=json.dumps(as_list(record.get("partners_present"))))
        stamp = now_stamp()
        with self._engine.begin() as conn:
            if session_id:
                conn.execute(update(workshop_sessions).where(workshop_sessions.c.id == session_id)
                             .values(**values, updated_at=stamp))
            else:
                session_id = new_id()
                conn.execute(insert(workshop_sessions).values(id=session_id, created_at=stamp, updated_at=stamp,
                                                              **values))
        return session_id

    def delete_session(self, session_id: str) -> None:
        """Only a session nobody is invited to (cancelled invitations aside) goes."""
        self.session(session_id)
        with self._engine.begin() as conn:
            live = conn.execute(select(func.count()).select_from(workshop_invitations).where(
                workshop_invitations.c.session_id == session_id, _LIVE_INVITATION)).scalar_one()
            if live:
                raise SessionInUse()
            conn.execute(update(workshop_sessions).where(workshop_sessions.c.id == session_id)
                         .values(deleted=True, updated_at=now_stamp()))

    # -- invitations ---------------------------------------------------------------
    def invite(self, session_id: str, client_ids: list[str], today: date | None = None) -> Invited:
        """Invite these people; whoever is invited already (and not cancelled) is skipped. A
        cancelled invitation is invited again rather than doubled. One person no longer in the store
        (removed by a sync meanwhile) is left out and named; the others are invited all the same."""
        session = self.session(session_id)
        today = today or date.today()
        made, skipped, missing = [], [], []
        stamp = now_stamp()
        with self._engine.begin() as conn:
            worker = current_worker_id(conn)
            known = set(conn.execute(select(clients.c.id).where(
                clients.c.id.in_(client_ids), clients.c.deleted.is_(False))).scalars())
            existing = {r.client_id: r for r in conn.execute(select(
                workshop_invitations.c.id, workshop_invitations.c.client_id, workshop_invitations.c.status).where(
                workshop_invitations.c.session_id == session_id, workshop_invitations.c.deleted.is_(False)))}
            for client_id in dict.fromkeys(client_ids):
                if client_id not in known:
                    missing.append(client_id)
                    continue
                fields = {"client_id": client_id, "session_id": session_id,
                          "invited_on": today.isoformat(), "status": Attendance.INVITED.value}
                errors = check_invitation(fields, session, today)
                if errors:
                    raise RecordInvalid(errors)  # never for a known person today; rolled back if so
                before = existing.get(client_id)
                if before is not None and before.status != Attendance.CANCELLED.value:
                    skipped.append(client_id)
                    continue
                if before is not None:
                    conn.execute(update(workshop_invitations).where(workshop_invitations.c.id == before.id).values(
                        status=Attendance.INVITED.value, invited_on=fields["invited_on"], invited_by=worker,
                        updated_at=stamp))
                    made.append(before.id)
                    continue
                invitation_id = new_id()
                conn.execute(insert(workshop_invitations).values(
                    id=invitation_id, created_at=stamp, updated_at=stamp, invited_by=worker, **fields))
                made.append(invitation_id)
        return Invited(made, skipped, missing)

    def record(self, invitation_id: str, status: str | None = None, card_handed_out: bool | None = None,
               card_language: str | None = None, today: date | None = None) -> None:
        """What came of an invitation: attended or not, the card handed out, in which language."""
        current = self.invitation(invitation_id)
        changes = {k: v for k, v in (("status", status), ("card_handed_out", card_handed_out),
                                     ("card_language", card_language)) if v is not None}
        record = {**current, **changes}
        errors = check_invitation(record, self._session_or_none(current["session_id"]), today)
        if errors:
            raise RecordInvalid(errors)
        if not changes or all(current[k] == v for k, v in changes.items()):
            return
        with self._engine.begin() as conn:
            conn.execute(update(workshop_invitations).where(workshop_invitations.c.id == invitation_id)
                         .values(**changes, updated_at=now_stamp()))

    def invitation(self, invitation_id: str) -> dict:
        with self._engine.connect() as conn:
            row = conn.execute(select(workshop_invitations).where(
                workshop_invitations.c.id == invitation_id,
                workshop_invitations.c.deleted.is_(False))).mappings().first()
        if row is None:
            raise RecordNotFound(invitation_id)
        return _invitation(row)

    def invited_to(self, session_id: str) -> list[dict]:
        """The session's invitations with each person's name, V-nummer and languages, by name."""
        inv = workshop_invitations
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(inv, _NAME.label("name"), clients.c.v_number, clients.c.languages,
                       workers.c.name.label("invited_by_name"))
                .join(clients, clients.c.id == inv.c.client_id)
                .outerjoin(workers, workers.c.id == inv.c.invited_by)
                .where(inv.c.session_id == session_id, inv.c.deleted.is_(False), clients.c.deleted.is_(False))
                .order_by(func.lower(_NAME), inv.c.id)).mappings()
            return [{**_invitation(r), "languages": as_list(r["languages"])} for r in rows]

    def for_client(self, client_id: str) -> list[dict]:
        """A person's invitations with their session's day, time and place, the newest session first."""
        inv, ses = workshop_invitations, workshop_sessions
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(inv, ses.c.held_on, ses.c.starts_at, ses.c.place)
                .join(ses, ses.c.id == inv.c.session_id)
                .where(inv.c.client_id == client_id, inv.c.deleted.is_(False), ses.c.deleted.is_(False))
                .order_by(ses.c.held_on.desc(), inv.c.created_at.desc())).mappings()
            return [_invitation(r) for r in rows]

    def candidates(self, session_id: str, text: str = "", limit: int = PICK_LIMIT) -> tuple[list[dict], int]:
        """People of the caseload on this device to invite, by name, each marked when invited
        already (not cancelled); and how many match in all. Every word must occur in the person's
        prepared search text (names, V-nummer, BSN, phone)."""
        invited = select(workshop_invitations.c.client_id).where(
            workshop_invitations.c.session_id == session_id, _LIVE_INVITATION).scalar_subquery()
        conds = [clients.c.deleted.is_(False)]
        conds += [clients.c.search_text.contains(w, autoescape=True) for w in text.lower().split()]
        with self._engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(clients).where(*conds)).scalar_one()
            rows = conn.execute(
                select(clients.c.id, _NAME.label("name"), clients.c.v_number, clients.c.languages,
                       case((clients.c.id.in_(invited), True), else_=False).label("invited"))
                .where(*conds).order_by(func.lower(_NAME), clients.c.id).limit(limit)).mappings()
            people = [{**dict(r), "invited": bool(r["invited"]), "languages": as_list(r["languages"])} for r in rows]
        return people, total

    def _session_or_none(self, session_id: str) -> dict | None:
        try:
            return self.session(session_id)
        except RecordNotFound:
            return None


def _session(row) -> dict:
    out = dict(row)
    out["languages"] = as_list(out["languages"])
    out["partners_present"] = as_list(out["partners_present"])
    out["deleted"] = bool(out["deleted"])
    return out


def _invitation(row) -> dict:
    out = dict(row)
    out["card_handed_out"] = bool(out["card_handed_out"])
    out["deleted"] = bool(out["deleted"])
    return out
