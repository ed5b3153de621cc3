"""The rules for each sociale kaart object, one code per field path."""

from dataclasses import replace

import pytest

from domain.arrival.checks import check, is_uri, is_uuid
from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.errors import ArrivalError
from domain.arrival.model import Address, Language, Location, Phone, Schedule
from domain.errors import FieldError

ID = "ae58cc39-8b70-4ab1-8aea-786882e5ac8e"
DEMO = demo_directory()
SERVICE, LOCATION, ORGANIZATION = DEMO.services[0], DEMO.locations[0], DEMO.organizations[0]


@pytest.mark.parametrize(("value", "ok"), [
    (ID, True), (ID.upper(), True), ("ae58cc398b704ab18aea786882e5ac8e", False), ("{" + ID[1:-1] + "}", False),
    ("not-a-uuid", False), ("", False),
])
def test_uuid_form(value, ok):
    assert is_uuid(value) is ok


@pytest.mark.parametrize(("value", "ok"), [
    ("https://vluchtelingenwerk.example/hilversum", True), ("mailto:info@x.example", True), ("tel:+3135", True),
    ("www.example.nl", False), ("https://", False), ("https://a b.example", False), ("javascript:alert(1)", False),
])
def test_uri_form(value, ok):
    assert is_uri(value) is ok


def _address(**changes):
    return replace(Address(ID, "Kerkstraat 1", "Hilversum", "Noord-Holland", "1211 CL", "NL", "physical"), **changes)


@pytest.mark.parametrize(("changes", "expected"), [
    ({}, {}),
    ({"postal_code": "1211CL"}, {}),
    ({"postal_code": "0211 CL"}, {"postal_code": FieldError.POSTCODE_INVALID}),
    ({"postal_code": "B-1000", "country": "BE"}, {}),  # a foreign postcode is not checked as Dutch
    ({"country": "Nederland"}, {"country": ArrivalError.COUNTRY_INVALID}),
    ({"city": "  "}, {"city": FieldError.REQUIRED}),
    ({"address_type": "home"}, {"address_type": FieldError.CHOICE_INVALID}),
])
def test_address(changes, expected):
    assert check(_address(**changes)) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ({"latitude": 52.2, "longitude": 5.17}, {}),
    ({"latitude": 52.2, "longitude": None}, {"longitude": ArrivalError.COORDINATES_INVALID}),
    ({"latitude": None, "longitude": 5.17}, {"latitude": ArrivalError.COORDINATES_INVALID}),
    ({"latitude": 91.0, "longitude": 5.0}, {"latitude": ArrivalError.COORDINATES_INVALID}),
    ({"latitude": 52.0, "longitude": -181.0}, {"longitude": ArrivalError.COORDINATES_INVALID}),
    ({"location_type": "building"}, {"location_type": FieldError.CHOICE_INVALID}),
    ({"organization_id": "12"}, {"organization_id": ArrivalError.ID_INVALID}),
])
def test_location(changes, expected):
    assert check(replace(Location(ID, "physical"), **changes)) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ({"freq": "WEEKLY", "byday": "MO,WE", "opens_at": "09:00", "closes_at": "12:00"}, {}),
    ({"byday": "2MO,-1FR", "freq": "MONTHLY"}, {}),
    ({"opens_at": "09:00:00", "closes_at": "09:00:30"}, {}),
    ({"opens_at": "09:00+01:00", "closes_at": "08:00Z"}, {}),  # zones: not compared
    ({"opens_at": "12:00", "closes_at": "09:00"}, {"closes_at": FieldError.END_BEFORE_START}),
    ({"opens_at": "9 uur"}, {"opens_at": FieldError.TIME_INVALID}),
    ({"closes_at": "24:00"}, {"closes_at": FieldError.TIME_INVALID}),
    ({"byday": "MA,DI"}, {"byday": ArrivalError.DAY_INVALID}),
    ({"wkst": "MONDAY"}, {"wkst": ArrivalError.DAY_INVALID}),
    ({"freq": "DAILY"}, {"freq": FieldError.CHOICE_INVALID}),
    ({"valid_from": "2026-02-01", "valid_to": "2026-01-01"}, {"valid_to": FieldError.END_BEFORE_START}),
    ({"valid_from": "1 januari"}, {"valid_from": FieldError.DATE_INVALID}),
    ({"interval": 0}, {"interval": FieldError.NUMBER_OUT_OF_RANGE}),
])
def test_schedule(changes, expected):
    assert check(replace(Schedule(ID), **changes)) == expected


@pytest.mark.parametrize(("language", "expected"), [
    (Language(ID, code="ti"), {}),
    (Language(ID, code="fa-AF"), {}),
    (Language(ID, name="Koerdisch"), {}),
    (Language(ID), {"code": FieldError.REQUIRED}),
    (Language(ID, code="Arabic"), {"code": ArrivalError.LANGUAGE_CODE_INVALID}),
])
def test_language(language, expected):
    assert check(language) == expected


def test_nested_problems_are_named_by_path():
    bad_phone = Phone(ID, "bel maar", languages=(Language(ID, code="ARABIC"),))
    service = replace(SERVICE, phones=(SERVICE.phones[0], bad_phone))
    assert check(service) == {"phones[1].number": FieldError.PHONE_INVALID,
                              "phones[1].languages[0].code": ArrivalError.LANGUAGE_CODE_INVALID}


@pytest.mark.parametrize(("changes", "expected"), [
    ({"name": " "}, {"name": FieldError.REQUIRED}),
    ({"name": "x" * 301}, {"name": FieldError.TOO_LONG}),
    ({"status": "open"}, {"status": FieldError.CHOICE_INVALID}),
    ({"email": "geen adres"}, {"email": FieldError.EMAIL_INVALID}),
    ({"url": "hilversum.nl"}, {"url": ArrivalError.URI_INVALID}),
    ({"minimum_age": 18, "maximum_age": 12}, {"maximum_age": FieldError.END_BEFORE_START}),
    ({"minimum_age": -1}, {"minimum_age": FieldError.NUMBER_OUT_OF_RANGE}),
    ({"organization_id": "x"}, {"organization_id": ArrivalError.ID_INVALID}),
    ({"card_lines": {"ti": "x" * 201}}, {"ketenplan_card_lines.ti": FieldError.TOO_LONG}),
    ({"card_lines": {"ti": "twee\nregels"}}, {"ketenplan_card_lines.ti": FieldError.TOO_LONG}),
    ({"card_lines": {"ti": " "}}, {"ketenplan_card_lines.ti": FieldError.REQUIRED}),
    ({"card_lines": {"Tigrinya": "x"}}, {"ketenplan_card_lines": ArrivalError.LANGUAGE_CODE_INVALID}),
])
def test_service(changes, expected):
    assert check(replace(SERVICE, **changes)) == expected


@pytest.mark.parametrize(("changes", "expected"), [
    ({"description": ""}, {}),  # HSDS requires the field, not a text in it
    ({"chain_role": "taalschool"}, {}),
    ({"chain_role": "school"}, {"ketenplan_chain_role": FieldError.CHOICE_INVALID}),
    ({"website": "ftp://x.example"}, {"website": ArrivalError.URI_INVALID}),
])
def test_organization(changes, expected):
    assert check(replace(ORGANIZATION, **changes)) == expected


def test_the_demo_passes_every_check():
    for kind in ("organizations", "locations", "services", "service_at_locations"):
        for obj in getattr(DEMO, kind):
            assert check(obj) == {}, obj.id
    assert check(LOCATION) == {}
