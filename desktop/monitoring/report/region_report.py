"""The regional comparison as an A4 PDF: per target and cohort a table with each sharing municipality
and the region's total exactly as the server gave them ("<5" and "x" as they came), and a bar chart
of the realised share per municipality against the goal line.

Written from the RegionFigures the screen holds; nothing is computed again and nothing is added: a
share the server did not give is not worked out from the counts, it is said in words. Black and white
readable like the meeting's report (charts.py): the own municipality solid, the others dotted, the
region's total hatched, the goal a thick dashed line. Needs a QGuiApplication (fonts), no widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from desktop.monitoring.report import texts
from desktop.monitoring.report.charts import BAR_H, CROSS, DOTS, HATCH, SOLID, _axis, _bar, _goal_line, _legend
from desktop.monitoring.report.page_flow import LEFT, WIDTH, PageFlow, Placed, font, mm
from domain.monitoring.targets import BY_CODE
from sync.protocol import RegionFigures, RegionRow, RegionTable

translate = texts.translate
NAME_W, LABEL_W, VALUE_W, ROW_GAP = 27.0, 38.0, 54.0, 1.8
ROW_MM = 5.0  # a table row at 6 pt, with its padding


def hidden(text: str) -> bool:
    return text.startswith("<") or text == "x"


def write_region_report(path: Path, figures: RegionFigures, fetched_at: str | None = None) -> list[Placed]:
    """Write the PDF; returns where its tables and bars were drawn (for tests of the printed page)."""
    title = translate("RegionReport", "Regional comparison: {region}").format(region=figures.region)
    footer = translate("RegionReport", "Ketenplan - {title} - figures as of {date}").format(
        title=title, date=texts.long_date(figures.reference_date))
    flow = PageFlow(Path(path), title, footer)
    try:
        _front(flow, figures, title, fetched_at)
        order = {code: i for i, code in enumerate(BY_CODE)}
        codes = sorted({t.target for t in figures.tables}, key=lambda c: (order.get(c, len(order)), c))
        for code in codes:
            _target(flow, figures, code, [t for t in figures.tables if t.target == code])
        if not codes:
            flow.paragraph(translate("RegionReport", "No municipality of the region counts anyone yet."), italic=True)
    finally:
        flow.finish()
    return flow.placed


def _front(flow: PageFlow, figures: RegionFigures, title: str, fetched_at: str | None) -> None:
    flow.heading(title, size=17, keep=10)
    flow.paragraph(translate("RegionReport", "Figures as they stood on {date}; {basis}; a housing norm of {weeks} "
                                             "weeks.").format(date=texts.long_date(figures.reference_date),
                                                              basis=texts.cohort_basis(figures.cohort_by),
                                                              weeks=figures.housing_norm_weeks))
    if fetched_at:
        flow.paragraph(translate("RegionReport", "Fetched from the server: {when}.").format(when=fetched_at))
    flow.paragraph(translate("RegionReport", "Municipalities that share their figures: {names}.").format(
        names=", ".join(figures.municipalities)))
    flow.paragraph(translate("RegionReport", "Counts only, never a person. {minimum_text}: fewer than {minimum} "
                                             "persons. x: hidden, so that a small number cannot be worked out from "
                                             "the totals. A share is shown only over 10 or more closed windows; "
                                             "where the server gave none, none is worked out here.").format(
        minimum_text=f"<{figures.minimum}", minimum=figures.minimum), size=8.5, italic=True)
    flow.rule()


def _target(flow: PageFlow, figures: RegionFigures, code: str, tables: list[RegionTable]) -> None:
    target = BY_CODE.get(code)
    goal = texts.goal_text(target.goal, target.goal_high) if target else ""
    first = _keep(tables[0]) + 8 if tables else 20  # the heading stays with its first cohort
    flow.heading(f"{code}  {texts.target_title(code, code)}" + (f" ({goal})" if goal else ""), size=12, keep=first)
    for table in tables:
        charted = _charted(table)
        flow.heading(translate("RegionReport", "Cohort {cohort}").format(cohort=texts.cohort_label(table.cohort)),
                     size=10, after=1, keep=_keep(table))
        if table.all_hidden:
            flow.paragraph(translate("RegionReport", "Hidden: too few to show safely."), size=8.5, italic=True)
        _table(flow, figures, table)
        if not charted:  # no empty chart: the server gave no share here, and none is worked out
            flow.paragraph(translate("RegionReport", "No share to chart: the server gave none for this cohort "
                                                     "(hidden, or under 10 closed windows)."), size=8, italic=True,
                           after=4)
            continue
        _chart(flow, figures, table, target.goal if target else None, target.goal_high if target else None)


def _charted(table: RegionTable) -> bool:
    return any(r.realised_pct is not None for r in (*table.rows, table.region))


def _keep(table: RegionTable) -> float:
    """About the height of a cohort's table and chart, which stay on one page where they fit."""
    return min(150.0, (len(table.rows) + 4) * ROW_MM + (_chart_height(table) if _charted(table) else 8))


