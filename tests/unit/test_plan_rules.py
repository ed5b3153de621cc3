"""The plan's rules: what the law refuses, its clocks, and comparing agreed versions."""

from datetime import date

import pytest

from domain.errors import FieldError
from domain.plan import (
    blank_to_none,
    check_action,
    check_agreement,
    check_milestone,
    check_plan_fields,
    check_tranche,
    goals_from_intake,
    intake_goal_id,
    plan_id_for,
)
from domain.plan_rules import (
    DeadlineState,
    add_months,
    check_plan_law,
    check_route,
    deadline_state,
    inburgeringstermijn,
    is_overdue,
    ontzorgen_end,
    pip_due,
    plan_deadlines,
)
from domain.plan_versions import FieldChange, compare_snapshots, make_snapshot

# -- the route -------------------------------------------------------------------------------


@pytest.mark.parametrize(("niveau", "route", "error"), [
    ("A2", "O", FieldError.A2_WITH_ONDERWIJSROUTE),
    ("B1", "Z", FieldError.B1_WITH_Z_ROUTE),
    ("A2", "B", None), ("B1", "B", None), ("B1", "O", None), ("A2", "Z", None), (None, "O", None),
])
def test_the_level_must_fit_the_route(niveau, route, error):
    errors = check_route({"niveau": niveau, "leerroute": route})
    assert errors == ({"niveau": error} if error else {})


def test_the_refusal_sits_at_the_field_just_changed():
    plan = {"niveau": "A2", "leerroute": "O"}
    assert check_route(plan, changed={"leerroute"}) == {"leerroute": FieldError.A2_WITH_ONDERWIJSROUTE}
    assert check_route(plan, changed={"niveau"}) == {"niveau": FieldError.A2_WITH_ONDERWIJSROUTE}
    assert check_route(plan, changed={"niveau", "leerroute"}) == {"niveau": FieldError.A2_WITH_ONDERWIJSROUTE}


# -- the PIP's date --------------------------------------------------------------------------------


def test_the_pip_date_not_before_the_duty_starts():
    plan = {"pip_dated_on": "2024-03-31", "duty_start_on": "2024-04-01"}
    assert check_plan_law(plan) == {"pip_dated_on": FieldError.PIP_BEFORE_DUTY}
    assert check_plan_law(plan, changed={"duty_start_on"}) == {"duty_start_on": FieldError.PIP_BEFORE_DUTY}
    assert check_plan_law({**plan, "pip_dated_on": "2024-04-01"}) == {}


