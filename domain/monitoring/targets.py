"""The chain's targets (doelstellingen) as data: goal, clock, window, who, what realises them.

Each target cites its row of the domain brief ("The targets the chain is measured on").
Windows include their last day: "within 3 years" of 15 Jan 2020 still counts 15 Jan 2023;
a clock on 29 February ends on 28 February (domain.plan_rules.add_months).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from domain.monitoring.facts import SETTLED_STAGES, PersonFacts
from domain.plan import Milestone
from domain.plan_rules import add_months

LETTER_HOUSING_NORM_WEEKS = 10  # the councils' letter
NATIONAL_HOUSING_NORM_WEEKS = 14  # the national norm
DUTY_AGES = (16, 67)  # the integration duty: from 16 up to the state pension age (approximately)


class Clock(StrEnum):
    VESTIGING = "vestiging"
    KOPPELING = "koppeling"
    DUTY_START = "duty_start"


class Window(StrEnum):
    MONTHS = "months"  # `months` from the clock
    HOUSING_NORM = "housing_norm"  # the municipality's housing norm in weeks (Settings)
    UNTIL_VESTIGING = "until_vestiging"  # while in the AZC: closes on the day of settling


CLOCK_ATTRS = {Clock.VESTIGING: "vestiging_on", Clock.KOPPELING: "koppeling_on", Clock.DUTY_START: "duty_start_on"}


@dataclass(frozen=True)
class Settings:
    """What a municipality sets: the housing norm (H1) in weeks."""

    housing_norm_weeks: int = LETTER_HOUSING_NORM_WEEKS


@dataclass(frozen=True)
class Target:
    code: str
    title: str
    goal: float | None  # percent; None: the letter names no share
    clock: Clock
    months: int = 0  # the window's length when window is MONTHS
    window: Window = Window.MONTHS
    goal_high: float | None = None  # S5's goal is a range
    # (facts, clock start) -> why the target does not apply, or None
    applies: Callable[[PersonFacts, date], str | None] = lambda f, start: None
    # (facts, reference date) -> why the person is excluded by the target's own rule, or None
    excluded: Callable[[PersonFacts, date], str | None] = lambda f, ref: None
    # facts -> the data missing to judge the target (field names)
    missing: Callable[[PersonFacts], tuple[str, ...]] = lambda f: ()
    # (facts, last day counted) -> the date it was realised, or None
    realised: Callable[[PersonFacts, date], date | None] = lambda f, by: None
    # (facts, reference date) -> evidence of progress; None: nothing recorded can show it
    started: Callable[[PersonFacts, date], bool] | None = None
    # (facts, clock start, last day counted) -> the date it was missed (E4: a debt signal)
    missed: Callable[[PersonFacts, date, date], date | None] | None = None
    source: str = ""

    def clock_start(self, facts: PersonFacts) -> date | None:
        return getattr(facts, CLOCK_ATTRS[self.clock])

    def last_day(self, facts: PersonFacts, start: date, settings: Settings) -> date | None:
        """The window's last day (inclusive); None while it has no end yet (S1 until the move)."""
        if self.window == Window.HOUSING_NORM:
            return start + timedelta(weeks=settings.housing_norm_weeks)
        if self.window == Window.UNTIL_VESTIGING:
            return facts.vestiging_on
        return _months_on(start, self.months)


@lru_cache(maxsize=1 << 16)
def _months_on(start: date, months: int) -> date:
    return add_months(start, months)  # many people share a day: computed once


# -- who a target is for -------------------------------------------------------------------------
def _adult(f: PersonFacts, start: date) -> str | None:
    age = f.age_on(start)
    return None if age is None or age >= 18 else "under 18"


def _working_age(f: PersonFacts, start: date) -> str | None:
    age = f.age_on(start)
    if age is None:
        return None
    return "under 18" if age < 18 else "state pension age" if age >= DUTY_AGES[1] else None


def _young_adult(f: PersonFacts, start: date) -> str | None:
    age = f.age_on(start)
    return None if age is None or 18 <= age < 27 else "not 18-26"


def _has_duty(f: PersonFacts, start: date) -> str | None:
    if f.duty is False:
        return "no integration duty"
    if f.duty or f.duty_start_on:
        return None
    age = f.age_on(start)
    if age is not None and not DUTY_AGES[0] <= age < DUTY_AGES[1]:
        return "no integration duty (age)"
    return None


