"""Importing HSDS JSON from other tools: each bad item is reported and left out, the rest comes in."""

import copy
import json
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.errors import ArrivalError
from domain.arrival.hsds import check_directory, export_directory, import_directory, import_json
from domain.errors import FieldError
from tests.depth import examples
from tests.unit.arrival.hsds_schemas import SCHEMA_DIR, schema_errors
from tests.unit.arrival.strategies import directories

ORG = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
SERVICE = "ac148810-d857-441c-9679-408f346de14b"
LOCATION = "a2f3b4c5-d6e7-4f80-9a1b-2c3d4e5f6a7b"
SAL = "b7e2f9a0-1c2d-4e3f-8a9b-0c1d2e3f4a5b"


def _import(data):
    return import_directory(data, "0402", "Hilversum")


def _service_with_definitions():
    """A service as HSDS's API gives it: its organisation and its locations embedded."""
    return {
        "id": SERVICE, "name": "Taalcafé", "status": "active", "organization_id": ORG,
        "organization": {"id": ORG, "name": "Bibliotheek", "description": "", "website": "https://bieb.example"},
        "service_at_locations": [{
            "id": SAL, "location": {
                "id": LOCATION, "location_type": "physical", "latitude": 52.22, "longitude": 5.17,
                "addresses": [{"id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "address_1": "Oude Torenstraat 10",
                               "city": "Hilversum", "state_province": "Noord-Holland", "postal_code": "1211 BV",
                               "country": "NL", "address_type": "physical"}],
            },
        }],
        "funding": [{"id": "e1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "source": "Gemeente"}],
        "phones": [{"id": "f1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f", "number": "035 000 0109",
                    "service_id": SERVICE}],
    }


def test_a_service_with_its_definitions_embedded_is_taken_apart():
    result = _import([_service_with_definitions()])
    assert result.problems == ()
    directory = result.directory
    assert [o.id for o in directory.organizations] == [ORG]
    assert [s.id for s in directory.services] == [SERVICE]
    assert directory.locations_of(SERVICE)[0].addresses[0].city == "Hilversum"
    assert directory.service_at_locations[0].service_id == SERVICE  # taken from the parent
    assert result.ignored == {"service.funding"}  # said, not silently dropped; links are not "ignored"


def test_an_api_page_of_services_is_accepted():
    page = {"total_items": 1, "page_number": 1, "contents": [_service_with_definitions()]}
    assert [s.name for s in _import(page).directory.services] == ["Taalcafé"]


def test_organizations_that_embed_their_locations_and_services():
    service = _service_with_definitions()
    organization = service.pop("organization")
    location = service.pop("service_at_locations")[0]["location"]
    organization["locations"], organization["services"] = [location], [service]
    del service["organization_id"]
    result = _import({"organizations": [organization]})
    assert result.problems == ()
    assert result.directory.locations[0].organization_id == ORG
    assert result.directory.services[0].organization_id == ORG


def test_bad_items_are_reported_by_field_and_the_rest_is_imported():
    document = export_directory(demo_directory())
    document["services"][1]["status"] = "open"
    document["services"][2]["phones"][0]["number"] = "bel maar"
    del document["organizations"][3]["description"]
    document["locations"][4]["latitude"] = 152.0
    result = _import(document)
    reasons = {(p.kind, p.index): p.errors for p in result.problems}
    assert reasons[("service", 1)] == {"status": FieldError.CHOICE_INVALID}
    assert reasons[("service", 2)] == {"phones[0].number": FieldError.PHONE_INVALID}
    assert reasons[("organization", 3)] == {"description": FieldError.REQUIRED}
    assert reasons[("location", 4)] == {"latitude": ArrivalError.COORDINATES_INVALID}
    # the organisation left out takes its location and service along, each with its reason
    assert reasons[("location", 3)] == {"organization_id": ArrivalError.UNKNOWN_REFERENCE}
    assert reasons[("service", 3)] == {"organization_id": ArrivalError.UNKNOWN_REFERENCE}
    # and the links to what was left out
    assert {p.index for p in result.problems if p.kind == "service_at_location"} == {1, 2, 3, 4}
    assert len(result.directory.organizations) == 9
    assert len(result.directory.services) == 7
    assert len(result.directory.service_at_locations) == 6


def test_a_reason_names_the_item_and_field_but_no_value():
    document = export_directory(demo_directory())
    document["services"][0]["email"] = "geheim-adres@@nergens"
    problem = _import(document).problems[0]
    assert problem.reason.startswith(f"service 1 (id {document['services'][0]['id']}): email: email_invalid")
    assert "geheim" not in problem.reason


def test_reports_carry_no_text_from_the_file_but_ids_and_property_names():
    document = export_directory(demo_directory())
    document["services"][0]["id"] = "Fatima, Kerkstraat 3"
    document["services"][1]["Notitie over mevrouw X"] = "..."
    document["services"][2]["ketenplan_card_lines"] = {"mevrouw X": "..."}
    result = _import(document)
    text = " ".join(p.reason for p in result.problems) + " ".join(result.ignored)
    assert "Fatima" not in text and "mevrouw" not in text
    assert "service.(other)" in result.ignored
    assert result.problems[0].item_id is None and result.problems[0].errors == {"id": ArrivalError.ID_INVALID}


def test_wrong_types_duplicates_and_junk_do_not_stop_the_import():
    document = export_directory(demo_directory())
    document["services"][0]["name"] = 42
    document["services"][1]["phones"] = {"id": "not a list"}
    document["services"].append("not an object")
    document["services"].append(copy.deepcopy(document["services"][5]))
    document["locations"] = document["locations"] + [{"id": "not-a-uuid", "location_type": "physical"}]
    result = _import(document)
    errors = [p.errors for p in result.problems if p.kind == "service"]
    assert {"name": ArrivalError.TYPE_INVALID} in errors
    assert {"phones": ArrivalError.TYPE_INVALID} in errors
    assert {"item": ArrivalError.TYPE_INVALID} in errors
    assert {"id": ArrivalError.DUPLICATE_ID} in errors
    assert {"id": ArrivalError.ID_INVALID} in [p.errors for p in result.problems if p.kind == "location"]
    assert len(result.directory.services) == 8


def test_not_json_or_not_a_directory_is_one_problem():
    for text in ("{not json", '"a string"', '{"services": {"a": 1}}'):
        result = import_json(text, "0402", "Hilversum")
        assert result.directory.services == ()
        assert len(result.problems) == 1 and result.problems[0].kind == "document"


def test_required_fields_of_the_schemas_are_required_on_import():
    address = _service_with_definitions()["service_at_locations"][0]["location"]["addresses"][0]
    for key in ("address_1", "city", "state_province", "postal_code", "country", "address_type"):
        service = _service_with_definitions()
        del service["service_at_locations"][0]["location"]["addresses"][0][key]
        problems = _import([service]).problems
        assert [p.errors for p in problems if p.kind == "location"] == [{f"addresses[0].{key}": FieldError.REQUIRED}]
    assert address["country"] == "NL"


BREAKS = {
    "organizations": ("name", None),
    "services": ("status", "bestaat niet"),
    "locations": ("location_type", 7),
}


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(directories(), st.sampled_from(sorted(BREAKS)), st.data())
def test_one_bad_item_leaves_out_only_itself_and_what_depends_on_it(directory, plural, data):
    document = json.loads(json.dumps(export_directory(directory)))
    if not document[plural]:
        return
    index = data.draw(st.integers(0, len(document[plural]) - 1))
    key, value = BREAKS[plural]
    bad = document[plural][index]
    bad[key] = value
    result = _import(document)
    left_out = {p.item_id for p in result.problems}
    assert bad["id"] in left_out
    kept = {o.id for kind in ("organizations", "services", "locations", "service_at_locations")
            for o in getattr(result.directory, kind)}
    items = [item for kind in ("organizations", "locations", "services", "service_at_locations")
             for item in document[kind]]
    gone = {bad["id"]}
    for _ in range(3):  # organisation -> location/service -> service_at_location
        gone |= {item["id"] for item in items
                 if gone & {item.get("organization_id"), item.get("service_id"), item.get("location_id")}}
    assert left_out == gone
    assert kept == {item["id"] for item in items} - gone


def _from_examples(name: str, depth: int = 0) -> dict:
    """An HSDS object made of the example values in its schema, nested objects one level deep:
    what a tool that fills every field, required and optional, would export."""
    schema = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    out = {}
    for key, prop in schema["properties"].items():
        if prop.get("type") == "array" and "$ref" in prop.get("items", {}):
            if depth < 1:
                out[key] = [_from_examples(prop["items"]["$ref"][:-5], depth + 1)]
        elif "example" in prop:
            out[key] = prop["example"]
    return out


def test_objects_with_every_hsds_field_import_and_keep_what_the_model_carries():
    organization, location, service = (_from_examples(n) for n in ("organization", "location", "service"))
    # the spec's examples hold a number in quotes and a latitude of 100: not what a directory holds
    for owner in (organization, location, service, *service["contacts"]):
        for phone in owner.get("phones", []):
            phone["number"] = "+44 1234 234567"
    location["latitude"], location["longitude"] = "52.2297", "5.1669"
    service["organization_id"] = location["organization_id"] = organization["id"]
    result = _import({"organizations": [organization], "locations": [location], "services": [service]})
    assert result.problems == ()
    imported = result.directory.services[0]
    assert imported.application_process == service["application_process"]
    assert imported.eligibility_description == service["eligibility_description"]
    assert imported.required_documents[0].document == service["required_documents"][0]["document"]
    assert imported.cost_options[0].amount == float(service["cost_options"][0]["amount"])
    assert imported.schedules[0].byday == service["schedules"][0]["byday"]
    assert result.directory.locations[0].latitude == 52.2297  # numbers written as text are read as numbers
    assert {"service.funding", "organization.year_incorporated", "location.accessibility"} <= result.ignored
    assert schema_errors(export_directory(result.directory)) == []


@pytest.mark.parametrize(("value", "expected"), [("52.5", 52.5), (" 7 ", 7), ("-1e1", -10.0)])
def test_numbers_as_text(value, expected):
    service = _service_with_definitions()
    service["service_at_locations"][0]["location"]["longitude"] = value
    assert _import([service]).directory.locations[0].longitude == expected


@pytest.mark.parametrize("value", ["vijf", "1e999", "NaN", True, "", [5]])
def test_not_numbers(value):
    service = _service_with_definitions()
    service["service_at_locations"][0]["location"]["longitude"] = value
    problems = _import([service]).problems
    assert [p.errors for p in problems if p.kind == "location"] == [{"longitude": ArrivalError.TYPE_INVALID}]


def test_unknown_lists_of_the_document_are_named_as_ignored():
    document = export_directory(demo_directory())
    document["programs"] = [{"id": ORG}]
    assert _import(document).ignored == {"document.programs"}
    page = {"total_items": 1, "page_number": 1, "contents": [_service_with_definitions()]}
    assert "document.total_items" not in _import(page).ignored


def test_an_edited_directory_is_checked_by_the_same_rules():
    directory = demo_directory()
    assert check_directory(directory) == ()
    broken = replace(
        directory,
        organizations=directory.organizations[1:],
        services=(*directory.services, replace(directory.services[4], name="")),
    )
    problems = {(p.kind, p.index): p.errors for p in check_directory(broken)}
    assert problems[("location", 0)] == {"organization_id": ArrivalError.UNKNOWN_REFERENCE}
    assert problems[("service", 0)] == {"organization_id": ArrivalError.UNKNOWN_REFERENCE}
    assert problems[("service", 10)] == {"name": FieldError.REQUIRED}
    assert problems[("service_at_location", 0)] == {"service_id": ArrivalError.UNKNOWN_REFERENCE,
                                                    "location_id": ArrivalError.UNKNOWN_REFERENCE}
    twice = replace(directory, services=(*directory.services, directory.services[4]))
    assert [p.errors for p in check_directory(twice)] == [{"id": ArrivalError.DUPLICATE_ID}]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)


@settings(max_examples=examples(150), deadline=None)
@given(json_values)
def test_any_json_imports_without_crashing(value):
    _import(value)
    _import({"services": [value], "organizations": value, "locations": [{"id": value}]})


@settings(max_examples=examples(100), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_field_of_an_export_replaced_by_junk_imports_without_crashing(data):
    document = export_directory(demo_directory())
    node = document
    path = []
    while isinstance(node, dict | list) and node and data.draw(st.integers(0, 3)):
        key = data.draw(st.sampled_from(sorted(node) if isinstance(node, dict) else range(len(node))))
        path.append((node, key))
        node = node[key]
    if path:
        parent, key = path[-1]
        parent[key] = data.draw(json_values)
    result = _import(document)
    for kind, plural in (("organization", "organizations"), ("location", "locations"), ("service", "services"),
                         ("service_at_location", "service_at_locations")):
        if isinstance(document.get(plural), list):  # each item imported or reported, none lost
            reported = [p for p in result.problems if p.kind == kind]
            assert len(getattr(result.directory, plural)) + len(reported) >= len(document[plural])