def _chart_height(table: RegionTable) -> float:
    return 5.5 + 4 + (len(table.rows) + 1) * (BAR_H + ROW_GAP) + 8


def _table(flow: PageFlow, figures: RegionFigures, table: RegionTable) -> None:
    header = [translate("RegionReport", "Municipality"), *(texts.outcome_label(c) for c in figures.columns),
              translate("RegionReport", "Total"), translate("RegionReport", "Realised %")]
    rows = [[_name(r), *r.counts, r.total, _pct(r)] for r in table.rows]
    rows.append([translate("RegionReport", "Region total"), *table.region.counts, table.region.total,
                 _pct(table.region)])
    size, widths = _widths(flow, header)
    flow.table(header, rows, widths, size=size, kind="region_table")


def _widths(flow: PageFlow, header: list[str]) -> tuple[float, list[float]]:
    """Every column as wide as its header's longest word (words are not broken, in any language); the
    municipality's name gets what is left. A smaller type only where nine outcomes would not fit."""
    for size in (6.5, 6.0, 5.5):
        need = [max(flow.text_width(word, font(size, bold=True)) for word in text.split()) + 3.0 for text in header[1:]]
        if WIDTH - sum(need) >= NAME_W:
            break
    name = min(WIDTH - sum(need), 48.0)
    spare = (WIDTH - name - sum(need)) / len(need)
    return size, [name, *(w + spare for w in need)]


def _name(row: RegionRow) -> str:
    return translate("RegionReport", "{name} (own)").format(name=row.municipality) if row.own else row.municipality


def _pct(row: RegionRow) -> str:
    return "" if row.realised_pct is None else f"{row.realised_pct:.0f}%"


def _share_text(figures: RegionFigures, row: RegionRow) -> str:
    if row.realised_pct is not None:
        return f"{row.realised_pct:.0f}%"
    if "realised" in figures.columns and hidden(row.counts[figures.columns.index("realised")]):
        return translate("RegionReport", "hidden")
    return translate("RegionReport", "no share (under 10 closed)")


def _chart(flow: PageFlow, figures: RegionFigures, table: RegionTable, goal: float | None,
           goal_high: float | None) -> None:
    """One bar per municipality and one for the region: the realised share the server gave, or words."""
    bars = [(r, _name(r), SOLID if r.own else DOTS, "own" if r.own else "other") for r in table.rows]
    bars.append((table.region, translate("RegionReport", "Region total"), HATCH, "region"))
    items = [(SOLID, translate("RegionReport", "own municipality")),
             (DOTS, translate("RegionReport", "other municipalities")),
             (HATCH, translate("RegionReport", "region total"))]
    if goal is not None:
        items.append((CROSS if goal_high is not None else None, texts.goal_text(goal, goal_high)))
    step = BAR_H + ROW_GAP
    flow.need(_chart_height(table))
    y = flow.y + _legend(flow, items, flow.y)
    left, width = LEFT + LABEL_W, WIDTH - LABEL_W - VALUE_W
    top, bottom = y + 3.5, y + 3.5 + len(bars) * step
    _axis(flow, left, width, y, bottom)
    if goal is not None and goal_high is not None:
        x1, x2 = left + width * goal / 100, left + width * goal_high / 100
        flow.painter.fillRect(mm(x1, top - 1, x2 - x1, bottom - top + 1), CROSS)
        flow.placed.append(Placed("goal_band", flow.page, (x1, top - 1, x2 - x1, bottom - top + 1)))
    for i, (row, label, brush, kind) in enumerate(bars):
        row_y = top + i * step
        flow.draw_text(LEFT, row_y - 0.3, LABEL_W - 2, label, font(7.5, bold=row.own), Qt.AlignmentFlag.AlignRight)
        _bar(flow, left, row_y, width * min(row.realised_pct or 0, 100) / 100, BAR_H, brush, kind)
        flow.draw_text(left + width + 2, row_y - 0.3, VALUE_W - 2, _share_text(figures, row), font(7))
    if goal is not None and goal_high is None:
        _goal_line(flow, left + width * goal / 100, top - 1.5, bottom)
    flow.y = bottom + 6
