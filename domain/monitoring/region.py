"""The region's figures: per target and cohort, every sharing municipality's counts beside each
other and the region's total, suppressed before anything leaves the server.

A municipality's counts (`municipality_counts`) are computed with the same `evaluate` the
desktop's `Figures` uses, from its own records; only counts are kept. `shared_tables` lays the members'
counts side by side, one table per target and cohort, and hides small cells and whatever
could give them away (domain/monitoring/region_suppression.py). H2 is not shared: its
taakstelling is entered on the desktop, not known to the server.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from domain.monitoring.cohorts import CohortBy, cohort_of
from domain.monitoring.evaluate import Outcome, evaluate
from domain.monitoring.facts import PersonFacts
from domain.monitoring.region_check import linked_tables_safe
from domain.monitoring.region_suppression import suppress_shared
from domain.monitoring.suppression import SECONDARY, Suppressed
from domain.monitoring.targets import DEFAULT_SETTINGS, TARGETS, Settings, Target

# The columns shared, in this order: everything a target counts (not "not applicable").
COLUMNS: tuple[str, ...] = tuple(o.value for o in Outcome if o != Outcome.NOT_APPLICABLE)
REALISED, NOT_REALISED = COLUMNS.index("realised"), COLUMNS.index("not_realised")
MIN_CELL = 5  # the default minimum cell size
MIN_DENOMINATOR = 10  # a realised share only over at least this many closed windows

Counts = dict[tuple[str, int | None], tuple[int, ...]]  # (target, cohort) -> one count per column


def municipality_counts(persons: Iterable[PersonFacts], ref: date, cohort_by: CohortBy = CohortBy.VESTIGING,
                        settings: Settings = DEFAULT_SETTINGS, targets: tuple[Target, ...] = TARGETS) -> Counts:
    """One municipality's counts per target and cohort (a cohort nobody counts in is left out): the
    outcomes `evaluate` gives, as `Figures` counts them, without keeping who is behind each."""
    column = {Outcome(c): i for i, c in enumerate(COLUMNS)}
    out: dict[tuple[str, int | None], list[int]] = defaultdict(lambda: [0] * len(COLUMNS))
    for facts in persons:
        cohort = cohort_of(facts, cohort_by)
        for target in targets:
            i = column.get(evaluate(target, facts, ref, settings).outcome)
            if i is not None:  # not applicable: not counted
                out[target.code, cohort][i] += 1
    return {key: tuple(row) for key, row in out.items()}


def linked_groups(targets: tuple[Target, ...] = TARGETS) -> list[tuple[str, ...]]:
    """Targets that count the same persons (one clock, one group), so their totals are equal."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for t in targets:
        groups[t.clock, t.applies].append(t.code)
    return [tuple(codes) for codes in groups.values()]


@dataclass(frozen=True)
class SharedTable:
    """One target and cohort: a row per municipality and the region's total as the last row; each
    row its columns (COLUMNS) and its total as shown ("12", "<5", "x"), and its realised share."""

    target: str
    cohort: int | None
    shown: tuple[tuple[str, ...], ...]
    realised_pct: tuple[float | None, ...]
    all_hidden: bool


def realised_share(table: Suppressed, row: int, min_denominator: int = MIN_DENOMINATOR) -> float | None:
    """Realised among closed windows, only from shown counts over a shown denominator large enough."""
    realised, missed = table.visible(row, REALISED), table.visible(row, NOT_REALISED)
    if realised is None or missed is None or realised + missed < max(min_denominator, 1):
        return None
    return 100 * realised / (realised + missed)


def exact_share(counts: tuple[int, ...]) -> float | None:
    """A municipality's own realised share, unsuppressed: for its own eyes only."""
    closed = counts[REALISED] + counts[NOT_REALISED]
    return 100 * counts[REALISED] / closed if closed else None


def _all_hidden(table: Suppressed) -> Suppressed:
    cells = {(i, j): table.hidden.get((i, j), SECONDARY) for i, row in enumerate(table.values) for j in range(len(row))}
    return Suppressed(table.values, cells, table.minimum, all_hidden=True)


def _cohort_key(cohort: int | None) -> tuple[bool, int]:
    return cohort is None, cohort or 0


def shared_tables(members: list[Counts], minimum: int = MIN_CELL, targets: tuple[Target, ...] = TARGETS,
                  min_denominator: int = MIN_DENOMINATOR) -> list[SharedTable]:
    """Every target and cohort anyone counts in, the members side by side (in the order given),
    suppressed; tables of linked targets hide their totals together."""
    cohorts = sorted({cohort for counts in members for _, cohort in counts}, key=_cohort_key)
    zero = (0,) * len(COLUMNS)
    done: dict[tuple[str, int | None], Suppressed] = {}
    for group in linked_groups(targets):
        for cohort in cohorts:
            rows = {code: [list(counts.get((code, cohort), zero)) for counts in members] for code in group}
            rows = {code: r for code, r in rows.items() if any(any(x) for x in r)}
            forced: frozenset = frozenset()
            while rows:  # until no table hides a total the others show
                tables = {code: suppress_shared(r, minimum, forced) for code, r in rows.items()}
                totals = frozenset(c for t in tables.values() for c in t.hidden if c[1] == len(COLUMNS))
                if totals <= forced:
                    if not linked_tables_safe(list(tables.values())):  # read together they tell too much
                        tables = {code: _all_hidden(t) for code, t in tables.items()}
                    done.update({(code, cohort): t for code, t in tables.items()})
                    break
                forced = forced | totals
    out = []
    for t in targets:
        for cohort in cohorts:
            table = done.get((t.code, cohort))
            if table is not None:
                out.append(SharedTable(t.code, cohort, tuple(tuple(r) for r in table.display()),
                                       tuple(realised_share(table, i, min_denominator) for i in range(len(members) + 1))
                                       if not table.all_hidden else (None,) * (len(members) + 1),
                                       table.all_hidden))
    return out
