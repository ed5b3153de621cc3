"""The joint plan in the real encrypted store: records, versions, history, my actions, the law."""

import json
import secrets
from datetime import date

import pytest
from sqlalchemy import event, exc, text

from desktop.store import RecordNotFound, Store, migrate
from desktop.store.engine import open_engine
from desktop.store.keyfile import FAST_KDF, KeyFile
from desktop.store.outbox import claim, pending
from desktop.store.store import DB_NAME, KEY_NAME
from domain.errors import FieldError, RecordInvalid
from domain.forms import Kind
from domain.intake import INTAKE
from domain.plan import intake_goal_id, plan_id_for
from domain.plan_rules import DeadlineState
from tests.conftest import PASSPHRASE, new_store

TODAY = date(2024, 6, 3)


@pytest.fixture
def plans(store):
    store.plans.today = lambda: TODAY
    return store.plans


@pytest.fixture
def worker(store):
    school = store.directory.add_organisation("Taalschool Gooi", "taalschool")
    worker_id = store.directory.add_worker("Sanne de Vries", "klantmanager", school)
    store.set_current_worker(worker_id)
    return worker_id


def _client(store, family_name="Haddad", vestiging="2024-03-01") -> str:
    return store.clients.create({"given_names": "Amina", "family_name": family_name, "vestiging_date": vestiging})


def _answer(question):
    return {Kind.CHOICE: lambda q: q.options[0], Kind.MULTI: lambda q: [q.options[0]], Kind.YESNO: lambda q: True,
            Kind.NUMBER: lambda q: q.low, Kind.SCORE: lambda q: "47,50",
            Kind.DATE: lambda q: "2024-01-01"}.get(question.kind, lambda q: "x")(question)


def _completed_intake(store, client_id, support_needed, support_level="coached") -> str:
    intake_id = store.intakes.start(client_id, {})
    for part in INTAKE.parts:
        store.intakes.save_part(intake_id, client_id, part.key,
                                {q.key: _answer(q) for q in part.questions if q.required})
    store.intakes.save_part(intake_id, client_id, "conclusion", {
        "starting_position": "Spreekt Arabisch en Engels.", "support_needed": support_needed,
        "support_level": support_level})
    store.intakes.complete(intake_id)
    return intake_id


def _plan(store, client_id=None, **fields) -> str:
    plan_id = store.plans.start(client_id or _client(store))
    if fields:
        store.plans.update(plan_id, fields)
    return plan_id


def _action(store, plan_id, worker_id, **fields) -> str:
    return store.plans.actions.add(plan_id, {"description": "Aanmelden taalschool", "due_on": "2024-06-10",
                                             "worker_id": worker_id, **fields})


def _agree(store, plan_id, agreed_on="2024-04-01", **fields) -> str:
    return store.plans.agree(plan_id, {"agreed_on": agreed_on, "client_agrees": True, "agreement_how": "signed",
                                       **fields})


# -- starting from the brede intake ---------------------------------------------------------------------


def test_the_plan_starts_from_the_intakes_conclusion(store, plans, worker):
    client_id = _client(store)
    _completed_intake(store, client_id, ["work", "language"], "by_the_hand")
    plan_id = plans.start(client_id)
    plan = plans.get(plan_id)
    assert plan["guidance"] == "by_the_hand"
    assert sorted(g["domain"] for g in plan["goals"]) == ["language", "work"]
    assert plans.for_client(client_id) == plan_id and plans.start(client_id) == plan_id  # one plan per client
    assert plans.suggested_goals(plan_id) == []
    plans.goals.remove(intake_goal_id(plan_id, "work"))
    assert [g["domain"] for g in plans.suggested_goals(plan_id)] == ["work"]


def test_two_devices_starting_the_same_plan_offline_make_the_same_records(store, tmp_path):
    client_id = _client(store)
    _completed_intake(store, client_id, ["housing"])
    other = new_store(tmp_path / "other")
    try:
        with store.engine.connect() as conn:  # the same client and intake, as sync would bring them
            for table in ("clients", "intakes", "form_parts"):
                rows = [dict(r) for r in conn.execute(text(f"SELECT * FROM {table}")).mappings()]
                with other.engine.begin() as target:
                    for row in rows:
                        cols = ", ".join(row)
                        target.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({', '.join(':' + c for c in row)})"),
                                       row)
        here, there = store.plans.start(client_id), other.plans.start(client_id)
        assert here == there == plan_id_for(client_id)
        assert [g["id"] for g in store.plans.get(here)["goals"]] == [g["id"] for g in other.plans.get(there)["goals"]]
    finally:
        other.close()


