"""Stories and stage ratings on the server, on SQLite and PostgreSQL: a partner receives a client's
experiences only when the person agreed to share them with it, never a story about health; it
writes only its own organisation's, for clients that shared them with it; a consent withdrawn or a
story turned into a health story takes them off the partner's device."""

from __future__ import annotations

import pytest

from server.write_rules import JOURNEY_NOT_SHARED, JOURNEY_OWN_ONLY
from tests.server.client import new_id, op
from tests.server.town import STAMP, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}


@pytest.fixture
def town(server):
    yield from town_in(server)


def _story(town, client="amina", org="taalschool", **more) -> dict:
    return {"client_id": town.ids[client], "organisation_id": town.orgs[org], "stage": "plan", "told_by_kind": "person",
            "told_on": "2026-03-01", "title": "Les", "text_nl": "Goed", "consent_use": "none", "life_domain": "work",
            **RECORD, **more}


def _rating(town, client="amina", org="taalschool", **more) -> dict:
    return {"client_id": town.ids[client], "organisation_id": town.orgs[org], "stage": "plan", "rating": "-",
            "reason": "Wachtlijst", "rated_by_kind": "partner", "rated_on": "2026-03-01", **RECORD, **more}


def _share_stories(town, client="amina", org="taalschool") -> str:
    consent_id = new_id()
    [answer] = town.device("km").push(op("consents", consent_id, fields={
        "client_id": town.ids[client], "organisation_id": town.orgs[org], "parts": ["stories"],
        "given_on": "2026-03-01", "how_given": "mondeling", "withdrawn_on": None, **RECORD}))
    assert answer["status"] == "applied"
    return consent_id


def _made_by_km(town, *records: tuple[str, dict]) -> list[str]:
    ids = [new_id() for _ in records]
    answers = town.device("km").push(*[op(entity, i, fields=f) for i, (entity, f) in zip(ids, records, strict=True)])
    assert {a["status"] for a in answers} == {"applied"}, answers
    return ids


def test_a_partner_receives_a_clients_experiences_only_once_shared_with_it_and_never_about_health(town):
    work, health, other_org, rating = _made_by_km(
        town, ("stories", _story(town)), ("stories", _story(town, life_domain="health")),
        ("stories", _story(town, org="vwn")), ("stage_ratings", _rating(town, org="vwn")))
    school = town.holder("taal")
    assert not {k for k in school.records if k[0] in ("stories", "stage_ratings")}  # contact, plan, health only
    _share_stories(town)
    school.sync()
    got = {k for k in school.records if k[0] in ("stories", "stage_ratings")}
    assert got == {("stories", work), ("stories", other_org), ("stage_ratings", rating)}  # not the health story
    assert not {k for k in town.holder("budget").records if k[0] in ("stories", "stage_ratings")}
    staff = town.holder("begeleider").records  # the caseload sees all of it
    assert {("stories", health), ("stories", work), ("stage_ratings", rating)} <= set(staff)


def test_a_partner_writes_only_its_own_organisations_records_for_clients_that_shared_them(town):
    _share_stories(town)
    taal = town.device("taal")
    mine, health = new_id(), new_id()
    answers = taal.push(
        op("stories", mine, fields=_story(town)),  # its own, for Amina: yes
        op("stage_ratings", new_id(), fields=_rating(town)),
        op("stories", new_id(), fields=_story(town, org="vwn")),  # in another organisation's name
        op("stories", new_id(), fields=_story(town, client="bashir")),  # Bashir shares nothing with it
        op("stories", new_id(), fields=_story(town, client="omar")),  # nor does Omar
        op("stories", health, fields=_story(town, life_domain="health")),  # a story it could never receive
    )
    assert [a["status"] for a in answers] == ["applied", "applied", "rejected", "rejected", "rejected", "rejected"]
    assert [a["reason"] for a in answers[2:]] == [JOURNEY_OWN_ONLY, JOURNEY_NOT_SHARED, JOURNEY_NOT_SHARED,
                                                   JOURNEY_NOT_SHARED]


def test_a_partner_changes_and_removes_its_own_only_and_cannot_move_them(town):
    _share_stories(town)
    _share_stories(town, client="bashir")
    own, theirs = _made_by_km(town, ("stories", _story(town)), ("stage_ratings", _rating(town, org="vwn")))
    taal = town.device("taal")
    base = {**_story(town), "id": own}
    changes = [
        op("stories", own, "update", base=base, fields={**base, "title": "Nieuw"}),
        op("stories", own, "update", base=base, fields={**base, "client_id": town.ids["bashir"]}),  # another file
        op("stories", own, "update", base=base, fields={**base, "organisation_id": town.orgs["vwn"]}),
        op("stories", own, "update", base=base, fields={**base, "life_domain": "health"}),
        op("stage_ratings", theirs, "update", base={**_rating(town, org="vwn"), "id": theirs},
           fields={**_rating(town, org="vwn"), "rating": "+"}),
        op("stage_ratings", theirs, "delete", base={**_rating(town, org="vwn"), "id": theirs}),
    ]
    answers = taal.push(*changes)
    [removed] = taal.push(op("stories", own, "delete", base=town.holder("km").records[("stories", own)]))
    answers.append(removed)
    assert [a["status"] for a in answers] == ["applied", "rejected", "rejected", "rejected", "rejected", "rejected",
                                              "applied"]
    stored = town.holder("km").records
    assert stored[("stage_ratings", theirs)]["rating"] == "-"
    assert stored[("stories", own)]["client_id"] == town.ids["amina"] and stored[("stories", own)]["deleted"]


def test_a_consent_withdrawn_or_a_story_turned_to_health_takes_it_off_the_partners_device(town):
    consent = _share_stories(town)
    story, rating = _made_by_km(town, ("stories", _story(town, org="vwn")), ("stage_ratings", _rating(town)))
    school = town.holder("taal")
    assert {("stories", story), ("stage_ratings", rating)} <= set(school.records)
    base = town.holder("km").records[("stories", story)]
    [answer] = town.device("km").push(op("stories", story, "update", base=base,
                                         fields={**base, "life_domain": "health"}))
    assert answer["status"] == "applied"
    school.sync()
    assert ("stories", story) not in school.records and ("stage_ratings", rating) in school.records
    base = town.holder("km").records[("consents", consent)]
    [answer] = town.device("km").push(op("consents", consent, "update", base=base,
                                         fields={**base, "withdrawn_on": "2026-03-10"}))
    assert answer["status"] == "applied"
    school.sync()
    assert ("stage_ratings", rating) not in school.records
    assert ("clients", town.ids["amina"]) in school.records  # her other consent to the school stands
