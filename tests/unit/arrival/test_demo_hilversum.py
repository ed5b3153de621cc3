"""The demo's sociale kaart: Hilversum's chain partners, where and when, in five languages."""

from dataclasses import replace

import pytest

from domain.arrival.demo_hilversum import CARD_LANGUAGES, demo_directory
from domain.arrival.model import WALK_IN, ChainRole, Schedule

DEMO = demo_directory()
# around Hilversum: the markers of the card's map must land inside the municipality's map
HILVERSUM = ((52.18, 52.27), (5.10, 5.23))


def test_it_is_hilversum():
    assert (DEMO.municipality_code, DEMO.municipality_name) == ("0402", "Hilversum")


def test_the_chain_partners_are_all_there():
    roles = {o.chain_role for o in DEMO.organizations}
    assert roles >= {ChainRole.GEMEENTE, ChainRole.MAATSCHAPPELIJKE_BEGELEIDING, ChainRole.TAALSCHOOL,
                     ChainRole.BUDGETCOACH, ChainRole.WELZIJN, ChainRole.WERK, ChainRole.HUISARTS,
                     ChainRole.GGZ, ChainRole.TAALHUIS, ChainRole.BUURTHUIS}
    assert DEMO.partners(ChainRole.TAALSCHOOL)[0].name


def test_every_service_has_a_place_hours_languages_and_card_lines():
    for service in DEMO.services:
        places = DEMO.locations_of(service.id)
        assert places, service.name
        for place in places:
            (low, high), (west, east) = HILVERSUM
            assert low < place.latitude < high and west < place.longitude < east
            assert place.addresses[0].city == "Hilversum"
        assert service.schedules and service.languages and service.phones
        assert set(service.card_lines) == set(CARD_LANGUAGES)
        assert service.eligibility_description and service.application_process and service.fees_description


def test_walk_in_hours_are_marked_as_such():
    assert sum(any(s.attending_type == WALK_IN for s in service.schedules) for service in DEMO.services) >= 5
    assert sum(any(s.is_walk_in for s in service.schedules) for service in DEMO.services) >= 5


@pytest.mark.parametrize(("attending_type", "walk_in"), [
    ("walk-in", True), ("Drop-in", True), (" Inloop ", True), ("appointment", False), (None, False),
])
def test_walk_in_words_of_other_tools(attending_type, walk_in):
    assert Schedule(DEMO.services[0].id, attending_type=attending_type).is_walk_in is walk_in


def test_card_lines_fall_back_to_dutch_then_to_the_description():
    service = DEMO.services[0]
    assert service.card_line("ti") == (service.card_lines["ti"], False)
    assert service.card_line("so") == (service.card_lines["nl"], True)
    bare = replace(service, card_lines={"ti": "  "})
    assert bare.card_line("ti") == (service.description, True)
    assert replace(bare, description=None).card_line("ar") == (service.name, True)


def test_no_real_contact_details():
    for organization in DEMO.organizations:
        assert organization.email.endswith(".example")
        assert organization.website.endswith(".example")


def test_ids_are_unique_and_the_same_every_time():
    ids = [o.id for kind in ("organizations", "locations", "services", "service_at_locations")
           for o in getattr(DEMO, kind)]
    assert len(ids) == len(set(ids))
    assert demo_directory() == DEMO