def test_a_plan_for_no_client_is_refused(plans):
    with pytest.raises(RecordNotFound):
        plans.start("no-such-client")


# -- the law at the field ---------------------------------------------------------------------------


def test_the_law_refuses_at_the_field_and_writes_nothing(store, plans, worker):
    plan_id = _plan(store, leerroute="O", niveau="B1")
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"niveau": "A2"})
    assert caught.value.errors == {"niveau": FieldError.A2_WITH_ONDERWIJSROUTE}
    plans.update(plan_id, {"leerroute": "B", "niveau": "B1"})
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"leerroute": "Z"})
    assert caught.value.errors == {"leerroute": FieldError.B1_WITH_Z_ROUTE}
    assert plans.get_header(plan_id)["leerroute"] == "B"


def test_the_pip_date_is_refused_before_settling_or_before_the_duty(store, plans, worker):
    plan_id = _plan(store, _client(store, vestiging="2024-03-01"), duty_start_on="2024-03-15")
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"pip_dated_on": "2024-03-10"})
    assert caught.value.errors == {"pip_dated_on": FieldError.PIP_BEFORE_DUTY}
    plans.update(plan_id, {"duty_start_on": None})
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"pip_dated_on": "2024-02-28"})
    assert caught.value.errors == {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    assert plans.update(plan_id, {"pip_dated_on": "2024-03-01"}) == {"pip_dated_on": None}


def test_an_unrelated_edit_is_not_blocked_by_an_old_breach(store, plans, worker):
    client_id = _client(store, vestiging="2024-03-01")
    plan_id = _plan(store, client_id, pip_dated_on="2024-03-05")
    store.clients.update(client_id, {"vestiging_date": "2024-03-20"})  # settling moved after the PIP
    assert plans.get(plan_id)["law_errors"] == {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    plans.update(plan_id, {"dual_track": "unpaid_work"})
    assert plans.get_header(plan_id)["dual_track"] == "unpaid_work"


# -- actions and "my actions" -----------------------------------------------------------------------


def test_actions_follow_their_status_and_show_overdue(store, plans, worker):
    plan_id = _plan(store)
    late = _action(store, plan_id, worker, due_on="2024-06-01")
    later = _action(store, plan_id, worker, due_on="2024-06-20")
    actions = {a["id"]: a for a in plans.get(plan_id)["actions"]}
    assert actions[late]["overdue"] and not actions[later]["overdue"]
    assert actions[late]["organisation_name"] == "Taalschool Gooi"  # the worker's organisation
    assert actions[late]["worker_name"] == "Sanne de Vries"
    plans.actions.update(late, {"status": "done", "result_note": "Gestart op maandag"})
    done = plans.actions.get(late)
    assert done["done_on"] == TODAY.isoformat() and done["result_note"] == "Gestart op maandag"
    assert not {a["id"]: a for a in plans.get(plan_id)["actions"]}[late]["overdue"]
    assert plans.actions.update(late, {"status": "in_progress"}) == {"status": "done", "done_on": "2024-06-03"}
    assert plans.actions.get(late)["done_on"] is None


def test_an_action_links_only_to_a_goal_of_its_own_plan(store, plans, worker):
    plan_id, other_plan = _plan(store), _plan(store)
    goal = plans.goals.add(plan_id, {"domain": "work", "result": "Parttime werk", "target_on": "2025-06-01"})
    foreign = plans.goals.add(other_plan, {"domain": "work"})
    with pytest.raises(RecordInvalid) as caught:
        _action(store, plan_id, worker, goal_id=foreign)
    assert caught.value.errors == {"goal_id": FieldError.NOT_IN_PLAN}
    action = _action(store, plan_id, worker, goal_id=goal)
    plans.goals.remove(goal)
    assert plans.actions.get(action)["goal_id"] is None
    assert [g["id"] for g in plans.get(plan_id)["goals"]] == []


def test_my_actions_are_the_open_ones_across_clients_by_due_date(store, plans, worker):
    colleague = store.directory.add_worker("Youssef Amrani", "begeleider", None)
    school = store.directory.organisations()[0]["id"]
    budget_org = store.directory.add_organisation("Budgetcoach Gooi", "budgetcoach")
    first, second = _plan(store, _client(store, "Bakri")), _plan(store, _client(store, "Tesfay"))
    a3 = _action(store, first, worker, due_on="2024-07-01")
    a1 = _action(store, second, worker, due_on="2024-05-01")
    a2 = _action(store, first, worker, due_on="2024-06-10", status="in_progress")
    plans.actions.update(_action(store, first, worker, due_on="2024-04-01"), {"status": "done"})
    plans.actions.update(_action(store, first, worker, due_on="2024-04-02"), {"status": "cancelled"})
    plans.actions.remove(_action(store, first, worker, due_on="2024-04-03"))
    _action(store, first, colleague, due_on="2024-04-04")
    budget = _action(store, second, None, organisation_id=budget_org, due_on="2024-08-01")

    mine = plans.my_actions(worker_id=worker)
    assert [a["id"] for a in mine] == [a1, a2, a3]
    assert [a["client_name"] for a in mine] == ["Amina Tesfay", "Amina Bakri", "Amina Bakri"]
    assert [a["overdue"] for a in mine] == [True, False, False]
    assert [a["id"] for a in plans.my_actions(organisation_id=school)] == [a1, a2, a3]
    assert [a["id"] for a in plans.my_actions(organisation_id=budget_org)] == [budget]

    store.clients.delete(store.plans.get_header(second)["client_id"])
    assert [a["id"] for a in plans.my_actions(worker_id=worker)] == [a2, a3]
    with pytest.raises(ValueError):
        plans.my_actions()


@pytest.mark.parametrize("owner", ["worker_id", "organisation_id"])
def test_my_actions_read_the_partial_index_in_due_order(store, plans, owner):
    executed = []

    def capture(_conn, _cursor, statement, parameters, _context, _many):
        if "FROM plan_actions" in statement:
            executed.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", capture)
    try:
        plans.my_actions(**{owner: "someone"})
    finally:
        event.remove(store.engine, "before_cursor_execute", capture)
    statement, parameters = executed[-1]  # exactly as run, parameters bound
    with store.engine.connect() as conn:
        plan = " / ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters))
    index = "ix_plan_actions_open_worker" if owner == "worker_id" else "ix_plan_actions_open_org"
    assert f"SEARCH plan_actions USING INDEX {index}" in plan, plan


# -- agreeing, versions, comparing ------------------------------------------------------------------


def test_agreeing_freezes_numbered_versions_that_compare_field_by_field(store, plans, worker):
    plan_id = _plan(store, leerroute="B", niveau="B1", intensity_hours=600)
    goal = plans.goals.add(plan_id, {"domain": "language", "result": "B1 halen"})
    action = _action(store, plan_id, worker)
    first = _agree(store, plan_id, present_ids=[worker], present_others="tolk Arabisch")

    plans.update(plan_id, {"niveau": "A2"})
    plans.goals.update(goal, {"result": "A2 halen"})
    plans.actions.remove(action)
    new_action = _action(store, plan_id, worker, description="Vrijwilligerswerk zoeken")
    second = _agree(store, plan_id, agreed_on="2024-05-15", pip_dated_on="2024-05-15")

    versions = plans.versions(plan_id)
    assert [(v["number"], v["agreed_on"], v["pip_dated_on"]) for v in versions] == [
        (1, "2024-04-01", "2024-04-01"), (2, "2024-05-15", "2024-05-15")]
    assert versions[0]["present_ids"] == [worker] and versions[0]["agreed_by_name"] == "Sanne de Vries"
    assert "snapshot" not in versions[0]
    assert plans.version(first)["snapshot"]["plan"]["niveau"] == "B1"

    diff = plans.compare(first, second)
    assert [(c.field, c.old, c.new) for c in diff.plan] == [
        ("niveau", "B1", "A2"), ("pip_dated_on", "2024-04-01", "2024-05-15")]
    assert [(c.id, [(f.field, f.new) for f in c.changes]) for c in diff.goals_changed] == [
        (goal, [("result", "A2 halen")])]
    assert [a["id"] for a in diff.actions_removed] == [action]
    assert [a["id"] for a in diff.actions_added] == [new_action]
    assert plans.changes_since_agreed(plan_id).empty
    plans.update(plan_id, {"dual_track": "paid_work"})
    assert [c.field for c in plans.changes_since_agreed(plan_id).plan] == ["dual_track"]


def test_an_agreed_version_cannot_change(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    version_id = _agree(store, plan_id)
    with store.engine.begin() as conn, pytest.raises(exc.IntegrityError, match="cannot change"):
        conn.execute(text("UPDATE plan_versions SET snapshot = '{}' WHERE id = :id"), {"id": version_id})
    with store.engine.begin() as conn, pytest.raises(exc.IntegrityError, match="cannot change"):
        conn.execute(text("DELETE FROM plan_versions WHERE id = :id"), {"id": version_id})
    with store.engine.begin() as conn:  # the server's version number may still be written
        conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
        conn.execute(text("UPDATE plan_versions SET version = 3 WHERE id = :id"), {"id": version_id})
        conn.execute(text("DELETE FROM sync_applying"))
    assert plans.version(version_id)["snapshot"]["plan"]["leerroute"] == "B"


def test_agreeing_is_refused_without_a_route_or_against_the_law(store, plans, worker):
    plan_id = _plan(store, _client(store, vestiging="2024-03-01"))
    with pytest.raises(RecordInvalid) as caught:
        plans.agree(plan_id, {"agreed_on": "2024-02-01", "client_agrees": True})
    assert caught.value.errors == {"leerroute": FieldError.REQUIRED, "agreement_how": FieldError.REQUIRED,
                                   "pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    assert plans.versions(plan_id) == [] and plans.get_header(plan_id)["pip_dated_on"] is None


def test_the_term_counts_from_the_first_agreed_pip_and_the_pip_due_is_met(store, plans, worker):
    plan_id = _plan(store, leerroute="B", duo_notice_on="2024-04-01")  # due 10 June
    assert [(d.key, d.state) for d in plans.get(plan_id)["deadlines"]] == [("pip_due", DeadlineState.SOON)]
    _agree(store, plan_id, agreed_on="2024-04-01")
    _agree(store, plan_id, agreed_on="2024-05-20")
    plan = plans.get(plan_id)
    assert plan["pip_dated_on"] == "2024-05-20" and plan["first_pip_dated_on"] == "2024-04-01"
    deadlines = {d.key: d for d in plan["deadlines"]}
    assert deadlines["pip_due"].state is DeadlineState.MET
    assert deadlines["inburgeringstermijn"].due == date(2027, 4, 1)


def test_duo_gets_the_agreed_pip_not_the_draft(store, plans, worker):
    plan_id = _plan(store, leerroute="B", niveau="B1", literacy_education="NVT")
    with pytest.raises(RecordInvalid) as caught:
        plans.pip_request(plan_id)
    assert caught.value.errors == {"plan": FieldError.NOT_AGREED}
    _agree(store, plan_id, agreed_on="2024-04-01")
    with pytest.raises(RecordInvalid) as caught:
        plans.pip_request(plan_id)
    assert caught.value.errors == {"bsn": FieldError.REQUIRED}  # DUO's path needs the BSN
    store.clients.update(plans.get_header(plan_id)["client_id"], {"bsn": "11122.2333"})
    plans.update(plan_id, {"niveau": "A2"})  # a draft change, not yet agreed
    request = plans.pip_request(plan_id)
    assert (request.operation_id, request.method, request.path) == ("postPipByBsn", "POST", "/personen/111222333/PIP")
    assert request.body == {
        "dagtekeningPip": "2024-04-01", "leerroute": "B", "niveau": "B1", "indicatorMagOpleidingAfmaken": False,
        "indicatorAlfabetiseringsonderwijs": "NVT"}
    assert plans.result_requests(plan_id) == {}
    plans.update(plan_id, {"map_done_on": "2024-05-20", "map_culpable": "", "pvt_done_on": "2024-05-10"})
    bodies = {k: (r.operation_id, r.body) for k, r in plans.result_requests(plan_id).items()}
    assert bodies == {"map": ("updateMapByBsn", {"datumEindgesprekMap": "2024-05-20"}),
                      "pvt": ("updatePvtByBsn", {"datumOndertekeningPvt": "2024-05-10"})}


def test_a_result_dated_before_the_term_is_refused_at_its_field(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    _agree(store, plan_id, agreed_on="2024-04-01")  # the term starts 2 April 2024
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"pvt_done_on": "2024-04-01"})
    assert caught.value.errors == {"pvt_done_on": FieldError.RESULT_BEFORE_TERM}
    plans.update(plan_id, {"pvt_done_on": "2024-04-02"})


def test_a_revised_pip_is_not_dated_before_the_current_one(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    _agree(store, plan_id, agreed_on="2024-04-01")
    _agree(store, plan_id, agreed_on="2024-05-01")
    with pytest.raises(RecordInvalid) as caught:
        _agree(store, plan_id, agreed_on="2024-04-30")
    assert caught.value.errors == {"pip_dated_on": FieldError.REVISED_PIP_BEFORE_CURRENT}
    _agree(store, plan_id, agreed_on="2024-05-01")


def test_the_route_changes_only_within_18_months_of_the_first_pip(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    _agree(store, plan_id, agreed_on="2024-04-01")  # a change is allowed up to 1 October 2025
    plans.today = lambda: date(2025, 10, 1)
    plans.update(plan_id, {"leerroute": "Z"})
    plans.update(plan_id, {"leerroute": "B"})
    plans.today = lambda: date(2025, 10, 2)
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"leerroute": "Z"})
    assert caught.value.errors == {"leerroute": FieldError.ROUTE_CHANGE_TOO_LATE}


# -- money and milestones ------------------------------------------------------------------------------


def test_money_records_and_ontzorgen(store, plans, worker):
    plan_id = _plan(store, ontzorgen_start="2024-03-01", ontzorgen_costs=["rent", "health_insurance"],
                    budgetcoach=True)
    tranche = plans.tranches.add(plan_id, {"amount_cents": 75000, "paid_on": "2024-03-05", "purpose": "bedden"})
    plans.tranches.update(tranche, {"checked": True})
    plans.debt_signals.add(plan_id, {"noticed_on": "2024-05-02", "kind": "rent_arrears", "note": "1 maand"})
    with pytest.raises(RecordInvalid) as caught:
        plans.update(plan_id, {"ontzorgen_costs": ["rent", "phone"]})
    assert caught.value.errors == {"ontzorgen_costs": FieldError.CHOICE_INVALID}
    plan = plans.get(plan_id)
    assert plan["ontzorgen_costs"] == ["rent", "health_insurance"] and plan["budgetcoach"] is True
    assert plan["tranches"][0]["checked"] is True and plan["tranches"][0]["checked_on"] == "2024-06-03"
    assert plan["debt_signals"][0]["kind"] == "rent_arrears"
    changes = {h["field"]: h["new"] for h in plans.history(plan_id, record_id=plan_id)}
    assert changes["ontzorgen_costs"] == ["rent", "health_insurance"] and changes["budgetcoach"] is True
    ontzorgen = {d.key: d for d in plan["deadlines"]}["ontzorgen_end"]
    assert ontzorgen.due == date(2024, 8, 31) and ontzorgen.state is DeadlineState.OK


def test_milestones(store, plans, worker):
    plan_id = _plan(store)
    plans.milestones.add(plan_id, {"kind": "language_level", "reached_on": "2024-05-01", "skill": "speaking",
                                   "level": "A2"})
    with pytest.raises(RecordInvalid) as caught:
        plans.milestones.add(plan_id, {"kind": "language_level", "reached_on": "2024-05-01"})
    assert set(caught.value.errors) == {"skill", "level"}
    plans.milestones.add(plan_id, {"kind": "socially_active", "reached_on": "2024-04-01", "detail": "Voedselbank"})
    assert [m["kind"] for m in plans.get(plan_id)["milestones"]] == ["socially_active", "language_level"]


# -- history ----------------------------------------------------------------------------------------------


def test_history_records_who_changed_which_field(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    action = _action(store, plan_id, worker)
    with store.engine.begin() as conn:  # a raw write cannot skip the history either
        conn.execute(text("UPDATE plan_actions SET due_on = '2024-07-01' WHERE id = :id"), {"id": action})
    history = plans.history(plan_id)
    entries = {(h["entity"], h["field"]): h for h in history}
    assert entries[("plans", "leerroute")]["new"] == "B"
    assert entries[("plan_actions", "due_on")]["old"] is None  # a new record: folded with its first value
    assert entries[("plan_actions", "due_on")]["new"] == "2024-07-01"
    assert entries[("plan_actions", "description")]["new"] == "Aanmelden taalschool"
    assert {h["author_name"] for h in history} == {"Sanne de Vries"}
    assert ("plan_actions", "status") not in entries  # its default is not news
    assert [h["field"] for h in plans.history(plan_id, record_id=plan_id)] == ["leerroute"]


def _sync_history(store):
    """As if the server had taken every entry: history rows get a server version, the outbox empties."""
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
        conn.execute(text("UPDATE plan_history SET version = 1"))
        conn.execute(text("DELETE FROM sync_applying"))
        claim(conn, [e["seq"] for e in pending(conn)])


def test_typing_folds_into_one_line_until_it_is_synced_or_someone_else_types(store, plans, worker):
    plan_id = _plan(store)
    for reason in ("Kan", "Kan goed", "Kan goed leren"):
        plans.update(plan_id, {"leerroute_reason": reason})
    assert [(h["old"], h["new"]) for h in plans.history(plan_id)] == [("", "Kan goed leren")]
    _sync_history(store)
    plans.update(plan_id, {"leerroute_reason": "Kan goed leren, wil snel werken"})
    store.set_current_worker(store.directory.add_worker("Youssef Amrani", "begeleider", None))
    plans.update(plan_id, {"leerroute_reason": "Wil snel werken"})
    assert [(h["old"], h["new"], h["author_name"]) for h in plans.history(plan_id)] == [
        ("Kan goed leren, wil snel werken", "Wil snel werken", "Youssef Amrani"),
        ("Kan goed leren", "Kan goed leren, wil snel werken", "Sanne de Vries"),
        ("", "Kan goed leren", "Sanne de Vries")]


def test_history_is_append_only_and_sync_writes_none(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    _sync_history(store)
    with store.engine.begin() as conn, pytest.raises(exc.IntegrityError, match="append-only"):
        conn.execute(text("UPDATE plan_history SET new = 'O'"))
    with store.engine.begin() as conn, pytest.raises(exc.IntegrityError, match="append-only"):
        conn.execute(text("DELETE FROM plan_history"))
    with store.engine.begin() as conn:  # the server's changes arrive with their own history rows
        conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
        conn.execute(text("UPDATE plans SET leerroute = 'O' WHERE id = :id"), {"id": plan_id})
        conn.execute(text("DELETE FROM sync_applying"))
    assert [h["new"] for h in plans.history(plan_id)] == ["B"]


# -- sync ---------------------------------------------------------------------------------------------------


def test_every_plan_record_reaches_the_outbox_as_its_own_record(store, plans, worker):
    plan_id = _plan(store, leerroute="B")
    first, second = _action(store, plan_id, worker), _action(store, plan_id, worker)
    plans.goals.add(plan_id, {"domain": "work"})
    plans.tranches.add(plan_id, {"amount_cents": 100, "paid_on": "2024-03-05"})
    plans.debt_signals.add(plan_id, {"noticed_on": "2024-03-05", "kind": "fine"})
    plans.milestones.add(plan_id, {"kind": "own_network", "reached_on": "2024-03-05"})
    _agree(store, plan_id)
    with store.engine.begin() as conn:
        claim(conn, [e["seq"] for e in pending(conn)])
        entities = {e["entity"] for e in pending(conn, 5000)}
    assert entities >= {"plans", "plan_goals", "plan_actions", "plan_versions", "plan_history", "plan_tranches",
                        "plan_debt_signals", "plan_milestones"}
    plans.actions.update(first, {"status": "in_progress"})
    plans.actions.update(second, {"result_note": "Gebeld"})
    with store.engine.connect() as conn:
        unsent = [e for e in pending(conn, 5000) if not e["claimed"] and e["entity"] == "plan_actions"]
    assert {e["record_id"] for e in unsent} == {first, second}  # two edits, two records: they merge
    assert json.loads(json.dumps(unsent[0]["after"]))["plan_id"] == plan_id


def test_a_store_of_the_previous_revision_gains_the_plan(store_dir):
    store_dir.mkdir(parents=True)
    db_key = secrets.token_bytes(32)
    KeyFile.wrap("old-store", db_key, PASSPHRASE, FAST_KDF).save(store_dir / KEY_NAME)
    engine = open_engine(store_dir / DB_NAME, db_key)
    migrate.upgrade(engine, store_dir / DB_NAME, store_dir / "backups", target="0004")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO clients (id, created_at, updated_at, given_names, family_name) "
                          "VALUES ('c1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'Amina', 'Haddad')"))
    engine.dispose()
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        store.set_current_worker(store.directory.add_worker("Sanne de Vries", "klantmanager", None))
        plan_id = _plan(store, "c1", leerroute="B")
        assert [h["field"] for h in store.plans.history(plan_id)] == ["leerroute"]
        with store.engine.connect() as conn:
            assert {e["entity"] for e in pending(conn)} >= {"plans", "plan_history"}
    finally:
        store.close()
