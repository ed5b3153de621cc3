"""Words for the journey's codes (domain/monitoring/journey.py): its stages, who told or rated,
the ratings and what a story may be used for. The client file and the monitoring room both show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from domain.monitoring.journey import DEFAULT_STAGES, Stage

translate = QCoreApplication.translate
_DEFAULT_LABELS = dict(DEFAULT_STAGES)  # a stage still under its default label is shown in the UI's language


def stage_label(stage: Stage | str, stages: tuple[Stage, ...] = ()) -> str:
    """A default stage in the UI's language; a municipality's own stage by its own label."""
    key = stage.key if isinstance(stage, Stage) else stage
    default = {
        "azc_koppeling": translate("JourneyLabels", "AZC and koppeling"),
        "handover": translate("JourneyLabels", "Warm handover"),
        "arrival_housing": translate("JourneyLabels", "Arrival and housing"),
        "brede_intake": translate("JourneyLabels", "Broad intake"),
        "plan": translate("JourneyLabels", "Integration and participation plan"),
        "language_integration": translate("JourneyLabels", "Language and integration"),
        "work_school": translate("JourneyLabels", "Work or school"),
        "network_independence": translate("JourneyLabels", "Own network and independence"),
    }.get(key)
    own = stage.label if isinstance(stage, Stage) else next((s.label for s in stages if s.key == key), None)
    if default and (own is None or own == _DEFAULT_LABELS.get(key)):
        return default
    return own or key


def kind_label(kind: str | None) -> str:
    return {
        "person": translate("JourneyLabels", "The person"),
        "partner": translate("JourneyLabels", "Partner"),
        "worker": translate("JourneyLabels", "Worker"),
    }.get(kind or "", kind or "")


def rating_label(rating: str | None) -> str:
    return {
        "+": translate("JourneyLabels", "Good"),
        "0": translate("JourneyLabels", "Neutral"),
        "-": translate("JourneyLabels", "Hurts"),
    }.get(rating or "", rating or "")


def consent_use_label(use: str | None) -> str:
    return {
        "none": translate("JourneyLabels", "Only in the client file"),
        "anonymous": translate("JourneyLabels", "May be used without a name"),
        "named": translate("JourneyLabels", "May be used with the name"),
    }.get(use or "none", use or "")

