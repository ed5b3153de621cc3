"""Plain words for the monitoring codes: targets, outcomes, reasons, breakdowns and groups.

The domain speaks in codes (domain/monitoring); only here do they become words. Each word is a
literal translate() call, so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.monitoring.words import (  # noqa: F401  (the dashboard's words, shared with the reports)
    cohort_label,
    dimension_label,
    goal_text,
    group_label,
    outcome_label,
    target_title,
)

translate = QCoreApplication.translate


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
