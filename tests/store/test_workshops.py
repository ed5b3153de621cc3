"""The welcome workshop in a real encrypted store: sessions, invitations from the caseload,
attendance, every change in the outbox; and attendance moving targets S1 and S6 in the figures."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.monitoring.compute import compute
from desktop.monitoring.options import MonitoringOptions
from desktop.monitoring.tables import target_rows
from desktop.store.errors import RecordNotFound
from desktop.store.monitoring_source import read_facts
from desktop.store.outbox import pending
from desktop.store.schema import workshop_invitations
from desktop.store.workshops import SessionInUse
from domain.errors import FieldError, RecordInvalid

TODAY = date(2026, 3, 12)
SESSION = {"held_on": "2026-03-10", "starts_at": "14:00", "ends_at": "16:00", "place": "Stadhuis",
           "languages": ["nl", "ar"], "interpreter": "", "partners_present": [], "capacity": 2, "notes": ""}


@pytest.fixture
def chain(store):
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    people = {name: store.clients.create({"given_names": name, "family_name": "Haddad", "languages": langs})
              for name, langs in (("Amina", ["ar", "nl"]), ("Omar", ["ti"]), ("Sara", []))}
    session = store.workshops.save_session(SESSION)
    return {"worker": worker, "session": session, **people}


def test_a_session_is_kept_listed_and_changed(store, chain):
    [listed] = store.workshops.sessions()
    assert listed["place"] == "Stadhuis" and listed["languages"] == ["nl", "ar"] and listed["invited"] == 0
    store.workshops.save_session({"place": "  Bibliotheek  ", "capacity": ""}, chain["session"])
    again = store.workshops.session(chain["session"])
    assert again["place"] == "Bibliotheek" and again["capacity"] is None and again["starts_at"] == "14:00"


def test_a_bad_session_leaves_the_store_as_it_was(store, chain):
    with pytest.raises(RecordInvalid) as refused:
        store.workshops.save_session({**SESSION, "starts_at": "2pm", "place": ""})
    assert refused.value.errors == {"starts_at": FieldError.TIME_INVALID, "place": FieldError.REQUIRED}
    with pytest.raises(RecordInvalid):
        store.workshops.save_session({"ends_at": "13:00"}, chain["session"])
    assert len(store.workshops.sessions()) == 1
    assert store.workshops.session(chain["session"])["ends_at"] == "16:00"


def test_people_are_invited_once_and_marked_in_the_picker(store, chain):
    made = store.workshops.invite(chain["session"], [chain["Amina"], chain["Omar"]], today=TODAY)
    assert len(made.made) == 2 and made.skipped == []
    again = store.workshops.invite(chain["session"], [chain["Amina"], chain["Sara"]], today=TODAY)
    assert len(again.made) == 1 and again.skipped == [chain["Amina"]]
    people, total = store.workshops.candidates(chain["session"])
    assert total == 3 and {p["name"]: p["invited"] for p in people} == {
        "Amina Haddad": True, "Omar Haddad": True, "Sara Haddad": True}
    found, total = store.workshops.candidates(chain["session"], "omar")
    assert total == 1 and found[0]["id"] == chain["Omar"]
    invited = store.workshops.invited_to(chain["session"])
    assert [i["name"] for i in invited] == ["Amina Haddad", "Omar Haddad", "Sara Haddad"]
    assert invited[0]["invited_by"] == chain["worker"] and invited[0]["invited_by_name"] == "Sanne de Vries"
    assert invited[0]["languages"] == ["ar", "nl"]
    assert store.workshops.sessions()[0]["invited"] == 3


def test_a_person_no_longer_in_the_store_never_blocks_the_others(store, chain):
    store.clients.delete(chain["Sara"])  # removed by a sync while the list was open
    result = store.workshops.invite(chain["session"], [chain["Amina"], "no-such-client", chain["Sara"]], today=TODAY)
    assert len(result.made) == 1 and result.missing == ["no-such-client", chain["Sara"]]
    assert [i["client_id"] for i in store.workshops.invited_to(chain["session"])] == [chain["Amina"]]
    with pytest.raises(RecordNotFound):
        store.workshops.invite("no-such-session", [chain["Amina"]], today=TODAY)


def test_attendance_and_the_card_are_recorded_and_shown_in_the_file(store, chain):
    [invitation] = store.workshops.invite(chain["session"], [chain["Amina"]], today=TODAY).made
    store.workshops.record(invitation, status="attended", card_handed_out=True, card_language="ar", today=TODAY)
    [line] = store.workshops.for_client(chain["Amina"])
    assert (line["status"], line["card_handed_out"], line["card_language"], line["held_on"], line["place"]) == (
        "attended", True, "ar", "2026-03-10", "Stadhuis")
    assert store.workshops.sessions()[0]["attended"] == 1
    with pytest.raises(RecordInvalid):
        store.workshops.record(invitation, status="gone", today=TODAY)
    assert store.workshops.invitation(invitation)["status"] == "attended"


def test_nobody_attends_a_session_still_to_come(store, chain):
    later = store.workshops.save_session({**SESSION, "held_on": "2026-05-01"})
    [invitation] = store.workshops.invite(later, [chain["Amina"]], today=TODAY).made
    with pytest.raises(RecordInvalid) as refused:
        store.workshops.record(invitation, status="attended", today=TODAY)
    assert refused.value.errors == {"status": FieldError.DATE_IN_FUTURE}


def test_a_cancelled_invitation_is_invited_again_not_doubled(store, chain):
    [invitation] = store.workshops.invite(chain["session"], [chain["Amina"]], today=TODAY).made
    store.workshops.record(invitation, status="cancelled", today=TODAY)
    assert store.workshops.candidates(chain["session"])[0][0]["invited"] is False
    assert store.workshops.invite(chain["session"], [chain["Amina"]], today=TODAY).made == [invitation]
    assert store.workshops.invitation(invitation)["status"] == "invited"


def test_a_session_with_invitations_is_kept(store, chain):
    [invitation] = store.workshops.invite(chain["session"], [chain["Amina"]], today=TODAY).made
    with pytest.raises(SessionInUse):
        store.workshops.delete_session(chain["session"])
    store.workshops.record(invitation, status="cancelled", today=TODAY)
    store.workshops.delete_session(chain["session"])
    assert store.workshops.sessions() == [] and store.workshops.for_client(chain["Amina"]) == []


def test_every_change_waits_in_the_outbox(store, chain):
    [invitation] = store.workshops.invite(chain["session"], [chain["Amina"]], today=TODAY).made
    store.workshops.record(invitation, card_handed_out=True, today=TODAY)
    with store.engine.connect() as conn:
        entities = {row["entity"] for row in pending(conn)}
        stored = conn.execute(select(workshop_invitations.c.card_handed_out)).scalar_one()
    assert {"workshop_sessions", "workshop_invitations"} <= entities and stored is True


# -- targets S1 and S6 from the store ------------------------------------------------------------
REF = date(2026, 6, 30)


def _person(store, name, stage, koppeling, vestiging=None):
    client = store.clients.create({"given_names": name, "family_name": "Test", "date_of_birth": "1990-01-01",
                                   "stage": stage, "koppeling_date": koppeling, "vestiging_date": vestiging})
    plan = store.plans.start(client, seed_goals=False)
    store.plans.update(plan, {"leerroute": "B", "duty_start_on": vestiging or koppeling})
    return client


def _cell(store, target, cohort):
    rows = target_rows(compute(store.engine, MonitoringOptions(ref=REF)))
    return next(r for r in rows if r["target"] == target and r["cohort"] == cohort)


def test_attending_moves_s1_and_s6_in_the_figures(store):
    settled = _person(store, "Fatima", "gevestigd", "2025-09-01", "2025-11-01")
    waiting = _person(store, "Yonas", "overdracht", "2026-04-01")
    before_s6, before_s1 = _cell(store, "S6", 2025), _cell(store, "S1", "unknown")
    session = store.workshops.save_session({**SESSION, "held_on": "2026-05-20"})
    made = store.workshops.invite(session, [settled, waiting], today=date(2026, 5, 1)).made
    facts = {f.client_id: f for f in read_facts(store.engine)}
    assert facts[settled].workshop_attended == ()  # invited is not attended
    for invitation in made:
        store.workshops.record(invitation, status="attended", today=REF)
    facts = {f.client_id: f for f in read_facts(store.engine)}
    assert facts[settled].workshop_attended == (date(2026, 5, 20),)
    assert facts[settled].kaart_introduced == (date(2026, 5, 20),)
    after_s6, after_s1 = _cell(store, "S6", 2025), _cell(store, "S1", "unknown")
    assert before_s6["realised_early"] == 0 and after_s6["realised_early"] == 1  # within its 2 years
    assert before_s1["realised_early"] == 0 and after_s1["realised_early"] == 1  # in the AZC, before the move
    # an absence counts for nothing
    store.workshops.record(made[0], status="absent", today=REF)
    assert _cell(store, "S6", 2025)["realised_early"] == 0
