"""Plain words for the monitoring codes: targets, outcomes, reasons, breakdowns and groups.

The domain speaks in codes (domain/monitoring); only here do they become words. Each word is a
literal translate() call, so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.common.labels import country_label, sex_label

translate = QCoreApplication.translate


def target_title(code: str) -> str:
    return {
        "E1": translate("MonitoringTexts", "Full-time, lasting paid work"),
        "E2": translate("MonitoringTexts", "Part-time paid work"),
        "E3": translate("MonitoringTexts", "School with student finance (under 27)"),
        "E4": translate("MonitoringTexts", "Free of debt"),
        "S1": translate("MonitoringTexts", "Orientation starts in the AZC"),
        "S2": translate("MonitoringTexts", "Socially active"),
        "S3": translate("MonitoringTexts", "Integration duty met"),
        "S4": translate("MonitoringTexts", "Integration exam passed"),
        "S5": translate("MonitoringTexts", "Illiterate: A2 speaking and listening"),
        "S6": translate("MonitoringTexts", "Knows the sociale kaart"),
        "S7": translate("MonitoringTexts", "Own network"),
        "H1": translate("MonitoringTexts", "Housed within the norm"),
        "H2": translate("MonitoringTexts", "Taakstelling per half year"),
    }.get(code, code)


def target_explanation(code: str) -> str:
    return {
        "E1": translate("MonitoringTexts", "Adults of working age in full-time, lasting paid work within 3 years "
                                           "of settling."),
        "E2": translate("MonitoringTexts", "Adults of working age in part-time (or full-time) paid work within "
                                           "3 years of settling."),
        "E3": translate("MonitoringTexts", "Young adults (18 to 26) at school with student finance within 3 years "
                                           "of settling."),
        "E4": translate("MonitoringTexts", "Adults without a debt signal in the first 2 years after settling."),
        "S1": translate("MonitoringTexts", "Classes, KNM or the joint intake started before the move from the AZC."),
        "S2": translate("MonitoringTexts", "Adults socially active (volunteering, a club) within 6 months of "
                                           "settling."),
        "S3": translate("MonitoringTexts", "People with the integration duty who meet it within 5 years. "
                                           "Exemption and release are left out."),
        "S4": translate("MonitoringTexts", "People with the integration duty who pass the exam within 3 years. "
                                           "Illiterate people and the Z-route are left out."),
        "S5": translate("MonitoringTexts", "Illiterate people with the duty who reach A2 in speaking and listening "
                                           "within 4 years. The goal is 50 to 80%."),
        "S6": translate("MonitoringTexts", "Adults who know the sociale kaart within 2 years of settling."),
        "S7": translate("MonitoringTexts", "Adults with enough own network to stay independent within 2 years."),
        "H1": translate("MonitoringTexts", "From koppeling to a house within the municipality's norm in weeks."),
        "H2": translate("MonitoringTexts", "Persons housed in each half year against the taakstelling the "
                                           "coordinator entered."),
    }.get(code, "")


def outcome_label(code: str) -> str:
    return {
        "realised": translate("MonitoringTexts", "Realised"),
        "not_realised": translate("MonitoringTexts", "Not realised"),
        "realised_early": translate("MonitoringTexts", "Realised early"),
        "on_track": translate("MonitoringTexts", "On track"),
        "late": translate("MonitoringTexts", "Late"),
        "not_started": translate("MonitoringTexts", "Not yet started"),
        "excluded": translate("MonitoringTexts", "Excluded"),
        "unknown": translate("MonitoringTexts", "Unknown"),
        "not_applicable": translate("MonitoringTexts", "Not applicable"),
    }.get(code, code)


def reason_label(code: str) -> str:
    """Why a person is excluded, or which data is missing (unknown)."""
    return {
        "moved away": translate("MonitoringTexts", "moved away"),
        "exemption (vrijstelling)": translate("MonitoringTexts", "exemption (vrijstelling)"),
        "release (ontheffing)": translate("MonitoringTexts", "release (ontheffing)"),
        "illiterate": translate("MonitoringTexts", "illiterate"),
        "Z-route: no exam": translate("MonitoringTexts", "Z-route: no exam"),
        "debt signal": translate("MonitoringTexts", "debt signal"),
        "date_of_birth": translate("MonitoringTexts", "date of birth"),
        "plan": translate("MonitoringTexts", "no plan"),
        "duty_start_on": translate("MonitoringTexts", "start of the duty"),
        "literacy": translate("MonitoringTexts", "literacy"),
        "handover": translate("MonitoringTexts", "no handover"),
        "vestiging_date": translate("MonitoringTexts", "date of settling"),
        "koppeling_date": translate("MonitoringTexts", "date of koppeling"),
    }.get(code, code)


def dimension_label(code: str) -> str:
    return {
        "organisation": translate("MonitoringTexts", "Partner organisation"),
        "leerroute": translate("MonitoringTexts", "Learning route"),
        "origin": translate("MonitoringTexts", "Country of origin"),
        "sex": translate("MonitoringTexts", "Sex"),
        "age_band": translate("MonitoringTexts", "Age band"),
        "household_type": translate("MonitoringTexts", "Household type"),
    }.get(code, code)


def group_label(dimension: str, group: str, organisations: dict[str, str]) -> str:
    if group == "unknown":
        return translate("MonitoringTexts", "(unknown)")
    if dimension == "organisation":
        return translate("MonitoringTexts", "(none)") if group == "none" else organisations.get(group, group)
    if dimension == "origin":
        return country_label(group) or group
    if dimension == "sex":
        return sex_label(group) or group
    if dimension == "leerroute":
        return translate("MonitoringTexts", "{route}-route").format(route=group)
    if dimension == "household_type":
        return {
            "single": translate("MonitoringTexts", "Single"),
            "couple": translate("MonitoringTexts", "Couple"),
            "family": translate("MonitoringTexts", "Family with children"),
            "single_parent": translate("MonitoringTexts", "Single parent"),
            "other": translate("MonitoringTexts", "Other"),
        }.get(group, group)
    return group


def cohort_label(cohort: int | None) -> str:
    return translate("MonitoringTexts", "unknown year") if cohort is None else str(cohort)


def goal_text(goal: float | None, goal_high: float | None) -> str:
    if goal is None:
        return translate("MonitoringTexts", "no goal set")
    if goal_high is not None:
        return translate("MonitoringTexts", "goal {low}-{high}%").format(low=f"{goal:g}", high=f"{goal_high:g}")
    return translate("MonitoringTexts", "goal {goal}%").format(goal=f"{goal:g}")
