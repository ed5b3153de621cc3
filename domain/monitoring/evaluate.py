"""One person, one target, one reference date: one outcome.

Inside the window a person who has not realised the target is "on track" when there is
evidence of progress (the target's `started`), "late" when there is none after half the
window has passed (E4: a debt signal makes the person late), and "not started" before
that. Only facts dated on or before the reference date count, so a past date gives the
figures as they stood then (for a meeting's frozen figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.monitoring.facts import SETTLED_STAGES, PersonFacts
from domain.monitoring.targets import DEFAULT_SETTINGS, TARGETS, Clock, Settings, Target

CLOCK_FIELDS = {Clock.VESTIGING: "vestiging_date", Clock.KOPPELING: "koppeling_date",
                Clock.DUTY_START: "duty_start_on"}


class Outcome(StrEnum):
    REALISED = "realised"  # window closed, realised within it
    NOT_REALISED = "not_realised"  # window closed, not realised
    REALISED_EARLY = "realised_early"  # window open, realised already
    ON_TRACK = "on_track"  # window open, started
    LATE = "late"  # window open, not started after half the window
    NOT_STARTED = "not_started"  # window open, not started yet
    EXCLUDED = "excluded"  # by the target's own rule; `reason` says which
    UNKNOWN = "unknown"  # data missing; `missing` says which; never counted as failed
    NOT_APPLICABLE = "not_applicable"  # not in the target's group, or its clock has not started


CLOSED = (Outcome.REALISED, Outcome.NOT_REALISED)
OPEN = (Outcome.REALISED_EARLY, Outcome.ON_TRACK, Outcome.LATE, Outcome.NOT_STARTED)


@dataclass(slots=True)  # not frozen: frozen instances cost twice as much to make, and there are many
class Result:
    client_id: str
    code: str
    outcome: Outcome
    reason: str | None = None
    missing: tuple[str, ...] = ()
    clock_on: date | None = None
    last_day: date | None = None  # the window's last day (inclusive); None: no end yet
    realised_on: date | None = None

    @property
    def counted(self) -> bool:
        """Does this target count the person (in a window, excluded or unknown)?"""
        return self.outcome != Outcome.NOT_APPLICABLE


def halfway(start: date, last: date) -> date:
    return start + timedelta(days=(last - start).days // 2)


def evaluate(target: Target, facts: PersonFacts, ref: date, settings: Settings = DEFAULT_SETTINGS) -> Result:
    cid, code = facts.client_id, target.code
    start = target.clock_start(facts)
    if start is None:
        if target.clock == Clock.VESTIGING and facts.stage not in SETTLED_STAGES:
            return Result(cid, code, Outcome.NOT_APPLICABLE, "not settled yet")
        return Result(cid, code, Outcome.UNKNOWN, missing=(CLOCK_FIELDS[target.clock],))
    if start > ref:
        return Result(cid, code, Outcome.NOT_APPLICABLE, "clock not started", clock_on=start)
    reason = target.applies(facts, start)
    if reason:
        return Result(cid, code, Outcome.NOT_APPLICABLE, reason, clock_on=start)
    if facts.left_on and facts.left_on <= ref:
        return Result(cid, code, Outcome.EXCLUDED, "moved away", clock_on=start)
    reason = target.excluded(facts, ref)
    if reason:
        return Result(cid, code, Outcome.EXCLUDED, reason, clock_on=start)
    missing = target.missing(facts)
    if missing:
        return Result(cid, code, Outcome.UNKNOWN, missing=missing, clock_on=start)

    last = target.last_day(facts, start, settings)
    closed = last is not None and ref > last
    by = last if closed else ref
    if target.missed is not None:  # realised when nothing goes wrong in the window (E4)
        missed = target.missed(facts, start, by)
        if closed:
            return Result(cid, code, Outcome.NOT_REALISED if missed else Outcome.REALISED, None, (), start, last,
                          None if missed else last)
        if missed:
            return Result(cid, code, Outcome.LATE, "debt signal", (), start, last)
        return Result(cid, code, Outcome.ON_TRACK, None, (), start, last)

    realised_on = target.realised(facts, by)
    if closed:
        outcome = Outcome.REALISED if realised_on else Outcome.NOT_REALISED
    elif realised_on:
        outcome = Outcome.REALISED_EARLY
    elif target.started is not None and target.started(facts, ref):
        outcome = Outcome.ON_TRACK
    else:
        # An open-ended window (S1 before the move) is judged against the housing norm.
        nominal = last or start + timedelta(weeks=settings.housing_norm_weeks)
        outcome = Outcome.LATE if ref > halfway(start, nominal) else Outcome.NOT_STARTED
    return Result(cid, code, outcome, None, (), start, last, realised_on)


def evaluate_person(facts: PersonFacts, ref: date, settings: Settings = DEFAULT_SETTINGS,
                    targets: tuple[Target, ...] = TARGETS) -> dict[str, Result]:
    """Every target for one person: the way back from a person to the targets that count them."""
    return {t.code: evaluate(t, facts, ref, settings) for t in targets}