def _illiterate_with_duty(f: PersonFacts, start: date) -> str | None:
    return _has_duty(f, start) or ("literate" if f.illiterate() is False else None)


# -- what is missing -----------------------------------------------------------------------------
# Milestones and debt signals are kept in the plan: without a plan nothing could have been recorded.
def _plan(f: PersonFacts) -> tuple[str, ...]:
    return (() if f.date_of_birth else ("date_of_birth",)) + (() if f.has_plan else ("plan",))


def _duty_known(f: PersonFacts) -> tuple[str, ...]:
    known = f.duty is not None or f.duty_start_on is not None
    return (() if f.has_plan else ("plan",)) + (() if known or f.date_of_birth else ("date_of_birth",)) + (
        () if known else ("duty_start_on",))


def _literacy(f: PersonFacts) -> tuple[str, ...]:
    return _duty_known(f) + (() if f.illiterate() is not None else ("literacy",))


def _s1(f: PersonFacts) -> tuple[str, ...]:
    return () if f.pre_integration is not None or f.intake_on or f.workshop_attended else ("handover",)


def _h1(f: PersonFacts) -> tuple[str, ...]:
    return ("vestiging_date",) if f.stage in SETTLED_STAGES and not f.vestiging_on else ()


# -- exclusions by the target's own rule -----------------------------------------------------------
def _exempt(f: PersonFacts, ref: date) -> str | None:
    if f.exempt_on and f.exempt_on <= ref:
        return "exemption (vrijstelling)"
    if f.released_on and f.released_on <= ref:
        return "release (ontheffing)"
    return None


def _s4_excluded(f: PersonFacts, ref: date) -> str | None:
    if f.illiterate():
        return "illiterate"
    if f.leerroute == "Z":
        return "Z-route: no exam"
    return _exempt(f, ref)


# -- what realises a target, and what shows it is under way ---------------------------------------
def _milestone(*kinds: str) -> Callable[[PersonFacts, date], date | None]:
    return lambda f, by: f.reached(kinds, by)


def _speaking_and_listening(level: tuple[str, ...]) -> Callable[[PersonFacts, date], date | None]:
    def realised(f: PersonFacts, by: date) -> date | None:
        days = [f.reached(Milestone.LANGUAGE_LEVEL, by, skill, level) for skill in ("speaking", "listening")]
        return None if None in days else max(days)
    return realised


def _work_started(f: PersonFacts, ref: date) -> bool:
    return f.dual_track in ("paid_work", "unpaid_work") or "work" in f.goal_domains or bool(
        f.reached((Milestone.PAID_WORK_PARTTIME, Milestone.SOCIALLY_ACTIVE), ref))


def _school_started(f: PersonFacts, ref: date) -> bool:
    return f.leerroute == "O" or bool(f.may_finish_education) or "education" in f.goal_domains


def _language_started(f: PersonFacts, ref: date) -> bool:
    return bool((f.pip_dated_on and f.pip_dated_on <= ref) or f.reached(Milestone.LANGUAGE_LEVEL, ref))


def _a1_started(f: PersonFacts, ref: date) -> bool:
    return any(f.reached(Milestone.LANGUAGE_LEVEL, ref, skill) for skill in ("speaking", "listening"))


def _active_started(f: PersonFacts, ref: date) -> bool:
    return bool(f.intake_activities) or bool({"network", "participation"} & set(f.goal_domains))


def _network_started(f: PersonFacts, ref: date) -> bool:
    return bool(f.reached(Milestone.SOCIALLY_ACTIVE, ref)) or "network" in f.goal_domains


def _debt(f: PersonFacts, start: date, by: date) -> date | None:
    signals = [d for d in f.debt_signals if start <= d <= by]
    return signals[0] if signals else None


def _s1_realised(f: PersonFacts, by: date) -> date | None:
    # Classes or KNM started in the AZC count from the koppeling; the joint intake from its date.
    # The welcome workshop attended before the move counts as orientation too.
    days = [d for d in (f.koppeling_on if f.pre_integration else None, f.intake_on, *f.workshop_attended)
            if d and d <= by]
    return min(days) if days else None


