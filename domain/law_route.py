"""The leerroute and its level in a PIP: one place for what DUO registers and the law allows.

Each rule names its source. Refusals are {field: FieldError}; the field is the one the worker
just changed when it is one of the pair, so the screen marks what they touched.
"""

from __future__ import annotations

from datetime import date

from domain.errors import FieldError
from domain.law_term import add_months

ROUTE_B, ROUTE_O, ROUTE_Z = "B", "O", "Z"  # PIP.openapi.yml, Leerroute enum
LEERROUTES = (ROUTE_B, ROUTE_O, ROUTE_Z)  # B1-route, onderwijsroute, Z-route (zelfstandigheidsroute)
NIVEAUS = ("A2", "B1")  # PIP.openapi.yml, NiveauPip
LITERACY_EDUCATION = ("A", "AA", "NVT")  # PIP.openapi.yml, Alfabetiseringsonderwijs
MAX_INTENSITY_HOURS = 9999  # PIP.openapi.yml, geschatteIntensiteitB1Route: minimum 1, maximum 9999
ROUTE_CHANGE_MONTHS = 18  # Besluit inburgering 2021 (Divosa, "Wet inburgering in vraag en antwoord")


def _blame(changed: set[str] | None, preferred: str, other: str) -> str:
    if changed and other in changed and preferred not in changed:
        return other
    return preferred


def intensity_error(hours) -> FieldError | None:
    """PIP.openapi.yml geschatteIntensiteitB1Route: an integer from 1 to 9999 (None: not estimated)."""
    if hours is None:
        return None
    if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= MAX_INTENSITY_HOURS:
        return FieldError.NUMBER_OUT_OF_RANGE
    return None


def effective_niveau(leerroute: str | None, niveau: str | None) -> str | None:
    """README-DUO "Niveau": without a level DUO sets B1 for the B1-route and the onderwijsroute."""
    if niveau:
        return niveau
    return "B1" if leerroute in (ROUTE_B, ROUTE_O) else None


def check_level(plan: dict, first_pip: bool = False, changed: set[str] | None = None) -> dict[str, FieldError]:
    """README-DUO, PIP "Niveau": A2 never with the onderwijsroute; B1 never with the Z-route;
    A2 with the B1-route not in the first PIP for the person (in any municipality)."""
    niveau, route = plan.get("niveau"), plan.get("leerroute")
    field = _blame(changed, "niveau", "leerroute")
    if niveau == "A2" and route == ROUTE_O:
        return {field: FieldError.A2_WITH_ONDERWIJSROUTE}
    if niveau == "B1" and route == ROUTE_Z:
        return {field: FieldError.B1_WITH_Z_ROUTE}
    if niveau == "A2" and route == ROUTE_B and first_pip:
        return {field: FieldError.A2_WITH_B_ROUTE_FIRST_PIP}
    return {}


def check_intensity(plan: dict, asylum: bool | None = None, changed: set[str] | None = None) -> dict[str, FieldError]:
    """README-DUO, PIP "Geschatte intensiteit B1 route" and PIP.openapi.yml geschatteIntensiteitB1Route:
    only with the B1-route, only for asylum migrants (unknown doelgroep: left to DUO)."""
    if not plan.get("intensity_hours"):
        return {}
    if plan.get("leerroute") != ROUTE_B:
        return {_blame(changed, "intensity_hours", "leerroute"): FieldError.INTENSITY_ONLY_B_ROUTE}
    if asylum is False:
        return {"intensity_hours": FieldError.INTENSITY_ONLY_ASYLUM}
    return {}


def route_change_allowed_until(first_pip_dated_on: date) -> date:
    """The last PIP date on which the route may still change: 18 months after the first PIP."""
    return add_months(first_pip_dated_on, ROUTE_CHANGE_MONTHS)


def check_route_change(previous_route: str | None, new_route: str | None, first_pip_dated_on: date | None,
                       new_dated_on: date | None) -> dict[str, FieldError]:
    """Besluit inburgering 2021 (Divosa Q&A): the route may change within 18 months of the first PIP;
    from the onderwijsroute to the B1-route at any time."""
    if not (previous_route and new_route and first_pip_dated_on and new_dated_on) or previous_route == new_route:
        return {}
    if previous_route == ROUTE_O and new_route == ROUTE_B:
        return {}
    if new_dated_on > route_change_allowed_until(first_pip_dated_on):
        return {"leerroute": FieldError.ROUTE_CHANGE_TOO_LATE}
    return {}
