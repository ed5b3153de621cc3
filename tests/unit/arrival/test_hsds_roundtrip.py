"""Export -> import -> export gives the same directory, and every export is valid HSDS 3.0."""

import json

import pytest
from hypothesis import HealthCheck, given, settings

from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.hsds import export_directory, export_json, import_directory, import_json
from tests.depth import examples
from tests.unit.arrival.hsds_schemas import OBJECTS, SCHEMA_DIR, load_validators, schema_errors, validators
from tests.unit.arrival.strategies import directories

SLOW = settings(max_examples=examples(50), deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_schemas_are_read_from_beside_the_repository():
    assert SCHEMA_DIR.parts[-4:] == ("shared", "external", "hsds", "schema")
    assert set(OBJECTS) <= set(validators())


def test_absent_schemas_fail_rather_than_skip(tmp_path):
    with pytest.raises(AssertionError, match="schemas are missing"):
        load_validators(tmp_path)
    (tmp_path / "organization.json").write_text("{}", encoding="utf-8")
    with pytest.raises(AssertionError, match="service.json"):
        load_validators(tmp_path)


def test_the_schemas_catch_what_they_should():
    document = export_directory(demo_directory())
    del document["services"][0]["status"]
    document["locations"][0]["addresses"][0]["address_type"] = "home"
    document["organizations"][0]["website"] = 12
    assert len(schema_errors(document)) == 3


def test_demo_round_trips_unchanged_and_validates():
    directory = demo_directory()
    document = export_directory(directory)
    result = import_directory(document, directory.municipality_code, directory.municipality_name)
    assert result.problems == ()
    assert result.ignored == frozenset()
    assert result.directory == directory
    assert export_directory(result.directory) == document
    assert schema_errors(document) == []


def test_export_nests_the_parent_ids_the_schemas_define():
    document = export_directory(demo_directory())
    service = document["services"][0]
    assert service["phones"][0]["service_id"] == service["id"]
    assert service["phones"][0]["languages"][0]["phone_id"] == service["phones"][0]["id"]
    assert service["schedules"][0]["service_id"] == service["id"]
    location = document["locations"][0]
    assert location["addresses"][0]["location_id"] == location["id"]
    assert document["organizations"][0]["phones"][0]["organization_id"] == document["organizations"][0]["id"]


def test_dutch_extensions_are_exported_under_their_own_names():
    document = export_directory(demo_directory())
    assert document["organizations"][0]["ketenplan_chain_role"] == "gemeente"
    assert set(document["services"][0]["ketenplan_card_lines"]) == {"nl", "en", "ar", "ti", "fa"}
    assert document["ketenplan_municipality"] == {"code": "0402", "name": "Hilversum"}


@SLOW
@given(directories())
def test_any_directory_round_trips_through_json_and_validates(directory):
    text = export_json(directory)
    result = import_json(text, directory.municipality_code, directory.municipality_name)
    assert result.problems == ()
    assert result.directory == directory
    assert json.loads(export_json(result.directory)) == json.loads(text)
    assert schema_errors(json.loads(text)) == []
