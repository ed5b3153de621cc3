"""The journey's two records in a client's file: a story (what changed, told in the teller's own words)
and a rating of one stage (+, 0 or -, with a reason). Their fields and the rules they are stored by.

Both are client-owned and synced like the rest of the file; a partner receives them only with the
person's consent to share their experiences (ConsentPart.STORIES), never when the story is about
health (server/visibility.py). Whether a story may leave the client file at all is its own
`consent_use`: "none" (the default) keeps it in the file; "anonymous" and "named" let the monitoring
meeting use it, without or with the person's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from domain.client import LANGUAGES
from domain.errors import FieldError
from domain.monitoring.journey import CONSENT_USE, RATINGS, TELLER_KINDS, stages_from
from domain.plan import GOAL_DOMAINS

LIFE_DOMAINS = GOAL_DOMAINS  # the plan's life domains: a story is about one of them, or none in particular
HEALTH_DOMAIN = "health"  # a story about health is special-category data: no partner ever receives it
STORY_FIELDS = ("client_id", "stage", "life_domain", "told_by_kind", "told_by", "written_by", "told_on", "title",
                "what_changed", "why_it_matters", "text_original", "original_language", "text_nl",
                "consent_use", "consent_on", "organisation_id")
RATING_FIELDS = ("client_id", "stage", "rating", "reason", "rated_by_kind", "organisation_id", "rated_on")
MAX_TITLE = 200
MAX_NAME = 200
MAX_TEXT = 8000
MAX_REASON = 2000
TEXTS = ("what_changed", "why_it_matters", "text_original", "text_nl")


def stage_keys(stages: Iterable | None = None) -> set[str]:
    return {s.key for s in (stages if stages is not None else stages_from(None))}


def check_story(fields: dict, today: date | None = None, stages: Iterable | None = None) -> dict[str, FieldError]:
    """Why this story cannot be stored, per field; empty when it can."""
    errors: dict[str, FieldError] = {}
    today = today or date.today()
    for key in ("client_id", "stage", "told_by_kind", "told_on", "title", "text_nl"):
        if not str(fields.get(key) or "").strip():
            errors[key] = FieldError.REQUIRED
    _choice(errors, fields, "stage", stage_keys(stages))
    _choice(errors, fields, "told_by_kind", TELLER_KINDS)
    _choice(errors, fields, "life_domain", LIFE_DOMAINS)
    _choice(errors, fields, "original_language", LANGUAGES)
    use = fields.get("consent_use") or "none"
    if use not in CONSENT_USE:
        errors["consent_use"] = FieldError.CHOICE_INVALID
    told = _date(fields, "told_on", errors, today)
    consent = _date(fields, "consent_on", errors, today)
    if use != "none" and "consent_on" not in errors and consent is None:
        errors["consent_on"] = FieldError.REQUIRED  # consent to use it outside the file is given on a day
    elif told and consent and consent < told:
        errors["consent_on"] = FieldError.END_BEFORE_START  # consent to use a story not yet told
    if (fields.get("text_original") or "").strip() and not fields.get("original_language"):
        errors["original_language"] = FieldError.REQUIRED  # words in a language nobody can name
    for key, most in (("title", MAX_TITLE), ("told_by", MAX_NAME), *((t, MAX_TEXT) for t in TEXTS)):
        if len(fields.get(key) or "") > most:
            errors[key] = FieldError.TOO_LONG
    return errors


def check_rating(fields: dict, today: date | None = None, stages: Iterable | None = None) -> dict[str, FieldError]:
    """Why this rating cannot be stored, per field; empty when it can. A '-' says why: the meeting
    looks for where the journey hurts, and a minus without a reason tells it nothing."""
    errors: dict[str, FieldError] = {}
    for key in ("client_id", "stage", "rating", "rated_by_kind", "rated_on"):
        if not fields.get(key):
            errors[key] = FieldError.REQUIRED
    _choice(errors, fields, "stage", stage_keys(stages))
    _choice(errors, fields, "rating", RATINGS)
    _choice(errors, fields, "rated_by_kind", TELLER_KINDS)
    _date(fields, "rated_on", errors, today or date.today())
    reason = (fields.get("reason") or "").strip()
    if fields.get("rating") == "-" and not reason:
        errors["reason"] = FieldError.REQUIRED
    elif len(reason) > MAX_REASON:
        errors["reason"] = FieldError.TOO_LONG
    return errors


def may_leave_file(story: dict) -> bool:
    """Whether a story may be shown outside the client file (the meeting, monitoring, any aggregate):
    only with the person's consent to use it, anonymously or by name, and not deleted."""
    return story.get("consent_use") in ("anonymous", "named") and not story.get("deleted")


def _choice(errors: dict, fields: dict, key: str, allowed) -> None:
    value = fields.get(key)
    if value and key not in errors and value not in allowed:
        errors[key] = FieldError.CHOICE_INVALID


def _date(fields: dict, key: str, errors: dict, today: date) -> date | None:
    value = fields.get(key)
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except (TypeError, ValueError):
        errors[key] = FieldError.DATE_INVALID
        return None
    if day > today:
        errors[key] = FieldError.DATE_IN_FUTURE
        return None
    return day
