"""The regional report from fixed figures: every target and municipality, the suppressed cells exactly as
the server gave them, no number the figures did not hold (no total worked out, no hidden share), and
bars that are told apart printed in greyscale."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.monitoring.report.region_report import write_region_report
from domain.monitoring.targets import BY_CODE
from tests.arrival.card_pdf import page_image, pdf_text
from tests.monitoring.region_sample import NAMES, sample_figures

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    QApplication.instance() or QApplication([])
    figures = sample_figures()
    path = tmp_path_factory.mktemp("region") / "regio.pdf"
    placed = write_region_report(path, figures, "01-03-2026 09:15")
    return path, placed, figures, pdf_text(path)


def test_every_target_municipality_and_suppressed_cell_is_printed_as_given(report):
    _path, _placed, figures, text = report
    words = text.split()
    for code in {t.target for t in figures.tables}:
        assert code in words, code
    flat = " ".join(words)
    for name in [*NAMES, "Regio Testland", "Region total"]:
        assert name in flat, name
    assert f"{NAMES[0]} (own)" in flat
    cells = [c for t in figures.tables for r in (*t.rows, t.region) for c in (*r.counts, r.total)]
    assert words.count("<5") == cells.count("<5")
    assert words.count("x") == cells.count("x")
    assert "Hidden: too few to show safely." in flat  # the cohort hidden entirely says so
    assert "unknown year" in flat


def test_no_number_the_figures_did_not_hold(report):
    """Counts, totals, the server's shares (rounded as the screen shows them), the goals, the cohorts, the
    dates and the page furniture: nothing else. A region total or share worked out here would show."""
    path, _placed, figures, text = report
    held = {c for t in figures.tables for r in (*t.rows, t.region) for c in (*r.counts, r.total)}
    held |= {f"{r.realised_pct:.0f}" for t in figures.tables for r in (*t.rows, t.region) if r.realised_pct}
    held |= {str(t.cohort) for t in figures.tables if t.cohort}
    for code in {t.target for t in figures.tables}:
        held |= {f"{g:g}" for g in (BY_CODE[code].goal, BY_CODE[code].goal_high) if g is not None}
    held |= {"0", "25", "50", "75", "100"}  # the axis
    held |= {str(figures.minimum), str(figures.housing_norm_weeks), "10"}  # the legend: a share over 10 or more
    held |= {"1", "2026", "01", "03", "09", "15"}  # the reference date and when it was fetched
    held |= {str(n) for n in range(1, 10)}  # page numbers
    printed = set(NUMBER.findall(text))
    assert printed - held == set(), sorted(printed - held)
    assert not {"60", "45"} & printed, "the region's hidden counts (own + Noordveen) are not added up here"
    assert "59%" in text and "55%" in text and "73%" in text  # the shares the server gave
    assert text.count("hidden") >= 1 and "no share (under 10 closed)" in " ".join(text.split())


def test_the_bars_stay_apart_printed_in_greyscale(report):
    """Own solid and dark, others dotted and the region hatched (lighter, not blank); the goal line dark."""
    path, placed, _figures, _text = report
    dpi = 150
    scale = dpi / 25.4
    image = page_image(path, 0, dpi)

    def mean_grey(rect) -> float:
        x, y, w, h = rect
        out = [image.pixelColor(px, py) for px in range(int((x + 0.4) * scale), int((x + w - 0.4) * scale))
               for py in range(int((y + 0.4) * scale), int((y + h - 0.4) * scale))]
        return sum(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue() for c in out) / len(out)

    first = [p for p in placed if p.page == 0]
    own = [mean_grey(p.rect) for p in first if p.kind == "own" and p.rect[2] > 3]
    other = [mean_grey(p.rect) for p in first if p.kind == "other" and p.rect[2] > 3]
    region = [mean_grey(p.rect) for p in first if p.kind == "region" and p.rect[2] > 3]
    goal = [mean_grey((p.rect[0] - 0.3, p.rect[1], 1.4, p.rect[3])) for p in first if p.kind == "goal"]
    tables = [p for p in placed if p.kind == "region_table"]
    assert own and other and goal and len(tables) == len(_figures.tables)
    assert max(own) < 90
    for grey in other + region:
        assert 110 < grey < 240, grey
    assert min(goal) < 200
