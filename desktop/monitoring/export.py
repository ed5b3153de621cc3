"""Exports: every table as CSV, and all figures as one JSON document with stable keys.

The JSON's keys are documented in docs/monitoring.md ("Export"); `FORMAT` changes when they do.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

from desktop.monitoring.compute import MonitoringRun
from desktop.monitoring.tables import (
    OPEN_OUTCOMES,
    TABLE_COLUMNS,
    TABLES,
    breakdown_counts,
    counts_from,
    quota_rows,
    table_rows,
)
from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import DIMENSIONS

FORMAT = "ketenplan-monitoring/1"


def _counts_json(columns: dict) -> dict:
    """The count columns in the JSON's shape: realised as n/N/%, then the open outcomes."""
    return {"realised": {"n": columns["realised_n"], "N": columns["closed_n"], "pct": columns["realised_pct"]},
            "open": columns["open_n"], **{o: columns[o] for o in OPEN_OUTCOMES},
            "not_applicable": columns["not_applicable"]}


def to_json(run: MonitoringRun, ids: bool = False) -> dict:
    """All figures. ids=True adds, per figure, the client ids per outcome (drill-down): only for
    a worker who may see those persons; names and other details are never included."""
    figures, options = run.figures, run.options
    by_break: dict[tuple, dict] = defaultdict(lambda: {d: {} for d in DIMENSIONS})
    for (code, cohort, dimension, group), n in breakdown_counts(run).items():
        columns = counts_from(n)
        by_break[code, cohort][dimension][group] = {
            **_counts_json(columns), "excluded": columns["excluded"], "unknown": columns["unknown"]}
    rows = []
    for target in figures.targets:
        for cohort in figures.cohorts():
            cell = figures.cell(target.code, cohort)
            columns = counts_from([cell.n(o) for o in Outcome])
            row = {"target": target.code, "title": target.title, "goal": target.goal, "goal_high": target.goal_high,
                   "cohort": cohort, **_counts_json(columns),
                   "excluded": {"n": columns["excluded"],
                                "reasons": {r: len(v) for r, v in sorted(cell.excluded.items())}},
                   "unknown": {"n": columns["unknown"],
                               "reasons": {r: len(v) for r, v in sorted(cell.unknown.items())}},
                   "breakdowns": {d: dict(sorted(g.items())) for d, g in by_break[target.code, cohort].items()}}
            if ids:
                row["ids"] = {o.value: sorted(cell.ids.get(o, ())) for o in Outcome if o != Outcome.NOT_APPLICABLE}
            rows.append(row)
    quotas = quota_rows(run)
    if ids:
        for row, q in zip(quotas, run.quota_rows, strict=True):
            row["ids"] = {"housed": list(q.housed), "linked": list(q.linked)}
    return {
        "format": FORMAT, "reference_date": options.ref.isoformat(), "cohort_by": options.cohort_by.value,
        "settings": {"housing_norm_weeks": options.housing_norm_weeks, "quotas": dict(options.quotas)},
        "persons": run.persons, "cohorts": figures.cohorts(), "dimensions": list(DIMENSIONS),
        "organisations": dict(sorted(run.organisations.items())),
        "figures": rows, "taakstelling": quotas,
    }


def csv_text(run: MonitoringRun, table: str) -> str:
    """One table as CSV (comma-separated, a header row, UTF-8 as text; empty cells for none)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=TABLE_COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    for row in table_rows(run, table):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def write_csv_tables(run: MonitoringRun, folder: Path) -> list[Path]:
    """Every table as folder/monitoring-<table>.csv; returns the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        path = folder / f"monitoring-{table}.csv"
        path.write_text(csv_text(run, table), encoding="utf-8")
        written.append(path)
    return written

