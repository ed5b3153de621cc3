"""The report's words. Target titles, dimensions and groups share their source text and context with the
dashboard's (desktop/views/monitoring/monitoring_texts.py, which this package may not import), so they
share its Dutch translation too; what only the report says is in the context "MeetingReport"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

translate = QCoreApplication.translate



def target_title(code: str, fallback: str) -> str:
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
    }.get(code, fallback)


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
    if dimension == "leerroute":
        return translate("MonitoringTexts", "{route}-route").format(route=group)
    if dimension == "origin":
        return _country(group)
    if dimension == "sex":
        return {"M": translate("Labels", "Male"), "V": translate("Labels", "Female"),
                "X": translate("Labels", "Other / unknown")}.get(group, group)
    if dimension == "household_type":
        return {
            "single": translate("MonitoringTexts", "Single"),
            "couple": translate("MonitoringTexts", "Couple"),
            "family": translate("MonitoringTexts", "Family with children"),
            "single_parent": translate("MonitoringTexts", "Single parent"),
            "other": translate("MonitoringTexts", "Other"),
        }.get(group, group)
    return group


def _country(code: str) -> str:
    """As the app's labels name them (desktop/views/common/labels.py), with the same translations."""
    return {
        "SY": translate("Labels", "Syria"),
        "ER": translate("Labels", "Eritrea"),
        "AF": translate("Labels", "Afghanistan"),
        "TR": translate("Labels", "Turkey"),
        "YE": translate("Labels", "Yemen"),
        "IR": translate("Labels", "Iran"),
        "IQ": translate("Labels", "Iraq"),
        "SO": translate("Labels", "Somalia"),
        "SD": translate("Labels", "Sudan"),
        "ET": translate("Labels", "Ethiopia"),
        "UA": translate("Labels", "Ukraine"),
        "OTHER": translate("Labels", "Other country"),
    }.get(code, code)


def cohort_label(cohort: int | None) -> str:
    return translate("MonitoringTexts", "unknown year") if cohort is None else str(cohort)


def goal_text(goal: float | None, goal_high: float | None) -> str:
    if goal is None:
        return translate("MonitoringTexts", "no goal set")
    if goal_high is not None:
        return translate("MonitoringTexts", "goal {low}-{high}%").format(low=f"{goal:g}", high=f"{goal_high:g}")
    return translate("MonitoringTexts", "goal {goal}%").format(goal=f"{goal:g}")


def teller_kind(kind: str) -> str:
    return {"person": translate("MeetingReport", "the person"),
            "partner": translate("MeetingReport", "a partner"),
            "worker": translate("MeetingReport", "a worker")}.get(kind, kind)


def action_status(status: str) -> str:
    return {"open": translate("MeetingReport", "open"), "done": translate("MeetingReport", "done"),
            "dropped": translate("MeetingReport", "dropped")}.get(status, status)


def cohort_basis(cohort_by: str) -> str:
    if cohort_by == "duty_start":
        return translate("MeetingReport", "cohort: year the integration duty started (as CBS counts)")
    return translate("MeetingReport", "cohort: year of settling (vestiging)")


def long_date(iso: str | None) -> str:
    """"1 maart 2026" in the app's locale (Dutch unless English was chosen)."""
    day = QDate.fromString(iso or "", "yyyy-MM-dd")
    return QLocale().toString(day, "d MMMM yyyy") if day.isValid() else (iso or "")


def outcome_label(code: str) -> str:
    """An outcome column's name, as the dashboard's (same source text and context)."""
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
