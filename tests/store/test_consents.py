"""Consents in the encrypted store: given with its parts, withdrawn once, listed per client, and
every change waiting in the outbox for the server, which decides by them what partners receive."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.store.outbox import pending
from domain.errors import FieldError, RecordInvalid

TODAY = date(2026, 3, 10)


@pytest.fixture
def chain(store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    coach = store.directory.add_organisation("Budgetcoaching Gooi", "budgetcoach")
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    return {"school": school, "coach": coach, "worker": worker, "client": client}


def _outbox(store) -> list[dict]:
    with store.engine.connect() as conn:
        return pending(conn)


def _give(store, chain, org="school", **fields):
    return store.consents.give(chain["client"], {"organisation_id": chain[org], "parts": ["plan", "contact"],
                                                 "given_on": "2026-03-01", "how_given": "schriftelijk", **fields},
                               today=TODAY)


def test_a_consent_is_recorded_with_who_recorded_it_and_goes_to_the_outbox(store, chain):
    consent_id = _give(store, chain, notes="  getekend formulier  ")
    [consent] = store.consents.for_client(chain["client"])
    assert consent["id"] == consent_id
    assert consent["parts"] == ["contact", "plan"]  # in the order of the parts, each once
    assert (consent["organisation_name"], consent["recorded_by"], consent["notes"]) == (
        "Taalschool Hilversum", chain["worker"], "getekend formulier")
    assert consent["in_force"] and consent["withdrawn_on"] is None
    [entry] = [e for e in _outbox(store) if e["entity"] == "consents"]
    assert entry["op"] == "insert" and entry["after"]["parts"] == '["contact", "plan"]'
    assert entry["author_id"] == chain["worker"]


def test_withdrawing_keeps_the_record_with_the_date_and_lists_it_after_those_in_force(store, chain):
    first = _give(store, chain)
    second = _give(store, chain, org="coach", parts=["finances"], given_on="2026-02-01")
    store.consents.withdraw(first, on=date(2026, 3, 5), today=TODAY)
    store.consents.withdraw(first, on=date(2026, 3, 9), today=TODAY)  # already withdrawn: stays as it was
    listed = store.consents.for_client(chain["client"])
    assert [c["id"] for c in listed] == [second, first]
    assert (listed[1]["withdrawn_on"], listed[1]["in_force"]) == ("2026-03-05", False)
    # Unsent, the withdrawal folds into the consent's entry: the server receives it withdrawn.
    [entry] = [e for e in _outbox(store) if e["record_id"] == first]
    assert entry["after"]["withdrawn_on"] == "2026-03-05"


@pytest.mark.parametrize(("fields", "field", "error"), [
    ({"parts": []}, "parts", FieldError.REQUIRED),
    ({"parts": ["health", "gossip"]}, "parts", FieldError.CHOICE_INVALID),
    ({"how_given": "telepathisch"}, "how_given", FieldError.CHOICE_INVALID),
    ({"given_on": "2026-04-01"}, "given_on", FieldError.DATE_IN_FUTURE),
    ({"organisation_id": None}, "organisation_id", FieldError.REQUIRED),
])
def test_a_consent_the_rules_refuse_is_not_stored(store, chain, fields, field, error):
    with pytest.raises(RecordInvalid) as refused:
        _give(store, chain, **fields)
    assert refused.value.errors[field] == error
    assert store.consents.for_client(chain["client"]) == []


def test_consent_cannot_be_withdrawn_before_it_was_given_or_in_the_future(store, chain):
    consent = _give(store, chain)
    for on, error in ((date(2026, 2, 1), FieldError.END_BEFORE_START), (date(2026, 4, 1), FieldError.DATE_IN_FUTURE)):
        with pytest.raises(RecordInvalid) as refused:
            store.consents.withdraw(consent, on=on, today=TODAY)
        assert refused.value.errors == {"withdrawn_on": error}
    assert store.consents.get(consent)["in_force"]
