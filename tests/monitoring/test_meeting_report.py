"""The monitoring meeting's report on a real demo store: every target with its goal line, the selected
stories with their reasons (named only by consent), never a story without consent, charts that stay
readable printed in greyscale, and the command line's report and spreadsheet."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.monitoring.options import MonitoringOptions
from desktop.monitoring.report.make import figures_now, make_report
from desktop.monitoring.tables import TABLES, table_rows
from desktop.store import Store
from domain.monitoring.journey import DEFAULT_STAGES, StageRatingCount, StoryChoice
from domain.monitoring.targets import TARGETS
from tests.arrival.card_pdf import page_image, pdf_text
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_store

ROOT = Path(__file__).resolve().parents[2]
REF = date.today()
STORIES = [
    StoryChoice("s-named", "handover", "housing", "person", date(2026, 1, 10), "Eindelijk een sleutel",
                "Na elf weken kregen we de sleutel.", "Ba'da ahada 'ashara usbu'an", "ar", "named", "Amina Haddad"),
    StoryChoice("s-anon", "plan", None, "partner", date(2026, 2, 3), "De taalschool belde zelf",
                "De taalschool nam contact op.", None, None, "anonymous", "Bashir Noori"),  # a label it must not show
    StoryChoice("s-none", "plan", None, "worker", date(2026, 2, 3), "Verhaal zonder toestemming",
                "Dit verhaal mag het dossier niet verlaten.", None, None, "none", "Geheim Persoon"),
]
SELECTED = [{"story_id": "s-named", "reason": "Laat zien wat een warme ontvangst doet"},
            {"story_id": "s-anon", "reason": "Partners nemen zelf initiatief"},
            {"story_id": "s-none", "reason": "Reden bij een verhaal zonder toestemming"},
            {"story_id": "s-elsewhere", "reason": "Reden bij een verhaal dat hier niet is"}]
RATINGS = [StageRatingCount(key, kind, 6, 3, 2) for key, _ in DEFAULT_STAGES for kind in ("person", "partner")]


@pytest.fixture(scope="module")
def app():
    return QApplication.instance() or QApplication([])


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data_dir = demo_store(tmp_path_factory.mktemp("meeting") / "store", clients=80)
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        options = MonitoringOptions(ref=REF)
        first = store.meetings.create({"held_on": "2026-01-10", "title": "Overleg januari",
                                       "actions": [{"id": "a0", "what": "Maatjes werven", "who": "VWN",
                                                    "due_on": "2026-02-01", "status": "open", "outcome": ""}]})
        draft = store.meetings.draft_new(date(2026, 3, 1))
        draft["carried_actions"][0].update(status="done", outcome="Twaalf maatjes gevonden")
        meeting_id = store.meetings.create({
            **draft, "title": "Monitoringsoverleg maart", "figures": figures_now(store, options),
            "participants": [{"name": "Carla de Vries", "organisation": "Gemeente", "worker_id": None}],
            "stories": SELECTED, "decisions": ["De taalschool sluit aan bij de brede intake"],
            "actions": [{"id": "a1", "what": "Afspraak met het COA", "who": "Carla", "due_on": "2026-04-15",
                         "status": "open", "outcome": ""}]})
    finally:
        store.close()
    return data_dir, meeting_id, first


@pytest.fixture(scope="module")
def report(app, demo, tmp_path_factory):
    data_dir, meeting_id, _ = demo
    path = tmp_path_factory.mktemp("report") / "overleg.pdf"
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        placed = make_report(store, path, MonitoringOptions(ref=REF), meeting_id,
                             stories=lambda _session: STORIES, ratings=lambda _session: RATINGS)
    finally:
        store.close()
    return path, placed, pdf_text(path)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_target_and_its_goal_line_are_in_the_report(report):
    _, placed, text = report
    flat = _flat(text)
    for target in TARGETS:
        assert f"{target.code} " in flat, target.code
        if target.goal is not None and target.code != "H2":
            goal = (f"goal {target.goal:g}-{target.goal_high:g}%" if target.goal_high is not None
                    else f"goal {target.goal:g}%")
            assert goal in flat, goal
    assert {p.kind for p in placed} >= {"realised", "on_track", "goal", "goal_band", "plus", "neutral", "minus"}


def test_the_selected_stories_are_there_with_their_reasons_named_only_by_consent(report):
    flat = _flat(report[2])
    for title, reason in (("Eindelijk een sleutel", "Laat zien wat een warme ontvangst doet"),
                          ("De taalschool belde zelf", "Partners nemen zelf initiatief")):
        assert title in flat and reason in flat
    assert "Amina Haddad" in flat  # consent: named
    assert "Bashir Noori" not in flat  # consent: anonymous
    assert "Ba'da ahada" in flat  # the storyteller's own words beside the translation


def test_a_story_without_consent_never_appears_nor_its_reason(report):
    flat = _flat(report[2])
    for secret in ("Verhaal zonder toestemming", "mag het dossier niet verlaten", "Geheim Persoon",
                   "Reden bij een verhaal zonder toestemming", "Reden bij een verhaal dat hier niet is"):
        assert secret not in flat
    assert "not shown" in flat and ": 2." in flat  # counted, not shown


def test_decisions_actions_and_the_previous_meetings_outcomes_are_in_the_report(report):
    flat = _flat(report[2])
    for text in ("De taalschool sluit aan bij de brede intake", "Afspraak met het COA", "Maatjes werven",
                 "Twaalf maatjes gevonden", "Carla de Vries", "Monitoringsoverleg maart"):
        assert text in flat, text


def test_the_charts_stay_readable_printed_in_greyscale(report):
    """Render the first chart page, turn it grey, and tell the bars apart by their fill alone: realised
    solid and dark, on track hatched (light and dark pixels both), the goal line dark."""
    path, placed, _ = report
    dpi = 150
    image = page_image(path, 0, dpi)
    scale = dpi / 25.4

    def greys(rect) -> list[int]:
        x, y, w, h = rect
        out = []
        for px in range(int((x + 0.4) * scale), int((x + w - 0.4) * scale)):
            for py in range(int((y + 0.4) * scale), int((y + h - 0.4) * scale)):
                c = image.pixelColor(px, py)
                out.append(round(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()))
        return out
    first = [p for p in placed if p.page == 0]
    solid = [g for p in first if p.kind == "realised" and p.rect[2] > 3 for g in greys(p.rect)]
    hatched = [greys(p.rect) for p in first if p.kind == "on_track" and p.rect[2] > 3]
    goal = [g for p in first if p.kind == "goal" for g in greys((p.rect[0] - 0.3, p.rect[1], 1.4, p.rect[3]))]
    assert solid and hatched and goal
    assert sum(solid) / len(solid) < 90  # dark
    for bar in hatched:
        mean = sum(bar) / len(bar)
        assert 110 < mean < 235, mean  # lighter than the solid bar, not blank
        assert min(bar) < 100 and max(bar) > 200  # a pattern: dark lines on white
    assert min(goal) < 80


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "KETENPLAN_PASSPHRASE": PASSPHRASE}
    return subprocess.run([sys.executable, "-m", "desktop", "monitoring", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL)


def test_the_command_line_writes_the_meetings_report_in_dutch(demo, tmp_path):
    data_dir, meeting_id, _ = demo
    out = tmp_path / "verslag.pdf"
    result = _cli("--data-dir", str(data_dir), "--report", str(out), "--meeting", meeting_id)
    assert result.returncode == 0, result.stderr
    flat = _flat(pdf_text(out))
    assert "Monitoringsoverleg maart" in flat and "doel 80%" in flat and "De doelen" in flat
    bad = _cli("--data-dir", str(data_dir), "--report", str(tmp_path / "x.pdf"), "--meeting", "no-such-meeting")
    assert bad.returncode == 2 and "no meeting" in bad.stderr and not (tmp_path / "x.pdf").exists()
    now = _cli("--data-dir", str(data_dir), "--report", str(tmp_path / "nu.pdf"))  # no meeting: the figures now
    assert now.returncode == 0, now.stderr
    flat = _flat(pdf_text(tmp_path / "nu.pdf"))
    assert "Monitoringscijfers" in flat and "S4" in flat and "Besluiten" not in flat
    assert _cli("--data-dir", str(data_dir), "--meeting", meeting_id).returncode == 2  # a meeting needs --report


def test_every_table_as_a_spreadsheet_from_the_command_line(demo, tmp_path):
    from openpyxl import load_workbook

    from desktop.monitoring.compute import compute

    data_dir, _, _ = demo
    out = tmp_path / "cijfers.xlsx"
    result = _cli("--data-dir", str(data_dir), "--format", "xlsx", "--out", str(out), "--on", REF.isoformat())
    assert result.returncode == 0, result.stderr
    book = load_workbook(out)
    assert book.sheetnames == list(TABLES)
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        run = compute(store.engine, MonitoringOptions(ref=REF))
    finally:
        store.close()
    for table in TABLES:
        rows = [list(r) for r in book[table].iter_rows(min_row=2, values_only=True)]
        want = [list(r.values()) for r in table_rows(run, table)]
        assert rows == want, table
    assert _cli("--data-dir", str(data_dir), "--format", "xlsx").returncode == 2  # a file is needed
