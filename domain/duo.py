"""Requests to DUO's machine-to-machine APIs, each built for the operation that sends it.

A DuoRequest carries the operation (its operationId in DUO's OpenAPI file), the method, the
path with its parameters (the BSN) and the body, which is exactly the operation's requestBody:
- postPipByBsn     POST /personen/{bsn}/PIP      PIP (PIP.openapi.yml), first and revised
- deletePipByBsn   DELETE /personen/{bsn}/PIP    no body
- updateMapByBsn   PUT  /personen/{bsn}/map      ResultaatMap  (MAP-PVT-Zroute.openapi.yml)
- updatePvtByBsn   PUT  /personen/{bsn}/pvt      ResultaatPvt
- updateZrouteByBsn PUT /personen/{bsn}/zroute   ResultaatZroute
The builder refuses what DUO refuses (RecordInvalid, {plan field: rule}); the rules live in
law_route, law_term and law_results. Headers (bron, doel, berichtId) belong to the transport.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.bsn import bsn_or_none
from domain.duo_facts import DuoFacts
from domain.errors import FieldError, RecordInvalid
from domain.law_results import RESULTS, check_result, check_zroute_result
from domain.law_route import (
    LEERROUTES,
    LITERACY_EDUCATION,
    NIVEAUS,
    check_intensity,
    check_level,
    check_route_change,
    intensity_error,
)
from domain.law_term import as_date, check_pip_dating

_YES_NO = {"yes": "Ja", "no": "Nee"}  # DUO's InburgeringJaNeeType


@dataclass(frozen=True)
class DuoRequest:
    operation_id: str
    method: str
    path_template: str
    path_params: dict
    body: dict

    @property
    def path(self) -> str:
        return self.path_template.format(**self.path_params)


def path_bsn(facts: DuoFacts) -> str:
    """DUO's path parameter: nine digits that pass the BSN rules (domain/bsn.py)."""
    if not facts.bsn:
        raise RecordInvalid({"bsn": FieldError.REQUIRED})
    bsn = bsn_or_none(facts.bsn)
    if bsn is None:
        raise RecordInvalid({"bsn": FieldError.BSN_INVALID})
    return bsn


def refuse_if_any(errors: dict[str, FieldError]) -> None:
    if errors:
        raise RecordInvalid(errors)


def _merge(*found: dict) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    for one in found:
        for field, problem in one.items():
            errors.setdefault(field, problem)
    return errors


def _pip_shape(plan: dict) -> dict[str, FieldError]:
    """PIP.openapi.yml, schema PIP: required dagtekeningPip and leerroute; enums; hours 1..9999."""
    errors: dict[str, FieldError] = {}
    if not plan.get("pip_dated_on"):
        errors["pip_dated_on"] = FieldError.REQUIRED
    elif as_date(plan["pip_dated_on"]) is None:
        errors["pip_dated_on"] = FieldError.DATE_INVALID
    if not plan.get("leerroute"):
        errors["leerroute"] = FieldError.REQUIRED
    for field, options in (("leerroute", LEERROUTES), ("niveau", NIVEAUS), ("literacy_education", LITERACY_EDUCATION)):
        if plan.get(field) and plan[field] not in options:
            errors[field] = FieldError.CHOICE_INVALID
    if intensity_error(plan.get("intensity_hours")):
        errors["intensity_hours"] = FieldError.NUMBER_OUT_OF_RANGE
    return errors


def check_pip(plan: dict, facts: DuoFacts) -> dict[str, FieldError]:
    """Every rule DUO (README-DUO "Het aanleveren van een PIP") and the law hold a PIP to."""
    shape = _pip_shape(plan)
    if shape:
        return shape
    first = facts.first
    first_date = facts.first_pip.dated_on if facts.first_pip else None
    current = facts.current_pip
    return _merge(
        check_level(plan, first_pip=first),
        check_intensity(plan, asylum=facts.asylum),
        check_pip_dating(plan["pip_dated_on"], duty_start=facts.duty_start_on, settled_on=facts.settled_on,
                         first_pip_dated_on=first_date, current_pip_dated_on=current.dated_on if current else None),
        check_route_change(current.leerroute if current else None, plan["leerroute"], first_date,
                           as_date(plan["pip_dated_on"])),
    )


