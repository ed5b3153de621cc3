"""The sociale kaart and referrals in a real encrypted store: an HSDS import (a bad item reported,
the rest kept), edits checked before they are written, every change in the outbox, referrals that
share only what a consent in force covers, and their days counting for S6 in monitoring."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from desktop.store import migrate
from desktop.store.monitoring_source import read_facts
from desktop.store.outbox import pending
from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.errors import ArrivalError
from domain.arrival.hsds import export_directory, import_directory
from domain.arrival.social_map_records import MUNICIPALITY_ID
from domain.errors import RecordInvalid

TODAY = date(2026, 3, 10)


def _outbox(store, entity: str) -> list[dict]:
    with store.engine.connect() as conn:
        return [e for e in pending(conn) if e["entity"] == entity]


def test_the_store_is_at_the_kaart_revision(store):
    assert migrate.current_revision(store.engine) == migrate.head_revision()


def test_an_import_keeps_the_good_items_reports_the_bad_one_and_a_second_import_sends_nothing(store):
    document = export_directory(demo_directory())
    document["services"][0]["phones"][0]["number"] = "bel maar"
    result = import_directory(document, "0402", "Hilversum")
    assert [p.kind for p in result.problems] == ["service", "service_at_location"]  # the link goes with it
    saved = store.social_map.save_directory(result.directory)
    assert saved.added == 1 + len(demo_directory().organizations) * 4 - 2 and saved.changed == 0
    directory, problems = store.social_map.directory()
    assert problems == () and len(directory.services) == len(demo_directory().services) - 1
    assert (directory.municipality_code, directory.municipality_name) == ("0402", "Hilversum")
    sent = _outbox(store, "social_map_items")
    assert len(sent) == saved.added and {e["op"] for e in sent} == {"insert"}
    assert MUNICIPALITY_ID in {e["record_id"] for e in sent}

    again = store.social_map.save_directory(result.directory)
    assert (again.added, again.changed) == (0, 0)
    assert len(_outbox(store, "social_map_items")) == saved.added


def test_an_edit_is_checked_before_it_is_written_and_a_removal_takes_its_links(store):
    demo = demo_directory()
    store.social_map.save_directory(demo)
    service = demo.services[0]
    with pytest.raises(RecordInvalid) as caught:
        store.social_map.save_item("service", replace(service, email="geen adres"))
    assert caught.value.errors == {"email": "email_invalid"}
    with pytest.raises(RecordInvalid) as caught:
        store.social_map.save_item("service", replace(service, organization_id=demo.locations[0].id))
    assert caught.value.errors == {"organization_id": ArrivalError.UNKNOWN_REFERENCE}
    store.social_map.save_item("service", replace(service, fees_description="Gratis, ook voor kinderen"))
    directory, _ = store.social_map.directory()
    assert directory.service(service.id).fees_description == "Gratis, ook voor kinderen"

    store.social_map.remove_item(service.id)
    directory, _ = store.social_map.directory()
    assert directory.service(service.id) is None
    assert not [s for s in directory.service_at_locations if s.service_id == service.id]


@pytest.fixture
def person(store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    demo = demo_directory()
    store.social_map.save_directory(demo)
    return {"school": school, "worker": worker, "client": client, "service": demo.services[2].id}


def _refer(store, person, **fields):
    return store.referrals.refer(person["client"], {
        "service_id": person["service"], "organisation_id": person["school"], "referred_on": "2026-03-05",
        "origin": "client_file", "shared_parts": [], **fields}, today=TODAY)


def test_a_referral_shares_only_what_a_consent_in_force_covers(store, person):
    with pytest.raises(RecordInvalid) as caught:
        _refer(store, person, shared_parts=["contact"])
    assert caught.value.errors == {"shared_parts": ArrivalError.CONSENT_MISSING}
    consent = store.consents.give(person["client"], {"organisation_id": person["school"], "parts": ["contact"],
                                                     "given_on": "2026-03-01", "how_given": "mondeling"},
                                  today=TODAY)
    with pytest.raises(RecordInvalid):
        _refer(store, person, shared_parts=["contact", "plan"])  # plan not consented
    referral_id = _refer(store, person, shared_parts=["contact"], note=" Intake graag op woensdag ")
    [made] = store.referrals.for_client(person["client"])
    assert made["id"] == referral_id and made["service_name"] == demo_directory().services[2].name
    assert (made["consent_given_on"], made["consent_how"], made["referred_by"]) == (
        "2026-03-01", "mondeling", person["worker"])
    assert made["note"] == "Intake graag op woensdag"
    [entry] = _outbox(store, "referrals")
    assert entry["op"] == "insert" and json.loads(entry["after"]["shared_parts"]) == ["contact"]

    store.consents.withdraw(consent, today=TODAY)
    with pytest.raises(RecordInvalid):
        _refer(store, person, shared_parts=["contact"])
    _refer(store, person)  # sharing nothing: an address needs no consent
    with pytest.raises(RecordInvalid) as caught:
        _refer(store, person, service_id=person["client"])  # not a service on the kaart
    assert caught.value.errors == {"service_id": ArrivalError.UNKNOWN_REFERENCE}


def test_referral_days_count_for_s6_in_monitoring(store, person):
    before = {f.client_id: f for f in read_facts(store.engine)}[person["client"]]
    assert before.kaart_introduced == ()
    _refer(store, person, referred_on="2026-03-07")
    _refer(store, person, referred_on="2026-03-02")
    after = {f.client_id: f for f in read_facts(store.engine)}[person["client"]]
    assert after.kaart_introduced == (date(2026, 3, 2), date(2026, 3, 7))


def test_merging_duplicates_moves_the_referrals_to_the_person_kept(store, person):
    twin = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    _refer(store, {**person, "client": twin}, referred_on="2026-03-04")
    moved = store.duplicates.merge_clients(person["client"], twin)
    assert moved["referrals"] == 1
    assert [r["referred_on"] for r in store.referrals.for_client(person["client"])] == ["2026-03-04"]


def test_a_service_its_new_location_and_link_are_written_together_or_not_at_all(store):
    from domain.arrival.model import Address, Location, ServiceAtLocation

    store.social_map.save_directory(demo_directory())
    directory, _ = store.social_map.directory()
    service = directory.services[0]
    location = Location("0c3e7a51-1b2d-4e6f-8a9b-2c3d4e5f6a7b", "physical", organization_id=service.organization_id,
                        name="Buurthuis", addresses=(Address("1d4f8b62-2c3e-4f70-9bac-3d4e5f6a7b8c", "Lelieplein 4",
                                                             "Hilversum", "Noord-Holland", "1214 AB", "NL",
                                                             "physical"),))
    link = ServiceAtLocation("2e5a9c73-3d4f-4081-8cbd-4e5f6a7b8c9d", service.id, location.id)
    edited = replace(service, fees_description="Veranderd")
    outbox_before = len(_outbox(store, "social_map_items"))
    bad = replace(location, addresses=(replace(location.addresses[0], postal_code="12345"),))
    with pytest.raises(RecordInvalid) as caught:
        store.social_map.save_items([("service", edited), ("location", bad), ("service_at_location", link)])
    assert caught.value.errors == {"location.addresses[0].postal_code": "postcode_invalid"}
    assert store.social_map.directory()[0] == directory and len(_outbox(store, "social_map_items")) == outbox_before
    store.social_map.save_items([("service", edited), ("location", location), ("service_at_location", link)])
    after, problems = store.social_map.directory()
    assert problems == () and location in after.locations_of(service.id)
    assert after.service(service.id).fees_description == "Veranderd"
    assert {location.id, link.id} <= {e["record_id"] for e in _outbox(store, "social_map_items")}
