"""The brede intake: the joint conversation on every life domain, and its conclusion.

The language domain holds the leerbaarheidstoets (LBT) as DUO records it.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from domain.client import LANGUAGES
from domain.errors import FieldError
from domain.forms import Form, Kind, Part, Question
from domain.handover import EDUCATION, LEVELS, LITERACY

LBT_RESULTS = ("b1_feasible", "b1_not_feasible", "unknown")  # DUO's three outcomes
HEALTH_STATE = ("good", "some_limits", "serious_limits")
DEBT_STATE = ("none", "some", "problematic", "unknown")
HOUSING_STATE = ("azc", "temporary", "own_home")
NETWORK_SIZE = ("none", "small", "large")
SUPPORT_LEVEL = ("by_the_hand", "coached", "information_and_go")  # from led to on their own


class Status(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


INTAKE = Form("intake", (
    Part("language", (
        Question("dutch_level", Kind.CHOICE, LEVELS, required=True),
        Question("literacy", Kind.CHOICE, LITERACY, required=True),
        Question("lbt_result", Kind.CHOICE, LBT_RESULTS, required=True),
        Question("lbt_score", Kind.SCORE),  # DUO's behaaldeScore, "47,50"
        Question("lbt_required_score", Kind.SCORE),  # DUO's benodigdeScore
        Question("lbt_date", Kind.DATE),
    )),
    Part("education", (
        Question("education_level", Kind.CHOICE, EDUCATION, required=True),
        Question("years_of_school", Kind.NUMBER, low=0, high=30),
        Question("diplomas_evaluated", Kind.YESNO),
        Question("wants_to_finish_study", Kind.YESNO),
    )),
    Part("work", (
        Question("has_work_experience", Kind.YESNO, required=True),
        Question("profession", Kind.TEXT),
        Question("years_worked", Kind.NUMBER, low=0, high=60),
        Question("available_for_work", Kind.YESNO),
    )),
    Part("health", (
        Question("physical", Kind.CHOICE, HEALTH_STATE, required=True),
        Question("mental", Kind.CHOICE, HEALTH_STATE, required=True),
        Question("psych_assessment_requested", Kind.YESNO),
        Question("in_care", Kind.YESNO),
    ), special=True),
    Part("finances", (
        Question("debts", Kind.CHOICE, DEBT_STATE, required=True),
        Question("has_bank_account", Kind.YESNO),
        Question("needs_budget_coach", Kind.YESNO),
    )),
    Part("housing", (
        Question("housing", Kind.CHOICE, HOUSING_STATE, required=True),
        Question("special_housing_needs", Kind.YESNO),
    )),
    Part("family", (
        Question("children_in_household", Kind.NUMBER, low=0, high=20),
        Question("vve_explained", Kind.YESNO),  # early-childhood education, told to parents
        Question("family_reunification", Kind.YESNO),
    )),
    Part("network", (
        Question("network", Kind.CHOICE, NETWORK_SIZE, required=True),
        Question("wants_language_buddy", Kind.YESNO),
    )),
    Part("activities", (
        Question("volunteering", Kind.YESNO),
        Question("sports_or_clubs", Kind.YESNO),
    )),
    Part("ambitions", (
        Question("ambition_work", Kind.TEXT),
        Question("ambition_study", Kind.TEXT),
    )),
    Part("wishes", (
        Question("own_wishes", Kind.NOTES, required=True),
    )),
    Part("conclusion", (
        Question("starting_position", Kind.NOTES, required=True),
        Question("support_needed", Kind.MULTI, (
            "language", "work", "education", "health", "finances", "housing", "network", "participation",
        ), required=True),
        Question("support_level", Kind.CHOICE, SUPPORT_LEVEL, required=True),
    )),
))

HEADER_FIELDS = ("status", "held_on", "conversation_language", "interpreter_present",
                 "present_ids", "worker_id", "completed_at")


def check_header(fields: dict) -> dict[str, FieldError]:
    """The conversation itself: when, in which language, with an interpreter, who was there."""
    errors: dict[str, FieldError] = {}
    if "status" in fields and fields["status"] not in set(Status):
        errors["status"] = FieldError.CHOICE_INVALID
    held_on = fields.get("held_on")
    if held_on:
        try:
            date.fromisoformat(held_on)
        except (TypeError, ValueError):
            errors["held_on"] = FieldError.DATE_INVALID
    language = fields.get("conversation_language") or ""
    if language and language not in LANGUAGES:
        errors["conversation_language"] = FieldError.CHOICE_INVALID
    if "interpreter_present" in fields and not isinstance(fields["interpreter_present"], bool):
        errors["interpreter_present"] = FieldError.CHOICE_INVALID
    if "present_ids" in fields and not isinstance(fields["present_ids"], list | tuple):
        errors["present_ids"] = FieldError.CHOICE_INVALID
    return errors
