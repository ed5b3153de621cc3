"""The plan screen: started from the intake, the route with the law's refusals at the field,
goals, actions for partners from the keyboard, money, deadlines, and lock."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop.views.common.plan_labels import plan_error_message
from desktop.views.plan.plan_panel import PlanPanel
from domain.errors import FieldError
from domain.plan import intake_goal_id
from tests.gui.conftest import TIMEOUT_MS
from tests.store.test_conversations import INTAKE_ANSWERS

ROUTE, GOALS, ACTIONS, MONEY, MILESTONES, AGREEMENT, HISTORY = range(7)


# -- shared with the other plan tests -------------------------------------------------------------
def make_chain(store) -> dict:
    """A municipality, a language school and an employers' desk, a worker at each; Sanne works here."""
    d = store.directory
    orgs = {"gemeente": d.add_organisation("Gemeente Hilversum", "gemeente"),
            "taal": d.add_organisation("Taalschool Gooi", "taalschool"),
            "wsp": d.add_organisation("Werkgeversservicepunt Gooi", "jobhunter")}
    people = {"me": d.add_worker("Sanne de Vries", "klantmanager", orgs["gemeente"]),
              "teacher": d.add_worker("Marieke Bos", "partner", orgs["taal"]),
              "jobs": d.add_worker("Kees Jansen", "partner", orgs["wsp"])}
    store.set_current_worker(people["me"])
    return {**orgs, **people}


def complete_intake(store, client_id: str, support_needed=("language", "work"), level="coached") -> str:
    intake_id = store.intakes.start(client_id, {})
    for part, answers in INTAKE_ANSWERS.items():
        store.intakes.save_part(intake_id, client_id, part, answers)
    store.intakes.save_part(intake_id, client_id, "conclusion", {
        **INTAKE_ANSWERS["conclusion"], "support_needed": list(support_needed), "support_level": level})
    store.intakes.complete(intake_id)
    return intake_id


def show_panel(qtbot, worker) -> PlanPanel:
    panel = PlanPanel(worker)
    qtbot.addWidget(panel)
    panel.resize(900, 620)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=TIMEOUT_MS)
    return panel


def open_plan(qtbot, panel, client_id: str) -> None:
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        panel.load_client(client_id)


def settle(qtbot, panel, worker) -> None:
    """Everything typed written, and the plan read back into the screen."""
    def quiet() -> bool:
        panel.flush()
        worker.wait_idle()
        QApplication.processEvents()
        return not panel.autosaver.has_pending() and not panel.autosaver.is_saving()
    qtbot.waitUntil(quiet, timeout=TIMEOUT_MS)
    worker.wait_idle()
    QApplication.processEvents()


def choose(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))


def day(days: int) -> date:
    return date.today() + timedelta(days=days)


def dmy(days: int) -> str:
    return day(days).strftime("%d-%m-%Y")


# -- fixtures -------------------------------------------------------------------------------------
@pytest.fixture
def chain(store):
    return make_chain(store)


@pytest.fixture
def client_id(store):
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                 "vestiging_date": day(-100).isoformat()})


@pytest.fixture
def panel(qtbot, worker):
    return show_panel(qtbot, worker)


@pytest.fixture
def plan_id(store, chain, client_id):
    complete_intake(store, client_id)
    return store.plans.start(client_id)


# -- starting -------------------------------------------------------------------------------------
def test_the_plan_starts_from_the_completed_intake(qtbot, panel, store, chain, client_id):
    complete_intake(store, client_id, ("language", "work", "housing"), "by_the_hand")
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == "start", timeout=TIMEOUT_MS)
    assert panel.start_button.text().replace("&", "") == "Start plan from the intake"
    assert "Amina Haddad" in panel.start_intro.text()
    assert not panel.start_button.autoDefault()  # started on purpose: Space or a click, not a stray Enter
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(panel.start_button, Qt.Key.Key_Space)
    plan = store.plans.get(store.plans.for_client(client_id))
    assert plan["guidance"] == "by_the_hand"
    assert panel.page == "plan"
    assert panel.fields.value("guidance") == "by_the_hand"
    table = panel.goals.records.table
    assert [table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount())] == [
        "Language", "Work", "Housing"]
    assert panel.version_chip.text() == "Not agreed yet"


