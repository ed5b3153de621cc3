"""The welcome workshop on the server, over real HTTP on SQLite and PostgreSQL: sessions reach every
device and only staff of the chain write them; a person's invitation is written by staff of their
caseload and reaches a partner only with the person's consent to share the plan, refused otherwise
with a sentence that says why (docs/decisions/0037-welcome-workshop-records.md)."""

from __future__ import annotations

import pytest

from server.write_rules import INVITATIONS_BY_STAFF, NOT_IN_SCOPE, SESSIONS_BY_STAFF
from tests.server.client import new_id, op
from tests.server.town import STAMP, Holder, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}


@pytest.fixture
def town(server):
    yield from town_in(server)


def _session(town, **more):
    return {"held_on": "2026-03-10", "starts_at": "14:00", "place": "Stadhuis", "languages": '["nl", "ar"]',
            "partners_present": f'["{town.orgs["taalschool"]}"]', "notes": "", **RECORD, **more}


def _invitation(client_id, session_id, **more):
    return {"client_id": client_id, "session_id": session_id, "invited_on": "2026-03-01", "status": "invited",
            "card_handed_out": 0, "card_language": "", **RECORD, **more}


def test_staff_of_any_caseload_plan_sessions_and_every_device_sees_them(town):
    session = new_id()
    [made] = town.device("begeleider").push(op("workshop_sessions", session, fields=_session(town)))
    assert made["status"] == "applied"
    for person in ("km", "coordinator", "begeleider", "taal", "budget", "admin"):
        assert ("workshop_sessions", session) in Holder(town.device(person)).sync(), person


@pytest.mark.parametrize("person", ["taal", "budget", "admin"])
def test_partners_and_administrators_are_refused_sessions_with_the_reason(town, person):
    session = new_id()
    [made] = town.device("km").push(op("workshop_sessions", session, fields=_session(town)))
    assert made["status"] == "applied"
    answers = town.device(person).push(
        op("workshop_sessions", new_id(), fields=_session(town)),
        op("workshop_sessions", session, "update", fields=_session(town, place="Elders")),
        op("workshop_sessions", session, "delete"))
    assert [(a["status"], a["reason"]) for a in answers] == [("rejected", SESSIONS_BY_STAFF)] * 3
    assert town.holder("km").records[("workshop_sessions", session)]["place"] == "Stadhuis"


def test_a_session_naming_a_client_is_still_the_whole_tenants(town):
    session = new_id()
    [made] = town.device("km").push(op("workshop_sessions", session,
                                       fields=_session(town, client_id=town.ids["bashir"])))
    assert made["status"] == "applied"
    assert ("workshop_sessions", session) in Holder(town.device("begeleider")).sync()  # Bashir is not theirs


def test_invitations_follow_the_persons_file(town):
    session, amina, bashir = new_id(), new_id(), new_id()
    answers = town.device("km").push(
        op("workshop_sessions", session, fields=_session(town)),
        op("workshop_invitations", amina, fields=_invitation(town.ids["amina"], session)),
        op("workshop_invitations", bashir, fields=_invitation(town.ids["bashir"], session)))
    assert {a["status"] for a in answers} == {"applied"}
    # the begeleider holds Amina (VluchtelingenWerk's caseload), not Bashir
    held = Holder(town.device("begeleider")).sync()
    assert ("workshop_invitations", amina) in held and ("workshop_invitations", bashir) not in held
    [refused] = town.device("begeleider").push(op("workshop_invitations", new_id(),
                                                  fields=_invitation(town.ids["bashir"], session)))
    assert (refused["status"], refused["reason"]) == ("rejected", NOT_IN_SCOPE)
    # the language school holds Amina's plan by her consent; the budget coach holds Bashir's contact only
    assert ("workshop_invitations", amina) in Holder(town.device("taal")).sync()
    assert ("workshop_invitations", bashir) not in Holder(town.device("budget")).sync()


def test_a_partner_cannot_invite_nor_record_attendance_even_with_consent(town):
    session, invitation = new_id(), new_id()
    town.device("km").push(op("workshop_sessions", session, fields=_session(town)),
                           op("workshop_invitations", invitation, fields=_invitation(town.ids["amina"], session)))
    answers = town.device("taal").push(
        op("workshop_invitations", new_id(), fields=_invitation(town.ids["amina"], session)),
        op("workshop_invitations", invitation, "update",
           fields=_invitation(town.ids["amina"], session, status="attended")))
    assert [(a["status"], a["reason"]) for a in answers] == [("rejected", INVITATIONS_BY_STAFF)] * 2
    assert town.holder("km").records[("workshop_invitations", invitation)]["status"] == "invited"


def test_a_withdrawn_consent_takes_the_invitation_off_the_partners_device(town):
    session, invitation = new_id(), new_id()
    town.device("km").push(op("workshop_sessions", session, fields=_session(town)),
                           op("workshop_invitations", invitation, fields=_invitation(town.ids["amina"], session)))
    partner = Holder(town.device("taal"))
    assert ("workshop_invitations", invitation) in partner.sync()
    consent = town.holder("km").records[("consents", town.ids["consent"])]
    [withdrawn] = town.device("km").push(op("consents", town.ids["consent"], "update", base=consent,
                                            fields={**consent, "withdrawn_on": "2026-03-05"}))
    assert withdrawn["status"] == "applied"
    held = partner.sync()
    assert ("workshop_invitations", invitation) not in held and ("workshop_sessions", session) in held
