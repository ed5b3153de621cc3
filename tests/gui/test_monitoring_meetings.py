"""The monitoring meetings window in the real app on a real demo store: a coordinator records a meeting
(participants from the directory and typed, figures frozen, a story selected with its reason, a decision,
an action), the next meeting carries the open action in, typing survives a lock as a draft, Enter in a
field saves or closes nothing, another role only reads, and the report is written through the export
dialog."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop.views.monitoring.meeting_window as meeting_module
from desktop.store import Store
from domain.monitoring.journey import DEFAULT_STAGES, StageRatingCount, StoryChoice
from tests.arrival.card_pdf import pdf_text
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_store
from tests.gui.conftest import TIMEOUT_MS, start_window, unlock_window
from tests.gui.test_data_on_purpose import wheel

WAIT_MS = 4 * TIMEOUT_MS
STORIES = [StoryChoice("story-1", "handover", None, "person", date(2026, 1, 10), "Eindelijk een sleutel",
                       "Na elf weken kregen we de sleutel.", None, None, "named", "Amina Haddad"),
           StoryChoice("story-2", "plan", None, "partner", date(2026, 2, 3), "De taalschool belde zelf",
                       "De taalschool nam contact op.", None, None, "anonymous", None)]
SCREENS = os.environ.get("KETENPLAN_SCREENS")  # a folder: the screens are saved there as PNG


def _as(data_dir: Path, role: str) -> None:
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        store.set_current_worker(next(w["id"] for w in store.directory.workers() if w["role"] == role))
    finally:
        store.close()


@pytest.fixture
def demo_dir(tmp_path_factory):
    """A store per test: under -n 2 the tests of this file may run on either worker, in any order."""
    return demo_store(tmp_path_factory.mktemp("meetings") / "store", clients=60)


@pytest.fixture
def providers(monkeypatch):
    monkeypatch.setattr(meeting_module.MeetingLauncher, "stories", staticmethod(lambda _session: STORIES))
    monkeypatch.setattr(meeting_module.MeetingLauncher, "ratings", staticmethod(
        lambda _session: [StageRatingCount(k, "person", 4, 2, 1) for k, _ in DEFAULT_STAGES]))


def _open(qtbot, app_worker, settings, demo_dir, role="coordinator"):
    _as(demo_dir, role)
    window = start_window(qtbot, app_worker, settings, demo_dir)
    unlock_window(qtbot, window)
    window.show_monitoring()
    window.monitoring.meetings_button.click()
    meetings = window.monitoring.meetings.window
    qtbot.waitUntil(lambda: meetings.editor.directory_box.count() > 0, timeout=WAIT_MS)
    return window, meetings


def _meetings(app_worker) -> list[dict]:
    return app_worker.call(lambda store: [store.meetings.get(m["id"]) for m in store.meetings.list()]).result()


def _save(qtbot, app_worker, meetings) -> None:
    before = app_worker.call(lambda store: store.pending_changes()).result()
    meetings.save_button.click()
    qtbot.waitUntil(lambda: meetings.notice.text() == meetings.tr("Saved."), timeout=WAIT_MS)
    assert app_worker.call(lambda store: store.pending_changes()).result() > before  # it goes to the server


def test_a_coordinator_records_a_meeting_and_the_next_one_carries_its_open_action(
        qtbot, app_worker, settings, demo_dir, providers, monkeypatch, tmp_path):
    translators = _dutch() if SCREENS else []  # the screens as the user sees them
    window, meetings = _open(qtbot, app_worker, settings, demo_dir)
    meetings.new_button.click()
    editor = meetings.editor
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.widget().isEnabled(), timeout=WAIT_MS)
    editor.title.setText("Monitoringsoverleg maart")
    editor.title.textEdited.emit(editor.title.text())
    editor._add_known()  # the first worker of the directory
    editor.participants.add_row({"name": "Fatima (COA)", "organisation": "COA", "worker_id": None})
    editor.story_box.setCurrentIndex(editor.story_box.findData("story-1"))
    editor._select_story()
    editor.stories.item(0, 2).setText("Laat zien wat een warme ontvangst doet")
    editor.decisions.setPlainText("De taalschool sluit aan bij de brede intake")
    qtbot.mouseClick(editor.findChild(type(meetings.save_button), "addAction"), Qt.MouseButton.LeftButton)
    editor.actions.item(0, 0).setText("Afspraak met het COA")
    editor.actions.item(0, 2).setText("15-04-2026")
    editor.freeze_button.click()
    qtbot.waitUntil(lambda: editor.meeting().get("figures") is not None, timeout=WAIT_MS)
    qtbot.keyClick(editor.title, Qt.Key.Key_Return)  # Enter saves nothing, closes nothing
    assert meetings.isVisible() and _meetings(app_worker) == []
    _save(qtbot, app_worker, meetings)
    [kept] = _meetings(app_worker)
    assert kept["title"] == "Monitoringsoverleg maart" and len(kept["participants"]) == 2
    assert kept["stories"] == [{"story_id": "story-1", "reason": "Laat zien wat een warme ontvangst doet"}]
    assert kept["actions"][0]["due_on"] == "2026-04-15" and kept["figures"]["format"] == "ketenplan-monitoring/1"
    assert kept["decisions"] == ["De taalschool sluit aan bij de brede intake"]
    if SCREENS:
        _screens(qtbot, meetings, "meeting")

    # the report, through the export dialog
    monkeypatch.setattr(meeting_module, "ask_export_path", lambda *a: str(tmp_path / "overleg.pdf"))
    meetings.report_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "overleg.pdf").exists() and meetings.report_button.isEnabled(),
                    timeout=WAIT_MS)
    text = " ".join(pdf_text(tmp_path / "overleg.pdf").split())
    assert "Eindelijk een sleutel" in text and "Laat zien wat een warme ontvangst doet" in text

    # the next meeting: the open action carried in, its outcome recorded
    meetings.new_button.click()
    qtbot.waitUntil(lambda: editor.carried.rowCount() == 1, timeout=WAIT_MS)
    assert editor.carried.item(0, 0).text() == "Afspraak met het COA"
    assert not editor.carried.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # what was agreed stays
    editor.carried.cellWidget(0, 3).setCurrentIndex(1)  # done
    editor.carried.item(0, 4).setText("Afspraak gemaakt, wachttijd besproken")
    _save(qtbot, app_worker, meetings)
    [newest] = [m for m in _meetings(app_worker) if m["id"] != kept["id"]]
    assert newest["previous_id"] == kept["id"]
    assert newest["carried_actions"][0]["status"] == "done"
    assert newest["carried_actions"][0]["outcome"] == "Afspraak gemaakt, wachttijd besproken"
    if SCREENS:
        _screens(qtbot, meetings, "meeting-next")
    window.close()
    for translator in translators:
        QApplication.instance().removeTranslator(translator)


def _a_meeting_of_its_own(demo_dir: Path, title: str) -> None:
    """Each test that needs a saved meeting makes one: under -n 2 a test may run alone on its worker."""
    store = Store.unlock(demo_dir, PASSPHRASE)
    try:
        store.meetings.create({**store.meetings.draft_new(date(2026, 5, 12)), "title": title})
    finally:
        store.close()


def test_what_was_typed_survives_a_lock_as_a_draft(qtbot, app_worker, settings, demo_dir, providers):
    _a_meeting_of_its_own(demo_dir, "Overleg april")
    window, meetings = _open(qtbot, app_worker, settings, demo_dir)
    meetings.new_button.click()
    editor = meetings.editor
    qtbot.waitUntil(lambda: editor.widget().isEnabled(), timeout=WAIT_MS)
    editor.decisions.setPlainText("Besluit dat nog niet bewaard is")
    editor.findChild(type(meetings.save_button), "addAction").click()
    status = editor.actions.cellWidget(0, 3)
    editor.title.setFocus()
    wheel(status)  # over a status the user is not in: the form scrolls, the status stays
    wheel(editor.cohort_box)
    assert status.currentData() == "open" and editor.cohort_box.currentData() == "vestiging"
    window.lock()
    assert not meetings.isVisible() and meetings.list.count() == 0
    assert editor.decisions.toPlainText() == "" and editor.actions.rowCount() == 0
    unlock_window(qtbot, window)
    window.show_monitoring()
    window.monitoring.meetings_button.click()
    meetings.new_button.click()
    qtbot.waitUntil(lambda: "Besluit dat nog niet bewaard is" in editor.decisions.toPlainText(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(meetings.notice.text()), timeout=WAIT_MS)  # told that unsaved changes were kept
    qtbot.waitUntil(lambda: meetings.list.count() > 0, timeout=WAIT_MS)
    meetings.list.setCurrentRow(0)  # back to a saved meeting: it opens, the new one's draft stays
    qtbot.waitUntil(lambda: "Besluit dat nog niet bewaard is" not in editor.decisions.toPlainText(),
                    timeout=WAIT_MS)
    window.close()


def test_another_role_reads_the_meetings_and_cannot_change_them(qtbot, app_worker, settings, demo_dir, providers,
                                                                monkeypatch):
    _a_meeting_of_its_own(demo_dir, "Overleg mei")
    window, meetings = _open(qtbot, app_worker, settings, demo_dir, role="begeleider")
    qtbot.waitUntil(lambda: meetings.list.count() > 0 and meetings.report_button.isEnabled(), timeout=WAIT_MS)
    assert not meetings.new_button.isEnabled() and not meetings.save_button.isEnabled()
    assert not meetings.editor.widget().isEnabled() and meetings.report_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("nothing to save"))
    meetings.save()
    window.close()


def _dutch() -> list:
    from desktop.app import install_translators
    return install_translators(QApplication.instance(), "nl")


def _screens(qtbot, meetings, name: str) -> None:
    folder = Path(SCREENS)
    folder.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 720), (1920, 1080)):
        meetings.resize(width - 40, height - 60)
        qtbot.wait(150)
        meetings.grab().save(str(folder / f"{name}-{width}x{height}.png"))


def test_the_dashboard_exports_every_table_as_a_spreadsheet_through_the_export_dialog(
        qtbot, app_worker, settings, demo_dir, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    import desktop.views.monitoring.export_actions as export_module
    from desktop.monitoring.tables import TABLES, table_rows

    window, _ = _open(qtbot, app_worker, settings, demo_dir)
    view = window.monitoring
    qtbot.waitUntil(lambda: view.run is not None and view.exports.xlsx_button.isEnabled(), timeout=WAIT_MS)
    asked = []

    def ask(parent, title, name, name_filter, suffix):
        asked.append((name, suffix))
        return str(tmp_path / f"cijfers{suffix}")
    monkeypatch.setattr(export_module, "ask_export_path", ask)  # the app's dialog, with its warning
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(view.exports.exported, timeout=WAIT_MS):
        view.exports.xlsx_button.click()
    assert asked[0][1] == ".xlsx"
    book = load_workbook(tmp_path / "cijfers.xlsx")
    assert book.sheetnames == list(TABLES)
    for table in TABLES:
        rows = [list(r) for r in book[table].iter_rows(min_row=2, values_only=True)]
        assert rows == [list(r.values()) for r in table_rows(view.run, table)], table
    log = app_worker.call(lambda store: store.export_log.entries()).result()
    assert log[0]["kind"] == "monitoring" and log[0]["files"] == ["cijfers.xlsx"]
    window.close()