def test_without_an_intake_an_empty_plan_is_offered(qtbot, panel, store, chain, client_id):
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == "start", timeout=TIMEOUT_MS)
    assert panel.start_button.text().replace("&", "") == "Start an empty plan"
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        panel.start_button.click()
    assert store.plans.get(store.plans.for_client(client_id))["goals"] == []
    panel.show_section(GOALS)
    assert panel.goals.records.empty_label.isVisible()
    assert not panel.goals.suggestions.isVisible()


def test_domains_the_intake_named_are_offered_as_goals_until_taken(qtbot, panel, worker, store, plan_id, client_id):
    store.plans.goals.remove(intake_goal_id(plan_id, "work"))
    open_plan(qtbot, panel, client_id)
    panel.show_section(GOALS)
    assert panel.goals.suggested_domains() == ["work"]
    assert panel.goals.suggestions.isVisible()
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        panel.goals.suggestions.findChild(type(panel.start_button), "suggest_work").click()
    assert sorted(g["domain"] for g in store.plans.get(plan_id)["goals"]) == ["language", "work"]
    assert not panel.goals.suggestions.isVisible()


# -- the route ------------------------------------------------------------------------------------
def test_route_fields_save_as_they_are_edited(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    choose(panel.fields.slot("leerroute").field, "B")
    choose(panel.fields.slot("niveau").field, "B1")
    hours = panel.fields.slot("intensity_hours").field
    hours.setFocus()
    qtbot.keyClicks(hours, "600")
    qtbot.keyClicks(panel.fields.slot("duo_notice_on").field.edit, dmy(-21))
    settle(qtbot, panel, worker)
    stored = store.plans.get(plan_id)
    assert (stored["leerroute"], stored["niveau"], stored["intensity_hours"]) == ("B", "B1", 600)
    assert stored["duo_notice_on"] == day(-21).isoformat()
    assert panel.save_state.text() == "All changes saved"
    # the notice starts the ten weeks for the PIP: shown as a badge, due in seven weeks
    assert panel.route.badge_texts()[0][:2] == ("pip_due", "ok")
    assert dmy(49) in panel.route.badge_texts()[0][2]


def test_a_refused_route_and_level_is_marked_at_the_field_and_not_stored(qtbot, panel, worker, store, plan_id,
                                                                        client_id):
    store.plans.update(plan_id, {"leerroute": "O"})
    open_plan(qtbot, panel, client_id)
    niveau = panel.fields.slot("niveau")
    choose(niveau.field, "A2")
    settle(qtbot, panel, worker)
    assert niveau.error == plan_error_message(FieldError.A2_WITH_ONDERWIJSROUTE)
    assert "education route" in niveau.error
    assert store.plans.get(plan_id)["niveau"] is None
    assert niveau.field.currentData() == "A2"  # what was chosen stays, marked
    assert panel.save_state.text().startswith("Not everything is saved")

    choose(panel.fields.slot("leerroute").field, "B")  # the other field was what made it wrong
    settle(qtbot, panel, worker)
    stored = store.plans.get(plan_id)
    assert (stored["leerroute"], stored["niveau"]) == ("B", "A2")
    # no PIP has been agreed yet: DUO refuses A2 with the B1-route in a first PIP, shown at once
    assert niveau.error == plan_error_message(FieldError.A2_WITH_B_ROUTE_FIRST_PIP)
    choose(niveau.field, "B1")
    settle(qtbot, panel, worker)
    assert niveau.error == ""


def test_a_result_duo_refuses_is_marked_at_its_field_with_what_to_do(qtbot, panel, worker, store, plan_id,
                                                                      client_id):
    store.plans.update(plan_id, {"leerroute": "O"})
    store.plans.agree(plan_id, {"agreed_on": day(-30).isoformat(), "client_agrees": True, "agreement_how": "signed"})
    open_plan(qtbot, panel, client_id)
    pvt = panel.fields.slot("pvt_done_on")
    qtbot.keyClicks(pvt.field.edit, dmy(-30))  # the PIP's own day: the term starts the day after
    settle(qtbot, panel, worker)
    assert pvt.error == plan_error_message(FieldError.RESULT_BEFORE_TERM)
    assert "within the term" in pvt.error
    assert store.plans.get(plan_id)["pvt_done_on"] is None
    map_done = panel.fields.slot("map_done_on")
    qtbot.keyClicks(map_done.field.edit, dmy(-10))
    settle(qtbot, panel, worker)
    assert map_done.error == plan_error_message(FieldError.MAP_NOT_IN_ONDERWIJSROUTE)
    assert store.plans.get(plan_id)["map_done_on"] is None


def test_a_result_after_the_term_asks_for_culpability_at_that_field(qtbot, panel, worker, store, plan_id,
                                                                    client_id):
    store.clients.update(client_id, {"vestiging_date": day(-4 * 366).isoformat()})
    store.plans.update(plan_id, {"leerroute": "B"})
    first = day(-3 * 366 - 40)  # the term ended about a month ago
    store.plans.agree(plan_id, {"agreed_on": first.isoformat(), "client_agrees": True, "agreement_how": "signed"})
    open_plan(qtbot, panel, client_id)
    qtbot.keyClicks(panel.fields.slot("pvt_done_on").field.edit, dmy(-5))
    settle(qtbot, panel, worker)
    assert store.plans.get(plan_id)["pvt_done_on"] == day(-5).isoformat()  # the date itself is right
    culpable = panel.fields.slot("pvt_culpable")
    assert culpable.error == plan_error_message(FieldError.CULPABILITY_MISSING_AFTER_TERM)
    choose(culpable.field, "no")  # within two months of the end: 'not culpable' may be said
    settle(qtbot, panel, worker)
    assert culpable.error == "" and store.plans.get(plan_id)["pvt_culpable"] == "no"


def test_the_laws_deadlines_are_coloured_badges(qtbot, panel, store, plan_id, client_id):
    store.plans.update(plan_id, {"duo_notice_on": day(-60).isoformat(), "ontzorgen_start": day(-200).isoformat()})
    open_plan(qtbot, panel, client_id)
    panel.fields.slot("leerroute").field.setFocus()
    for _ in range(MONEY):  # Ctrl+PgDown goes section by section (Alt+1/2/3 are the window's pages)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert panel.sections.currentIndex() == MONEY
    states = {key: state for key, state, _text in panel.route.badge_texts()}
    assert states == {"pip_due": "soon", "ontzorgen_end": "overdue"}
    state, text = panel.money.reminder()
    assert state == "overdue" and "Ontzorgen ends" in text


# -- actions --------------------------------------------------------------------------------------
def _type_action(qtbot, section, what: str, org_name: str | None, worker_name: str, due: str) -> None:
    inputs = section.records.inputs
    section.records.start_new(focus=True)
    assert inputs["description"].hasFocus()
    qtbot.keyClicks(inputs["description"], what)
    pause = QApplication.keyboardInputInterval() + 50  # a combo's type-to-find starts afresh after it
    if org_name:
        qtbot.wait(pause)
        qtbot.keyClicks(inputs["organisation_id"], org_name)
    qtbot.wait(pause)
    qtbot.keyClicks(inputs["worker_id"], worker_name)
    qtbot.keyClicks(inputs["due_on"].edit, due)
    qtbot.keyClick(inputs["due_on"].edit, Qt.Key.Key_Return)


def test_actions_for_two_partners_are_added_and_changed_from_the_keyboard(qtbot, panel, worker, store, chain,
                                                                         plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    panel.show_section(ACTIONS)
    section = panel.actions
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        _type_action(qtbot, section, "Aanmelden bij de taalschool", "Taal", "Marieke", dmy(7))
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):  # the worker's organisation is filled in
        _type_action(qtbot, section, "Gesprek over werkervaring", None, "Kees", dmy(-2))
    actions = {a["description"]: a for a in store.plans.get(plan_id)["actions"]}
    assert actions["Aanmelden bij de taalschool"]["organisation_id"] == chain["taal"]
    assert actions["Aanmelden bij de taalschool"]["worker_id"] == chain["teacher"]
    assert actions["Gesprek over werkervaring"]["organisation_id"] == chain["wsp"]
    assert actions["Gesprek over werkervaring"]["due_on"] == day(-2).isoformat()

    table = section.records.table
    rows = {table.topLevelItem(i).text(1): table.topLevelItem(i) for i in range(table.topLevelItemCount())}
    assert rows["Aanmelden bij de taalschool"].text(2) == "Taalschool Gooi"
    assert rows["Gesprek over werkervaring"].text(2) == "Werkgeversservicepunt Gooi"
    assert section.overdue_rows() == ["Gesprek over werkervaring"]
    assert "1 overdue" in section.summary.text()

    # choose the overdue one, mark it done with Ctrl+D, then write its result: saved as typed
    table.setFocus()
    table.setCurrentItem(rows["Gesprek over werkervaring"])
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    action_id = actions["Gesprek over werkervaring"]["id"]
    assert store.plans.actions.get(action_id)["status"] == "done"
    assert section.overdue_rows() == []
    note = section.records.inputs["result_note"]
    note.setFocus()
    qtbot.keyClicks(note, "Diploma's gaan naar IDW")
    settle(qtbot, panel, worker)
    assert store.plans.actions.get(action_id)["result_note"] == "Diploma's gaan naar IDW"
    assert note.text() == "Diploma's gaan naar IDW"


def test_an_action_without_anyone_to_do_it_is_refused_at_the_field(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    panel.show_section(ACTIONS)
    records = panel.actions.records
    records.start_new(focus=True)
    qtbot.keyClicks(records.inputs["description"], "Iets regelen")
    qtbot.keyClicks(records.inputs["due_on"].edit, dmy(3))
    qtbot.keyClick(records.inputs["description"], Qt.Key.Key_Return)
    assert records.error("worker_id") == "This field is required."
    assert panel.message.text() == "Not added: please correct the marked fields."
    worker.wait_idle()
    assert store.plans.get(plan_id)["actions"] == []


# -- money and milestones -------------------------------------------------------------------------
def test_a_tranche_is_added_in_euros_and_a_wrong_amount_is_marked(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    panel.show_section(MONEY)
    tranches = panel.money.tranches
    tranches.start_new(focus=True)
    qtbot.keyClicks(tranches.inputs["amount_cents"], "twaalf")
    qtbot.keyClicks(tranches.inputs["paid_on"].edit, dmy(-3))
    tranches.submit()
    assert tranches.error("amount_cents") == "This number is outside the range allowed here."
    tranches.inputs["amount_cents"].clear()
    qtbot.keyClicks(tranches.inputs["amount_cents"], "1.250,50")
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        qtbot.keyClick(tranches.inputs["amount_cents"], Qt.Key.Key_Return)
    assert [t["amount_cents"] for t in store.plans.get(plan_id)["tranches"]] == [125050]
    assert panel.money.tranche_total.text() == "Paid in all: € 1.250,50"


def test_a_language_level_needs_its_skill(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    panel.show_section(MILESTONES)
    records = panel.milestones.records
    choose(records.inputs["kind"], "language_level")
    assert records.inputs["skill"].isEnabled()
    qtbot.keyClicks(records.inputs["reached_on"].edit, dmy(-1))
    choose(records.inputs["level"], "A2")
    records.submit()
    assert records.error("skill") == "This field is required."
    choose(records.inputs["skill"], "speaking")
    with qtbot.waitSignal(panel.plan_shown, timeout=TIMEOUT_MS):
        records.submit()
    [milestone] = store.plans.get(plan_id)["milestones"]
    assert (milestone["kind"], milestone["skill"], milestone["level"]) == ("language_level", "speaking", "A2")


def test_a_goal_is_removed_only_after_the_question_is_answered_with_remove(qtbot, panel, worker, store, plan_id,
                                                                         client_id):
    open_plan(qtbot, panel, client_id)
    records = panel.goals.records
    records.table.setCurrentItem(records.table.topLevelItem(0))
    qtbot.waitUntil(records.remove_button.isEnabled, timeout=TIMEOUT_MS)

    def ask() -> QMessageBox:
        qtbot.mouseClick(records.remove_button, Qt.MouseButton.LeftButton)
        shown = lambda: [b for b in records.findChildren(QMessageBox) if b.isVisible()]  # noqa: E731
        qtbot.waitUntil(lambda: len(shown()) == 1, timeout=TIMEOUT_MS)
        return shown()[0]

    box = ask()
    with qtbot.waitSignal(box.finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps the goal
    settle(qtbot, panel, worker)
    assert len(store.plans.get(plan_id)["goals"]) == 2

    ask().findChild(QPushButton, "confirm_remove_goals").click()
    qtbot.waitUntil(lambda: len(store.plans.get(plan_id)["goals"]) == 1, timeout=TIMEOUT_MS)


# -- lock -----------------------------------------------------------------------------------------
def test_lock_saves_what_was_typed_then_forgets_it(qtbot, panel, worker, store, plan_id, client_id):
    open_plan(qtbot, panel, client_id)
    reason = panel.fields.slot("leerroute_reason").field
    reason.setFocus()
    qtbot.keyClicks(reason, "Wil later naar het mbo")
    panel.clear()  # at once, before the autosave's delay
    worker.wait_idle()
    assert store.plans.get(plan_id)["leerroute_reason"] == "Wil later naar het mbo"
    assert panel.page == "empty"
    assert reason.text() == ""
    assert panel.goals.records.table.topLevelItemCount() == 0
    assert panel.plan_print() is None
