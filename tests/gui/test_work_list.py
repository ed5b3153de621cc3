"""One list of what a worker must do: plan actions, follow-ups agreed on a home visit and the
deadlines of their clients' plans, in "Mijn acties" and in the agenda (its calendar, for the day
or the week), read from one store query so the two never disagree."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.views.plan.my_actions_view import MyActionsView
from domain.plan_rules import pip_due
from domain.visits import week_of
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.test_agenda import TODAY, day, make_agenda, read


@pytest.fixture
def work(store):
    return make_work(store)


def make_work(store):
    me = store.directory.add_worker("Noor Visser", "begeleider", None)
    store.set_current_worker(me)
    store.work.today = lambda: TODAY
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "begeleider_id": me,
                                  "vestiging_date": "2025-06-01", "address_city": "Hilversum"})
    yonas = store.clients.create({"given_names": "Yonas", "family_name": "Tesfaye", "begeleider_id": me})
    visit = store.visits.plan(amina, {"planned_on": day(-7), "planned_time": "10:00",
                                      "address": "Kerkstraat 1", "visitor_ids": [me]})
    store.visits.report(visit, "done", me, today=TODAY)
    ids = {
        "follow_up_late": store.visits.add_follow_up(visit, {"description": "Zorgverzekeraar bellen",
                                                             "owner_id": me, "due_on": day(-1)}),
        "follow_up_week": store.visits.add_follow_up(visit, {"description": "Huurcontract bekijken",
                                                             "owner_id": me, "due_on": day(2)}),
    }
    plan_id = store.plans.start(yonas, seed_goals=False)
    notice = TODAY - timedelta(days=68)  # the PIP is due within the week
    store.plans.update(plan_id, {"duo_notice_on": notice.isoformat()})
    ids["pip_due"] = f"{plan_id}:pip_due"
    ids["action_today"] = store.plans.actions.add(plan_id, {"description": "Intake taalschool plannen",
                                                            "due_on": day(0), "worker_id": me})
    ids["action_later"] = store.plans.actions.add(plan_id, {"description": "Werkervaring zoeken",
                                                            "due_on": day(40), "worker_id": me})
    return {"me": me, "pip": pip_due(notice.isoformat()), **ids}


def _my_actions(qtbot, worker) -> MyActionsView:
    view = MyActionsView(worker)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    return view


def test_my_actions_holds_visit_follow_ups_and_deadlines(qtbot, worker, work):
    view = _my_actions(qtbot, worker)
    assert [r["id"] for r in view.rows()] == [work["follow_up_late"], work["action_today"],
                                              work["follow_up_week"], work["pip_due"], work["action_later"]]
    kinds = [view.table.topLevelItem(i).text(4) for i in range(view.table.topLevelItemCount())]
    assert kinds == ["Home visit follow-up", "Planned", "Home visit follow-up", "Deadline", "Planned"]
    assert view.table.topLevelItem(3).text(2) == "PIP due"


def test_the_agenda_is_the_calendar_of_the_same_list(qtbot, worker, work):
    assert work["pip"] <= week_of(TODAY)[1]
    mine = [r["id"] for r in _my_actions(qtbot, worker).rows()]
    agenda = make_agenda(qtbot, worker)
    read(qtbot, agenda)
    assert agenda.todo_section.isVisible() and not agenda.overdue_section.isVisible()
    week = [r["id"] for r in agenda.todo_section.records()]
    sunday = week_of(TODAY)[1].isoformat()
    assert week == [i for i in mine if i != work["action_later"]]  # the same items, up to Sunday
    assert all(r["due_on"] <= sunday for r in agenda.todo_section.records())

    agenda.todo_day.setChecked(True)
    qtbot.waitUntil(lambda: [r["id"] for r in agenda.todo_section.records()] == [
        work["follow_up_late"], work["action_today"]], timeout=TIMEOUT_MS)  # today, and what is late

    with qtbot.waitSignal(agenda.open_visit, timeout=TIMEOUT_MS) as opened:
        agenda.todo_section.activated.emit(agenda.todo_section.records()[0])
    assert opened.args[1]  # a follow-up opens the visit it was agreed on
