"""The stage as the store shows it: derived from the records on every read, the same in the
file, the caseload, its filter and its counts, and in the person export."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import CaseloadQuery
from desktop.store.person_export import export_person
from domain import client as rules
from domain.client import Stage, stage_of
from tests.depth import examples
from tests.store.test_plans import _completed_intake


def _answers(form):
    from tests.store.test_plans import _answer
    return {part.key: {q.key: _answer(q) for q in part.questions if q.required} for part in form.parts}


def _everywhere(store, client_id) -> set[str]:
    """The stage as every read shows it: the file, the caseload row, the filter, the counts."""
    seen = {store.clients.get(client_id)["stage"]}
    page = store.clients.search(CaseloadQuery(limit=1000))
    seen |= {r["stage"] for r in page.rows if r["id"] == client_id}
    seen |= {s.value for s in Stage
             if client_id in {r["id"] for r in store.clients.search(CaseloadQuery(stage=s.value, limit=1000)).rows}}
    return seen


def test_the_stage_advances_through_handover_intake_plan_and_housing(store):
    worker = store.directory.add_worker("Sanne", "klantmanager", store.directory.add_organisation("G", "gemeente"))
    store.set_current_worker(worker)
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "stage": "plan"})
    assert _everywhere(store, client_id) == {"koppeling"}  # a stage typed in is not a fact

    handover = store.handovers.start(client_id, {})
    assert _everywhere(store, client_id) == {"overdracht"}
    for part, answers in _answers(store.handovers.form).items():
        store.handovers.save_part(handover, client_id, part, answers)
    store.handovers.complete(handover)
    assert _everywhere(store, client_id) == {"intake"}

    intake = _completed_intake(store, client_id, ["language"])
    assert _everywhere(store, client_id) == {"intake"}  # done, but no plan yet
    plan_id = store.plans.start(client_id, intake)
    assert _everywhere(store, client_id) == {"plan"}

    store.clients.update(client_id, {"vestiging_date": (date.today() + timedelta(days=10)).isoformat()})
    assert _everywhere(store, client_id) == {"plan"}  # a house to come is not a house
    store.clients.update(client_id, {"vestiging_date": date.today().isoformat()})
    assert _everywhere(store, client_id) == {"gevestigd"}
    store.clients.update(client_id, {"stage": "zelfstandig"})
    assert _everywhere(store, client_id) == {"zelfstandig"}
    assert export_person(store, client_id)["sections"]["client"]["stage"] == "zelfstandig"
    assert plan_id


def test_household_members_share_the_household_conversations(store):
    main = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    partner = store.clients.add_to_household(main, {"given_names": "Omar", "family_name": "Haddad",
                                                    "household_role": "partner"})
    store.handovers.start(main, {})
    assert _everywhere(store, partner) == {"overdracht"}
    counts = store.clients.search(CaseloadQuery()).by_stage
    assert counts == {"overdracht": 2}


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=st.sets(st.sampled_from((rules.HANDOVER_STARTED, rules.INTAKE_STARTED, rules.PLAN_STARTED,
                                      rules.HOUSED, rules.INDEPENDENT))))
def test_the_store_agrees_with_the_domain_rule(store, facts):
    fields = {"given_names": "Test", "family_name": "Person"}
    if rules.HOUSED in facts:
        fields["vestiging_date"] = date.today().isoformat()
    if rules.INDEPENDENT in facts:
        fields["stage"] = "zelfstandig"
    client_id = store.clients.create(fields)
    if rules.HANDOVER_STARTED in facts:
        store.handovers.start(client_id, {})
    if rules.INTAKE_STARTED in facts:
        store.intakes.start(client_id, {})
    if rules.PLAN_STARTED in facts:
        store.plans.start(client_id, seed_goals=False)
    assert store.clients.get(client_id)["stage"] == stage_of(facts).value

