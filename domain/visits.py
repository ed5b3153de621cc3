"""Home visits (huisbezoeken): planning, the report's checklist, and follow-up actions."""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import FieldError
from domain.forms import Form, Kind, Part, Question

CHECK = ("fine", "attention", "urgent")  # how a topic stands after the visit


class Outcome(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    NOT_HOME = "not_home"
    CANCELLED = "cancelled"


TOPICS = ("house", "post", "money", "health", "children", "language", "network", "questions")


def _topic(key: str, special: bool = False) -> Part:
    return Part(key, (Question("state", Kind.CHOICE, CHECK),), special=special)


VISIT_REPORT = Form("visit", tuple(_topic(t, special=(t == "health")) for t in TOPICS) + (
    Part("summary", (
        Question("observations", Kind.NOTES),
        Question("agreements", Kind.NOTES),
    )),
))

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_plan(fields: dict) -> dict[str, FieldError]:
    """Rules for planning a visit: a real date, a time like 14:30, and at least one visitor."""
    errors: dict[str, FieldError] = {}
    try:
        date.fromisoformat(fields.get("planned_on") or "")
    except ValueError:
        errors["planned_on"] = FieldError.DATE_INVALID if fields.get("planned_on") else FieldError.REQUIRED
    planned_time = fields.get("planned_time") or ""
    if planned_time and not _TIME.match(planned_time):
        errors["planned_time"] = FieldError.TIME_INVALID
    if not fields.get("visitor_ids"):
        errors["visitor_ids"] = FieldError.REQUIRED
    if len(fields.get("address") or "") > 300:
        errors["address"] = FieldError.TOO_LONG
    if fields.get("outcome", Outcome.PLANNED) not in set(Outcome):
        errors["outcome"] = FieldError.CHOICE_INVALID
    return errors


def check_follow_up(fields: dict) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    description = (fields.get("description") or "").strip()
    if not description:
        errors["description"] = FieldError.REQUIRED
    elif len(description) > 500:
        errors["description"] = FieldError.TOO_LONG
    try:
        date.fromisoformat(fields.get("due_on") or "")
    except ValueError:
        errors["due_on"] = FieldError.DATE_INVALID if fields.get("due_on") else FieldError.REQUIRED
    if not fields.get("owner_id"):
        errors["owner_id"] = FieldError.REQUIRED
    return errors


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week holding day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
