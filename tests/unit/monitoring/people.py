"""Small hand-made persons for the monitoring tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.monitoring.evaluate import Outcome, evaluate
from domain.monitoring.facts import MilestoneFact, PersonFacts
from domain.monitoring.targets import BY_CODE, DEFAULT_SETTINGS

D = date.fromisoformat
BASE = PersonFacts(
    client_id="base", stage="gevestigd", date_of_birth=D("1990-03-01"), koppeling_on=D("2021-11-01"),
    vestiging_on=D("2022-01-15"), duty_start_on=D("2022-01-15"), pip_dated_on=D("2022-03-01"),
    origin="SY", sex="M", household_type="single", has_plan=True, leerroute="B", literacy_education="NVT",
)


def person(client_id: str = "p", **changes) -> PersonFacts:
    for name in ("date_of_birth", "koppeling_on", "vestiging_on", "duty_start_on", "pip_dated_on",
                 "handover_on", "intake_on", "exempt_on", "released_on", "left_on"):
        if isinstance(changes.get(name), str):
            changes[name] = D(changes[name])
    if "debt_signals" in changes:
        changes["debt_signals"] = tuple(D(d) for d in changes["debt_signals"])
    return replace(BASE, client_id=client_id, **changes)


def ms(kind: str, day: str, skill: str | None = None, level: str | None = None) -> MilestoneFact:
    return MilestoneFact(kind, D(day), skill, level)


def outcome(code: str, facts: PersonFacts, ref: str, settings=DEFAULT_SETTINGS) -> Outcome:
    return evaluate(BY_CODE[code], facts, D(ref), settings).outcome
