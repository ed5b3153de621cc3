"""A monitoring meeting is the municipality's: stray or forged pushes cannot rewrite it, nor put it
in a client's file where a partner would receive it (docs/decisions/0034)."""

from __future__ import annotations

import pytest

from tests.server.client import new_id, op
from tests.server.town import STAMP, Holder, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}
MEETING = {"held_on": "2026-03-01", "title": "Overleg maart", "decisions": ["Meer taalcoaches"],
           "actions": [{"id": "a1", "what": "Taalmaatjes werven", "who": "VWN", "due_on": "2026-04-01",
                        "status": "open", "outcome": ""}], **RECORD}


@pytest.fixture
def town(server):
    yield from town_in(server)


def _meeting(town, **extra) -> tuple[str, dict]:
    meeting_id = new_id()
    [answer] = town.device("coordinator").push(op("monitoring_meetings", meeting_id, fields={**MEETING, **extra}))
    assert answer["status"] == "applied", answer
    return meeting_id, town.holder("coordinator").records[("monitoring_meetings", meeting_id)]


@pytest.mark.parametrize("person", ["km", "begeleider", "taal", "budget"])
def test_no_one_but_a_coordinator_or_administrator_rewrites_or_deletes_a_meeting(town, person):
    meeting_id, stored = _meeting(town)
    forged = {**stored, "decisions": ["Niets besloten"], "actions": []}
    device = town.device(person)
    answers = device.push(
        op("monitoring_meetings", meeting_id, "update", base=stored, fields=forged),
        op("monitoring_meetings", meeting_id, "update", base=None, fields=forged),  # no base: a blind overwrite
        op("monitoring_meetings", meeting_id, "delete", base=stored),
        op("monitoring_meetings", meeting_id, "insert", fields=forged),  # an insert over an existing id
    )
    assert [a["status"] for a in answers] == ["rejected"] * 4, answers
    assert all("coordinator" in a["reason"] for a in answers)
    assert town.holder("coordinator").records[("monitoring_meetings", meeting_id)] == stored


def test_the_administrator_may_correct_a_meeting_and_a_coordinator_of_the_municipality_writes_it(town):
    meeting_id, stored = _meeting(town)
    [answer] = town.device("admin").push(op("monitoring_meetings", meeting_id, "update", base=stored,
                                            fields={**stored, "title": "Overleg maart (gecorrigeerd)"}))
    assert answer["status"] == "applied", answer
    assert town.holder("km").records[("monitoring_meetings", meeting_id)]["title"] == "Overleg maart (gecorrigeerd)"


def test_a_meeting_that_names_a_client_stays_the_tenants_and_never_reaches_a_partner(town):
    # Amina consented to share with the language school: a meeting naming her must not follow her there.
    meeting_id, _ = _meeting(town, client_id=town.ids["amina"], organisation_id=town.orgs["taalschool"])
    taal = Holder(town.device("taal"))
    taal.sync()
    assert ("monitoring_meetings", meeting_id) not in taal.records
    assert ("clients", town.ids["amina"]) in taal.records  # the partner does hold the client
    for staff in ("km", "coordinator", "begeleider"):  # every staff device of the tenant receives it
        assert ("monitoring_meetings", meeting_id) in town.holder(staff).records, staff
