"""Agreeing on the plan from the screen: refused without a route, numbered versions, comparing any
two side by side, and the history of who changed what."""

import pytest
from PySide6.QtCore import Qt

from desktop.views.plan.plan_agreement import NOW
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.test_plan_panel import (
    AGREEMENT,
    HISTORY,
    choose,
    complete_intake,
    day,
    dmy,
    make_chain,
    open_plan,
    settle,
    show_panel,
)


@pytest.fixture
def chain(store):
    return make_chain(store)


@pytest.fixture
def client_id(store, chain):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                      "vestiging_date": day(-100).isoformat()})
    complete_intake(store, client_id)
    return client_id


@pytest.fixture
def plan_id(store, client_id):
    return store.plans.start(client_id)


@pytest.fixture
def panel(qtbot, worker):
    return show_panel(qtbot, worker)


def _agree(qtbot, panel, how: str = "signed") -> None:
    section = panel.agreement
    choose(section.client_agrees, True)
    choose(section.agreement_how, how)
    section.present_others.setFocus()
    qtbot.keyClicks(section.present_others, "tolk Arabisch")
    with qtbot.waitSignal(section.agreed, timeout=TIMEOUT_MS):
        qtbot.keyClick(section.present_others, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_a_plan_without_a_route_is_not_agreed(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    panel.show_section(AGREEMENT)
    section = panel.agreement
    section.agree()  # nobody said whether the person agrees, and the plan has no route
    qtbot.waitUntil(lambda: section.error("client_agrees") != "", timeout=TIMEOUT_MS)
    assert section.error("client_agrees") == "This field is required."
    assert "Learning route" in panel.message.text()
    assert panel.fields.slot("leerroute").error == "This field is required."
    assert store.plans.versions(plan_id) == []


def test_agreeing_freezes_a_numbered_version_with_who_was_there(qtbot, panel, worker, store, chain, plan_id,
                                                                client_id):
    store.plans.update(plan_id, {"leerroute": "B", "niveau": "B1"})
    open_plan(qtbot, panel, client_id)
    panel.show_section(AGREEMENT)
    section = panel.agreement
    assert section.present.value() == [chain["me"]]  # who works here was there, unless unticked
    assert section.agree_button.text().replace("&", "") == "Agree as version 1"
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        _agree(qtbot, panel)
    [version] = store.plans.versions(plan_id)
    assert (version["number"], version["agreed_on"], version["pip_dated_on"]) == (
        1, day(0).isoformat(), day(0).isoformat())
    assert version["present_ids"] == [chain["me"]] and version["present_others"] == "tolk Arabisch"
    assert (version["client_agrees"], version["agreement_how"]) == (True, "signed")
    assert panel.version_chip.text() == f"Version 1 · agreed {dmy(0)}"
    assert section.versions.topLevelItem(0).text(3) == "Yes, signed"
    assert section.versions.topLevelItem(0).text(4) == "Sanne de Vries, tolk Arabisch"
    assert section.agree_button.text().replace("&", "") == "Agree as version 2"
    assert section.since_label.text() == "The plan is as agreed in version 1."


def test_a_changed_plan_is_agreed_again_and_versions_compare_side_by_side(qtbot, panel, worker, store, chain,
                                                                         plan_id, client_id):
    store.plans.update(plan_id, {"leerroute": "B", "niveau": "B1", "intensity_hours": 600})
    open_plan(qtbot, panel, client_id)
    panel.show_section(AGREEMENT)
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        _agree(qtbot, panel)

    # change the plan on screen: fewer hours, one action for the language school
    hours = panel.fields.slot("intensity_hours").field
    hours.selectAll()
    hours.setFocus()
    qtbot.keyClicks(hours, "560")
    settle(qtbot, panel, worker)
    store.plans.actions.add(plan_id, {"description": "Toets KNM voorbereiden", "due_on": day(30).isoformat(),
                                      "worker_id": chain["teacher"]})
    qtbot.waitUntil(lambda: panel.version_chip.text() == "Version 1 · changed since", timeout=TIMEOUT_MS)
    assert panel.agreement.since_label.text().startswith("Changed since version 1")

    # the latest against the plan now: what agreeing again would freeze
    section = panel.agreement
    assert section.left_choice.currentText() == f"Version 1 ({dmy(0)})"
    assert section.right_choice.currentData() == NOW
    section.compare_button.click()
    qtbot.waitUntil(lambda: section.compare_view.rows() != [], timeout=TIMEOUT_MS)
    rows = [(r.label, r.left, r.right) for r in section.compare_view.rows()]
    assert ("Estimated hours (B1 route)", "600", "560") in rows

    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        _agree(qtbot, panel, "verbal")
    assert [v["number"] for v in store.plans.versions(plan_id)] == [1, 2]
    assert section.versions.topLevelItemCount() == 2

    # Enter on version 2 compares it with version 1
    section.versions.setFocus()
    section.versions.setCurrentItem(section.versions.topLevelItem(0))
    qtbot.keyClick(section.versions, Qt.Key.Key_Return)
    assert section.right_choice.currentText() == f"Version 2 ({dmy(0)})"
    qtbot.waitUntil(lambda: f"Version 2 ({dmy(0)})" in section.compare_view.toPlainText(), timeout=TIMEOUT_MS)
    rows = [(r.label, r.left, r.right) for r in section.compare_view.rows()]
    assert ("Estimated hours (B1 route)", "600", "560") in rows
    assert ("Toets KNM voorbereiden", "—", f"added: due {dmy(30)} · Taalschool Gooi, Marieke Bos · Planned") in rows
    text = section.compare_view.toPlainText()
    assert f"Version 1 ({dmy(0)})" in text and f"Version 2 ({dmy(0)})" in text


def test_the_history_says_who_changed_which_field(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    choose(panel.fields.slot("leerroute").field, "Z")
    settle(qtbot, panel, worker)
    choose(panel.fields.slot("leerroute").field, "B")  # within minutes: folds into one line
    settle(qtbot, panel, worker)
    panel.show_section(HISTORY)
    qtbot.waitUntil(lambda: any(r[2] == "Learning route" for r in panel.history.rows()), timeout=TIMEOUT_MS)
    lines = [r for r in panel.history.rows() if r[2] == "Learning route"]
    assert lines == [("Sanne de Vries", "Plan", "Learning route", "", "B1 route")]
    goals = [r for r in panel.history.rows() if r[1].startswith("Goal")]
    assert ("Sanne de Vries", "Goal: Language", "Domain", "", "Language") in goals
    choose(panel.history.show_group, "goals")
    assert all(r[1].startswith("Goal") for r in panel.history.rows())
