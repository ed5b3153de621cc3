"""One monitoring run: every client's facts read from the store, the figures on a reference date."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine

from desktop.monitoring.options import MonitoringOptions
from desktop.store.monitoring_source import organisation_names, read_facts
from domain.monitoring.facts import PersonFacts
from domain.monitoring.figures import Figures, QuotaRow, taakstelling


@dataclass
class MonitoringRun:
    options: MonitoringOptions
    figures: Figures
    quota_rows: list[QuotaRow]
    organisations: dict[str, str] = field(default_factory=dict)  # id -> name, for the breakdown's labels

    @property
    def persons(self) -> int:
        return len(self.figures.persons)


def compute_from_facts(facts: list[PersonFacts], options: MonitoringOptions,
                       organisations: dict[str, str] | None = None) -> MonitoringRun:
    figures = Figures(facts, options.ref, options.cohort_by, options.settings)
    return MonitoringRun(options, figures, taakstelling(facts, options.quotas), organisations or {})


def compute(engine: Engine, options: MonitoringOptions) -> MonitoringRun:
    """Read every client the store holds and compute the figures (offline, on this device)."""
    return compute_from_facts(read_facts(engine), options, organisation_names(engine))
