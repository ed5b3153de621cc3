"""The sociale kaart and referrals on real encrypted stores against a real server: a coordinator's
kaart reaches a partner's laptop; a referral sharing contact details reaches the partner it refers
to with its note, and one sharing nothing arrives without it (a left-out column stores as its default)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from domain.arrival.demo_hilversum import demo_directory
from tests.sync.conftest import add_coordinator
from tests.sync.test_consent_withdrawn import _add_person

TODAY = date(2026, 3, 10)


def test_the_kaart_and_a_referral_reach_the_partner_as_far_as_the_consent_goes(devices):
    tenant = devices.tenant
    school = _add_person(tenant, "taalschool", "Taalschool", "taalschool", "partner")
    tenant.usernames["coordinator"] = add_coordinator(tenant)
    coordinator = devices.new("coordinator", "coordinator")
    coordinator.sync()
    demo = demo_directory()
    kaart = replace(demo, organizations=tuple(replace(o, chain_organisation_id=school) if o.chain_role == "taalschool"
                                              else o for o in demo.organizations))
    coordinator.store.social_map.save_directory(kaart)
    store = coordinator.store
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "phone": "0612345678"})
    store.consents.give(amina, {"organisation_id": school, "parts": ["contact"], "given_on": "2026-03-01",
                                "how_given": "mondeling"}, today=TODAY)
    course = next(s for s in demo.services if s.name == "Inburgeringscursus")
    shared = store.referrals.refer(amina, {"service_id": course.id, "organisation_id": school,
                                           "referred_on": "2026-03-02", "origin": "client_file",
                                           "shared_parts": ["contact"], "note": "Intake op woensdag"}, today=TODAY)
    bare = store.referrals.refer(amina, {"service_id": course.id, "organisation_id": school,
                                         "referred_on": "2026-03-03", "origin": "client_file", "shared_parts": [],
                                         "note": "Alleen het adres meegegeven"}, today=TODAY)
    report = coordinator.sync()
    assert store.sync.summary().rejects == 0, report

    laptop = devices.new("taalschool", "taalschool")
    laptop.sync()
    directory, problems = laptop.store.social_map.directory()
    assert problems == () and len(directory.services) == len(demo.services)
    held = {r["id"]: r for r in laptop.store.referrals.for_client(amina)}
    assert held[shared]["note"] == "Intake op woensdag" and held[shared]["shared_parts"] == ["contact"]
    assert held[bare]["note"] == ""  # nothing shared: the note stayed with the municipality
