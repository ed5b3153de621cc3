"""Consent to share a client's file with a partner organisation: the parts it can cover and its rules.

The desktop records consent with these names; the server reads them to decide what a partner
organisation's devices receive (server/visibility.py). A part is a word, stored in the consent's
`parts` list, so a later part needs no change of the record's shape.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from domain.errors import FieldError


class ConsentPart(StrEnum):
    CONTACT = "contact"  # name and contact details (the name alone comes with any consent)
    PLAN = "plan"  # plan goals, and the plan actions assigned to the partner
    INTAKE = "intake"  # the handover and the brede intake, health and money parts left out
    HEALTH = "health"  # special-category data (AVG art. 9); no partner role ever receives it
    FINANCES = "finances"  # the plan's money records, the intake's finances part
    VISITS = "visits"  # home visits, their reports and follow-ups
    STORIES = "stories"  # the journey's stories and stage ratings (health stories left out: HEALTH)


class HowGiven(StrEnum):
    MONDELING = "mondeling"  # spoken, noted by the worker
    SCHRIFTELIJK = "schriftelijk"  # signed on paper
    DIGITAAL = "digitaal"  # given online


PARTS = tuple(ConsentPart)
CONSENT_FIELDS = ("client_id", "organisation_id", "parts", "given_on", "how_given", "recorded_by",
                  "withdrawn_on", "notes")
MAX_NOTES = 2000


def check_consent(fields: dict, today: date | None = None) -> dict[str, FieldError]:
    """Why this consent cannot be recorded, per field; empty when it can."""
    errors: dict[str, FieldError] = {}
    for key in ("client_id", "organisation_id", "given_on", "how_given"):
        if not fields.get(key):
            errors[key] = FieldError.REQUIRED
    parts = fields.get("parts") or []
    if not parts:
        errors["parts"] = FieldError.REQUIRED
    elif any(p not in PARTS for p in parts):
        errors["parts"] = FieldError.CHOICE_INVALID
    if fields.get("how_given") and fields["how_given"] not in set(HowGiven):
        errors["how_given"] = FieldError.CHOICE_INVALID
    given = _date(fields.get("given_on"), "given_on", errors)
    withdrawn = _date(fields.get("withdrawn_on"), "withdrawn_on", errors)
    today = today or date.today()
    if given and given > today:
        errors["given_on"] = FieldError.DATE_IN_FUTURE
    if withdrawn and withdrawn > today:
        errors["withdrawn_on"] = FieldError.DATE_IN_FUTURE
    elif given and withdrawn and withdrawn < given:
        errors["withdrawn_on"] = FieldError.END_BEFORE_START
    if len(fields.get("notes") or "") > MAX_NOTES:
        errors["notes"] = FieldError.TOO_LONG
    return errors


def _date(value, key: str, errors: dict) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        errors[key] = FieldError.DATE_INVALID
        return None
