"""Each request to DUO is built for the operation that sends it, and its body is valid for that
operation's requestBody in DUO's own OpenAPI file (PIP v1.2.0; MAP, PVT and Z-route v1.0.0)."""

from datetime import date

import pytest

from domain import duo
from domain.duo_facts import DuoFacts, PipOnRecord
from domain.errors import FieldError, RecordInvalid
from domain.law_term import term_from_first_pip
from tests.unit.duo_specs import operation, problems, request_body_schema

BSN = "111222333"
FIRST = PipOnRecord(date(2024, 3, 10), "B")
PLAN = {
    "pip_dated_on": "2024-05-01", "leerroute": "B", "niveau": "B1", "intensity_hours": 600,
    "may_finish_education": True, "literacy_education": "NVT",
    "map_done_on": "2025-02-03", "map_culpable": "", "pvt_done_on": "2024-11-12", "pvt_culpable": "",
    "zroute_done_on": None,
}


def facts(**changes) -> DuoFacts:
    base = dict(bsn=BSN, today=date(2025, 6, 1), duty_start_on=date(2024, 1, 15), settled_on=date(2024, 2, 1),
                asylum=True, first_pip=FIRST, current_pip=FIRST, term=term_from_first_pip(FIRST.dated_on))
    return DuoFacts(**{**base, **changes})


def test_the_pip_goes_bare_to_postpipbybsn_with_the_bsn_in_the_path():
    request = duo.pip_request(PLAN, facts())
    assert (request.operation_id, request.method, request.path) == ("postPipByBsn", "POST", "/personen/111222333/PIP")
    assert request.body == {
        "dagtekeningPip": "2024-05-01", "leerroute": "B", "niveau": "B1", "geschatteIntensiteitB1Route": 600,
        "indicatorMagOpleidingAfmaken": True, "indicatorAlfabetiseringsonderwijs": "NVT"}
    assert problems(request) == []


def test_the_pip_schema_is_the_request_body_not_the_reading_shape():
    """DUO returns a `Gemeente` wrapper on GET; POST takes the bare PIP. The wrapper must fail here."""
    assert request_body_schema("postPipByBsn") == {"$ref": "#/components/schemas/PIP"}
    wrapped = duo.DuoRequest("postPipByBsn", "POST", "/personen/{bsn}/PIP", {"bsn": BSN},
                             {"gemeentecode": "0402", "pip": duo.pip_request(PLAN, facts()).body})
    assert problems(wrapped)


def test_a_minimal_first_pip_is_valid():
    request = duo.pip_request({"pip_dated_on": "2024-05-01", "leerroute": "Z"}, facts(first_pip=None, current_pip=None))
    assert request.body == {"dagtekeningPip": "2024-05-01", "leerroute": "Z"}
    assert problems(request) == []


@pytest.mark.parametrize("spoil", [
    lambda r: r.body.update(leerroute="X"),
    lambda r: r.body.pop("dagtekeningPip"),
    lambda r: r.body.update(dagtekeningPip="01-05-2024"),
    lambda r: r.body.update(niveau="B2"),
    lambda r: r.body.update(geschatteIntensiteitB1Route=10000),
    lambda r: r.body.update(indicatorAlfabetiseringsonderwijs="B"),
    lambda r: r.body.update(gemeentecode="0402"),
    lambda r: r.path_params.update(bsn="12"),
], ids=["leerroute X", "no dagtekeningPip", "date not ISO", "niveau B2", "hours over 9999",
        "alfabetisering B", "a field DUO does not take", "bsn 2 digits"])
def test_the_check_against_duos_file_refuses_a_spoilt_request(spoil):
    request = duo.pip_request(PLAN, facts())
    spoil(request)
    assert problems(request)


def test_map_pvt_and_z_route_results_go_to_their_put_operations():
    map_request = duo.map_request(PLAN, facts())
    assert (map_request.operation_id, map_request.method, map_request.path) == (
        "updateMapByBsn", "PUT", "/personen/111222333/map")
    assert map_request.body == {"datumEindgesprekMap": "2025-02-03"}
    pvt_request = duo.pvt_request(PLAN, facts())
    assert (pvt_request.operation_id, pvt_request.body) == ("updatePvtByBsn", {"datumOndertekeningPvt": "2024-11-12"})
    z_plan = {**PLAN, "leerroute": "Z", "niveau": "A2", "zroute_done_on": "2025-05-30"}
    z_first = PipOnRecord(date(2024, 3, 10), "Z")
    z_request = duo.zroute_request(z_plan, facts(first_pip=z_first, current_pip=z_first))
    assert (z_request.operation_id, z_request.path, z_request.body) == (
        "updateZrouteByBsn", "/personen/111222333/zroute", {"datumAfrondingZroute": "2025-05-30"})
    for request in (map_request, pvt_request, z_request):
        assert problems(request) == []


def test_an_empty_result_withdraws_what_was_sent():
    """PUT replaces the whole resource: no date in the body withdraws the registered one."""
    request = duo.map_request({**PLAN, "map_done_on": None}, facts())
    assert request.body == {} and problems(request) == []


def test_every_operation_is_found_in_duos_files():
    for operation_id in ("postPipByBsn", "updateMapByBsn", "updatePvtByBsn", "updateZrouteByBsn"):
        method, path, _op, _doc = operation(operation_id)
        assert path.startswith("/personen/{bsn}/") and method in ("POST", "PUT")


def test_no_request_without_a_valid_bsn():
    for bsn, error in (("", FieldError.REQUIRED), ("12", FieldError.BSN_INVALID),
                       ("111222334", FieldError.BSN_INVALID)):
        with pytest.raises(RecordInvalid) as caught:
            duo.pip_request(PLAN, facts(bsn=bsn))
        assert caught.value.errors == {"bsn": error}
    assert duo.pip_request(PLAN, facts(bsn="11122.2333")).path_params == {"bsn": "111222333"}


def test_without_duos_files_the_checks_fail_rather_than_skip(monkeypatch, tmp_path):
    from tests.unit import duo_specs

    monkeypatch.setattr(duo_specs, "SPECS", tmp_path)
    with pytest.raises(pytest.fail.Exception, match="missing"):
        duo_specs.spec.__wrapped__("PIP.openapi.yml")