def pip_request(plan: dict, facts: DuoFacts) -> DuoRequest:
    """postPipByBsn: the bare PIP, BSN in the path. Build it from the agreed version's plan."""
    bsn = path_bsn(facts)
    refuse_if_any(check_pip(plan, facts))
    body: dict = {"dagtekeningPip": as_date(plan["pip_dated_on"]).isoformat(), "leerroute": plan["leerroute"]}
    if plan.get("niveau"):
        body["niveau"] = plan["niveau"]
    if plan.get("intensity_hours") is not None:
        body["geschatteIntensiteitB1Route"] = plan["intensity_hours"]
    if plan.get("may_finish_education") is not None:
        body["indicatorMagOpleidingAfmaken"] = bool(plan["may_finish_education"])
    if plan.get("literacy_education"):
        body["indicatorAlfabetiseringsonderwijs"] = plan["literacy_education"]
    return DuoRequest("postPipByBsn", "POST", "/personen/{bsn}/PIP", {"bsn": bsn}, body)


def pip_delete_request(facts: DuoFacts) -> DuoRequest:
    """deletePipByBsn (README-DUO "Het verwijderen van een PIP"): only while the term has not been
    set, and while no course hours are registered on the current inburgeringsaanbod."""
    bsn = path_bsn(facts)
    if facts.term is not None:
        raise RecordInvalid({"plan": FieldError.PIP_DELETE_TERM_SET})
    if facts.course_hours_registered:
        raise RecordInvalid({"plan": FieldError.PIP_DELETE_HOURS_REGISTERED})
    return DuoRequest("deletePipByBsn", "DELETE", "/personen/{bsn}/PIP", {"bsn": bsn}, {})


def _result_request(kind: str, operation: str, date_key: str, plan: dict, facts: DuoFacts) -> DuoRequest:
    bsn = path_bsn(facts)
    f = RESULTS[kind]
    if plan.get(f.date) and as_date(plan[f.date]) is None:
        raise RecordInvalid({f.date: FieldError.DATE_INVALID})
    if plan.get(f.culpable) and plan[f.culpable] not in _YES_NO:
        raise RecordInvalid({f.culpable: FieldError.CHOICE_INVALID})
    refuse_if_any(check_result(kind, plan, facts))
    body: dict = {}
    if plan.get(f.date):  # PUT replaces the resource: an empty body withdraws what was sent
        body[date_key] = as_date(plan[f.date]).isoformat()
        if plan.get(f.culpable):
            body["verwijtbaar"] = _YES_NO[plan[f.culpable]]
    return DuoRequest(operation, "PUT", f"/personen/{{bsn}}/{kind}", {"bsn": bsn}, body)


def map_request(plan: dict, facts: DuoFacts) -> DuoRequest:
    """updateMapByBsn: ResultaatMap, the date of the closing interview and culpability."""
    return _result_request("map", "updateMapByBsn", "datumEindgesprekMap", plan, facts)


def pvt_request(plan: dict, facts: DuoFacts) -> DuoRequest:
    """updatePvtByBsn: ResultaatPvt, the date the participation declaration was signed."""
    return _result_request("pvt", "updatePvtByBsn", "datumOndertekeningPvt", plan, facts)


def zroute_request(plan: dict, facts: DuoFacts) -> DuoRequest:
    """updateZrouteByBsn: ResultaatZroute, the date the Z-route was completed (empty: withdrawn)."""
    bsn = path_bsn(facts)
    if plan.get("zroute_done_on") and as_date(plan["zroute_done_on"]) is None:
        raise RecordInvalid({"zroute_done_on": FieldError.DATE_INVALID})
    refuse_if_any(check_zroute_result(plan, facts))
    body = {"datumAfrondingZroute": as_date(plan["zroute_done_on"]).isoformat()} if plan.get("zroute_done_on") else {}
    return DuoRequest("updateZrouteByBsn", "PUT", "/personen/{bsn}/zroute", {"bsn": bsn}, body)
