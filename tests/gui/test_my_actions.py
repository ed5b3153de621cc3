"""My actions: the open actions of this device's worker or of a partner organisation, across clients."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.views.plan.my_actions_view import DUE, ME, MyActionsView
from desktop.views.plan.plan_widgets import OVERDUE_COLOUR
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.test_plan_panel import day, dmy, make_chain


@pytest.fixture
def chain(store):
    return make_chain(store)


@pytest.fixture
def plans(store, chain):
    """Two clients' plans with actions for Sanne (here), the language school and the employers' desk."""
    ids = {}
    for given, family in (("Amina", "Haddad"), ("Yonas", "Tesfaye")):
        client_id = store.clients.create({"given_names": given, "family_name": family})
        ids[given] = (client_id, store.plans.start(client_id))
    amina, yonas = ids["Amina"][1], ids["Yonas"][1]
    add = store.plans.actions.add
    add(amina, {"description": "Huurtoeslag aanvragen", "due_on": day(-3).isoformat(), "worker_id": chain["me"]})
    add(yonas, {"description": "Zorgverzekering regelen", "due_on": day(5).isoformat(), "worker_id": chain["me"]})
    add(amina, {"description": "Kinderopvang zoeken", "due_on": day(12).isoformat(), "worker_id": chain["me"],
                "status": "in_progress"})
    add(yonas, {"description": "Al gedaan", "due_on": day(-20).isoformat(), "worker_id": chain["me"],
                "status": "done"})
    add(amina, {"description": "Intake taalschool", "due_on": day(2).isoformat(), "worker_id": chain["teacher"]})
    add(yonas, {"description": "Lesrooster maken", "due_on": day(9).isoformat(), "organisation_id": chain["taal"]})
    add(yonas, {"description": "Werkervaring bespreken", "due_on": day(1).isoformat(), "worker_id": chain["jobs"]})
    return ids


@pytest.fixture
def view(qtbot, worker):
    view = MyActionsView(worker)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    return view


def _texts(view, column: int) -> list[str]:
    return [view.table.topLevelItem(i).text(column) for i in range(view.table.topLevelItemCount())]


def test_my_open_actions_across_clients_by_due_date(qtbot, view, plans, chain):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    assert view.chooser.currentData() == ME
    assert view.chooser.currentText() == "Me (Sanne de Vries)"
    assert _texts(view, 2) == ["Huurtoeslag aanvragen", "Zorgverzekering regelen", "Kinderopvang zoeken"]
    assert _texts(view, 1) == ["Amina Haddad", "Yonas Tesfaye", "Amina Haddad"]
    assert _texts(view, 4) == ["Planned", "Planned", "In progress"]
    overdue = view.table.topLevelItem(0)
    assert overdue.text(DUE) == f"⚠ {dmy(-3)}" and overdue.font(DUE).bold()
    assert overdue.foreground(DUE).color() == QColor(OVERDUE_COLOUR)
    assert view.table.topLevelItem(1).text(DUE) == dmy(5) and not view.table.topLevelItem(1).font(DUE).bold()
    assert view.summary.text() == "3 open · 1 overdue"


def test_a_partner_organisation_sees_its_peoples_actions(qtbot, view, plans, chain):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.choose(chain["taal"])
    assert view.chooser.currentText() == "Taalschool Gooi"
    assert _texts(view, 2) == ["Intake taalschool", "Lesrooster maken"]
    assert _texts(view, 3) == ["Marieke Bos (Taalschool Gooi)", "Taalschool Gooi"]
    # a new action for the school shows without asking
    amina_plan = plans["Amina"][1]
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view._worker.write(lambda store: store.plans.actions.add(amina_plan, {
            "description": "Toets KNM", "due_on": day(0).isoformat(), "organisation_id": chain["taal"]}),
            {"plan_actions"})
    assert _texts(view, 2) == ["Toets KNM", "Intake taalschool", "Lesrooster maken"]


def test_enter_opens_the_client_of_the_action(qtbot, view, plans):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    view.table.setFocus()
    view.table.setCurrentItem(view.table.topLevelItem(1))
    with qtbot.waitSignal(view.open_client, timeout=TIMEOUT_MS) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [plans["Yonas"][0]]


def test_without_a_worker_on_this_device_an_organisation_is_shown(qtbot, view, store, plans, chain):
    store.set_current_worker(None)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    assert view.chooser.findData(ME) == -1
    assert view.chooser.currentText() == "Gemeente Hilversum"  # the first organisation, by name
    # Sanne's actions went to her organisation when they were given to her
    assert _texts(view, 2) == ["Huurtoeslag aanvragen", "Zorgverzekering regelen", "Kinderopvang zoeken"]
    assert set(_texts(view, 3)) == {"Sanne de Vries (Gemeente Hilversum)"}
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.choose(chain["wsp"])
    assert _texts(view, 2) == ["Werkervaring bespreken"]


def test_nothing_open_says_so(qtbot, view, store, chain):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    assert view.rows() == [] and view.empty.isVisible()
    assert view.empty.text() == "Nothing open for you. Actions given to you in a plan show here."


def test_lock_forgets_the_list(qtbot, view, worker, plans):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.reload()
    view.clear()
    assert view.table.topLevelItemCount() == 0 and view.chooser.count() == 0 and view.rows() == []
    worker.write(lambda store: None, {"plan_actions"})  # a change after lock reads nothing back
    worker.wait_idle()
    qtbot.wait(50)
    assert view.table.topLevelItemCount() == 0
