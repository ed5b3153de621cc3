"""Handovers and brede intakes in the store: drafts that may be incomplete but never invalid."""

import pytest
from sqlalchemy import func, select

from desktop.store.form_parts import FormPartRepository
from desktop.store.outbox import pending
from desktop.store.schema import form_parts, handovers
from domain.errors import FieldError, RecordInvalid
from domain.forms import form_progress
from domain.handover import HANDOVER
from domain.ids import part_id
from domain.intake import INTAKE
from tests.conftest import new_store

# Every required question of the intake answered.
INTAKE_ANSWERS = {
    "language": {"dutch_level": "a1", "literacy": "literate_other_script", "lbt_result": "b1_feasible"},
    "education": {"education_level": "secondary"},
    "work": {"has_work_experience": True, "profession": "Kapper"},
    "health": {"physical": "good", "mental": "some_limits"},
    "finances": {"debts": "none"},
    "housing": {"housing": "azc"},
    "network": {"network": "small"},
    "wishes": {"own_wishes": "Snel Nederlands leren en weer als kapper werken."},
    "conclusion": {"starting_position": "Gemotiveerd, weinig netwerk.", "support_needed": ["language", "work"],
                   "support_level": "coached"},
}


@pytest.fixture
def client_id(store):
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad"})


def _outbox(store, entity: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [e for e in pending(conn) if e["entity"] == entity]


def _count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_handover_starts_as_a_draft_with_its_header(store, client_id):
    handover_id = store.handovers.start(client_id, {
        "variant": "combined", "coa_name": "Joost de Wit", "coa_location": "AZC Zeist",
        "coa_phone": "030-1234567", "held_at": "2026-03-02T14:30"})
    record = store.handovers.get(handover_id)
    assert (record["variant"], record["coa_name"], record["held_at"], record["status"]) == (
        "combined", "Joost de Wit", "2026-03-02T14:30", "draft")
    assert record["parts"] == {}
    assert record["progress"] == (0, sum(len(p.questions) for p in HANDOVER.parts))
    assert [h["id"] for h in store.handovers.for_client(client_id)] == [handover_id]


def test_an_invalid_header_is_refused_with_nothing_written(store, client_id):
    with pytest.raises(RecordInvalid) as refused:
        store.handovers.start(client_id, {"variant": "by_post", "coa_phone": "bel maar", "held_at": "2 maart"})
    assert refused.value.errors == {"variant": FieldError.CHOICE_INVALID, "coa_phone": FieldError.PHONE_INVALID,
                                    "held_at": FieldError.DATE_INVALID}
    assert _count(store, handovers) == 0
    handover_id = store.handovers.start(client_id)
    with pytest.raises(RecordInvalid):
        store.handovers.update(handover_id, {"coa_name": "Joost", "coa_phone": "x"})
    assert store.handovers.get(handover_id)["coa_name"] == ""
    with pytest.raises(ValueError):
        store.handovers.update(handover_id, {"status": "complete"})  # only complete() completes


def test_a_part_is_stored_whole_without_its_unanswered_questions(store, client_id):
    handover_id = store.handovers.start(client_id)
    assert store.handovers.save_part(handover_id, client_id, "languages",
                                     {"dutch_level": "a2", "english_level": None, "literacy": ""}, "Spreekt Arabisch.")
    assert not store.handovers.save_part(handover_id, client_id, "languages", {"dutch_level": "a2"},
                                         "Spreekt Arabisch.")  # the same again changes nothing
    record = store.handovers.get(handover_id)
    assert record["parts"]["languages"]["answers"] == {"dutch_level": "a2"}
    assert record["parts"]["languages"]["notes"] == "Spreekt Arabisch."
    assert record["progress"][0] == 1


def test_invalid_answers_are_refused_each_named_and_nothing_written(store, client_id):
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "pre_integration", {"classes_started": True})
    before = _outbox(store, "form_parts")
    with pytest.raises(RecordInvalid) as refused:
        store.handovers.save_part(handover_id, client_id, "pre_integration",
                                  {"classes_started": "ja", "hours_followed": 5000, "shoe_size": 42}, "")
    assert refused.value.errors == {"classes_started": FieldError.CHOICE_INVALID,
                                    "hours_followed": FieldError.NUMBER_OUT_OF_RANGE,
                                    "shoe_size": FieldError.UNKNOWN_QUESTION}
    assert store.handovers.get(handover_id)["parts"]["pre_integration"]["answers"] == {"classes_started": True}
    assert _outbox(store, "form_parts") == before
    with pytest.raises(RecordInvalid) as refused:
        store.handovers.save_part(handover_id, client_id, "agreements", {"intake_planned_on": "31-02-2026"})
    assert refused.value.errors == {"intake_planned_on": FieldError.DATE_INVALID}
    assert "agreements" not in store.handovers.get(handover_id)["parts"]


