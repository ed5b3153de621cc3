"""The figures: per target and cohort, how many realised, are on track, late, excluded, unknown;
broken down by partner organisation, learning route and group. Every count keeps the ids of
the persons behind it, for drill-down (the caller filters by who may see them).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from domain.monitoring.cohorts import CohortBy, cohort_of, half_year, half_year_bounds
from domain.monitoring.evaluate import Outcome, Result, evaluate
from domain.monitoring.facts import PersonFacts
from domain.monitoring.targets import DEFAULT_SETTINGS, TARGETS, Settings, Target

UNKNOWN_GROUP = "unknown"
_client_id = attrgetter("client_id")
DIMENSIONS = ("organisation", "leerroute", "origin", "sex", "age_band", "household_type")


@dataclass
class Cell:
    """The persons behind one figure, by outcome; excluded by reason, unknown by missing field."""

    ids: dict[Outcome, list[str]] = field(default_factory=lambda: defaultdict(list))
    excluded: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unknown: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, result: Result) -> None:
        self.ids[result.outcome].append(result.client_id)
        if result.outcome == Outcome.EXCLUDED:
            self.excluded[result.reason or ""].append(result.client_id)
        elif result.outcome == Outcome.UNKNOWN:
            for name in result.missing:
                self.unknown[name].append(result.client_id)

    def n(self, outcome: Outcome) -> int:
        return len(self.ids.get(outcome, ()))

    @property
    def closed(self) -> int:
        """N: those whose window has closed."""
        return self.n(Outcome.REALISED) + self.n(Outcome.NOT_REALISED)

    @property
    def realised_pct(self) -> float | None:
        return 100 * self.n(Outcome.REALISED) / self.closed if self.closed else None

    @property
    def open(self) -> int:
        return sum(self.n(o) for o in (Outcome.REALISED_EARLY, Outcome.ON_TRACK, Outcome.LATE, Outcome.NOT_STARTED))

    def counts(self) -> dict[str, int]:
        return {o.value: self.n(o) for o in Outcome}


OUTCOME_COLUMNS = tuple(Outcome)


def count_rows(cells: dict[str, Cell]) -> tuple[list[str], list[list[int]]]:
    """Labels and rows of counts (one column per outcome) for a table to suppress and share."""
    labels = list(cells)
    return labels, [[cells[label].n(o) for o in OUTCOME_COLUMNS] for label in labels]


def group_values(facts: PersonFacts, dimension: str, ref: date) -> tuple[str, ...]:
    """A person's value(s) in a breakdown; a person with several organisations counts in each."""
    if dimension == "organisation":
        return facts.partner_org_ids or ("none",)
    value = facts.age_band(ref) if dimension == "age_band" else getattr(facts, dimension)
    return (value or UNKNOWN_GROUP,)


def evaluate_person(facts: PersonFacts, ref: date, settings: Settings = DEFAULT_SETTINGS,
                    targets: tuple[Target, ...] = TARGETS) -> dict[str, Result]:
    """One person's result on every target: what Figures keeps per person (`by_person`, `evaluated`)."""
    return {target.code: evaluate(target, facts, ref, settings) for target in targets}


