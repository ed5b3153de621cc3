"""A fixed regional comparison as the server could send it: three sharing municipalities, small counts
shown as "<5", complementary ones as "x", a cohort hidden entirely, a goal range and an unknown year."""

from __future__ import annotations

from domain.monitoring.evaluate import Outcome
from sync.protocol import RegionFigures, RegionRow, RegionTable

COLUMNS = [o.value for o in Outcome]
NAMES = ["Oosterhout-Test", "Westdorp aan Zee", "Noordveen"]


def _row(name: str, counts: list[str], total: str, pct: float | None = None, own: bool = False) -> RegionRow:
    return RegionRow(municipality=name, own=own, counts=counts + ["0"] * (len(COLUMNS) - len(counts)), total=total,
                     realised_pct=pct)


def sample_figures() -> RegionFigures:
    tables = [
        RegionTable(target="E2", cohort=2021, rows=[
            _row(NAMES[0], ["37", "26", "0", "0", "0", "0", "0", "0", "0"], "63", 58.73, own=True),
            _row(NAMES[1], ["<5", "x", "0", "0", "0", "0", "0", "0", "0"], "9"),
            _row(NAMES[2], ["23", "19", "0", "0", "0", "0", "0", "0", "0"], "42", 54.76)],
            region=_row("Regio Testland", ["x", "x", "0", "0", "0", "0", "0", "0", "0"], "114")),
        RegionTable(target="E2", cohort=2022, all_hidden=True, rows=[
            _row(n, ["x", "x", "<5"], "x") for n in NAMES], region=_row("Regio Testland", ["x", "x", "<5"], "x")),
        RegionTable(target="S5", cohort=2020, rows=[
            _row(NAMES[0], ["11", "6", "0", "0", "0", "0", "13", "0", "0"], "31", 64.71, own=True),
            _row(NAMES[1], ["8", "<5", "0", "0", "0", "0", "<5", "0", "0"], "x"),
            _row(NAMES[2], ["16", "7", "0", "0", "0", "0", "21", "0", "0"], "44", 69.57)],
            region=_row("Regio Testland", ["35", "x", "0", "0", "0", "0", "x", "0", "0"], "87", 72.92)),
        RegionTable(target="H1", cohort=None, rows=[
            _row(NAMES[0], ["0", "0", "0", "0", "0", "0", "0", "17"], "17", own=True),
            _row(NAMES[1], ["0", "0", "0", "0", "0", "0", "0", "<5"], "<5"),
            _row(NAMES[2], ["0", "0", "0", "0", "0", "0", "0", "12"], "12")],
            region=_row("Regio Testland", ["0", "0", "0", "0", "0", "0", "0", "33"], "33")),
    ]
    return RegionFigures(region="Regio Testland", reference_date="2026-03-01", cohort_by="vestiging", minimum=5,
                         housing_norm_weeks=10, columns=COLUMNS, municipalities=NAMES,
                         computed_at="2026-03-01T08:00:00Z", tables=tables)
