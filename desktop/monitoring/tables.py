"""The figures as tables of plain values: what the CSV, spreadsheet and JSON exports write.

Aggregate tables hold counts only. Person ids appear only where drill-down is asked for
(`ids=True` in the JSON), and never a name or any other personal detail.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.monitoring.compute import MonitoringRun
from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import DIMENSIONS, group_values

UNKNOWN_COHORT = "unknown"
OUTCOME_INDEX = {o: i for i, o in enumerate(Outcome)}
OPEN_OUTCOMES = ("realised_early", "on_track", "late", "not_started")

COUNT_COLUMNS = ("realised_n", "closed_n", "realised_pct", "open_n", *OPEN_OUTCOMES, "excluded", "unknown",
                 "not_applicable")
TABLE_COLUMNS = {
    "targets": ("target", "title", "cohort", "goal", "goal_high", *COUNT_COLUMNS),
    "reasons": ("target", "cohort", "kind", "reason", "n"),
    "breakdowns": ("target", "cohort", "dimension", "group", "group_label", *COUNT_COLUMNS),
    "taakstelling": ("period", "quota", "housed", "linked", "met", "pct"),
}
TABLES = tuple(TABLE_COLUMNS)


def cohort_label(cohort: int | None) -> int | str:
    return UNKNOWN_COHORT if cohort is None else cohort


def pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def counts_from(n: list[int]) -> dict:
    """Columns from counts per outcome (indexed as Outcome)."""
    get = {o.value: n[i] for o, i in OUTCOME_INDEX.items()}
    closed = get["realised"] + get["not_realised"]
    return {"realised_n": get["realised"], "closed_n": closed, "realised_pct": pct(get["realised"], closed),
            "open_n": sum(get[o] for o in OPEN_OUTCOMES), **{o: get[o] for o in OPEN_OUTCOMES},
            "excluded": get["excluded"], "unknown": get["unknown"], "not_applicable": get["not_applicable"]}


def target_rows(run: MonitoringRun) -> list[dict]:
    """One row per target and cohort (every cohort present in the store, unknown last)."""
    figures, rows = run.figures, []
    for target in figures.targets:
        for cohort in figures.cohorts():
            cell = figures.cell(target.code, cohort)
            rows.append({"target": target.code, "title": target.title, "cohort": cohort_label(cohort),
                         "goal": target.goal, "goal_high": target.goal_high,
                         **counts_from([cell.n(o) for o in Outcome])})
    return rows


def reason_rows(run: MonitoringRun) -> list[dict]:
    """Why people are excluded (the target's own rule) or unknown (the missing field), per cell.
    A person missing two fields counts under each, so unknown reasons may add up to more than unknown."""
    figures, rows = run.figures, []
    for target in figures.targets:
        for cohort in figures.cohorts():
            cell = figures.cell(target.code, cohort)
            for kind, reasons in (("excluded", cell.excluded), ("unknown", cell.unknown)):
                for reason, ids in sorted(reasons.items()):
                    rows.append({"target": target.code, "cohort": cohort_label(cohort), "kind": kind,
                                 "reason": reason, "n": len(ids)})
    return rows


def breakdown_counts(run: MonitoringRun) -> dict[tuple, list[int]]:
    """{(target, cohort, dimension, group): counts per outcome}, every breakdown in one pass.
    A person with several organisations counts under each (as Figures.breakdown)."""
    figures, ref = run.figures, run.figures.ref
    groups = {cid: [(d, group_values(f, d, ref)) for d in DIMENSIONS] for cid, f in figures.persons.items()}
    out: dict[tuple, list[int]] = defaultdict(lambda: [0] * len(OUTCOME_INDEX))
    for (code, cohort), results in figures.results.items():
        for result in results:
            i = OUTCOME_INDEX[result.outcome]
            for dimension, values in groups[result.client_id]:
                for value in values:
                    out[code, cohort, dimension, value][i] += 1
    return out


def breakdown_rows(run: MonitoringRun, counts: dict[tuple, list[int]] | None = None) -> list[dict]:
    counts = breakdown_counts(run) if counts is None else counts
    order = {t.code: i for i, t in enumerate(run.figures.targets)}
    cohorts = {c: i for i, c in enumerate(run.figures.cohorts())}
    dims = {d: i for i, d in enumerate(DIMENSIONS)}
    keys = sorted(counts, key=lambda k: (order[k[0]], cohorts[k[1]], dims[k[2]], k[3]))
    return [{"target": code, "cohort": cohort_label(cohort), "dimension": dimension, "group": group,
             "group_label": run.organisations.get(group, group) if dimension == "organisation" else group,
             **counts_from(counts[code, cohort, dimension, group])}
            for code, cohort, dimension, group in keys]


def quota_rows(run: MonitoringRun) -> list[dict]:
    return [{"period": q.period, "quota": q.quota, "housed": len(q.housed), "linked": len(q.linked),
             "met": q.met, "pct": None if q.pct is None else round(q.pct, 1)} for q in run.quota_rows]


def table_rows(run: MonitoringRun, name: str) -> list[dict]:
    makers = {"targets": target_rows, "reasons": reason_rows, "breakdowns": breakdown_rows,
              "taakstelling": quota_rows}
    if name not in makers:
        raise ValueError(f"unknown table: {name!r}; one of {', '.join(TABLES)}")
    return makers[name](run)
