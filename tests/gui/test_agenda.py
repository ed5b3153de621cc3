"""The agenda page: its lists on a fixed day, only mine or everyone, opening, and locking."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.views.common.fieldwork_labels import outcome_label
from desktop.views.visits.agenda_view import AgendaView
from tests.gui.conftest import TIMEOUT_MS

TODAY = date(2026, 3, 11)  # a Wednesday: the week runs from Monday 9 to Sunday 15 March


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def people(store):
    d = store.directory
    joost = d.add_worker("Joost Bakker", "begeleider", None)
    sanne = d.add_worker("Sanne Visser", "begeleider", None)
    create = store.clients.create
    return {
        "joost": joost, "sanne": sanne,
        "amina": create({"given_names": "Amina", "family_name": "Haddad", "begeleider_id": joost,
                         "vestiging_date": "2025-06-01", "address_city": "Hilversum"}),
        "yonas": create({"given_names": "Yonas", "family_name": "Tesfaye", "begeleider_id": joost,
                         "vestiging_date": "2025-01-15", "address_city": "Huizen"}),
        "omid": create({"given_names": "Omid", "family_name": "Rahimi", "begeleider_id": sanne}),
    }


def plan(store, client_id, offset, visitors, time="10:00"):
    return store.visits.plan(client_id, {"planned_on": day(offset), "planned_time": time,
                                         "address": "Kerkstraat 1, Hilversum", "visitor_ids": visitors})


def make_agenda(qtbot, worker) -> AgendaView:
    view = AgendaView(worker)
    view.today = lambda: TODAY
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.show()
    qtbot.waitExposed(view)
    return view


def read(qtbot, view: AgendaView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=TIMEOUT_MS):
        view.reload()


def ids(view: AgendaView, name: str) -> list[str]:
    return [row["id"] for row in view.sections[name].records()]


@pytest.fixture
def filled(store, people):
    joost, sanne = people["joost"], people["sanne"]
    store.set_current_worker(joost)
    visits = {
        "today_late": plan(store, people["amina"], 0, [joost], time="15:00"),
        "today_early": plan(store, people["yonas"], 0, [joost, sanne], time="09:00"),
        "friday": plan(store, people["amina"], 2, [joost]),
        "monday": plan(store, people["yonas"], -2, [joost]),  # this week, not reported
        "sannes": plan(store, people["omid"], -1, [sanne]),
        "next_week": plan(store, people["amina"], 7, [joost]),
    }
    done = plan(store, people["omid"], -6, [sanne])
    store.visits.report(done, "done", sanne)
    visits["done"] = done
    follow_ups = {
        "mine": store.visits.add_follow_up(visits["monday"], {"description": "Huurtoeslag aanvragen",
                                                              "due_on": day(-1), "owner_id": joost}),
        "theirs": store.visits.add_follow_up(done, {"description": "School bellen", "due_on": day(-3),
                                                    "owner_id": sanne}),
        "not_yet": store.visits.add_follow_up(done, {"description": "Later", "due_on": day(0), "owner_id": joost}),
    }
    return {**people, **visits, **{f"follow_up_{k}": v for k, v in follow_ups.items()}}


def test_only_mine_shows_my_day_week_unreported_actions_and_caseload(qtbot, worker, filled):
    view = make_agenda(qtbot, worker)
    read(qtbot, view)
    assert view.mine_button.isChecked() and view.mine_button.isEnabled()
    assert "Joost Bakker" in view.date_label.text() and "week 11" in view.date_label.text()

    assert ids(view, "today") == [filled["today_early"], filled["today_late"]]
    assert view.today_section.texts(0) == ["09:00", "15:00"]
    assert view.today_section.texts(1) == ["Yonas Tesfaye", "Amina Haddad"]
    assert view.today_section.texts(2) == [outcome_label("planned")] * 2
    assert ids(view, "this_week") == [filled["friday"]]  # today's are not repeated
    assert view.week_section.texts(0)[0].endswith("13-03-2026")
    assert ids(view, "unreported") == [filled["monday"]]  # Sanne's visit is not mine
    assert ids(view, "overdue_follow_ups") == [filled["follow_up_mine"]]
    assert view.overdue_section.texts(2) == ["Huurtoeslag aanvragen"]
    assert view.overdue_section.list.isColumnHidden(3)  # "who": all mine
    assert ids(view, "not_visited") == [filled["yonas"], filled["amina"]]  # settled longest ago first
    assert view.not_visited_section.texts(1) == ["Huizen", "Hilversum"]
    assert view.not_visited_section.title.text().endswith("(2)")


def test_everyone_shows_the_whole_team(qtbot, worker, filled):
    view = make_agenda(qtbot, worker)
    read(qtbot, view)
    view.everyone_button.setFocus()
    qtbot.keyClick(view.everyone_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ids(view, "unreported") == [filled["monday"], filled["sannes"]], timeout=TIMEOUT_MS)
    assert set(ids(view, "overdue_follow_ups")) == {filled["follow_up_mine"], filled["follow_up_theirs"]}
    assert not view.overdue_section.list.isColumnHidden(3)
    assert "everyone" in view.date_label.text()
    # Omid had his visit: only those never visited remain, of everyone
    assert set(ids(view, "not_visited")) == {filled["amina"], filled["yonas"]}
    assert view.unreported_section.texts(2) == ["Joost Bakker", "Sanne Visser"]

    view.mine_button.click()
    qtbot.waitUntil(lambda: ids(view, "unreported") == [filled["monday"]], timeout=TIMEOUT_MS)


def test_without_a_worker_on_this_device_everyone_is_shown(qtbot, worker, store, filled):
    store.set_current_worker(None)
    view = make_agenda(qtbot, worker)
    read(qtbot, view)
    assert not view.mine_button.isEnabled() and view.everyone_button.isChecked()
    assert view.status.isVisible() and "Settings" in view.status.text()
    assert set(ids(view, "unreported")) == {filled["monday"], filled["sannes"]}


def test_rows_open_the_visit_or_the_client(qtbot, worker, filled):
    view = make_agenda(qtbot, worker)
    read(qtbot, view)

    def activate(section, row=0):
        section.list.setFocus()
        section.list.setCurrentItem(section.list.topLevelItem(row))
        qtbot.keyClick(section.list, Qt.Key.Key_Return)

    with qtbot.waitSignal(view.open_visit, timeout=TIMEOUT_MS) as opened:
        activate(view.unreported_section)
    assert opened.args == [filled["yonas"], filled["monday"]]
    with qtbot.waitSignal(view.open_visit, timeout=TIMEOUT_MS) as opened:
        activate(view.overdue_section)
    assert opened.args == [filled["yonas"], filled["monday"]]  # the visit the action came from
    with qtbot.waitSignal(view.open_client, timeout=TIMEOUT_MS) as opened:
        activate(view.not_visited_section, 1)
    assert opened.args == [filled["amina"]]


def test_it_reads_itself_again_on_a_change_and_forgets_everything_on_lock(qtbot, worker, store, filled):
    view = make_agenda(qtbot, worker)
    read(qtbot, view)
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS):
        worker.write(lambda s: s.visits.report(filled["monday"], "done", filled["joost"]), changes={"visits"})
    qtbot.waitUntil(lambda: ids(view, "unreported") == [], timeout=TIMEOUT_MS)
    assert ids(view, "not_visited") == [filled["amina"]]  # Yonas had his visit now

    view.clear()
    assert all(section.records() == [] for section in view.sections.values())
    assert view.date_label.text() == ""
    worker.write(lambda s: s.visits.report(filled["friday"], "cancelled", None), changes={"visits"})
    worker.wait_idle()
    qtbot.wait(300)
    assert all(section.records() == [] for section in view.sections.values())  # nothing read while locked

    read(qtbot, view)  # unlocked and shown again
    assert ids(view, "today") == [filled["today_early"], filled["today_late"]]
    assert ids(view, "this_week") == []


def test_a_change_while_hidden_is_read_when_shown_again(qtbot, worker, filled):
    view = make_agenda(qtbot, worker)
    read(qtbot, view)
    view.hide()
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS):
        worker.write(lambda s: s.visits.update_follow_up(filled["follow_up_mine"], {"done_on": day(0)}),
                     changes={"follow_ups"})
    qtbot.wait(300)
    assert ids(view, "overdue_follow_ups") == [filled["follow_up_mine"]]  # hidden: not read
    view.show()
    qtbot.waitUntil(lambda: ids(view, "overdue_follow_ups") == [], timeout=TIMEOUT_MS)


def _column_gaps(view: AgendaView, sections: list[str]) -> list[int]:
    shown = [view.sections[name].geometry() for name in sections if view.sections[name].isVisible()]
    return [below.top() - above.bottom() - 1 for above, below in zip(shown, shown[1:], strict=False)]


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_sections_of_a_column_stand_together_however_few_rows_they_have(qtbot, worker, store, people, size):
    view = make_agenda(qtbot, worker)
    view.resize(*size)
    left, right = ["today", "this_week", "unreported"], ["todo", "overdue_follow_ups", "not_visited"]
    store.set_current_worker(people["joost"])
    plan(store, people["omid"], 0, [people["sanne"]])  # someone else's visit: only mine shows none of it
    read(qtbot, view)
    assert not any(view.sections[name].records() for name in left)  # an empty column
    assert view.sections["not_visited"].records()  # and one with rows
    spacing = view._columns[0][0].spacing()
    assert _column_gaps(view, left) == [spacing] * 2
    assert _column_gaps(view, right) == [spacing] * (len([n for n in right if view.sections[n].isVisible()]) - 1)
    # The one section with rows takes the room its column has; the empty ones keep their few lines.
    assert view.sections["not_visited"].height() > 3 * view.sections["overdue_follow_ups"].height()
