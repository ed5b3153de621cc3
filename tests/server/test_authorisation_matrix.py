"""Who sees what, on SQLite and PostgreSQL: for each role and organisation exactly the expected
records arrive, reduced where the role needs less; forged writes are refused with a sentence."""

from __future__ import annotations

import pytest

from server.write_rules import (
    ADMIN_DIRECTORY_ONLY,
    CONSENT_BY_STAFF,
    NOT_IN_SCOPE,
    PARTNER_ACTION_FIELDS,
    PARTNER_ACTIONS_ONLY,
    PARTNER_NOT_ASSIGNED,
)
from tests.server.client import new_id, op
from tests.server.town import KINDS, PEOPLE, STAMP, Holder, Town, make_town, town_in


@pytest.fixture
def town(server):
    yield from town_in(server)


def _all_of_amina(town: Town) -> set[tuple[str, str]]:
    entities = {"amina": "clients", "omar": "clients", "household": "households", "intake": "intakes",
                "language_part": "form_parts", "health_part": "form_parts", "finance_part": "form_parts",
                "visit": "visits", "plan": "plans", "goal_language": "plan_goals", "goal_health": "plan_goals",
                "action_taal": "plan_actions", "action_budget": "plan_actions", "tranche": "plan_tranches",
                "milestone": "plan_milestones", "history": "plan_history", "consent": "consents"}
    return {town.key(entity, name) for name, entity in entities.items()}


def _bashir(town: Town) -> set[tuple[str, str]]:
    return {town.key("clients", "bashir"), town.key("plan_actions", "bashir_action"),
            town.key("consents", "bashir_consent_budget")}


def test_the_gemeente_directs_the_chain_and_sees_every_client(town):
    everything = _all_of_amina(town) | _bashir(town) | {town.key("duplicate_dismissals", "dismissal")}
    for person in ("km", "coordinator"):
        holder = town.holder(person)
        assert holder.of_clients() == everything
        assert holder.records[town.key("clients", "amina")]["notes"] == "Trauma; slaapt slecht"


def test_a_begeleider_sees_the_caseload_with_the_household_and_nothing_else(town):
    holder = town.holder("begeleider")
    # Omar follows his main person; Bashir is not theirs; a dismissal names no client: staff see it.
    assert holder.of_clients() == _all_of_amina(town) | {town.key("duplicate_dismissals", "dismissal")}
    assert holder.records[town.key("clients", "amina")]["bsn"] == "111222333"
    directory = {k for k in holder.records if k[0] in ("organisations", "workers")}
    assert len(directory) == len(KINDS) + len(PEOPLE)


def test_the_language_school_sees_name_contact_and_its_own_actions_only(town):
    holder = town.holder("taal")
    assert holder.of_clients() == {town.key("clients", "amina"), town.key("consents", "consent"),
                                   town.key("plans", "plan"), town.key("plan_goals", "goal_language"),
                                   town.key("plan_actions", "action_taal"), town.key("plan_milestones", "milestone")}
    amina = holder.records[town.key("clients", "amina")]
    assert amina["given_names"] == "Amina" and amina["phone"] == "06-1"
    assert not {"bsn", "notes", "household_id", "begeleider_id"} & amina.keys()
    plan = holder.records[town.key("plans", "plan")]
    assert plan["leerroute"] == "B" and plan["niveau"] == "B1"
    assert not {"ontzorgen_costs", "budgetcoach", "budgetcoach_org_id", "leerroute_reason"} & plan.keys()
    # Health was consented, but no partner role ever receives it: the health goal and part stay away.
    assert town.key("plan_goals", "goal_health") not in holder.records


def test_a_partner_without_consent_and_an_administrator_see_the_directory_only(town):
    budget = town.holder("budget")
    # Bashir consented to the budget coach with contact only: his name and number, not the school's action.
    assert budget.of_clients() == {town.key("clients", "bashir"), town.key("consents", "bashir_consent_budget")}
    assert town.holder("admin").of_clients() == set()


def test_forged_writes_are_refused_with_a_sentence_and_never_applied(town):
    ids, o = town.ids, town.orgs
    taal, begeleider, admin = town.device("taal"), town.device("begeleider"), town.device("admin")
    action = {"plan_id": ids["plan"], "client_id": ids["amina"], "organisation_id": o["taalschool"],
              "description": "Intake taalschool", "status": "planned", "result_note": "", "due_on": "2026-04-01",
              "worker_id": None, "done_on": None, "created_at": STAMP, "updated_at": STAMP, "deleted": 0}
    budget_action = {**action, "organisation_id": o["budgetcoach"], "description": "Budgetplan"}
    answers = taal.push(
        op("plan_actions", ids["action_taal"], "update", base=action,
           fields={**action, "status": "done", "result_note": "Ingeschreven voor B1", "done_on": "2026-03-20"}),
        op("plan_actions", ids["action_taal"], "update", base=action, fields={**action, "description": "Anders"}),
        op("plan_actions", ids["action_budget"], "update", base=budget_action,
           fields={**budget_action, "status": "done"}),
        op("clients", ids["amina"], "update", fields={"given_names": "Amina", "family_name": "Haddad", "bsn": ""}),
        op("form_parts", new_id(), fields={"form": "intake", "client_id": ids["amina"], "part": "health"}),
        op("consents", new_id(), fields={"client_id": ids["bashir"], "organisation_id": o["taalschool"],
                                         "parts": ["plan"]}),
        op("workers", new_id(), fields={"name": "Nep", "role": "klantmanager", "organisation_id": o["gemeente"]}),
    )
    assert [a["status"] for a in answers] == ["applied"] + ["rejected"] * 6
    assert [a["reason"] for a in answers[1:4]] == [PARTNER_ACTION_FIELDS, PARTNER_NOT_ASSIGNED, PARTNER_ACTIONS_ONLY]
    assert answers[5]["reason"] == CONSENT_BY_STAFF
    assert all(a["reason"].endswith(".") and a["reason"][0].isupper() for a in answers[1:])

    answers = begeleider.push(
        op("clients", ids["bashir"], "update", fields={"given_names": "Bashir", "family_name": "X"}),
        op("visits", new_id(), fields={"client_id": ids["bashir"], "planned_on": "2026-03-05"}),
        op("plan_actions", ids["action_taal"], "update", fields={**action, "client_id": ids["bashir"]}),
    )
    assert [(a["status"], a["reason"]) for a in answers] == [("rejected", NOT_IN_SCOPE)] * 3
    [answer] = admin.push(op("clients", new_id(), fields={"given_names": "A", "family_name": "B"}))
    assert answer["reason"] == ADMIN_DIRECTORY_ONLY

    km = Holder(town.device("km"))
    km.sync()
    assert km.records[town.key("clients", "bashir")]["family_name"] == "Noori"
    assert km.records[town.key("plan_actions", "action_taal")]["status"] == "done"
    assert km.records[town.key("plan_actions", "action_taal")]["description"] == "Intake taalschool"
    assert km.records[town.key("plan_actions", "action_budget")]["status"] == "planned"


