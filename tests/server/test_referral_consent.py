"""Referrals: the server shares nothing of a file without the person's consent in force, and a
partner sees a referral to its organisation only as far as that consent goes. SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from server.referral_consent import REFERRAL_NEEDS_CONSENT, REFERRAL_NO_HEALTH
from tests.server.client import new_id, op
from tests.server.town import STAMP, Holder, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}


@pytest.fixture
def town(server):
    yield from town_in(server)


def referral(town, client: str, organisation: str | None, shared, note: str = "Graag een intake") -> dict:
    return {"client_id": town.ids[client], "service_id": new_id(),
            "organisation_id": town.orgs[organisation] if organisation else None,
            "referred_on": "2026-03-02", "referred_by": town.workers["km"], "origin": "client_file",
            "origin_id": None, "shared_parts": shared, "consent_given_on": "2026-03-01",
            "consent_how": "mondeling", "note": note, **RECORD}


@pytest.mark.parametrize("person", ["km", "coordinator", "begeleider"])
def test_sharing_without_consent_in_force_is_refused_for_every_staff_role(town, person):
    device = town.device(person)
    cases = {  # Amina consented to share contact, plan and health with the language school
        "no consent for the budget coach": (referral(town, "amina", "budgetcoach", '["contact"]'), False),
        "a part not consented": (referral(town, "amina", "taalschool", '["contact", "intake"]'), False),
        "no organisation named": (referral(town, "amina", None, ["contact"]), False),
        "health, even consented": (referral(town, "amina", "taalschool", ["health"]), False),
        "covered by the consent": (referral(town, "amina", "taalschool", ["contact", "plan"]), True),
        "sharing nothing needs no consent": (referral(town, "amina", "budgetcoach", "[]"), True),
    }
    ops = [op("referrals", new_id(), fields=fields) for fields, _ in cases.values()]
    answers = device.push(*ops)
    got = {name: a["status"] == "applied" for name, a in zip(cases, answers, strict=True)}
    assert got == {name: ok for name, (_, ok) in cases.items()}
    reasons = {a["reason"] for a in answers if a["status"] == "rejected"}
    assert reasons == {REFERRAL_NEEDS_CONSENT, REFERRAL_NO_HEALTH}


def test_a_withdrawn_consent_no_longer_allows_sharing_and_a_new_one_in_the_same_push_does(town):
    km = town.device("km")
    fields = referral(town, "amina", "taalschool", ["contact"])
    [answer] = km.push(op("consents", town.ids["consent"], "update",
                          fields={"withdrawn_on": "2026-03-02", "updated_at": STAMP}))
    assert answer["status"] == "applied"
    [answer] = km.push(op("referrals", new_id(), fields=fields))
    assert answer == {**answer, "status": "rejected", "reason": REFERRAL_NEEDS_CONSENT}
    consent = {"client_id": town.ids["amina"], "organisation_id": town.orgs["taalschool"], "parts": ["contact"],
               "given_on": "2026-03-02", "how_given": "mondeling", "withdrawn_on": None, **RECORD}
    answers = km.push(op("consents", new_id(), fields=consent), op("referrals", new_id(), fields=fields))
    assert [a["status"] for a in answers] == ["applied", "applied"]


def test_a_referral_cannot_be_changed_to_share_more_than_the_consent(town):
    km, referral_id = town.device("km"), new_id()
    fields = referral(town, "amina", "taalschool", [])
    assert km.push(op("referrals", referral_id, fields=fields))[0]["status"] == "applied"
    [answer] = km.push(op("referrals", referral_id, "update", base={**fields, "deleted": False},
                          fields={**fields, "shared_parts": ["finances"]}))
    assert answer["status"] == "rejected" and answer["reason"] == REFERRAL_NEEDS_CONSENT
    stored = town.holder("km").records[("referrals", referral_id)]
    assert stored["shared_parts"] == []


def test_partners_receive_their_own_referrals_only_as_far_as_the_consent_goes(town):
    km = town.device("km")
    to_school, to_school_bare, to_coach = new_id(), new_id(), new_id()
    plan_action = {**referral(town, "amina", "taalschool", ["contact"]), "origin": "plan_action",
                   "origin_id": town.ids["action_taal"]}
    visit = {**referral(town, "amina", "taalschool", [], note="Alleen het adres"), "origin": "visit",
             "origin_id": town.ids["visit"]}
    answers = km.push(op("referrals", to_school, fields=plan_action), op("referrals", to_school_bare, fields=visit),
                      op("referrals", to_coach, fields=referral(town, "amina", "budgetcoach", [])))
    assert {a["status"] for a in answers} == {"applied"}

    school = town.holder("taal").records
    assert ("referrals", to_coach) not in school  # another organisation's
    assert school[("referrals", to_school)]["note"] == "Graag een intake"  # shared with consent
    assert school[("referrals", to_school)]["origin_id"] == town.ids["action_taal"]  # the plan is consented
    bare = school[("referrals", to_school_bare)]
    assert "note" not in bare and "origin_id" not in bare  # nothing shared; visits not consented
    assert ("referrals", to_school) not in town.holder("budget").records  # no consent for Amina at all

    # The consent narrowed to the plan alone: the note of the referral sharing contact goes.
    holder = Holder(town.device("taal"))
    holder.sync()
    consent = town.holder("km").records[("consents", town.ids["consent"])]
    narrowed = {**consent, "parts": '["plan"]'}
    [answer] = km.push(op("consents", town.ids["consent"], "update", base=consent, fields=narrowed))
    assert answer["status"] == "applied"
    holder.sync()
    assert "note" not in holder.records[("referrals", to_school)]
    # Withdrawn: the client goes from the partner's device, and her referrals with her.
    km.push(op("consents", town.ids["consent"], "update", base=narrowed,
               fields={**narrowed, "withdrawn_on": "2026-03-03"}))
    holder.sync()
    assert not [k for k in holder.records if k[0] == "referrals"]


def test_partners_and_administrators_cannot_write_referrals(town):
    for person in ("taal", "budget", "admin"):
        [answer] = town.device(person).push(op("referrals", new_id(),
                                               fields=referral(town, "amina", "taalschool", [])))
        assert answer["status"] == "rejected", person


def test_consent_is_checked_on_the_referral_as_it_will_be_stored_after_the_merge(town):
    """Two devices edit one referral: one moves it to the budget coach (sharing nothing), the other, from
    the older copy, adds contact details. The stored result would share them with the budget coach,
    without consent, so the second change is refused: the rule judges the merged record, not the copy sent."""
    km, begeleider = town.device("km"), town.device("begeleider")
    record_id, first = new_id(), referral(town, "amina", "taalschool", "[]")
    [answer] = km.push(op("referrals", record_id, fields=first))
    assert answer["status"] == "applied"
    base = {"id": record_id, **first}
    moved = {**first, "organisation_id": town.orgs["budgetcoach"]}
    [answer] = begeleider.push(op("referrals", record_id, "update", fields=moved, base=base))
    assert answer["status"] == "applied"
    shares = {**first, "shared_parts": '["contact"]'}  # the taalschool copy, where contact is consented
    [answer] = km.push(op("referrals", record_id, "update", fields=shares, base=base))
    assert answer == {**answer, "status": "rejected", "reason": REFERRAL_NEEDS_CONSENT}
