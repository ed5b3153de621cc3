"""The telephone handover (warme overdracht) from the COA begeleider to the klantmanager.

Parts follow the order of the call; each has structured answers and free notes.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from domain.client import PHONE_PATTERN
from domain.errors import FieldError
from domain.forms import Form, Kind, Part, Question

LEVELS = ("none", "a1", "a2", "b1", "b2_plus")  # language level, CEFR
LITERACY = ("literate_latin", "literate_other_script", "limited", "illiterate")
EDUCATION = ("none", "primary", "secondary", "vocational", "higher")


class Variant(StrEnum):
    """The three ways a handover happens (see the domain's route)."""

    QUICK_START = "quick_start"  # a quick start while in the AZC
    COMBINED = "combined"  # a combined approach with COA
    AFTER_MOVE = "after_move"  # a start after the move


class Status(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


HANDOVER = Form("handover", (
    Part("identity", (
        Question("identity_checked", Kind.YESNO, required=True),
        Question("household_complete", Kind.YESNO),
        Question("family_reunification", Kind.YESNO),
    )),
    Part("languages", (
        Question("dutch_level", Kind.CHOICE, LEVELS, required=True),
        Question("english_level", Kind.CHOICE, LEVELS),
        Question("literacy", Kind.CHOICE, LITERACY, required=True),
        Question("interpreter_needed", Kind.YESNO),
    )),
    Part("health", (
        Question("care_needs", Kind.YESNO),
        Question("in_treatment", Kind.YESNO),
        Question("mental_health_signals", Kind.YESNO),
        Question("visible_disability", Kind.YESNO),
    ), special=True),
    Part("education_work", (
        Question("education_level", Kind.CHOICE, EDUCATION),
        Question("diplomas", Kind.YESNO),
        Question("work_experience", Kind.YESNO),
        Question("profession", Kind.TEXT),
    )),
    Part("pre_integration", (
        Question("classes_started", Kind.YESNO),
        Question("knm_started", Kind.YESNO),
        Question("hours_followed", Kind.NUMBER, low=0, high=2000),
    )),
    Part("urgent", (
        Question("urgent_matters", Kind.YESNO, required=True),
    )),
    Part("agreements", (
        Question("intake_planned_on", Kind.DATE),
        Question("contact_by_phone_ok", Kind.YESNO),
    )),
))

# Header fields of a handover record, besides the parts.
HEADER_FIELDS = ("variant", "coa_name", "coa_location", "coa_phone", "held_at", "status", "worker_id")


def check_header(fields: dict) -> dict[str, FieldError]:
    """Who handed over, and when: the parts of a handover that are not questions."""
    errors: dict[str, FieldError] = {}
    if "variant" in fields and fields["variant"] not in set(Variant):
        errors["variant"] = FieldError.CHOICE_INVALID
    if "status" in fields and fields["status"] not in set(Status):
        errors["status"] = FieldError.CHOICE_INVALID
    for key in ("coa_name", "coa_location"):
        if len(fields.get(key) or "") > 200:
            errors[key] = FieldError.TOO_LONG
    phone = fields.get("coa_phone") or ""
    if phone and not PHONE_PATTERN.match(phone):
        errors["coa_phone"] = FieldError.PHONE_INVALID
    held_at = fields.get("held_at")
    if held_at:
        try:
            datetime.strptime(held_at, "%Y-%m-%dT%H:%M")
        except (TypeError, ValueError):
            errors["held_at"] = FieldError.DATE_INVALID
    return errors
