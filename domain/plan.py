"""The joint plan of action (Plan Inburgering en Participatie, PIP): its records and their fields.

A plan is a header (the route, the law's dates, the money) plus records of their own:
goals, actions, furnishing-loan tranches, debt signals and milestones. Each record
is checked on its own here; the law's rules across fields live in plan_rules.py.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from domain.errors import FieldError
from domain.intake import SUPPORT_LEVEL
from domain.law_route import LEERROUTES, LITERACY_EDUCATION, NIVEAUS, intensity_error
from domain.law_route import MAX_INTENSITY_HOURS as MAX_INTENSITY_HOURS  # the plan screen reads it here

GUIDANCE = SUPPORT_LEVEL  # by_the_hand, coached, information_and_go
DUAL_TRACKS = ("none", "paid_work", "unpaid_work")  # language next to work
CULPABLE = ("", "yes", "no")  # DUO's "verwijtbaar" for MAP and PVT; "" not stated
FIXED_COSTS = ("rent", "health_insurance", "energy", "water")  # paid from the benefit while ontzorgd
GOAL_DOMAINS = ("language", "work", "education", "health", "finances", "housing", "network", "participation")
DEBT_KINDS = ("rent_arrears", "energy_arrears", "health_insurance_arrears", "collection_agency", "fine", "other")
AGREEMENT_HOW = ("signed", "verbal", "digital")
# what DUO decided that changes the term: a whole exemption (SS107) or release (SS108) ends the duty,
# a temporary exemption (SS109) pauses it; "" nothing
DUO_EXEMPTION_KINDS = ("whole_exemption", "whole_release", "temporary_exemption")
SKILLS = ("reading", "listening", "speaking", "writing")
LANGUAGE_LEVELS = ("A1", "A2", "B1")
MAX_AMOUNT_CENTS = 10_000_000
MAX_SHORT = 500
MAX_NOTE = 8000


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_ACTION = (ActionStatus.PLANNED.value, ActionStatus.IN_PROGRESS.value)


class GoalStatus(StrEnum):
    OPEN = "open"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class Milestone(StrEnum):
    PAID_WORK_FULLTIME = "paid_work_fulltime"
    PAID_WORK_PARTTIME = "paid_work_parttime"
    SCHOOL_WITH_STUDY_FINANCE = "school_with_study_finance"
    SOCIALLY_ACTIVE = "socially_active"
    EXAM_PASSED = "exam_passed"
    DUTY_MET = "duty_met"
    LANGUAGE_LEVEL = "language_level"  # per skill
    KNOWS_SOCIALE_KAART = "knows_sociale_kaart"
    OWN_NETWORK = "own_network"


ROUTE_FIELDS = ("leerroute", "leerroute_reason", "niveau", "intensity_hours", "may_finish_education",
                "literacy_education", "guidance", "dual_track", "dual_track_note")
PARTS_FIELDS = ("knm_planned_on", "knm_done_on", "map_planned_on", "map_done_on", "map_culpable",
                "pvt_planned_on", "pvt_done_on", "pvt_culpable", "zroute_done_on")
LAW_FIELDS = ("duty_start_on", "duo_notice_on", "pip_dated_on")
# DUO's term as DUO states it (set only by importing DUO's answers; read-only on screen): its start and
# exclusive end, the extensions [{ground, text, end_on}], carried over from a previous municipality (SS121),
# and an exemption or release with its date(s). See domain/duo_term_facts.py.
DUO_TERM_FIELDS = ("duo_term_start_on", "duo_term_end_on", "duo_term_extensions", "duo_term_carried_over",
                   "duo_exemption_kind", "duo_exemption_on", "duo_exemption_end")
MONEY_FIELDS = ("ontzorgen_start", "ontzorgen_end", "ontzorgen_costs", "budgetcoach", "budgetcoach_org_id")
PLAN_FIELDS = ROUTE_FIELDS + PARTS_FIELDS + LAW_FIELDS + DUO_TERM_FIELDS + MONEY_FIELDS
PLAN_DATE_FIELDS = tuple(f for f in PLAN_FIELDS if f.endswith(("_on", "_start", "_end")))

GOAL_FIELDS = ("domain", "result", "target_on", "status")
ACTION_FIELDS = ("goal_id", "description", "organisation_id", "worker_id", "due_on", "status",
                 "result_note", "done_on")
TRANCHE_FIELDS = ("amount_cents", "paid_on", "purpose", "checked", "checked_on")
DEBT_FIELDS = ("noticed_on", "kind", "note")
MILESTONE_FIELDS = ("kind", "reached_on", "skill", "level", "detail")
AGREEMENT_FIELDS = ("agreed_on", "pip_dated_on", "present_ids", "present_others", "client_agrees",
                    "agreement_how", "agreement_note")

_IDS = uuid.UUID("2b7e15a8-4c0d-4f8e-b3a1-7d9c60e1f5a2")


def plan_id_for(client_id: str) -> str:
    """One plan per client: the same id on every device, so two devices starting it offline meet."""
    return str(uuid.uuid5(_IDS, f"plan/{client_id}"))


def intake_goal_id(plan_id: str, domain: str) -> str:
    """Goals seeded from the intake get the same id everywhere, for the same reason."""
    return str(uuid.uuid5(_IDS, f"{plan_id}/intake-goal/{domain}"))


def empty_plan() -> dict:
    plan: dict = {f: None for f in PLAN_FIELDS}
    plan.update(leerroute_reason="", may_finish_education=False, dual_track="none", dual_track_note="",
                map_culpable="", pvt_culpable="", ontzorgen_costs=[], budgetcoach=False,
                duo_term_extensions=[], duo_term_carried_over=False, duo_exemption_kind="")
    return plan


def goals_from_intake(conclusion: dict) -> list[dict]:
    """The brede intake's conclusion offered as starting goals: one per domain it needs support on."""
    wanted = conclusion.get("support_needed") or []
    return [{"domain": d, "result": "", "target_on": None, "status": GoalStatus.OPEN.value}
            for d in GOAL_DOMAINS if d in wanted]