def test_completing_an_incomplete_handover_names_each_part_still_missing_something(store, client_id):
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "identity", {"identity_checked": True})
    store.handovers.save_part(handover_id, client_id, "languages", {"dutch_level": "a1"})  # literacy missing
    with pytest.raises(RecordInvalid) as refused:
        store.handovers.complete(handover_id)
    assert refused.value.errors == {"languages": FieldError.FORM_INCOMPLETE, "urgent": FieldError.FORM_INCOMPLETE}
    assert store.handovers.get(handover_id)["status"] == "draft"

    store.handovers.save_part(handover_id, client_id, "languages", {"dutch_level": "a1", "literacy": "limited"})
    store.handovers.save_part(handover_id, client_id, "urgent", {"urgent_matters": False})  # "no" is an answer
    store.handovers.complete(handover_id)
    assert store.handovers.get(handover_id)["status"] == "complete"
    store.handovers.reopen(handover_id)
    assert store.handovers.get(handover_id)["status"] == "draft"


def test_an_intake_completes_once_every_required_question_is_answered(store, client_id):
    worker_id = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    intake_id = store.intakes.start(client_id, {"held_on": "2026-03-10", "conversation_language": "ar",
                                                "interpreter_present": True, "present_ids": [worker_id],
                                                "worker_id": worker_id})
    for part, answers in list(INTAKE_ANSWERS.items())[:-1]:
        store.intakes.save_part(intake_id, client_id, part, answers)
    with pytest.raises(RecordInvalid) as refused:
        store.intakes.complete(intake_id)
    assert refused.value.errors == {"conclusion": FieldError.FORM_INCOMPLETE}
    assert store.intakes.get(intake_id)["completed_at"] is None

    store.intakes.save_part(intake_id, client_id, "conclusion", INTAKE_ANSWERS["conclusion"])
    store.intakes.complete(intake_id)
    record = store.intakes.get(intake_id)
    assert record["status"] == "complete" and record["completed_at"]
    assert record["present_ids"] == [worker_id] and record["interpreter_present"] is True
    assert record["progress"] == form_progress(INTAKE, INTAKE_ANSWERS)
    store.intakes.reopen(intake_id)
    assert store.intakes.get(intake_id)["completed_at"] is None


def test_each_part_leaves_an_outbox_entry_under_its_derived_id(store, client_id):
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "health", {"care_needs": True}, "Rugklachten.")
    store.handovers.save_part(handover_id, client_id, "urgent", {"urgent_matters": False})
    entries = _outbox(store, "form_parts")
    assert {e["record_id"] for e in entries} == {part_id(handover_id, "health"), part_id(handover_id, "urgent")}
    health = next(e for e in entries if e["record_id"] == part_id(handover_id, "health"))
    assert health["op"] == "insert" and health["after"]["special"] == 1  # health is AVG art. 9 data
    assert health["after"]["form"] == "handover" and health["after"]["owner_id"] == handover_id
    assert _outbox(store, "handovers")[0]["record_id"] == handover_id


def test_one_part_of_one_form_has_the_same_id_in_every_store(store, client_id, tmp_path):
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "languages", {"dutch_level": "a1"})
    other = new_store(tmp_path / "other")
    try:
        other_client = other.clients.create({"given_names": "Amina", "family_name": "Haddad"})
        FormPartRepository(other.engine).save(HANDOVER, handover_id, other_client, "languages",
                                              {"dutch_level": "a2"})
        ids = []
        for s in (store, other):
            with s.engine.connect() as conn:
                ids.append(conn.execute(select(form_parts.c.id).where(
                    form_parts.c.owner_id == handover_id)).scalar_one())
    finally:
        other.close()
    assert ids[0] == ids[1] == part_id(handover_id, "languages")
    assert part_id(handover_id, "health") != ids[0]
