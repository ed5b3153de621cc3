"""The report's words: the monitoring's shared words (desktop/monitoring/words.py, as the dashboard says
them), and what only the report says, in the context "MeetingReport"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desktop.monitoring.words import (  # noqa: F401  (the report says them as the dashboard does)
    cohort_label,
    dimension_label,
    goal_text,
    group_label,
    outcome_label,
    target_title,
)

translate = QCoreApplication.translate


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
