"""Home visits on screen: planning from the keyboard, the report, its follow-ups, and the agenda after."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.store import RecordNotFound
from desktop.views.common.field_widgets import CheckList
from desktop.views.common.fieldwork_labels import outcome_label
from desktop.views.common.labels import field_error_message
from desktop.views.visits.agenda_view import AgendaView
from desktop.views.visits.visits_panel import VisitsPanel
from domain.errors import FieldError
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, start_window, unlock_window

TODAY = date.today()


def dmy(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@pytest.fixture
def people(store):
    d = store.directory
    joost = d.add_worker("Joost Bakker", "begeleider", None)
    sanne = d.add_worker("Sanne Visser", "begeleider", None)
    store.set_current_worker(joost)
    amina = store.clients.create({
        "given_names": "Amina", "family_name": "Haddad", "begeleider_id": joost, "vestiging_date": "2025-09-01",
        "address_street": "Lindenlaan 4", "address_postcode": "1211 AB", "address_city": "Hilversum"})
    return {"joost": joost, "sanne": sanne, "amina": amina}


@pytest.fixture
def panel(qtbot, worker, people):
    widget = VisitsPanel(worker)
    qtbot.addWidget(widget)
    widget.resize(900, 620)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.report.autosaver._delay_ms = 50  # the tests need not wait for typing to pause
    return widget


@pytest.fixture
def agenda(qtbot, worker, people):
    view = AgendaView(worker)
    qtbot.addWidget(view)
    view.resize(900, 620)
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT_MS):
        view.show()  # read when first shown
    return view


def load(qtbot, panel: VisitsPanel, client_id: str, visits: int | None = None) -> None:
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.plan_button.isEnabled(), timeout=TIMEOUT_MS)
    if visits is not None:
        qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == visits, timeout=TIMEOUT_MS)


def open_report(qtbot, panel: VisitsPanel, visit_id: str) -> None:
    panel.open_visit(visit_id)
    qtbot.waitUntil(lambda: panel.report.visit_id == visit_id, timeout=TIMEOUT_MS)
    assert panel.pages.currentWidget() is panel.report


def check(qtbot, checklist: CheckList, code: str) -> None:
    """Make the worker's row current with the arrow keys, then Space."""
    checklist.setFocus()
    for _ in range(checklist.count()):
        if checklist.currentItem() and checklist.currentItem().data(Qt.ItemDataRole.UserRole) == code:
            qtbot.keyClick(checklist, Qt.Key.Key_Space)
            return
        qtbot.keyClick(checklist, Qt.Key.Key_Right if checklist.currentItem() else Qt.Key.Key_Home)
    raise AssertionError(code)


def section_ids(agenda: AgendaView, name: str) -> list[str]:
    return [row["id"] for row in agenda.sections[name].records()]


def plan(store, people, days: int, time: str = "10:00") -> str:
    return store.visits.plan(people["amina"], {"planned_on": (TODAY + timedelta(days=days)).isoformat(),
                                               "planned_time": time, "address": "Lindenlaan 4",
                                               "visitor_ids": [people["joost"]]})