def test_a_client_a_begeleider_makes_is_their_caseload_until_someone_is_assigned(town):
    begeleider = town.device("begeleider")
    client_id, intake_id = new_id(), new_id()
    answers = begeleider.push(op("clients", client_id, fields={"given_names": "Sara", "family_name": "Ali"}),
                              op("intakes", intake_id, fields={"client_id": client_id}))
    assert [a["status"] for a in answers] == ["applied", "applied"]
    holder = Holder(begeleider)
    holder.sync()
    assert {("clients", client_id), ("intakes", intake_id)} <= holder.of_clients()
    assert ("clients", client_id) in town.holder("km").records  # the gemeente sees every client


def test_another_tenant_neither_sees_nor_changes_these_records(town, server):
    other = make_town(server)
    try:
        outsider = other.device("km")
        seen = Holder(outsider)
        seen.sync()
        assert not (seen.of_clients() & (_all_of_amina(town) | _bashir(town)))
        # A forged update of Amina lands in the other tenant's own records, never in hers.
        [answer] = outsider.push(op("clients", town.ids["amina"], "update",
                                    fields={"given_names": "Gestolen", "family_name": "X"}))
        assert answer["status"] == "applied"
        [answer] = other.device("begeleider").push(op("visits", new_id(), fields={"client_id": town.ids["amina"]}))
        assert (answer["status"], answer["reason"]) == ("rejected", NOT_IN_SCOPE)
        assert town.holder("km").records[town.key("clients", "amina")]["given_names"] == "Amina"
    finally:
        for device in other.devices:
            device.close()


def test_a_household_made_under_a_clients_id_does_not_make_that_client_the_devices(town):
    """A push's new clients and households are its sender's: each by its own kind, or a household
    made under Bashir's id would have let the rest of the push change Bashir's file."""
    ids = town.ids
    bashir = town.holder("km").records[town.key("clients", "bashir")]
    answers = town.device("begeleider").push(
        op("households", ids["bashir"], fields={"label": "Nep", "created_at": STAMP, "updated_at": STAMP}),
        op("clients", ids["bashir"], "update", base=bashir,
           fields={**bashir, "begeleider_id": town.workers["begeleider"]}),
        op("visits", new_id(), fields={"client_id": ids["bashir"], "planned_on": "2026-03-05"}))
    assert [(a["status"], a["reason"]) for a in answers] == [
        ("applied", None), ("rejected", NOT_IN_SCOPE), ("rejected", NOT_IN_SCOPE)]
    assert town.key("clients", "bashir") not in town.holder("begeleider").records


def test_a_partner_writes_history_and_conflicts_only_into_its_own_actions_file(town):
    """A history line or conflict about its own action, but named for another client (or none: then
    every member of staff would receive it), would put the partner's text in a file it does not hold."""
    ids, taal_org = town.ids, town.orgs["taalschool"]
    line = {"entity": "plan_actions", "record_id": ids["action_taal"], "field": "status", "new": "done",
            "created_at": STAMP, "updated_at": STAMP}
    conflict = {**line, "client_id": ids["amina"], "organisation_id": taal_org, "mine": "done", "theirs": "x"}
    answers = town.device("taal").push(
        op("plan_history", new_id(), fields={**line, "plan_id": ids["plan"]}),
        op("plan_history", new_id(), fields={**line, "client_id": ids["bashir"]}),
        op("plan_history", new_id(), fields=line),
        op("sync_conflicts", new_id(), fields=conflict),
        op("sync_conflicts", new_id(), fields={**conflict, "client_id": ids["bashir"]}),
        op("sync_conflicts", new_id(), fields={k: v for k, v in conflict.items() if k != "client_id"}),
        op("sync_conflicts", new_id(), fields={**conflict, "organisation_id": town.orgs["budgetcoach"]}))
    assert [(a["status"], a["reason"]) for a in answers] == [("applied", None)] + \
        [("rejected", PARTNER_NOT_ASSIGNED)] * 2 + [("applied", None)] + [("rejected", PARTNER_NOT_ASSIGNED)] * 3
