"""Messages for DUO's machine-to-machine APIs, built from a plan.

PIP API v1.2.0 (the `Gemeente` schema: gemeentecode plus the PIP) and the MAP, PVT and
Z-route results API. Fields the plan does not know are left out, as the schemas allow;
what DUO requires and the plan lacks is refused with the plan's field named.
"""

from __future__ import annotations

import re

from domain.errors import FieldError, RecordInvalid

_GEMEENTECODE = re.compile(r"^\d{4}$")
_YES_NO = {"yes": "Ja", "no": "Nee"}  # DUO's InburgeringJaNeeType


def _required(plan: dict, *names: str) -> None:
    missing = {n: FieldError.REQUIRED for n in names if plan.get(n) in (None, "")}
    if missing:
        raise RecordInvalid(missing)


def pip_message(plan: dict, gemeentecode: str) -> dict:
    """The `Gemeente` message: {"gemeentecode": "0402", "pip": {...}}. Build it from the agreed
    version's plan, since the PIP DUO receives is the decision, not a draft being edited."""
    if not _GEMEENTECODE.match(gemeentecode or ""):
        raise RecordInvalid({"gemeentecode": FieldError.CHOICE_INVALID})
    _required(plan, "pip_dated_on", "leerroute")
    pip: dict = {"dagtekeningPip": plan["pip_dated_on"], "leerroute": plan["leerroute"]}
    if plan.get("niveau"):
        pip["niveau"] = plan["niveau"]
    if plan.get("intensity_hours"):
        pip["geschatteIntensiteitB1Route"] = plan["intensity_hours"]
    if plan.get("may_finish_education") is not None:
        pip["indicatorMagOpleidingAfmaken"] = bool(plan["may_finish_education"])
    if plan.get("literacy_education"):
        pip["indicatorAlfabetiseringsonderwijs"] = plan["literacy_education"]
    return {"gemeentecode": gemeentecode, "pip": pip}


def _result(plan: dict, done_field: str, culpable_field: str, date_key: str) -> dict:
    _required(plan, done_field)
    message = {date_key: plan[done_field]}
    if plan.get(culpable_field) in _YES_NO:
        message["verwijtbaar"] = _YES_NO[plan[culpable_field]]
    return message


def map_message(plan: dict) -> dict:
    """`ResultaatMap`: the date of the closing interview, and whether a shortfall is culpable."""
    return _result(plan, "map_done_on", "map_culpable", "datumEindgesprekMap")


def pvt_message(plan: dict) -> dict:
    """`ResultaatPvt`: the date the participation declaration was signed."""
    return _result(plan, "pvt_done_on", "pvt_culpable", "datumOndertekeningPvt")


def zroute_message(plan: dict) -> dict:
    """`ResultaatZroute`: the date the Z-route was completed."""
    _required(plan, "zroute_done_on")
    return {"datumAfrondingZroute": plan["zroute_done_on"]}
