"""Messages to DUO match DUO's own OpenAPI files (PIP v1.2.0; MAP, PVT and Z-route results)."""

from pathlib import Path

import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from domain import duo
from domain.errors import FieldError, RecordInvalid
from tests.conftest import missing_input

SPECS = Path(__file__).resolve().parents[2].parent / "shared" / "external" / "duo-m2m-inburgering"

PLAN = {
    "pip_dated_on": "2024-05-01", "leerroute": "B", "niveau": "B1", "intensity_hours": 600,
    "may_finish_education": True, "literacy_education": "NVT",
    "map_done_on": "2025-02-03", "map_culpable": "no", "pvt_done_on": "2024-11-12", "pvt_culpable": "",
    "zroute_done_on": None,
}


def _validator(spec_file: str, schema: str) -> OAS30Validator:
    if not (SPECS / spec_file).exists():
        missing_input("duo", f"no {spec_file} in {SPECS}")
    spec = yaml.safe_load((SPECS / spec_file).read_text(encoding="utf-8"))
    # The schema with the file's components beside it, so "#/components/schemas/..." resolves.
    root = {**spec["components"]["schemas"][schema], "components": spec["components"]}
    return OAS30Validator(root, format_checker=oas30_format_checker)


def _problems(validator: OAS30Validator, message: dict) -> list[str]:
    return [e.message for e in validator.iter_errors(message)]


@pytest.fixture
def gemeente():
    return _validator("PIP.openapi.yml", "Gemeente")


def test_the_pip_message_carries_every_route_field_under_duos_names():
    assert duo.pip_message(PLAN, "0402") == {"gemeentecode": "0402", "pip": {
        "dagtekeningPip": "2024-05-01", "leerroute": "B", "niveau": "B1", "geschatteIntensiteitB1Route": 600,
        "indicatorMagOpleidingAfmaken": True, "indicatorAlfabetiseringsonderwijs": "NVT"}}


def test_a_full_and_a_minimal_pip_message_are_valid_for_duo(gemeente):
    assert _problems(gemeente, duo.pip_message(PLAN, "0402")) == []
    minimal = duo.pip_message({"pip_dated_on": "2024-05-01", "leerroute": "Z"}, "0363")
    assert minimal == {"gemeentecode": "0363", "pip": {"dagtekeningPip": "2024-05-01", "leerroute": "Z"}}
    assert _problems(gemeente, minimal) == []


@pytest.mark.parametrize("spoil", [
    lambda m: m["pip"].update(leerroute="X"),
    lambda m: m["pip"].pop("dagtekeningPip"),
    lambda m: m["pip"].update(dagtekeningPip="01-05-2024"),
    lambda m: m["pip"].update(niveau="B2"),
    lambda m: m["pip"].update(geschatteIntensiteitB1Route=10000),
    lambda m: m["pip"].update(indicatorAlfabetiseringsonderwijs="B"),
    lambda m: m.update(gemeentecode="402"),
    lambda m: m.pop("pip"),
], ids=["leerroute X", "no dagtekeningPip", "date not ISO", "niveau B2", "hours over 9999",
        "alfabetisering B", "gemeentecode 3 digits", "no pip"])
def test_the_schema_refuses_a_spoilt_message(gemeente, spoil):
    message = duo.pip_message(PLAN, "0402")
    spoil(message)
    assert _problems(gemeente, message)


def test_the_builder_refuses_what_duo_requires_and_the_plan_lacks():
    with pytest.raises(RecordInvalid) as caught:
        duo.pip_message({"leerroute": None, "pip_dated_on": ""}, "0402")
    assert caught.value.errors == {"leerroute": FieldError.REQUIRED, "pip_dated_on": FieldError.REQUIRED}
    with pytest.raises(RecordInvalid) as caught:
        duo.pip_message(PLAN, "gooi")
    assert caught.value.errors == {"gemeentecode": FieldError.CHOICE_INVALID}


def test_map_pvt_and_z_route_results_are_valid_for_duo():
    results = "MAP-PVT-Zroute.openapi.yml"
    map_message = duo.map_message(PLAN)
    assert map_message == {"datumEindgesprekMap": "2025-02-03", "verwijtbaar": "Nee"}
    assert _problems(_validator(results, "ResultaatMap"), map_message) == []
    pvt_message = duo.pvt_message(PLAN)
    assert pvt_message == {"datumOndertekeningPvt": "2024-11-12"}  # culpability not stated: left out
    assert _problems(_validator(results, "ResultaatPvt"), pvt_message) == []
    z_message = duo.zroute_message({**PLAN, "zroute_done_on": "2026-01-05"})
    assert _problems(_validator(results, "ResultaatZroute"), z_message) == []
    assert _problems(_validator(results, "ResultaatMap"), {**map_message, "verwijtbaar": "Misschien"})
    assert _problems(_validator(results, "ResultaatPvt"), {"datumOndertekeningPvt": "12-11-2024"})


def test_results_need_their_completion_date():
    with pytest.raises(RecordInvalid) as caught:
        duo.map_message({**PLAN, "map_done_on": None})
    assert caught.value.errors == {"map_done_on": FieldError.REQUIRED}
