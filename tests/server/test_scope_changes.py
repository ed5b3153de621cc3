"""A device's scope changing between pulls: drops and late records survive lost answers and pages,
are sent until applied and then never again; too much sent late restarts the pull; and no drop
is sent of a record the device cannot have held."""

from __future__ import annotations

import pytest

from server import pull_scope
from server.models import User
from tests.server.client import new_id, op
from tests.server.test_authorisation_matrix import STAMP, Holder, make_town


@pytest.fixture
def town(server):
    town = make_town(server)
    yield town
    for device in town.devices:
        device.close()


def _update(town, entity: str, name: str, **changes) -> None:
    """The gemeente changes a record as it holds it (the base), as the desktop would."""
    base = town.holder("km").records[town.key(entity, name)]
    [answer] = town.device("km").push(op(entity, town.ids[name], "update", base=base, fields={**base, **changes}))
    assert answer["status"] == "applied"


def _withdraw(town) -> None:
    _update(town, "consents", "consent", withdrawn_on="2026-03-10")


def test_a_lost_answer_carrying_drops_is_answered_again_until_the_device_applied_it(town):
    school = town.holder("taal")
    before = school.device.cursor
    _withdraw(town)
    first = school.device.pull(before)  # the answer never reached the laptop
    assert ("clients", town.ids["amina"]) in map(tuple, first["drop"])
    again = school.device.pull(before)
    assert again["drop"] == first["drop"]
    school.take(again)
    school.device.cursor = again["cursor"]
    assert school.of_clients() == set()
    # Applied: the next pulls say nothing of it any more.
    assert school.device.pull(school.device.cursor)["drop"] == []
    school.sync()
    assert all(page["drop"] == [] for page in school.pages[-1:])


def test_records_coming_into_scope_arrive_though_the_cursor_is_past_them_even_when_nothing_else_moved(town):
    budget = town.holder("budget")
    assert ("clients", town.ids["amina"]) not in budget.records
    [answer] = town.device("km").push(op("consents", new_id(), fields={
        "client_id": town.ids["amina"], "organisation_id": town.orgs["budgetcoach"], "parts": ["plan", "finances"],
        "given_on": "2026-03-01", "how_given": "digitaal", "withdrawn_on": None, "created_at": STAMP,
        "updated_at": STAMP}))
    budget.sync()
    got = budget.of_clients()
    # The plan with its money now, the coach's own action, the finances goal-free money records.
    assert {town.key("clients", "amina"), town.key("plans", "plan"), town.key("plan_actions", "action_budget"),
            town.key("plan_tranches", "tranche"), town.key("form_parts", "finance_part")} <= got
    assert town.key("plan_actions", "action_taal") not in got and town.key("form_parts", "health_part") not in got
    assert budget.records[town.key("plans", "plan")]["budgetcoach"] is True
    late = [c for page in budget.pages[-2:] for c in page["changes"] if c["seq"] < answer["version"]]
    assert late  # sent late: below the cursor the device had
    pages_before = len(budget.pages)
    budget.sync()  # applied: nothing is sent twice
    assert all(p["changes"] == [] and p["drop"] == [] for p in budget.pages[pages_before:])


def test_an_action_given_to_another_organisation_leaves_the_school_laptop(town):
    school = town.holder("taal")
    action = town.key("plan_actions", "action_taal")
    assert action in school.records
    _update(town, "plan_actions", "action_taal", organisation_id=town.orgs["budgetcoach"])
    school.sync()
    assert action not in school.records


def test_a_role_change_drops_what_the_new_role_may_not_hold(town, server):
    begeleider = town.holder("begeleider")
    assert town.key("intakes", "intake") in begeleider.records
    with server.db.writing() as session:  # the administrator makes the begeleider a partner of the school
        user = session.query(User).filter_by(username=town.users["begeleider"]).one()
        user.role, user.organisation_id = "partner", town.orgs["taalschool"]
    begeleider.sync()
    assert begeleider.of_clients() == town.holder("taal").of_clients()
    assert "bsn" not in begeleider.records[town.key("clients", "amina")]  # the whole record made partner-sized


def test_a_device_of_unknown_history_drops_all_it_may_not_hold(town):
    """Signed in again on a store that synced before: a new device to the server, with a cursor."""
    km = town.holder("km")
    school = Holder(town.device("taal"))
    school.records = dict(km.records)
    school.device.cursor = km.device.cursor
    school.sync()
    assert school.of_clients() == town.holder("taal").of_clients()


def test_too_much_to_send_late_restarts_the_pull_from_the_start(town, monkeypatch):
    monkeypatch.setattr(pull_scope, "BACKFILL_MAX", 3)
    budget = town.holder("budget")
    town.device("km").push(op("consents", new_id(), fields={
        "client_id": town.ids["amina"], "organisation_id": town.orgs["budgetcoach"], "parts": ["plan", "finances"],
        "given_on": "2026-03-01", "how_given": "digitaal", "withdrawn_on": None}))
    page = budget.device.pull(budget.device.cursor)
    assert (page["cursor"], page["more"], page["changes"]) == (0, False, [])
    budget.take(page)
    budget.device.cursor = 0
    budget.sync(limit=4)  # the ordinary paging does the rest, page by page
    assert {town.key("plans", "plan"), town.key("plan_tranches", "tranche")} <= budget.of_clients()


def _without_fields(holder: Holder) -> list[tuple[str, str]]:
    return [(c["entity"], c["record_id"]) for page in holder.pages for c in page["changes"] if c["fields"] is None]


def test_a_partners_first_sync_brings_no_drops_of_records_it_never_held(town):
    school = town.holder("taal")
    # The budget coach's action and the health goal are Amina's too, but were never the school's.
    assert _without_fields(school) == []
    assert town.key("plan_actions", "action_taal") in school.records
    assert town.key("plan_actions", "action_budget") not in school.records
    # Once it holds records, a change to another organisation's action is still sent as a drop:
    # the server does not know which of them the device held.
    _update(town, "plan_actions", "action_budget", description="Budgetplan, tweede versie")
    school.sync()
    assert _without_fields(school) == [town.key("plan_actions", "action_budget")]


def test_an_action_pushed_before_the_first_pull_is_dropped_when_the_role_no_longer_sees_it(town, server):
    """A new klantmanager's laptop sends an action made offline, then becomes a language school's
    before it ever pulled: it holds that action from its push, and must drop it."""
    laptop = Holder(town.device("km"))
    action = new_id()
    fields = {"plan_id": town.ids["plan"], "client_id": town.ids["amina"], "organisation_id": town.orgs["gemeente"],
              "description": "Huisbezoek plannen", "status": "planned", "due_on": "2026-04-01",
              "created_at": STAMP, "updated_at": STAMP}
    [answer] = laptop.device.push(op("plan_actions", action, fields=fields))
    assert answer["status"] == "applied"
    laptop.records[("plan_actions", action)] = answer["record"]
    with server.db.writing() as session:
        user = session.query(User).filter_by(username=town.users["km"]).one()
        user.role, user.organisation_id = "partner", town.orgs["taalschool"]
    laptop.sync()
    assert ("plan_actions", action) not in laptop.records
    assert laptop.of_clients() == town.holder("taal").of_clients()


def test_a_partners_pages_are_filled_though_most_rows_read_are_not_its_own(town):
    whole = town.holder("taal")
    paged = Holder(town.device("taal"))
    paged.sync(limit=3)
    sizes = [len(page["changes"]) for page in paged.pages]
    assert sizes[:-1] == [3] * (len(sizes) - 1) and sizes[-1] <= 3  # the rows between were read on past
    assert paged.records == whole.records