# -- planning ------------------------------------------------------------------------------
def test_a_visit_planned_from_the_keyboard_is_stored_and_on_todays_agenda(qtbot, panel, agenda, store, people):
    load(qtbot, panel, people["amina"], visits=0)
    assert not panel.list_hint.isHidden()  # "no home visits yet"
    panel.activateWindow()  # the agenda, a window of its own here, was shown last
    qtbot.waitUntil(panel.isActiveWindow, timeout=TIMEOUT_MS)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    form = panel.plan_form
    qtbot.waitUntil(form.isVisible, timeout=TIMEOUT_MS)  # a mnemonic clicks after a short flash
    assert QApplication.focusWidget() is form.date.edit
    assert form.address.text() == "Lindenlaan 4, 1211 AB Hilversum"  # the client's address
    assert form.visitors.value() == [people["joost"]]  # who works on this device goes

    qtbot.keyClicks(form.date.edit, dmy(TODAY))
    qtbot.keyClick(form.date.edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.time
    qtbot.keyClicks(form.time, "1430")
    qtbot.keyClick(form.time, Qt.Key.Key_Tab)
    qtbot.keyClick(form.address, Qt.Key.Key_End)
    qtbot.keyClicks(form.address, " (bel 2x)")
    qtbot.keyClick(form.address, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is form.visitors
    check(qtbot, form.visitors, people["sanne"])
    qtbot.keyClick(form.visitors, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(store.visits.for_client(people["amina"])) == 1, timeout=TIMEOUT_MS)
    visit = store.visits.for_client(people["amina"])[0]
    assert (visit["planned_on"], visit["planned_time"]) == (TODAY.isoformat(), "14:30")
    assert visit["address"] == "Lindenlaan 4, 1211 AB Hilversum (bel 2x)"
    assert sorted(visit["visitor_ids"]) == sorted([people["joost"], people["sanne"]])
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    assert not form.isVisible()
    assert panel.list.currentItem().text(2) == outcome_label("planned")
    assert "14:30" in panel.status.text()

    qtbot.waitUntil(lambda: section_ids(agenda, "today") == [visit["id"]], timeout=TIMEOUT_MS)
    assert agenda.today_section.texts(0) == ["14:30"] and agenda.today_section.texts(1) == ["Amina Haddad"]
    with qtbot.waitSignal(agenda.open_visit, timeout=TIMEOUT_MS) as opened:
        agenda.today_section.list.setFocus()
        agenda.today_section.list.setCurrentItem(agenda.today_section.list.topLevelItem(0))
        qtbot.keyClick(agenda.today_section.list, Qt.Key.Key_Return)
    assert opened.args == [people["amina"], visit["id"]]


def test_a_wrong_plan_is_marked_at_its_fields_and_nothing_is_stored(qtbot, panel, worker, store, people):
    load(qtbot, panel, people["amina"], visits=0)
    panel.plan_button.click()
    form = panel.plan_form
    qtbot.keyClicks(form.date.edit, "31-02-2026")
    qtbot.keyClicks(form.time, "25:10")
    check(qtbot, form.visitors, people["joost"])  # unchecks the one checked for us: nobody goes
    qtbot.keyClick(form.visitors, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert form.error("planned_on") == field_error_message(FieldError.DATE_INVALID)
    assert form.error("planned_time") == field_error_message(FieldError.TIME_INVALID)
    assert form.error("visitor_ids") == field_error_message(FieldError.REQUIRED)
    assert form.error("address") == ""
    assert QApplication.focusWidget() is form.date.edit  # the first wrong field
    worker.wait_idle()
    assert store.visits.for_client(people["amina"]) == []

    form.date.edit.selectAll()
    qtbot.keyClicks(form.date.edit, dmy(TODAY + timedelta(days=3)))
    assert form.error("planned_on") == ""  # typing clears the mark
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    assert store.visits.for_client(people["amina"]) == []


def test_a_plan_is_changed_in_the_same_form(qtbot, panel, store, people):
    visit_id = plan(store, people, 2)
    load(qtbot, panel, people["amina"], visits=1)
    panel.change_button.click()
    form = panel.plan_form
    assert form.date.edit.text() == dmy(TODAY + timedelta(days=2)) and form.time.text() == "10:00"
    form.time.selectAll()
    qtbot.keyClicks(form.time, "9.15")
    qtbot.keyClick(form.time, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.visits.get(visit_id)["planned_time"] == "09:15", timeout=TIMEOUT_MS)
    assert len(store.visits.for_client(people["amina"])) == 1


# -- the report ----------------------------------------------------------------------------
def test_a_report_stores_outcome_checklist_agreement_and_an_overdue_follow_up(qtbot, panel, agenda, store, people):
    visit_id = plan(store, people, -1)
    agenda.reload()  # written past the worker: nobody told the agenda
    qtbot.waitUntil(lambda: section_ids(agenda, "unreported") == [visit_id], timeout=TIMEOUT_MS)
    load(qtbot, panel, people["amina"], visits=1)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)  # opens the chosen visit's report
    qtbot.waitUntil(lambda: panel.report.visit_id == visit_id, timeout=TIMEOUT_MS)
    report = panel.report

    qtbot.mouseClick(report.outcome_buttons["done"], Qt.MouseButton.LeftButton)
    house, post, summary = report.parts["house"], report.parts["post"], report.parts["summary"]
    house.field("state").setCurrentIndex(house.field("state").findData("fine"))
    post.field("state").setFocus()
    post.field("state").setCurrentIndex(post.field("state").findData("urgent"))
    qtbot.keyClicks(post.field("notes"), "Aanmaning van de zorgverzekeraar")
    qtbot.keyClicks(summary.field("agreements"), "Samen naar het Geldloket")

    follow_ups = report.follow_ups
    follow_ups.description.setFocus()
    qtbot.keyClicks(follow_ups.description, "Zorgverzekeraar bellen")
    qtbot.keyClicks(follow_ups.due.edit, dmy(TODAY - timedelta(days=2)))
    qtbot.keyClick(follow_ups.due.edit, Qt.Key.Key_Return)

    def stored():
        return store.visits.get(visit_id)

    qtbot.waitUntil(lambda: bool(stored()["follow_ups"] and stored()["parts"].get("summary")), timeout=TIMEOUT_MS)
    qtbot.waitUntil(report.is_saved, timeout=TIMEOUT_MS)
    visit = stored()
    assert visit["outcome"] == "done" and visit["reported_by"] == people["joost"]
    assert visit["parts"]["house"]["answers"] == {"state": "fine"}
    assert visit["parts"]["post"] == {**visit["parts"]["post"], "answers": {"state": "urgent"},
                                      "notes": "Aanmaning van de zorgverzekeraar"}
    assert visit["parts"]["summary"]["answers"] == {"agreements": "Samen naar het Geldloket"}
    assert set(visit["parts"]) == {"house", "post", "summary"}
    [follow_up] = visit["follow_ups"]
    assert follow_up["description"] == "Zorgverzekeraar bellen"
    assert follow_up["due_on"] == (TODAY - timedelta(days=2)).isoformat()
    assert follow_up["owner_id"] == people["joost"] and follow_up["done_on"] is None
    assert follow_ups.description.text() == ""  # ready for the next action
    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    assert follow_ups.list.topLevelItem(0).toolTip(0) == follow_ups.tr("Overdue")

    # the agenda, shown, reads itself again: the action is overdue, the visit reported
    qtbot.waitUntil(lambda: section_ids(agenda, "overdue_follow_ups") == [follow_up["id"]], timeout=TIMEOUT_MS)
    assert section_ids(agenda, "unreported") == []
    assert agenda.overdue_section.texts(2) == ["Zorgverzekeraar bellen"]
    assert agenda.overdue_section.texts(1) == ["Amina Haddad"]
    with qtbot.waitSignal(agenda.open_visit, timeout=TIMEOUT_MS) as opened:
        agenda.overdue_section.list.setCurrentItem(agenda.overdue_section.list.topLevelItem(0))
        qtbot.keyClick(agenda.overdue_section.list, Qt.Key.Key_Return)
    assert opened.args == [people["amina"], visit_id]

    # stored again as it stands when opened again
    report.go_back()
    assert panel.pages.currentWidget() is not report
    open_report(qtbot, panel, visit_id)
    assert report.outcome_buttons["done"].isChecked()
    assert post.values() == ({"state": "urgent"}, "Aanmaning van de zorgverzekeraar")


def test_a_client_with_a_done_visit_leaves_the_not_visited_list(qtbot, panel, agenda, store, people):
    yonas = store.clients.create({"given_names": "Yonas", "family_name": "Tesfaye",
                                  "begeleider_id": people["joost"]})
    agenda.reload()
    qtbot.waitUntil(lambda: agenda.not_visited_section.title.text().endswith("(2)"), timeout=TIMEOUT_MS)
    assert set(section_ids(agenda, "not_visited")) == {people["amina"], yonas}
    not_home = plan(store, people, -7)
    visit_id = plan(store, people, -1)
    load(qtbot, panel, people["amina"], visits=2)

    open_report(qtbot, panel, not_home)
    qtbot.mouseClick(panel.report.outcome_buttons["not_home"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.visits.get(not_home)["outcome"] == "not_home", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: section_ids(agenda, "unreported") == [visit_id], timeout=TIMEOUT_MS)
    assert people["amina"] in section_ids(agenda, "not_visited")  # nobody at home is no visit

    open_report(qtbot, panel, visit_id)
    panel.report.outcome_buttons["done"].setFocus()
    qtbot.keyClick(panel.report.outcome_buttons["done"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: section_ids(agenda, "not_visited") == [yonas], timeout=TIMEOUT_MS)
    assert agenda.not_visited_section.title.text().endswith("(1)")
    assert store.visits.get(visit_id)["outcome"] == "done"
    qtbot.waitUntil(lambda: panel.list.topLevelItem(0).text(2) == outcome_label("done"), timeout=TIMEOUT_MS)


def test_a_visit_still_to_come_can_be_cancelled_but_not_done(qtbot, panel, store, people):
    visit_id = plan(store, people, 5)
    load(qtbot, panel, people["amina"], visits=1)
    open_report(qtbot, panel, visit_id)
    buttons = panel.report.outcome_buttons
    assert buttons["planned"].isChecked()
    assert not buttons["done"].isEnabled() and not buttons["not_home"].isEnabled()
    qtbot.mouseClick(buttons["cancelled"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.visits.get(visit_id)["outcome"] == "cancelled", timeout=TIMEOUT_MS)


def test_the_checklist_takes_two_columns_where_they_fit_and_never_scrolls_sideways(qtbot, panel, store, people):
    visit_id = plan(store, people, -1)
    load(qtbot, panel, people["amina"], visits=1)
    open_report(qtbot, panel, visit_id)
    report = panel.report
    house, post = report._cards["house"], report._cards["post"]
    for width, side_by_side in ((900, True), (600, False), (816, True)):
        panel.resize(width, 620)
        qtbot.waitUntil(lambda s=side_by_side: (house.y() == post.y()) == s, timeout=TIMEOUT_MS)
        assert report.scroll.widget().width() <= report.scroll.viewport().width()


# -- follow-up actions -------------------------------------------------------------------
def test_follow_ups_are_checked_changed_marked_done_and_removed(qtbot, panel, worker, store, people):
    visit_id = plan(store, people, -1)
    load(qtbot, panel, people["amina"], visits=1)
    open_report(qtbot, panel, visit_id)
    follow_ups = panel.report.follow_ups
    follow_ups.owner.setCurrentIndex(0)  # nobody
    follow_ups.submit_button.click()
    assert follow_ups.error("description") == field_error_message(FieldError.REQUIRED)
    assert follow_ups.error("due_on") == field_error_message(FieldError.REQUIRED)
    assert follow_ups.error("owner_id") == field_error_message(FieldError.REQUIRED)
    worker.wait_idle()
    assert store.visits.get(visit_id)["follow_ups"] == []

    qtbot.keyClicks(follow_ups.description, "Huurtoeslag aanvragen")
    qtbot.keyClicks(follow_ups.due.edit, dmy(TODAY + timedelta(days=7)))
    follow_ups.owner.setCurrentIndex(follow_ups.owner.findData(people["sanne"]))
    follow_ups.submit_button.click()
    qtbot.waitUntil(lambda: len(store.visits.get(visit_id)["follow_ups"]) == 1, timeout=TIMEOUT_MS)
    follow_up_id = store.visits.get(visit_id)["follow_ups"][0]["id"]
    assert store.visits.get(visit_id)["follow_ups"][0]["owner_id"] == people["sanne"]

    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    follow_ups.list.setFocus()
    follow_ups.list.setCurrentItem(follow_ups.list.topLevelItem(0))
    assert follow_ups.description.text() == "Huurtoeslag aanvragen"  # chosen: in the editor to change
    follow_ups.due.edit.selectAll()
    qtbot.keyClicks(follow_ups.due.edit, "40-01-2026")
    qtbot.keyClick(follow_ups.due.edit, Qt.Key.Key_Return)
    assert follow_ups.error("due_on") == field_error_message(FieldError.DATE_INVALID)
    follow_ups.due.edit.selectAll()
    qtbot.keyClicks(follow_ups.due.edit, dmy(TODAY + timedelta(days=10)))
    qtbot.keyClick(follow_ups.due.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.visits.get(visit_id)["follow_ups"][0]["due_on"]
                    == (TODAY + timedelta(days=10)).isoformat(), timeout=TIMEOUT_MS)
    assert len(store.visits.get(visit_id)["follow_ups"]) == 1  # changed, not added

    qtbot.waitUntil(lambda: follow_ups.done_button.isEnabled(), timeout=TIMEOUT_MS)
    follow_ups.done_button.click()
    qtbot.waitUntil(lambda: store.visits.get(visit_id)["follow_ups"][0]["done_on"] == TODAY.isoformat(),
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 1
                    and follow_ups.list.topLevelItem(0).text(3) == dmy(TODAY), timeout=TIMEOUT_MS)

    follow_ups.list.setFocus()
    qtbot.keyClick(follow_ups.list, Qt.Key.Key_Delete)
    box = follow_ups.findChild(QMessageBox)
    assert box is not None and "Huurtoeslag aanvragen" in box.text()
    box.findChild(QPushButton, "confirmRemoveFollowUp").click()
    qtbot.waitUntil(lambda: store.visits.get(visit_id)["follow_ups"] == [], timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 0, timeout=TIMEOUT_MS)
    with pytest.raises(RecordNotFound):
        store.visits.update_follow_up(follow_up_id, {"description": "terug"})


# -- the panel's life ----------------------------------------------------------------------
def test_lock_saves_what_was_typed_then_forgets_it(qtbot, panel, worker, store, people):
    visit_id = plan(store, people, -1)
    load(qtbot, panel, people["amina"], visits=1)
    open_report(qtbot, panel, visit_id)
    panel.report.autosaver._delay_ms = panel.report.autosaver._max_wait_ms = 60_000
    qtbot.keyClicks(panel.report.parts["summary"].field("observations"), "Kamer vochtig")
    assert panel.report.autosaver.has_pending()

    panel.clear()
    worker.wait_idle()
    assert store.visits.get(visit_id)["parts"]["summary"]["answers"] == {"observations": "Kamer vochtig"}
    assert panel.report.parts["summary"].values() == ({}, "")
    assert panel.report.title.text() == "" and panel.list.topLevelItemCount() == 0
    assert panel.pages.currentWidget() is not panel.report
    qtbot.wait(100)
    assert panel.list.topLevelItemCount() == 0  # nothing read back after the lock


def test_a_visit_asked_for_before_its_client_opens_when_the_client_is_loaded(qtbot, panel, store, people):
    visit_id = plan(store, people, -3)
    panel.open_visit(visit_id)  # as from the agenda, while the client file is still asking to save
    panel.load_client(people["amina"])
    qtbot.waitUntil(lambda: panel.report.visit_id == visit_id, timeout=TIMEOUT_MS)
    assert panel.pages.currentWidget() is panel.report
    assert "Amina Haddad" in panel.report.title.text()

    other = store.clients.create({"given_names": "Omid", "family_name": "Rahimi"})
    load(qtbot, panel, other, visits=0)
    assert panel.pages.currentWidget() is not panel.report and panel.report.visit_id is None


# -- in the main window --------------------------------------------------------------------
def test_the_agenda_opens_a_visit_in_the_client_file_and_lock_forgets_it(qtbot, app_worker, settings, store_dir):
    store = new_store(store_dir)
    try:
        joost = store.directory.add_worker("Joost Bakker", "begeleider", None)
        store.set_current_worker(joost)
        amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "begeleider_id": joost})
        visit_id = store.visits.plan(amina, {"planned_on": TODAY.isoformat(), "planned_time": "11:00",
                                             "visitor_ids": [joost]})
        store.visits.save_part(visit_id, amina, "money", {"state": "urgent"}, "Huurachterstand")
    finally:
        store.close()
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)

    window.agenda_page_action.trigger()
    qtbot.waitUntil(lambda: window.agenda.sections["today"].records() != [], timeout=TIMEOUT_MS)
    today = window.agenda.today_section.list
    today.setFocus()
    today.setCurrentItem(today.topLevelItem(0))
    qtbot.keyClick(today, Qt.Key.Key_Return)

    panel = window.workspace.visits
    qtbot.waitUntil(lambda: panel.report.visit_id == visit_id, timeout=TIMEOUT_MS)
    assert window.workspace.tabs.currentWidget().panel is panel and panel.pages.currentWidget() is panel.report
    assert window.work_pages.currentWidget() is window.splitter
    assert panel.report.parts["money"].values() == ({"state": "urgent"}, "Huurachterstand")

    window.lock()
    assert panel.report.parts["money"].values() == ({}, "")
    assert panel.report.title.text() == "" and panel.list.topLevelItemCount() == 0
    assert all(section.records() == [] for section in window.agenda.sections.values())


class _StyleChanges(QObject):
    """Counts the style changes a widget receives (each sets its children's style again)."""

    def __init__(self, watched):
        super().__init__()
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, _watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def test_typing_in_a_topic_leaves_its_card_style_alone_until_its_state_changes(qtbot, panel, store, people):
    """The card's edge shows the topic's state; typing notes must not set its style anew each key
    (that polished all its fields again, some 2 ms a keystroke)."""
    visit_id = plan(store, people, -1)
    load(qtbot, panel, people["amina"], visits=1)
    open_report(qtbot, panel, visit_id)
    report = panel.report
    post, card = report.parts["post"], report._cards["post"]
    changes = _StyleChanges(card)

    qtbot.keyClicks(post.field("notes"), "Brief van de gemeente")
    assert changes.count == 0 and "border-left" not in card.styleSheet()

    post.field("state").setCurrentIndex(post.field("state").findData("urgent"))
    assert changes.count == 1 and "border-left: 4px solid #c0392b" in card.styleSheet()
    qtbot.keyClicks(post.field("notes"), " en de huur")
    assert changes.count == 1  # still urgent: the same edge
    qtbot.waitUntil(report.is_saved, timeout=TIMEOUT_MS)