def _knows_kaart(f: PersonFacts, by: date) -> date | None:
    # The milestone, the welcome workshop or a referral to a service of the sociale kaart.
    days = [d for d in (f.reached((Milestone.KNOWS_SOCIALE_KAART,), by), *f.kaart_introduced) if d and d <= by]
    return min(days) if days else None


def _housed(f: PersonFacts, by: date) -> date | None:
    return f.vestiging_on if f.vestiging_on and f.vestiging_on <= by else None


def _handover_held(f: PersonFacts, ref: date) -> bool:
    return bool(f.handover_on and f.handover_on <= ref)


TARGETS: tuple[Target, ...] = (
    Target("E1", "full-time, lasting paid work", 10, Clock.VESTIGING, 36, applies=_working_age, missing=_plan,
           realised=_milestone(Milestone.PAID_WORK_FULLTIME), started=_work_started,
           source="brief E1: 10% in full-time, lasting paid work within 3 years"),
    Target("E2", "part-time paid work", 25, Clock.VESTIGING, 36, applies=_working_age, missing=_plan,
           realised=_milestone(Milestone.PAID_WORK_PARTTIME, Milestone.PAID_WORK_FULLTIME), started=_work_started,
           source="brief E2: 25% in part-time paid work within 3 years"),
    Target("E3", "school with student finance (under 27)", 90, Clock.VESTIGING, 36, applies=_young_adult,
           missing=_plan, realised=_milestone(Milestone.SCHOOL_WITH_STUDY_FINANCE), started=_school_started,
           source="brief E3: 90% of those under 27 go to school (with student finance) after inburgering"),
    Target("E4", "free of debt", 90, Clock.VESTIGING, 24, applies=_adult, missing=_plan, missed=_debt,
           source="brief E4: 90% free of debt / financially independent in the first 2 years"),
    Target("S1", "orientation starts in the AZC", None, Clock.KOPPELING, window=Window.UNTIL_VESTIGING, missing=_s1,
           realised=_s1_realised,
           source="brief S1: orientation on integration, work and school starts in the AZC"),
    Target("S2", "socially active", 80, Clock.VESTIGING, 6, applies=_adult, missing=_plan,
           realised=_milestone(Milestone.SOCIALLY_ACTIVE), started=_active_started,
           source="brief S2: 80% socially active within 6 months"),
    Target("S3", "integration duty met", 95, Clock.VESTIGING, 60, applies=_has_duty, excluded=_exempt,
           missing=_duty_known, realised=_milestone(Milestone.DUTY_MET), started=_language_started,
           source="brief S3: 95% meets the integration duty within 5 years"),
    Target("S4", "integration exam passed", 80, Clock.VESTIGING, 36, applies=_has_duty, excluded=_s4_excluded,
           missing=_literacy, realised=_milestone(Milestone.EXAM_PASSED), started=_language_started,
           source="brief S4: 80% passes the integration exam within 3 years, illiterate people aside"),
    Target("S5", "illiterate: A2 speaking and listening", 50, Clock.VESTIGING, 48, goal_high=80,
           applies=_illiterate_with_duty, excluded=_exempt, missing=_literacy,
           realised=_speaking_and_listening(("A2", "B1")), started=_a1_started,
           source="brief S5: 50-80% of illiterate people reach A1+ to A2 speaking and listening within 4 years"),
    Target("S6", "knows the sociale kaart", 100, Clock.VESTIGING, 24, applies=_adult, missing=_plan,
           realised=_knows_kaart,
           source="brief S6: 100% knows the social map within 2 years"),
    Target("S7", "own network", 100, Clock.VESTIGING, 24, applies=_adult, missing=_plan,
           realised=_milestone(Milestone.OWN_NETWORK), started=_network_started,
           source="brief S7: enough own network to stay independent within 2 years"),
    Target("H1", "housed within the norm", 100, Clock.KOPPELING, window=Window.HOUSING_NORM, missing=_h1,
           realised=_housed, started=_handover_held,
           source="brief H1: at most 10 weeks from koppeling to house (norm is a setting; national 14)"),
)
DEFAULT_SETTINGS = Settings()
BY_CODE = {t.code: t for t in TARGETS}
# H2 (taakstelling per half year) is not per person: see figures.taakstelling.
