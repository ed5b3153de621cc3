"""Translated words for the joint plan (PIP): routes, domains, statuses, kinds, deadlines, refusals.

The plan in domain/ speaks in codes; here they become words. Each word is a literal
translate() call so that lupdate finds it. A code without a word shows as itself.
"""

from PySide6.QtCore import QCoreApplication

from desktop.views.common.labels import field_error_message
from domain.errors import FieldError

translate = QCoreApplication.translate


def leerroute_label(code: str | None) -> str:
    return {
        "B": translate("PlanLabels", "B1 route"),
        "O": translate("PlanLabels", "Education route (onderwijsroute)"),
        "Z": translate("PlanLabels", "Self-reliance route (Z-route)"),
    }.get(code or "", code or "")


def literacy_label(code: str | None) -> str:
    return {
        "A": translate("PlanLabels", "Literacy classes: learns to read and write"),
        "AA": translate("PlanLabels", "Literacy classes: learns the Latin script"),
        "NVT": translate("PlanLabels", "No literacy classes needed"),
    }.get(code or "", code or "")


def guidance_label(code: str | None) -> str:
    return {
        "by_the_hand": translate("PlanLabels", "Taken by the hand"),
        "coached": translate("PlanLabels", "Coached"),
        "information_and_go": translate("PlanLabels", "Information, then on their own"),
    }.get(code or "", code or "")


def dual_track_label(code: str | None) -> str:
    return {
        "none": translate("PlanLabels", "Language only"),
        "paid_work": translate("PlanLabels", "Language next to paid work"),
        "unpaid_work": translate("PlanLabels", "Language next to unpaid work"),
    }.get(code or "", code or "")


def culpable_label(code: str | None) -> str:
    return {
        "": translate("PlanLabels", "Not stated"),
        "yes": translate("PlanLabels", "Culpable"),
        "no": translate("PlanLabels", "Not culpable"),
    }.get(code or "", code or "")


def fixed_cost_label(code: str | None) -> str:
    return {
        "rent": translate("PlanLabels", "Rent"),
        "health_insurance": translate("PlanLabels", "Health insurance"),
        "energy": translate("PlanLabels", "Energy"),
        "water": translate("PlanLabels", "Water"),
    }.get(code or "", code or "")


def domain_label(code: str | None) -> str:
    return {
        "language": translate("PlanLabels", "Language"),
        "work": translate("PlanLabels", "Work"),
        "education": translate("PlanLabels", "Education"),
        "health": translate("PlanLabels", "Health"),
        "finances": translate("PlanLabels", "Finances"),
        "housing": translate("PlanLabels", "Housing"),
        "network": translate("PlanLabels", "Social network"),
        "participation": translate("PlanLabels", "Participation"),
    }.get(code or "", code or "")


def goal_status_label(code: str | None) -> str:
    return {
        "open": translate("PlanLabels", "Open"),
        "achieved": translate("PlanLabels", "Achieved"),
        "dropped": translate("PlanLabels", "Dropped"),
    }.get(code or "", code or "")


def action_status_label(code: str | None) -> str:
    return {
        "planned": translate("PlanLabels", "Planned"),
        "in_progress": translate("PlanLabels", "In progress"),
        "done": translate("PlanLabels", "Done"),
        "cancelled": translate("PlanLabels", "Cancelled"),
    }.get(code or "", code or "")


def debt_kind_label(code: str | None) -> str:
    return {
        "rent_arrears": translate("PlanLabels", "Rent arrears"),
        "energy_arrears": translate("PlanLabels", "Energy arrears"),
        "health_insurance_arrears": translate("PlanLabels", "Health insurance arrears"),
        "collection_agency": translate("PlanLabels", "Debt collector's letter"),
        "fine": translate("PlanLabels", "Fine"),
        "other": translate("PlanLabels", "Other signal"),
    }.get(code or "", code or "")


def agreement_how_label(code: str | None) -> str:
    return {
        "signed": translate("PlanLabels", "Signed"),
        "verbal": translate("PlanLabels", "Verbally"),
        "digital": translate("PlanLabels", "Digitally"),
    }.get(code or "", code or "")


def skill_label(code: str | None) -> str:
    return {
        "reading": translate("PlanLabels", "Reading"),
        "listening": translate("PlanLabels", "Listening"),
        "speaking": translate("PlanLabels", "Speaking"),
        "writing": translate("PlanLabels", "Writing"),
    }.get(code or "", code or "")


def milestone_label(code: str | None) -> str:
    return {
        "paid_work_fulltime": translate("PlanLabels", "Paid work, full-time"),
        "paid_work_parttime": translate("PlanLabels", "Paid work, part-time"),
        "school_with_study_finance": translate("PlanLabels", "At school with study finance"),
        "socially_active": translate("PlanLabels", "Socially active"),
        "exam_passed": translate("PlanLabels", "Integration exam passed"),
        "duty_met": translate("PlanLabels", "Integration duty met"),
        "language_level": translate("PlanLabels", "Language level reached"),
        "knows_sociale_kaart": translate("PlanLabels", "Finds their way in local services"),
        "own_network": translate("PlanLabels", "Has a network of their own"),
    }.get(code or "", code or "")


def deadline_label(key: str) -> str:
    return {
        "pip_due": translate("PlanLabels", "PIP due"),
        "inburgeringstermijn": translate("PlanLabels", "Integration term ends"),
        "ontzorgen_end": translate("PlanLabels", "Ontzorgen ends"),
    }.get(key, key)


