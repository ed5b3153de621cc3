"""The brede intake: domain by domain, autosaved, completed, and summarised as a PDF."""

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QStyle

from desktop.views.conversation.intake_panel import SUMMARY, IntakePanel
from domain.intake import INTAKE
from tests.gui.conftest import TIMEOUT_MS, show_panel, wait_saved
from tests.gui.export_dialog import answer_export_dialog
from tests.store.test_conversations import INTAKE_ANSWERS


@pytest.fixture
def chain(store):
    me = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    other = store.directory.add_worker("Ahmed Benali", "begeleider", None)
    store.set_current_worker(me)
    return me, other


@pytest.fixture
def panel(qtbot, worker):
    return show_panel(qtbot, IntakePanel(worker))


def _start(qtbot, panel, client_id) -> None:
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == "start", timeout=TIMEOUT_MS)
    qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.page == "form", timeout=TIMEOUT_MS)


def _stored(store, client_id) -> dict:
    return store.intakes.get(store.intakes.for_client(client_id)[0]["id"])


def _answer(panel, part: str, answers: dict) -> None:
    """Fill a domain through its widgets, as choosing in them does."""
    view = panel.part_views[part]
    for key, value in answers.items():
        widget = view.field(key)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(next(i for i in range(widget.count()) if widget.itemData(i) == value
                                        and type(widget.itemData(i)) is type(value)))
        elif hasattr(widget, "set_value") and isinstance(value, list):
            for i in range(widget.count()):
                if widget.item(i).data(Qt.ItemDataRole.UserRole) in value:
                    widget.item(i).setCheckState(Qt.CheckState.Checked)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        else:
            widget.setText(str(value))
            view.edited.emit(part)


def test_starting_fills_in_today_and_who_is_there_and_the_header_is_stored(
        qtbot, panel, store, worker, chain, client_id):
    me, other = chain
    _start(qtbot, panel, client_id)
    assert panel.held_on.edit.hasFocus()
    assert panel.present.value() == [me]
    panel.conversation_language.setCurrentIndex(panel.conversation_language.findData("ti"))
    qtbot.keyClick(panel.interpreter_present, Qt.Key.Key_Space)
    panel.present.set_value([me, other])
    panel.present.changed.emit()
    panel.held_on.edit.setText("")
    qtbot.keyClicks(panel.held_on.edit, "9-3-2026")
    wait_saved(qtbot, panel, worker)
    record = _stored(store, client_id)
    assert (record["held_on"], record["conversation_language"], record["interpreter_present"]) == (
        "2026-03-09", "ti", True)
    assert sorted(record["present_ids"]) == sorted([me, other]) and record["worker_id"] == me


def test_pausing_is_stopping_and_reopening_the_client_resumes_where_it_was(
        qtbot, panel, store, worker, chain, client_id):
    _start(qtbot, panel, client_id)
    panel.show_part("work")
    view = panel.part_views["work"]
    qtbot.keyClicks(view.field("has_work_experience"), "Y")
    qtbot.keyClicks(view.field("profession"), "Kapper")
    qtbot.waitUntil(lambda: _stored(store, client_id)["parts"].get("work", {}).get("answers")
                    == {"has_work_experience": True, "profession": "Kapper"}, timeout=1500)
    assert panel._items["work"].text(1) == "✓ 2/4"  # its one required question is answered

    panel.load_client(None)
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == "form", timeout=TIMEOUT_MS)
    assert panel.part_views["work"].values()[0] == {"has_work_experience": True, "profession": "Kapper"}
    assert panel.progress_label.text().startswith("2 of ")


def test_completing_too_soon_names_the_domains_and_opens_the_first(qtbot, panel, store, worker, chain, client_id):
    _start(qtbot, panel, client_id)
    for part, answers in INTAKE_ANSWERS.items():
        if part not in ("health", "conclusion"):
            _answer(panel, part, answers)
    panel.complete()
    qtbot.waitUntil(lambda: "Health" in panel.message.text(), timeout=TIMEOUT_MS)
    assert "Conclusion" in panel.message.text() and "Language" not in panel.message.text()
    assert "Physical health" in panel.message.text()
    assert panel.domain_list.currentItem() is panel._items["health"]
    assert panel.part_views["health"].error("physical")
    assert QApplication.focusWidget() is panel.part_views["health"].field("physical")
    record = _stored(store, client_id)
    assert record["status"] == "draft" and record["completed_at"] is None


def test_a_complete_intake_is_stored_as_complete_and_shows_its_summary(
        qtbot, panel, store, worker, chain, client_id):
    _start(qtbot, panel, client_id)
    for part, answers in INTAKE_ANSWERS.items():
        _answer(panel, part, answers)
    qtbot.keyClick(panel.domain_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(store, client_id)["status"] == "complete", timeout=TIMEOUT_MS)
    record = _stored(store, client_id)
    assert record["completed_at"]
    assert {k: v["answers"] for k, v in record["parts"].items()} == INTAKE_ANSWERS
    qtbot.waitUntil(lambda: panel.domain_list.currentItem() is panel._items[SUMMARY], timeout=TIMEOUT_MS)
    assert panel.reopen_button.isVisible() and not panel.complete_button.isVisible()
    assert not panel.part_views["language"].field("dutch_level").isEnabled()  # read, not edited
    assert "Amina Haddad" in panel.summary_view.toPlainText()

    panel.reopen()
    qtbot.waitUntil(lambda: _stored(store, client_id)["completed_at"] is None, timeout=TIMEOUT_MS)
    qtbot.waitUntil(panel.complete_button.isVisible, timeout=TIMEOUT_MS)


