"""Referrals to the sociale kaart, and target S6: "knows the sociale kaart within 2 years".

A worker refers a person to a service from a plan action, a home visit or the client file. The
referral records which service, when, by whom, from where, and what of the file the person
agreed to share with the service's organisation. Sharing nothing is allowed: then the person
only got the address. Sharing anything needs the person's consent, recorded on or before the
day of the referral. Health data never travels with a referral (as with every partner, see
domain/consent_parts.py): the person takes it to the doctor or GGZ themselves.

S6 (the rule, decided in docs/decisions/0023): a person is introduced to the sociale kaart on the
first day they attended the welcome workshop or were referred to a service, whichever comes
first. S6 is realised when that day falls within 2 years of settling (vestiging); a day before
settling (a workshop in the AZC) counts as well.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum

from domain.arrival.checks import is_uuid
from domain.arrival.errors import ArrivalError
from domain.consent_parts import ConsentPart, HowGiven
from domain.errors import FieldError

MAX_NOTE = 1000
S6_YEARS = 2
REFERRAL_FIELDS = ("id", "client_id", "service_id", "organisation_id", "referred_on", "referred_by", "origin",
                   "origin_id", "shared_parts", "consent_given_on", "consent_how", "note")


class Origin(StrEnum):
    """Where in the file the referral was made."""

    PLAN_ACTION = "plan_action"  # origin_id: the plan action
    VISIT = "visit"  # origin_id: the home visit
    CLIENT_FILE = "client_file"  # straight from the file: no origin_id


SHAREABLE = tuple(p for p in ConsentPart if p != ConsentPart.HEALTH)


def _one_of(value, choices) -> bool:
    return isinstance(value, str) and value in {c.value for c in choices}


def _day(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _day_field(fields: dict, key: str, errors: dict, required: bool) -> date | None:
    value = fields.get(key)
    if not value:
        if required:
            errors[key] = FieldError.REQUIRED
        return None
    day = _day(value)
    if day is None:
        errors[key] = FieldError.DATE_INVALID
    return day


def check_referral(fields: dict, service_ids: Iterable[str] | None = None,
                   today: date | None = None) -> dict[str, str]:
    """Why this referral cannot be recorded, per field; empty when it can.

    service_ids, when given, are the services of the municipality's sociale kaart: a referral to
    a service not on it is refused.
    """
    errors: dict[str, str] = {}
    for key in ("id", "client_id", "service_id", "referred_by"):
        value = fields.get(key)
        if not value:
            errors[key] = FieldError.REQUIRED
        elif not isinstance(value, str) or not is_uuid(value):
            errors[key] = ArrivalError.ID_INVALID
    if "service_id" not in errors and service_ids is not None and fields["service_id"] not in set(service_ids):
        errors["service_id"] = ArrivalError.UNKNOWN_REFERENCE
    today = today or date.today()
    referred_on = _day_field(fields, "referred_on", errors, required=True)
    if referred_on and referred_on > today:
        errors["referred_on"] = FieldError.DATE_IN_FUTURE
    origin = fields.get("origin")
    origin_id = fields.get("origin_id")
    if not origin:
        errors["origin"] = FieldError.REQUIRED
    elif not _one_of(origin, Origin):
        errors["origin"] = FieldError.CHOICE_INVALID
    elif origin == Origin.CLIENT_FILE:
        if origin_id:
            errors["origin_id"] = FieldError.CHOICE_INVALID  # the file itself has no separate record
    elif not origin_id:
        errors["origin_id"] = FieldError.REQUIRED
    elif not isinstance(origin_id, str) or not is_uuid(origin_id):
        errors["origin_id"] = ArrivalError.ID_INVALID
    _check_consent(fields, referred_on, today, errors)
    note = fields.get("note") or ""
    if not isinstance(note, str):
        errors["note"] = ArrivalError.TYPE_INVALID
    elif len(note) > MAX_NOTE:
        errors["note"] = FieldError.TOO_LONG
    return errors


def _check_consent(fields: dict, referred_on: date | None, today: date, errors: dict):
    shared = fields.get("shared_parts") or []
    if not isinstance(shared, list | tuple) or not all(_one_of(p, ConsentPart) for p in shared):
        errors["shared_parts"] = FieldError.CHOICE_INVALID
        return
    if ConsentPart.HEALTH in shared:
        errors["shared_parts"] = ArrivalError.NOT_SHAREABLE
    given_on = _day_field(fields, "consent_given_on", errors, required=False)
    how = fields.get("consent_how")
    if how and not _one_of(how, HowGiven):
        errors["consent_how"] = FieldError.CHOICE_INVALID
    if not shared:
        return
    organisation = fields.get("organisation_id")
    if not organisation:  # shared with whom: the chain's organisation behind the service
        errors["organisation_id"] = ArrivalError.CONSENT_MISSING
    elif not isinstance(organisation, str) or not is_uuid(organisation):
        errors["organisation_id"] = ArrivalError.ID_INVALID
    if not fields.get("consent_given_on"):
        errors["consent_given_on"] = ArrivalError.CONSENT_MISSING
    if not how:
        errors["consent_how"] = ArrivalError.CONSENT_MISSING
    if given_on and given_on > today:
        errors["consent_given_on"] = FieldError.DATE_IN_FUTURE
    elif given_on and referred_on and given_on > referred_on:
        errors["consent_given_on"] = ArrivalError.CONSENT_AFTER_REFERRAL


def may_share(referral: dict, part: str) -> bool:
    """Whether this part of the file may go to the service's organisation with the referral."""
    return (part in SHAREABLE and part in (referral.get("shared_parts") or [])
            and bool(referral.get("consent_given_on")) and bool(referral.get("consent_how")))


class S6State(StrEnum):
    REALISED = "realised"  # introduced within the window
    ON_TRACK = "on_track"  # not yet, and the window is still open
    MISSED = "missed"  # the window closed before an introduction
    UNKNOWN = "unknown"  # no vestiging date: unknown is not failed


def introduced_on(workshop_attended_on: Iterable, referred_on: Iterable) -> date | None:
    """The first day the person met the sociale kaart: a workshop attended or a referral made."""
    days = [d for d in map(_day, [*workshop_attended_on, *referred_on]) if d is not None]
    return min(days, default=None)


def s6_deadline(settled_on) -> date | None:
    """The last day of the window: 2 years after settling (29 February: the 28th)."""
    settled = _day(settled_on)
    if settled is None:
        return None
    try:
        return settled.replace(year=settled.year + S6_YEARS)
    except ValueError:
        return settled.replace(year=settled.year + S6_YEARS, day=28)


def s6_state(settled_on, introduced, today: date | None = None) -> S6State:
    """Where a person stands on S6 on a day (introduced: from introduced_on)."""
    deadline = s6_deadline(settled_on)
    if deadline is None:
        return S6State.UNKNOWN
    day = _day(introduced)
    if day is not None and day <= deadline:
        return S6State.REALISED
    return S6State.ON_TRACK if (today or date.today()) <= deadline else S6State.MISSED