def exemption_label(kind: str | None) -> str:
    """What DUO decided that changes the term (domain/plan.py DUO_EXEMPTION_KINDS)."""
    return {
        "whole_exemption": translate("PlanLabels", "whole exemption"),
        "whole_release": translate("PlanLabels", "whole release"),
        "temporary_exemption": translate("PlanLabels", "temporary exemption"),
    }.get(kind or "", kind or "")


def deadline_state_label(state: str) -> str:
    return {
        "ok": translate("PlanLabels", "on time"),
        "soon": translate("PlanLabels", "soon"),
        "overdue": translate("PlanLabels", "overdue"),
        "met": translate("PlanLabels", "met"),
    }.get(state, state)


def entity_label(table: str) -> str:
    return {
        "plans": translate("PlanLabels", "Plan"),
        "plan_goals": translate("PlanLabels", "Goal"),
        "plan_actions": translate("PlanLabels", "Action"),
        "plan_tranches": translate("PlanLabels", "Furnishing loan"),
        "plan_debt_signals": translate("PlanLabels", "Debt signal"),
        "plan_milestones": translate("PlanLabels", "Milestone"),
        "plan_versions": translate("PlanLabels", "Agreed plan version"),
        "plan_history": translate("PlanLabels", "Change to the plan"),
    }.get(table, table)


def field_label(field: str) -> str:
    """The name of any field of the plan's records, for history and comparisons."""
    return {
        "leerroute": translate("PlanLabels", "Learning route"),
        "leerroute_reason": translate("PlanLabels", "Reason for the route"),
        "niveau": translate("PlanLabels", "Level"),
        "intensity_hours": translate("PlanLabels", "Estimated hours (B1 route)"),
        "may_finish_education": translate("PlanLabels", "May finish current education"),
        "literacy_education": translate("PlanLabels", "Literacy classes"),
        "guidance": translate("PlanLabels", "Guidance"),
        "dual_track": translate("PlanLabels", "Dual track"),
        "dual_track_note": translate("PlanLabels", "Dual track: what"),
        "knm_planned_on": translate("PlanLabels", "KNM planned"),
        "knm_done_on": translate("PlanLabels", "KNM done"),
        "map_planned_on": translate("PlanLabels", "MAP planned"),
        "map_done_on": translate("PlanLabels", "MAP closing interview"),
        "map_culpable": translate("PlanLabels", "MAP: shortfall culpable"),
        "pvt_planned_on": translate("PlanLabels", "PVT planned"),
        "pvt_done_on": translate("PlanLabels", "PVT signed"),
        "pvt_culpable": translate("PlanLabels", "PVT: shortfall culpable"),
        "zroute_done_on": translate("PlanLabels", "Z-route completed"),
        "duty_start_on": translate("PlanLabels", "Integration duty starts"),
        "duo_notice_on": translate("PlanLabels", "DUO notice received"),
        "pip_dated_on": translate("PlanLabels", "PIP date"),
        "duo_term_start_on": translate("PlanLabels", "DUO: integration term starts"),
        "duo_term_end_on": translate("PlanLabels", "DUO: integration term ends (exclusive)"),
        "duo_term_extensions": translate("PlanLabels", "DUO: term extensions"),
        "duo_term_carried_over": translate("PlanLabels", "DUO: term carried over from a previous municipality"),
        "duo_exemption_kind": translate("PlanLabels", "DUO: exemption or release"),
        "duo_exemption_on": translate("PlanLabels", "DUO: exemption or release from"),
        "duo_exemption_end": translate("PlanLabels", "DUO: temporary exemption until"),
        "ontzorgen_start": translate("PlanLabels", "Ontzorgen starts"),
        "ontzorgen_end": translate("PlanLabels", "Ontzorgen ends"),
        "ontzorgen_costs": translate("PlanLabels", "Fixed costs paid"),
        "budgetcoach": translate("PlanLabels", "Budget coach"),
        "budgetcoach_org_id": translate("PlanLabels", "Budget coach from"),
        "domain": translate("PlanLabels", "Domain"),
        "result": translate("PlanLabels", "Desired result"),
        "target_on": translate("PlanLabels", "Target date"),
        "status": translate("PlanLabels", "Status"),
        "goal_id": translate("PlanLabels", "Goal"),
        "description": translate("PlanLabels", "What"),
        "organisation_id": translate("PlanLabels", "Partner organisation"),
        "worker_id": translate("PlanLabels", "Worker"),
        "due_on": translate("PlanLabels", "Due"),
        "result_note": translate("PlanLabels", "Result"),
        "done_on": translate("PlanLabels", "Done on"),
        "amount_cents": translate("PlanLabels", "Amount"),
        "paid_on": translate("PlanLabels", "Paid on"),
        "purpose": translate("PlanLabels", "For"),
        "checked": translate("PlanLabels", "Spending checked"),
        "checked_on": translate("PlanLabels", "Checked on"),
        "noticed_on": translate("PlanLabels", "Noticed on"),
        "kind": translate("PlanLabels", "Kind"),
        "note": translate("PlanLabels", "Note"),
        "reached_on": translate("PlanLabels", "Reached on"),
        "skill": translate("PlanLabels", "Skill"),
        "level": translate("PlanLabels", "Level"),
        "detail": translate("PlanLabels", "Detail"),
        "deleted": translate("PlanLabels", "Removed"),
    }.get(field, field)


def yes_no(value: bool) -> str:
    return translate("PlanLabels", "Yes") if value else translate("PlanLabels", "No")


def plan_error_message(code: str | FieldError) -> str:
    """A refusal as a sentence (the words live with every other field error, in labels.py)."""
    try:
        return field_error_message(FieldError(code))
    except ValueError:
        return str(code)