def test_the_summary_is_saved_as_a_readable_pdf(qtbot, panel, store, worker, chain, client_id, tmp_path):
    _start(qtbot, panel, client_id)
    for part, answers in INTAKE_ANSWERS.items():
        _answer(panel, part, answers)
    panel.part_views["conclusion"].notes_edit.setPlainText("Afspraak <b>taalcoach</b> & buddy.")
    html = panel.summary_html()
    assert "Amina Haddad" in html
    assert "Reads and writes another script" in html  # answers in words, not codes
    assert "literate_other_script" not in html
    assert "Gemotiveerd, weinig netwerk." in html and "Language, Work" in html  # the conclusion
    assert "&lt;b&gt;taalcoach&lt;/b&gt; &amp; buddy" in html  # typed text cannot change the layout
    assert html.index(">Language<") < html.index(">Conclusion<")

    path = tmp_path / "intake.pdf"
    panel.save_pdf(str(path))
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1024
    import pypdfium2 as pdfium
    with pdfium.PdfDocument(str(path)) as document:
        texts = [page.get_textpage().get_text_range() for page in document]
    assert "Amina Haddad" in texts[0] and "Gemotiveerd, weinig netwerk." in " ".join(texts)
    assert all(f"page {n} of {len(texts)}" in text for n, text in enumerate(texts, 1))  # the plan's pages


def test_the_summary_pdf_is_asked_for_warned_about_and_recorded(qtbot, panel, store, chain, client_id, tmp_path,
                                                                monkeypatch):
    _start(qtbot, panel, client_id)
    shown = answer_export_dialog(monkeypatch, tmp_path / "Intake Amina")  # no suffix typed
    panel._ask_pdf_path()
    written = tmp_path / "Intake Amina.pdf"
    assert written.read_bytes().startswith(b"%PDF")
    assert shown[0]["folder"] == QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert "Amina Haddad" in shown[0]["name"] and shown[0]["warning_shown"]
    assert "not encrypted" in panel.message.text()
    qtbot.waitUntil(lambda: bool(store.export_log.entries(client_id)), timeout=TIMEOUT_MS)
    [entry] = store.export_log.entries(client_id)
    assert entry["kind"] == "intake_pdf" and entry["files"] == ["Intake Amina.pdf"]

    answer_export_dialog(monkeypatch, None)  # cancelled: nothing written, nothing recorded
    panel._ask_pdf_path()
    assert len(store.export_log.entries(client_id)) == 1


def test_the_domain_list_opens_each_domain_and_tab_goes_into_it(qtbot, panel, chain, client_id):
    _start(qtbot, panel, client_id)
    assert [panel.domain_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(panel.domain_list.topLevelItemCount())] == [p.key for p in INTAKE.parts] + [SUMMARY]
    panel.domain_list.setFocus()
    panel.domain_list.setCurrentItem(panel._items["language"])
    qtbot.keyClick(panel.domain_list, Qt.Key.Key_Down)
    assert panel.domain_list.currentItem() is panel._items["education"]
    qtbot.keyClick(panel.domain_list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.part_views["education"].field("education_level")
    assert panel.part_views["health"].special_marker is not None


def test_clear_saves_then_forgets_the_client(qtbot, panel, store, worker, chain, client_id):
    _start(qtbot, panel, client_id)
    panel.part_views["wishes"].field("own_wishes").setPlainText("Weer naar school.")
    panel.clear()
    worker.wait_idle()
    assert _stored(store, client_id)["parts"]["wishes"]["answers"] == {"own_wishes": "Weer naar school."}
    assert panel.page == "empty" and panel.intake_id is None
    assert panel.part_views["wishes"].values() == ({}, "") and panel.present.count() == 0
    assert "Amina" not in panel.summary_html()


def test_the_summary_on_screen_follows_completing_and_reopening(qtbot, panel, store, worker, chain, client_id):
    """Completing from the summary itself: it said "Draft" until another domain was opened."""
    _start(qtbot, panel, client_id)
    for part, answers in INTAKE_ANSWERS.items():
        _answer(panel, part, answers)
    panel.show_summary()
    assert "Draft: not completed yet." in panel.summary_view.toPlainText()
    panel.complete()
    qtbot.waitUntil(lambda: "Completed on" in panel.summary_view.toPlainText(), timeout=TIMEOUT_MS)
    assert "Draft" not in panel.summary_view.toPlainText()
    panel.reopen()
    qtbot.waitUntil(lambda: "Draft: not completed yet." in panel.summary_view.toPlainText(), timeout=TIMEOUT_MS)


LONG_NAMES = ("Marieke van der Zwaluwenburg-Schoonhoven", "Fatima El Khattabi-Boukhrissi", "Joost Bakker",
              "Anne-Sophie Vandenbroucke-de Jong", "Tesfay Gebremedhin Haile")


@pytest.mark.parametrize("width", [700, 900, 1400])
def test_who_was_present_shows_every_name_whole_at_any_width(qtbot, panel, store, client_id, width):
    ids = [store.directory.add_worker(name, "begeleider", None) for name in LONG_NAMES]
    store.set_current_worker(ids[0])
    panel.resize(width, 620)
    _start(qtbot, panel, client_id)
    present = panel.present
    assert present.count() == len(LONG_NAMES)
    indicator = present.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    for i in range(present.count()):
        item = present.item(i)
        cell = present.visualItemRect(item)
        assert cell.width() >= present.fontMetrics().horizontalAdvance(item.text()) + indicator, item.text()
        assert cell.right() < present.viewport().width(), item.text()  # in a column, not past the edge