class Figures:
    """Every target for a set of persons on one reference date, per cohort."""

    def __init__(self, persons: Iterable[PersonFacts], ref: date, cohort_by: CohortBy = CohortBy.VESTIGING,
                 settings: Settings = DEFAULT_SETTINGS, targets: tuple[Target, ...] = TARGETS,
                 evaluated: Mapping[str, dict[str, Result]] | None = None):
        """`evaluated`: results already computed on this `ref` with these `settings` and `targets`, by
        client id (a cache's, for persons whose facts did not change); the others are evaluated here."""
        self.ref, self.cohort_by, self.settings, self.targets = ref, cohort_by, settings, targets
        evaluated = evaluated or {}
        self.persons = {f.client_id: f for f in persons}
        self.results: dict[tuple[str, int | None], list[Result]] = defaultdict(list)
        self.cells: dict[tuple[str, int | None], Cell] = defaultdict(Cell)
        self.by_person: dict[str, dict[str, Result]] = {}
        for facts in self.persons.values():
            cohort = cohort_of(facts, cohort_by)
            mine = evaluated.get(facts.client_id)
            if mine is None:
                mine = evaluate_person(facts, ref, settings, targets)
            for code, result in mine.items():
                self.results[code, cohort].append(result)
                self.cells[code, cohort].add(result)
            self.by_person[facts.client_id] = mine

    def with_changed(self, persons: Mapping[str, PersonFacts], changed: set[str]) -> Figures:
        """The figures of `persons` (all of them, by client id in id order) when only the persons in
        `changed` differ from this one's (new, gone or with other facts): those are evaluated again and
        only the cells they touch are made anew. The same figures as Figures(persons, ...) gives; this
        one is left as it was (a run handed out never changes)."""
        out = Figures.__new__(Figures)
        out.ref, out.cohort_by, out.settings, out.targets = self.ref, self.cohort_by, self.settings, self.targets
        out.persons = dict(persons)
        out.results = defaultdict(list, self.results)
        out.cells = defaultdict(Cell, self.cells)
        out.by_person = dict(self.by_person)
        touched: set[tuple[str, int | None]] = set()
        for cid in changed:
            if cid in self.by_person:
                cohort = cohort_of(self.persons[cid], self.cohort_by)
                touched.update((code, cohort) for code in self.by_person[cid])
                del out.by_person[cid]
        for key in touched:
            out.results[key] = [r for r in self.results[key] if r.client_id not in changed]
        for cid in changed:
            facts = persons.get(cid)
            if facts is None:
                continue
            cohort = cohort_of(facts, self.cohort_by)
            mine = evaluate_person(facts, self.ref, self.settings, self.targets)
            out.by_person[cid] = mine
            for code, result in mine.items():
                if (code, cohort) not in touched:
                    touched.add((code, cohort))
                    out.results[code, cohort] = list(self.results.get((code, cohort), ()))
                out.results[code, cohort].append(result)
        for key in touched:
            results = out.results[key]
            if not results:
                del out.results[key]
                out.cells.pop(key, None)
                continue
            results.sort(key=_client_id)  # the order a fresh computation gives
            cell = out.cells[key] = Cell()
            for result in results:
                cell.add(result)
        return out

    def cohorts(self) -> list[int | None]:
        years = {c for _, c in self.results}
        return sorted(y for y in years if y is not None) + ([None] if None in years else [])

    def cell(self, code: str, cohort: int | None) -> Cell:
        return self.cells.get((code, cohort)) or Cell()

    def table(self) -> dict[str, dict[int | None, Cell]]:
        return {t.code: {c: self.cell(t.code, c) for c in self.cohorts()} for t in self.targets}

    def breakdown(self, code: str, cohort: int | None, dimension: str) -> dict[str, Cell]:
        if dimension not in DIMENSIONS:
            raise ValueError(f"unknown breakdown: {dimension!r}")
        cells: dict[str, Cell] = defaultdict(Cell)
        for result in self.results.get((code, cohort), ()):
            for value in group_values(self.persons[result.client_id], dimension, self.ref):
                cells[value].add(result)
        return dict(sorted(cells.items()))

    def targets_counting(self, client_id: str) -> dict[str, Result]:
        """From a person back to the targets that count them (not the ones that do not apply)."""
        return {code: r for code, r in self.by_person.get(client_id, {}).items() if r.counted}


@dataclass(frozen=True)
class QuotaRow:
    period: str
    quota: int | None  # None: no taakstelling entered for the period
    housed: tuple[str, ...]  # persons settled in the period
    linked: tuple[str, ...]  # persons linked (koppeling) in the period

    @property
    def met(self) -> bool | None:
        return None if self.quota is None else len(self.housed) >= self.quota

    @property
    def pct(self) -> float | None:
        return 100 * len(self.housed) / self.quota if self.quota else None


def taakstelling(persons: Iterable[PersonFacts], quotas: dict[str, int]) -> list[QuotaRow]:
    """H2: per half year, the entered taakstelling against the persons housed in that half year
    (vestiging in the municipality). Periods with a quota or with anyone housed are listed."""
    for period in quotas:
        half_year_bounds(period)  # refuses a malformed period
    housed: dict[str, list[str]] = defaultdict(list)
    linked: dict[str, list[str]] = defaultdict(list)
    for f in persons:
        if f.vestiging_on:
            housed[half_year(f.vestiging_on)].append(f.client_id)
        if f.koppeling_on:
            linked[half_year(f.koppeling_on)].append(f.client_id)
    periods = sorted(set(quotas) | set(housed))
    return [QuotaRow(p, quotas.get(p), tuple(housed.get(p, ())), tuple(linked.get(p, ()))) for p in periods]
