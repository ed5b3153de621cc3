"""The welcome workshop "Welkom in <gemeente>": its sessions, who is invited, who came.

A session is the municipality's (no client in it): when and where, in which languages, with an
interpreter or not, which partners of the chain are there, how many places. An invitation is
the person's: which session, invited on which day by whom, and what came of it (invited,
attended, absent, cancelled), with the contact card handed out or not and in which language.

Attendance counts for targets S1 (orientation started before the move: a session before
settling) and S6 (introduced to the sociale kaart), through the attended sessions' dates
(`attended_dates`, read by desktop/store/workshop_facts.py; the rules in domain/monitoring/targets.py).
Who may write and see these records: docs/decisions/0037-welcome-workshop-records.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

from domain.errors import FieldError

MAX_PLACE = 200
MAX_INTERPRETER = 200
MAX_NOTES = 2000
MAX_CAPACITY = 500
MAX_LANGUAGES = 10
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # nl, ar, ti, fa, prs (Dari)
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")

SESSION_FIELDS = ("held_on", "starts_at", "ends_at", "place", "languages", "interpreter",
                  "partners_present", "capacity", "notes")
INVITATION_FIELDS = ("client_id", "session_id", "invited_on", "invited_by", "status", "card_handed_out",
                     "card_language")


class Attendance(StrEnum):
    INVITED = "invited"  # not yet known whether they come
    ATTENDED = "attended"
    ABSENT = "absent"  # did not come
    CANCELLED = "cancelled"  # the invitation was withdrawn, or the person declined beforehand


# What happened at the session itself: only once its day has come.
AFTER_THE_DAY = (Attendance.ATTENDED, Attendance.ABSENT)


def check_session(fields: dict) -> dict[str, FieldError]:
    """Why this session cannot be kept, per field; empty when it can."""
    errors: dict[str, FieldError] = {}
    _date(fields.get("held_on"), "held_on", errors, required=True)
    starts = _clock(fields.get("starts_at"), "starts_at", errors, required=True)
    ends = _clock(fields.get("ends_at"), "ends_at", errors, required=False)
    if starts and ends and ends <= starts:
        errors["ends_at"] = FieldError.END_BEFORE_START
    place = (fields.get("place") or "").strip()
    if not place:
        errors["place"] = FieldError.REQUIRED
    elif len(place) > MAX_PLACE:
        errors["place"] = FieldError.TOO_LONG
    languages = as_list(fields.get("languages"))
    if not languages:
        errors["languages"] = FieldError.REQUIRED
    elif len(languages) > MAX_LANGUAGES or not all(isinstance(c, str) and LANGUAGE_CODE.match(c)
                                                     for c in languages):
        errors["languages"] = FieldError.CHOICE_INVALID
    if len(fields.get("interpreter") or "") > MAX_INTERPRETER:
        errors["interpreter"] = FieldError.TOO_LONG
    partners = as_list(fields.get("partners_present"))
    if not all(isinstance(p, str) and p for p in partners):
        errors["partners_present"] = FieldError.CHOICE_INVALID
    capacity = fields.get("capacity")
    if capacity not in (None, "") and (isinstance(capacity, bool) or not isinstance(capacity, int)
                                      or not 1 <= capacity <= MAX_CAPACITY):
        errors["capacity"] = FieldError.NUMBER_OUT_OF_RANGE
    if len(fields.get("notes") or "") > MAX_NOTES:
        errors["notes"] = FieldError.TOO_LONG
    return errors


def check_invitation(fields: dict, session: dict | None, today: date | None = None) -> dict[str, FieldError]:
    """Why this invitation (or what came of it) cannot be recorded; empty when it can. `session`
    is the session invited to (None: it is not known here)."""
    errors: dict[str, FieldError] = {}
    for key in ("client_id", "session_id"):
        if not fields.get(key):
            errors[key] = FieldError.REQUIRED
    today = today or date.today()
    invited = _date(fields.get("invited_on"), "invited_on", errors, required=True)
    if invited and invited > today:
        errors["invited_on"] = FieldError.DATE_IN_FUTURE
    status = fields.get("status") or Attendance.INVITED
    if status not in set(Attendance):
        errors["status"] = FieldError.CHOICE_INVALID
    elif session is None and fields.get("session_id"):
        errors["session_id"] = FieldError.CHOICE_INVALID
    elif session is not None:
        held = _day(session.get("held_on"))
        if status in AFTER_THE_DAY and held and held > today:
            errors["status"] = FieldError.DATE_IN_FUTURE  # nobody attends a session still to come
    language = fields.get("card_language")
    if language and not (isinstance(language, str) and LANGUAGE_CODE.match(language)):
        errors["card_language"] = FieldError.CHOICE_INVALID
    return errors


def over_capacity(session: dict, invited: int) -> int:
    """How many more are invited (not cancelled) than the session has places; 0 when they fit or
    no capacity is set. A warning, never a refusal: some always stay away."""
    capacity = session.get("capacity")
    return max(0, invited - capacity) if isinstance(capacity, int) and capacity > 0 else 0


def attended_dates(invitations: Iterable[dict], sessions: dict[str, dict]) -> tuple[date, ...]:
    """The days of the sessions this person attended, sorted, each once: what targets S1 and S6
    count (`build_facts(..., workshop_dates=...)`). A deleted session or invitation counts not."""
    days = set()
    for invitation in invitations:
        if invitation.get("deleted") or invitation.get("status") != Attendance.ATTENDED:
            continue
        session = sessions.get(invitation.get("session_id"))
        day = _day(session.get("held_on")) if session and not session.get("deleted") else None
        if day is not None:
            days.add(day)
    return tuple(sorted(days))


def as_list(value) -> list:
    """A list field as stored: JSON text in the desktop's column, a list in memory."""
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            return [value]
    return list(value) if isinstance(value, list | tuple) else []


def _day(value) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10]) if isinstance(value, str) else None
    except ValueError:
        return None


def _date(value, key: str, errors: dict, required: bool) -> date | None:
    if not value:
        if required:
            errors[key] = FieldError.REQUIRED
        return None
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else _bad(key, errors)
    except ValueError:
        return _bad(key, errors)


def _clock(value, key: str, errors: dict, required: bool) -> str | None:
    if not value:
        if required:
            errors[key] = FieldError.REQUIRED
        return None
    if isinstance(value, str) and CLOCK.match(value):
        return value
    errors[key] = FieldError.TIME_INVALID
    return None


def _bad(key: str, errors: dict) -> None:
    errors[key] = FieldError.DATE_INVALID
    return None