def test_the_pip_date_not_before_settling():
    plan = {"pip_dated_on": "2024-02-29"}
    assert check_plan_law(plan, "2024-03-01") == {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    assert check_plan_law(plan, "2024-02-29") == {}
    assert check_plan_law(plan, None) == {}


def test_ontzorgen_does_not_end_before_it_starts():
    plan = {"ontzorgen_start": "2024-05-01", "ontzorgen_end": "2024-04-30"}
    assert check_plan_law(plan) == {"ontzorgen_end": FieldError.END_BEFORE_START}


# -- the clocks ------------------------------------------------------------------------------------


def test_the_pip_is_due_ten_weeks_after_duos_notice():
    assert pip_due("2024-01-15") == date(2024, 3, 25)
    assert pip_due(None) is None


def test_the_term_runs_three_years_from_the_day_after_the_pip_date_as_duo_states_it():
    assert inburgeringstermijn("2024-03-10") == (date(2024, 3, 11), date(2027, 3, 11))
    # a PIP dated 28 February of a leap year: the term starts 29 February, ends on the 28th
    assert inburgeringstermijn("2024-02-28") == (date(2024, 2, 29), date(2027, 2, 28))


def test_a_revised_pip_does_not_move_the_term():
    revised = {"pip_dated_on": "2025-01-10"}
    term = next(d for d in plan_deadlines(revised, "2024-03-10", date(2024, 6, 1)) if d.key == "inburgeringstermijn")
    assert term.due == date(2027, 3, 10)  # the last day of the term that started 11 March 2024


def test_ontzorgen_lasts_six_months():
    assert ontzorgen_end("2024-01-01") == date(2024, 6, 30)
    assert ontzorgen_end("2024-03-15") == date(2024, 9, 14)
    assert add_months(date(2024, 8, 31), 6) == date(2025, 2, 28)


@pytest.mark.parametrize(("today", "state"), [
    (date(2024, 3, 1), DeadlineState.OK),
    (date(2024, 4, 2), DeadlineState.OK),  # 29 days left
    (date(2024, 4, 3), DeadlineState.SOON),  # 28 days left
    (date(2024, 5, 1), DeadlineState.SOON),  # the last day itself
    (date(2024, 5, 2), DeadlineState.OVERDUE),
])
def test_a_deadline_is_soon_within_four_weeks_and_overdue_after_its_last_day(today, state):
    assert deadline_state(date(2024, 5, 1), today) is state


def test_the_plan_shows_each_clock_it_can_compute():
    plan = {"duo_notice_on": "2024-01-15", "ontzorgen_start": "2024-01-01"}
    before = {d.key: d for d in plan_deadlines(plan, None, date(2024, 3, 20))}
    assert set(before) == {"pip_due", "ontzorgen_end"}
    assert before["pip_due"].state is DeadlineState.SOON
    assert before["ontzorgen_end"].due == date(2024, 6, 30)
    after = {d.key: d for d in plan_deadlines(plan, "2024-03-20", date(2024, 4, 20))}
    assert after["pip_due"].state is DeadlineState.MET  # agreed in time: no longer a worry
    assert after["inburgeringstermijn"].due == date(2027, 3, 20)
    written_end = {d.key: d for d in plan_deadlines({**plan, "ontzorgen_end": "2024-09-30"}, None, date(2024, 3, 1))}
    assert written_end["ontzorgen_end"].due == date(2024, 9, 30)


def test_an_action_is_overdue_when_due_before_today_and_still_open():
    today = date(2024, 5, 10)
    assert is_overdue({"due_on": "2024-05-09", "status": "planned"}, today)
    assert is_overdue({"due_on": "2024-05-09", "status": "in_progress"}, today)
    assert not is_overdue({"due_on": "2024-05-10", "status": "planned"}, today)
    assert not is_overdue({"due_on": "2024-05-01", "status": "done"}, today)
    assert not is_overdue({"due_on": "2024-05-01", "status": "cancelled"}, today)


# -- records -----------------------------------------------------------------------------------------


def test_header_fields_are_checked_one_by_one():
    errors = check_plan_fields({"leerroute": "X", "niveau": "B2", "intensity_hours": 0, "literacy_education": "B",
                                "guidance": "alone", "ontzorgen_costs": ["rent", "phone"], "knm_done_on": "gisteren",
                                "may_finish_education": "ja"})
    assert errors == {
        "leerroute": FieldError.CHOICE_INVALID, "niveau": FieldError.CHOICE_INVALID,
        "intensity_hours": FieldError.NUMBER_OUT_OF_RANGE, "literacy_education": FieldError.CHOICE_INVALID,
        "guidance": FieldError.CHOICE_INVALID, "ontzorgen_costs": FieldError.CHOICE_INVALID,
        "knm_done_on": FieldError.DATE_INVALID, "may_finish_education": FieldError.CHOICE_INVALID}
    assert check_plan_fields({"leerroute": "O", "niveau": "B1", "intensity_hours": 9999,
                              "ontzorgen_costs": ["rent", "health_insurance", "energy", "water"]}) == {}


def test_an_action_needs_what_by_when_and_who():
    assert check_action({}) == {"description": FieldError.REQUIRED, "due_on": FieldError.REQUIRED,
                                "worker_id": FieldError.REQUIRED}
    assert check_action({"description": "Aanmelden taalschool", "due_on": "2024-05-01",
                         "organisation_id": "org"}) == {}
    assert check_action({"description": "x", "due_on": "2024-05-01", "worker_id": "w",
                         "status": "waiting"}) == {"status": FieldError.CHOICE_INVALID}


def test_a_language_level_names_skill_and_level_and_only_it_does():
    assert check_milestone({"kind": "language_level", "reached_on": "2025-01-01"}) == {
        "skill": FieldError.REQUIRED, "level": FieldError.REQUIRED}
    assert check_milestone({"kind": "language_level", "reached_on": "2025-01-01", "skill": "speaking",
                            "level": "A2"}) == {}
    assert check_milestone({"kind": "exam_passed", "reached_on": "2025-01-01", "level": "B1"}) == {
        "level": FieldError.CHOICE_INVALID}
    assert check_milestone({"kind": "got_rich", "reached_on": ""}) == {
        "kind": FieldError.CHOICE_INVALID, "reached_on": FieldError.REQUIRED}


def test_a_tranche_is_whole_cents_above_zero():
    assert check_tranche({"amount_cents": 0, "paid_on": "2024-05-01"}) == {
        "amount_cents": FieldError.NUMBER_OUT_OF_RANGE}
    assert check_tranche({"amount_cents": 12.5, "paid_on": "2024-05-01"}) == {
        "amount_cents": FieldError.NUMBER_OUT_OF_RANGE}
    assert check_tranche({"amount_cents": 45000, "paid_on": "2024-05-01", "purpose": "bed en kast"}) == {}


def test_an_agreement_says_whether_and_how_the_person_agreed():
    assert check_agreement({"agreed_on": "2024-05-01"}) == {"client_agrees": FieldError.REQUIRED}
    assert check_agreement({"agreed_on": "2024-05-01", "client_agrees": True}) == {
        "agreement_how": FieldError.REQUIRED}
    assert check_agreement({"agreed_on": "2024-05-01", "client_agrees": False}) == {}


def test_the_intake_conclusion_becomes_one_goal_per_domain():
    goals = goals_from_intake({"support_needed": ["work", "language", "network"], "support_level": "coached"})
    assert [g["domain"] for g in goals] == ["language", "work", "network"]
    assert all(g["status"] == "open" and g["result"] == "" for g in goals)
    assert goals_from_intake({}) == []


def test_ids_made_offline_on_two_devices_meet():
    assert plan_id_for("client-1") == plan_id_for("client-1") != plan_id_for("client-2")
    assert intake_goal_id("p", "work") != intake_goal_id("p", "language")


def test_a_cleared_date_or_choice_is_none():
    assert blank_to_none({"due_on": "", "leerroute": "", "result_note": "", "worker_id": ""}) == {
        "due_on": None, "leerroute": None, "result_note": "", "worker_id": None}


# -- comparing versions -----------------------------------------------------------------------------


def test_two_versions_compare_field_by_field():
    goal_work = {"id": "g1", "domain": "work", "result": "Parttime werk", "target_on": "2025-01-01", "status": "open"}
    goal_language = {"id": "g2", "domain": "language", "result": "A2", "target_on": None, "status": "open"}
    action = {"id": "a1", "description": "Taalschool", "due_on": "2024-06-01", "status": "planned", "worker_id": "w"}
    old = make_snapshot({"leerroute": "B", "niveau": "B1"}, [goal_work, goal_language], [action])
    new = make_snapshot(
        {"leerroute": "B", "niveau": "A2"},
        [{**goal_work, "result": "Voltijd werk"}, {"id": "g3", "domain": "health", "status": "open"}],
        [{**action, "status": "done"}, {"id": "a2", "description": "Budgetcoach", "due_on": "2024-07-01",
                                         "deleted": False}, {"id": "a3", "description": "weg", "deleted": True}])
    diff = compare_snapshots(old, new)
    assert diff.plan == [FieldChange("niveau", "B1", "A2")]
    assert [g["id"] for g in diff.goals_added] == ["g3"]
    assert [g["id"] for g in diff.goals_removed] == ["g2"]
    assert [(c.id, c.changes) for c in diff.goals_changed] == [
        ("g1", [FieldChange("result", "Parttime werk", "Voltijd werk")])]
    assert [a["id"] for a in diff.actions_added] == ["a2"]  # a removed action is not in a snapshot
    assert [(c.id, c.changes) for c in diff.actions_changed] == [("a1", [FieldChange("status", "planned", "done")])]
    assert not diff.actions_removed and not diff.empty
    assert compare_snapshots(old, old).empty
