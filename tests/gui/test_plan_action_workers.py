"""The worker list of a plan action offers only the workers of the chosen partner organisation."""

from datetime import date, timedelta

import pytest

from tests.gui.test_plan_panel import ACTIONS, complete_intake, make_chain, open_plan, settle, show_panel


@pytest.fixture
def chain(store):
    people = make_chain(store)
    # a second teacher at the language school, so "only theirs" is more than one
    people["teacher2"] = store.directory.add_worker("Youssef Amrani", "partner", people["taal"])
    return people


@pytest.fixture
def plan_id(store, chain, client_id):
    complete_intake(store, client_id)
    return store.plans.start(client_id)


def _choose(section, key: str, value) -> None:
    combo = section.records.inputs[key]
    combo.setCurrentIndex(combo.findData(value))  # emits as a person's choice does


def test_only_the_chosen_organisations_workers_are_offered(qtbot, worker, store, chain, plan_id, client_id):
    panel = show_panel(qtbot, worker)
    open_plan(qtbot, panel, client_id)
    panel.show_section(ACTIONS)
    section = panel.actions
    section.records.start_new(focus=True)
    assert set(section.offered_workers()) == {chain["me"], chain["teacher"], chain["teacher2"], chain["jobs"]}

    _choose(section, "organisation_id", chain["taal"])
    assert section.offered_workers() == [chain["teacher"], chain["teacher2"]]
    _choose(section, "organisation_id", chain["wsp"])
    assert section.offered_workers() == [chain["jobs"]]
    _choose(section, "organisation_id", None)
    assert len(section.offered_workers()) == 4


def test_another_organisation_empties_a_worker_who_is_not_theirs(qtbot, worker, store, chain, plan_id, client_id):
    due = (date.today() + timedelta(days=7)).isoformat()
    action_id = store.plans.actions.add(plan_id, {"description": "Aanmelden bij de taalschool", "due_on": due,
                                                  "organisation_id": chain["taal"], "worker_id": chain["teacher"]})
    # stored before this rule: a worker of another organisation is shown as stored, not changed by looking
    odd_id = store.plans.actions.add(plan_id, {"description": "Werkervaring", "due_on": due,
                                               "organisation_id": chain["taal"], "worker_id": chain["jobs"]})
    panel = show_panel(qtbot, worker)
    open_plan(qtbot, panel, client_id)
    panel.show_section(ACTIONS)
    section = panel.actions
    section.records.select(odd_id)
    assert section.records.inputs["worker_id"].currentData() == chain["jobs"]
    assert store.plans.actions.get(odd_id)["worker_id"] == chain["jobs"]

    section.records.select(action_id)
    assert section.offered_workers() == [chain["teacher"], chain["teacher2"]]
    _choose(section, "organisation_id", chain["wsp"])
    assert section.offered_workers() == [chain["jobs"]]
    assert section.records.inputs["worker_id"].currentData() is None
    settle(qtbot, panel, worker)
    stored = store.plans.actions.get(action_id)
    assert stored["organisation_id"] == chain["wsp"]
    assert stored["worker_id"] is None  # the organisation is who does it until a worker there is chosen