def blank_to_none(fields: dict) -> dict:
    """A cleared date, choice or link is None, not "": the same empty everywhere."""
    nullable = ("leerroute", "niveau", "literacy_education", "guidance", "skill", "level")
    return {k: None if v == "" and (k.endswith(("_on", "_id", "_start", "_end")) or k in nullable) else v
            for k, v in fields.items()}


# -- checks per record -------------------------------------------------------------------------
def date_error(value, required: bool = False) -> FieldError | None:
    if value in (None, ""):
        return FieldError.REQUIRED if required else None
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError):
        return FieldError.DATE_INVALID
    return None


def _choice(errors: dict, fields: dict, name: str, options, required: bool = False) -> None:
    if name not in fields:
        if required:
            errors[name] = FieldError.REQUIRED
        return
    value = fields[name]
    if value in (None, ""):
        if required:
            errors[name] = FieldError.REQUIRED
    elif value not in options:
        errors[name] = FieldError.CHOICE_INVALID


def _text(errors: dict, fields: dict, name: str, limit: int, required: bool = False) -> None:
    value = fields.get(name)
    if value is None:
        value = ""
    if not isinstance(value, str):
        errors[name] = FieldError.CHOICE_INVALID
    elif required and not value.strip():
        errors[name] = FieldError.REQUIRED
    elif len(value) > limit:
        errors[name] = FieldError.TOO_LONG


def _dates(errors: dict, fields: dict, names, required=()) -> None:
    for name in names:
        if name in fields or name in required:
            problem = date_error(fields.get(name), name in required)
            if problem:
                errors[name] = problem


def _flag(errors: dict, fields: dict, name: str) -> None:
    if name in fields and not isinstance(fields[name], bool):
        errors[name] = FieldError.CHOICE_INVALID


def check_plan_fields(fields: dict) -> dict[str, FieldError]:
    """Each header field on its own: choices, dates, numbers. Only the fields given are checked."""
    errors: dict[str, FieldError] = {}
    for name, options in (("leerroute", LEERROUTES), ("niveau", NIVEAUS), ("literacy_education", LITERACY_EDUCATION),
                          ("guidance", GUIDANCE), ("dual_track", DUAL_TRACKS), ("map_culpable", CULPABLE),
                          ("pvt_culpable", CULPABLE)):
        _choice(errors, fields, name, options)
    for name in ("leerroute_reason", "dual_track_note"):
        if name in fields:
            _text(errors, fields, name, MAX_NOTE)
    _dates(errors, fields, PLAN_DATE_FIELDS)
    for name in ("may_finish_education", "budgetcoach", "duo_term_carried_over"):
        _flag(errors, fields, name)
    if intensity_error(fields.get("intensity_hours")):
        errors["intensity_hours"] = FieldError.NUMBER_OUT_OF_RANGE
    costs = fields.get("ontzorgen_costs")
    if costs is not None and (not isinstance(costs, list | tuple) or any(c not in FIXED_COSTS for c in costs)):
        errors["ontzorgen_costs"] = FieldError.CHOICE_INVALID
    _choice(errors, fields, "duo_exemption_kind", DUO_EXEMPTION_KINDS)
    if "duo_term_extensions" in fields and not _extensions_valid(fields["duo_term_extensions"]):
        errors["duo_term_extensions"] = FieldError.CHOICE_INVALID
    return errors


