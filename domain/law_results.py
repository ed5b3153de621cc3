"""Results sent to DUO (MAP, PVT, Z-route): one place for what DUO registers.

Sources: README-DUO.md, sections "Module Arbeidsmarkt en Participatie (MAP)" and
"Participatieverklaringstraject (PVT)" (the same eleven conditions for both), and
MAP-PVT-Zroute.openapi.yml. Each check returns {plan field: FieldError}.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.duo_facts import DuoFacts
from domain.errors import FieldError
from domain.law_route import ROUTE_O, ROUTE_Z
from domain.law_term import Term, add_months, as_date

CULPABLE_NO_MONTHS = 2  # README-DUO: 'Nee' only when the term's end lies within two months


@dataclass(frozen=True)
class ResultFields:
    date: str  # the plan's field holding the result's date
    culpable: str  # the plan's field holding "yes"/"no"/""
    registered_by: str  # the DuoFacts attribute: who registered a date before


RESULTS = {
    "map": ResultFields("map_done_on", "map_culpable", "map_registered_by"),
    "pvt": ResultFields("pvt_done_on", "pvt_culpable", "pvt_registered_by"),
}


def check_culpability(day, culpable: str | None, term: Term | None, date_field: str,
                      culpable_field: str) -> dict[str, FieldError]:
    """README-DUO, MAP/PVT "Verwijtbaar": not given for a date before the term's end; required for
    a date after it (overrun); 'Nee' only when the end lies within two months of the date;
    'Ja' only on overrun. DUO's einddatum is exclusive, so the end day itself is overrun."""
    day = as_date(day)
    if day is None or term is None:
        return {}
    if not term.overrun_on(day):
        return {culpable_field: FieldError.CULPABILITY_WHILE_TERM_RUNS} if culpable else {}
    if not culpable:
        return {culpable_field: FieldError.CULPABILITY_MISSING_AFTER_TERM}
    if culpable == "no" and day >= add_months(term.end, CULPABLE_NO_MONTHS):
        return {culpable_field: FieldError.NOT_CULPABLE_TOO_LATE}
    return {}


def check_result_date(day, facts_today, term: Term | None, zroute_done_on, field: str) -> dict[str, FieldError]:
    """README-DUO, MAP/PVT: the date not before the term starts, not in the future, not after the
    Z-route was completed."""
    day = as_date(day)
    if day is None:
        return {}
    if facts_today and day > facts_today:
        return {field: FieldError.RESULT_IN_FUTURE}
    if term and day < term.start:
        return {field: FieldError.RESULT_BEFORE_TERM}
    done = as_date(zroute_done_on)
    if done and day > done:
        return {field: FieldError.RESULT_AFTER_ZROUTE_DONE}
    return {}


def check_result(kind: str, plan: dict, facts: DuoFacts) -> dict[str, FieldError]:
    """Everything DUO checks on a MAP or PVT result, plus the law: the onderwijsroute has no MAP."""
    f = RESULTS[kind]
    if kind == "map" and plan.get("leerroute") == ROUTE_O:
        return {f.date: FieldError.MAP_NOT_IN_ONDERWIJSROUTE}  # Wi2021: MAP belongs to B1- and Z-route
    if facts.current_pip is None or not facts.current_pip.ours:
        return {f.date: FieldError.RESULT_WITHOUT_PIP}  # "Uw gemeente moet een actuele PIP hebben"
    if getattr(facts, f.registered_by) == "other":
        return {f.date: FieldError.RESULT_OF_OTHER_MUNICIPALITY}  # "eerder door uw gemeente geleverd"
    if facts.duty_met_via_zroute:
        return {f.date: FieldError.RESULT_AFTER_DUTY_MET}  # "nog niet voldaan via de Z-route"
    if not plan.get(f.date):
        # a withdrawal (empty body): "dan mag de datum afronding Z-route niet geregistreerd zijn"
        if facts.zroute_done_on:
            return {f.date: FieldError.WITHDRAW_AFTER_ZROUTE_DONE}
        return {}  # the whole resource is replaced: no date, no culpability
    found = check_result_date(plan[f.date], facts.today, facts.term, facts.zroute_done_on, f.date)
    return found or check_culpability(plan[f.date], plan.get(f.culpable), facts.term, f.date, f.culpable)


def check_zroute_result(plan: dict, facts: DuoFacts) -> dict[str, FieldError]:
    """MAP-PVT-Zroute.openapi.yml datumAfrondingZroute ("De datum waarop Inburgeraar de Z-route
    afrondt"): only for the Z-route, with this municipality's PIP, not in the future nor before the term."""
    if plan.get("leerroute") != ROUTE_Z:
        return {"zroute_done_on": FieldError.ZROUTE_RESULT_NOT_IN_ROUTE}
    if facts.current_pip is None or not facts.current_pip.ours:
        return {"zroute_done_on": FieldError.RESULT_WITHOUT_PIP}
    day = as_date(plan.get("zroute_done_on"))
    if day and day > facts.today:
        return {"zroute_done_on": FieldError.RESULT_IN_FUTURE}
    if day and facts.term and day < facts.term.start:
        return {"zroute_done_on": FieldError.RESULT_BEFORE_TERM}
    return {}


def check_results_in_plan(plan: dict, term: Term | None, today=None) -> dict[str, FieldError]:
    """The result rules the plan screen can tell without DUO's facts, for the worker while typing."""
    errors: dict[str, FieldError] = {}
    if plan.get("leerroute") == ROUTE_O and plan.get("map_done_on"):
        errors["map_done_on"] = FieldError.MAP_NOT_IN_ONDERWIJSROUTE
    if plan.get("zroute_done_on") and plan.get("leerroute") not in (None, "", ROUTE_Z):
        errors["zroute_done_on"] = FieldError.ZROUTE_RESULT_NOT_IN_ROUTE
    for f in RESULTS.values():
        if f.date in errors:
            continue
        found = check_result_date(plan.get(f.date), today, term, None, f.date) or \
            check_culpability(plan.get(f.date), plan.get(f.culpable), term, f.date, f.culpable)
        for field, problem in found.items():
            errors.setdefault(field, problem)
    return errors
