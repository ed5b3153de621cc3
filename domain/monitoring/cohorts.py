"""Cohorts: the chain counts by the year of settling (vestiging), CBS by the year the duty started."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from domain.monitoring.facts import PersonFacts


class CohortBy(StrEnum):
    VESTIGING = "vestiging"  # the chain's own cohort, the default
    DUTY_START = "duty_start"  # CBS, Statistiek Wet inburgering


def cohort_of(facts: PersonFacts, by: CohortBy = CohortBy.VESTIGING) -> int | None:
    """The cohort year, or None when its date is not known (shown as its own column)."""
    day = facts.vestiging_on if by == CohortBy.VESTIGING else facts.duty_start_on
    return day.year if day else None


def half_year(day: date) -> str:
    """"2025-H1" (January to June) or "2025-H2": the taakstelling's period."""
    return f"{day.year}-H{1 if day.month <= 6 else 2}"


def half_year_bounds(period: str) -> tuple[date, date]:
    """First and last day of a period such as "2025-H2"; ValueError for anything else."""
    year, _, half = period.partition("-H")
    if half not in ("1", "2") or not year.isdigit():
        raise ValueError(f"not a half year: {period!r}")
    y = int(year)
    return (date(y, 1, 1), date(y, 6, 30)) if half == "1" else (date(y, 7, 1), date(y, 12, 31))