def _extensions_valid(items) -> bool:
    """DUO's extensions: a list of {ground (1-10 chars), text (up to 200), end_on (a date)}."""
    if items is None:
        return True
    if not isinstance(items, list | tuple):
        return False
    for item in items:
        if not isinstance(item, dict) or set(item) - {"ground", "text", "end_on"}:
            return False
        ground, text = item.get("ground"), item.get("text") or ""
        if not isinstance(ground, str) or not 1 <= len(ground) <= 10 or not isinstance(text, str) or len(text) > 200:
            return False
        if date_error(item.get("end_on"), required=True):
            return False
    return True


def check_goal(fields: dict) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    _choice(errors, fields, "domain", GOAL_DOMAINS, required=True)
    _choice(errors, fields, "status", tuple(GoalStatus))
    _text(errors, fields, "result", MAX_NOTE)
    _dates(errors, fields, ("target_on",))
    return errors


def check_action(fields: dict) -> dict[str, FieldError]:
    """What, by when, and who: a worker or a partner organisation (the error sits at worker_id)."""
    errors: dict[str, FieldError] = {}
    _text(errors, fields, "description", MAX_SHORT, required=True)
    _text(errors, fields, "result_note", MAX_NOTE)
    _choice(errors, fields, "status", tuple(ActionStatus))
    _dates(errors, fields, ("due_on", "done_on"), required=("due_on",))
    if not fields.get("worker_id") and not fields.get("organisation_id"):
        errors["worker_id"] = FieldError.REQUIRED
    return errors


def check_tranche(fields: dict) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    amount = fields.get("amount_cents")
    if amount is None:
        errors["amount_cents"] = FieldError.REQUIRED
    elif not isinstance(amount, int) or isinstance(amount, bool) or not 0 < amount <= MAX_AMOUNT_CENTS:
        errors["amount_cents"] = FieldError.NUMBER_OUT_OF_RANGE
    _text(errors, fields, "purpose", MAX_SHORT)
    _flag(errors, fields, "checked")
    _dates(errors, fields, ("paid_on", "checked_on"), required=("paid_on",))
    return errors


def check_debt_signal(fields: dict) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    _choice(errors, fields, "kind", DEBT_KINDS, required=True)
    _text(errors, fields, "note", MAX_NOTE)
    _dates(errors, fields, ("noticed_on",), required=("noticed_on",))
    return errors


def check_milestone(fields: dict) -> dict[str, FieldError]:
    """A language level names the skill and the level; other milestones have neither."""
    errors: dict[str, FieldError] = {}
    _choice(errors, fields, "kind", tuple(Milestone), required=True)
    _text(errors, fields, "detail", MAX_SHORT)
    _dates(errors, fields, ("reached_on",), required=("reached_on",))
    if fields.get("kind") == Milestone.LANGUAGE_LEVEL:
        _choice(errors, fields, "skill", SKILLS, required=True)
        _choice(errors, fields, "level", LANGUAGE_LEVELS, required=True)
    else:
        for name in ("skill", "level"):
            if fields.get(name):
                errors[name] = FieldError.CHOICE_INVALID
    return errors


def check_agreement(fields: dict) -> dict[str, FieldError]:
    """The moment of agreeing: when, who was there, whether and how the person agreed."""
    errors: dict[str, FieldError] = {}
    _dates(errors, fields, ("agreed_on", "pip_dated_on"), required=("agreed_on",))
    if not isinstance(fields.get("client_agrees"), bool):
        errors["client_agrees"] = FieldError.REQUIRED
    _choice(errors, fields, "agreement_how", AGREEMENT_HOW, required=bool(fields.get("client_agrees")))
    if not isinstance(fields.get("present_ids", []), list | tuple):
        errors["present_ids"] = FieldError.CHOICE_INVALID
    _text(errors, fields, "present_others", MAX_SHORT)
    _text(errors, fields, "agreement_note", MAX_NOTE)
    return errors
