"""Plain words for the monitoring codes every reader shares: targets, outcomes, breakdowns, groups,
cohorts and goals. The dashboard (desktop/views/monitoring/monitoring_texts.py) and the reports
(desktop/monitoring/report/) both say them from here, so each has one source text and one Dutch
translation. Each word is a literal translate() call, so that lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.people_labels import country_label, sex_label

translate = QCoreApplication.translate


def target_title(code: str, fallback: str | None = None) -> str:
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
    }.get(code, code if fallback is None else fallback)


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
