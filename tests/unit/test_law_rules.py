"""A test per rule of docs/law-rules.md, named after the rule, with cases on both sides of each
boundary (the day before, on and after). The rules are checked where the builder applies them."""

from datetime import date, timedelta

import pytest

from domain import duo
from domain.bsn import is_valid_bsn, normalise_bsn
from domain.duo_facts import PipOnRecord
from domain.errors import FieldError, RecordInvalid
from domain.forms import Kind, Question, check_answer, normalise_score
from domain.law_route import effective_niveau
from domain.law_term import (
    Exemption,
    Extension,
    Release,
    Term,
    carried_over_term,
    duty_met_by,
    exam_parts_due,
    extend,
    term_from_first_pip,
    term_paused_on,
    zroute_participation_target,
)
from tests.unit.test_duo_requests import PLAN, facts

ONE = timedelta(days=1)
TERM = term_from_first_pip(date(2024, 3, 10))  # 11 March 2024 (incl.) to 11 March 2027 (excl.)


def refusal(build, plan, facts_) -> dict:
    try:
        build(plan, facts_)
    except RecordInvalid as refused:
        return refused.errors
    return {}


def pip(**changes) -> dict:
    return {**PLAN, **changes}


# -- BSN ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, valid, stored", [
    ("12", False, "12"), ("1112223", False, "1112223"), ("11122233", False, "011122233"),
    ("12345672", True, "012345672"), ("111222333", True, "111222333"), ("1112.22-333", True, "111222333"),
    ("0111222333", False, "0111222333"), ("", False, ""), ("11122233a", False, "11122233a"),
])
def test_bsn_length(typed, valid, stored):
    """Only 8 or 9 digits pass; 8 get one leading zero; "12" is never 000000012."""
    assert is_valid_bsn(typed) is valid
    assert normalise_bsn(typed) == stored


def test_bsn_11_check():
    assert is_valid_bsn("111222333") and not is_valid_bsn("111222334")


# -- route and level ----------------------------------------------------------------------------------
@pytest.mark.parametrize("route, niveau, refused", [
    ("O", "A2", FieldError.A2_WITH_ONDERWIJSROUTE), ("O", "B1", None),
    ("Z", "B1", FieldError.B1_WITH_Z_ROUTE), ("Z", "A2", None), ("B", "B1", None),
])
def test_a2_with_onderwijsroute_and_b1_with_z_route(route, niveau, refused):
    plan = pip(leerroute=route, niveau=niveau, intensity_hours=None)
    current = PipOnRecord(date(2024, 3, 10), route)
    expected = {"niveau": refused} if refused else {}
    assert refusal(duo.pip_request, plan, facts(first_pip=current, current_pip=current)) == expected


def test_a2_with_b_route_first_pip():
    plan = pip(niveau="A2")
    assert refusal(duo.pip_request, plan, facts(first_pip=None, current_pip=None)) == {
        "niveau": FieldError.A2_WITH_B_ROUTE_FIRST_PIP}
    assert refusal(duo.pip_request, plan, facts()) == {}  # a revision may step down to A2


def test_niveau_default_b1():
    assert effective_niveau("B", None) == "B1" and effective_niveau("O", None) == "B1"
    assert effective_niveau("Z", None) is None and effective_niveau("B", "A2") == "A2"


@pytest.mark.parametrize("route", ["O", "Z"])
def test_intensity_only_b_route(route):
    current = PipOnRecord(date(2024, 3, 10), route)
    plan = pip(leerroute=route, niveau=None)
    assert refusal(duo.pip_request, plan, facts(first_pip=current, current_pip=current)) == {
        "intensity_hours": FieldError.INTENSITY_ONLY_B_ROUTE}
    assert "geschatteIntensiteitB1Route" not in duo.pip_request(
        {**plan, "intensity_hours": None}, facts(first_pip=current, current_pip=current)).body


def test_intensity_only_asylum():
    assert refusal(duo.pip_request, pip(), facts(asylum=False)) == {"intensity_hours": FieldError.INTENSITY_ONLY_ASYLUM}
    assert refusal(duo.pip_request, pip(), facts(asylum=None)) == {}  # not known: left to DUO
    assert refusal(duo.pip_request, pip(intensity_hours=None), facts(asylum=False)) == {}


@pytest.mark.parametrize("hours, ok", [(0, False), (1, True), (9999, True), (10000, False), (-1, False), (True, False)])
def test_intensity_range(hours, ok):
    """PIP.openapi.yml geschatteIntensiteitB1Route: an integer from 1 to 9999."""
    assert (refusal(duo.pip_request, pip(intensity_hours=hours), facts()) == {}) is ok


# -- the PIP's date -----------------------------------------------------------------------------------
def _dated(day: date, **fact_changes) -> dict:
    return refusal(duo.pip_request, pip(pip_dated_on=day.isoformat()), facts(**fact_changes))


def test_pip_before_duty():
    duty = date(2024, 1, 15)
    first_only = dict(first_pip=None, current_pip=None, settled_on=None, duty_start_on=duty)
    assert _dated(duty - ONE, **first_only) == {"pip_dated_on": FieldError.PIP_BEFORE_DUTY}
    assert _dated(duty, **first_only) == {} and _dated(duty + ONE, **first_only) == {}


def test_pip_before_settling():
    settled = date(2024, 2, 1)
    first_only = dict(first_pip=None, current_pip=None, settled_on=settled)
    assert _dated(settled - ONE, **first_only) == {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    assert _dated(settled, **first_only) == {} and _dated(settled + ONE, **first_only) == {}


def test_revised_pip_before_first():
    first = PipOnRecord(date(2024, 3, 10), "B")
    other_current = PipOnRecord(date(2024, 3, 1), "B", ours=False)  # a strange history: the first rule speaks
    assert _dated(first.dated_on - ONE, first_pip=first, current_pip=other_current) == {
        "pip_dated_on": FieldError.REVISED_PIP_BEFORE_FIRST}
    assert _dated(first.dated_on, first_pip=first, current_pip=first) == {}
    assert _dated(first.dated_on + ONE, first_pip=first, current_pip=first) == {}


def test_revised_pip_before_current():
    current = PipOnRecord(date(2024, 9, 1), "B")
    assert _dated(current.dated_on - ONE, current_pip=current) == {
        "pip_dated_on": FieldError.REVISED_PIP_BEFORE_CURRENT}
    assert _dated(current.dated_on, current_pip=current) == {}
    assert _dated(current.dated_on + ONE, current_pip=current) == {}


def test_route_change_too_late():
    """Within 18 months of the first PIP (10 Sep 2025 for 10 Mar 2024), except O -> B at any time."""
    last = date(2025, 9, 10)
    z_plan = lambda day: pip(leerroute="Z", niveau=None, intensity_hours=None, pip_dated_on=day.isoformat())  # noqa: E731
    assert refusal(duo.pip_request, z_plan(last - ONE), facts(today=last + ONE)) == {}
    assert refusal(duo.pip_request, z_plan(last), facts(today=last + ONE)) == {}
    assert refusal(duo.pip_request, z_plan(last + ONE), facts(today=last + ONE)) == {
        "leerroute": FieldError.ROUTE_CHANGE_TOO_LATE}
    onderwijs = PipOnRecord(date(2024, 3, 10), "O")
    late_b = pip(pip_dated_on="2026-06-01")
    assert refusal(duo.pip_request, late_b, facts(first_pip=onderwijs, current_pip=onderwijs)) == {}
    assert refusal(duo.pip_request, late_b, facts()) == {}  # the same route: no change


# -- the term -------------------------------------------------------------------------------------------
def test_term_from_first_pip():
    assert (TERM.start, TERM.end, TERM.last_day) == (date(2024, 3, 11), date(2027, 3, 11), date(2027, 3, 10))
    assert not TERM.overrun_on(TERM.end - ONE) and TERM.overrun_on(TERM.end)


def test_extension_not_later():
    with pytest.raises(RecordInvalid) as caught:
        extend(TERM, Extension(TERM.end, "3"))
    assert caught.value.errors == {"end": FieldError.EXTENSION_NOT_LATER}
    longer = extend(TERM, Extension(TERM.end + ONE, "3", "Medische omstandigheden"))
    assert longer.end == TERM.end + ONE and longer.extensions[0].ground_code == "3" and longer.start == TERM.start


def test_extension_ground_unknown():
    for code, known in (("", None), ("12345678901", None), ("9", {"1", "2"})):
        with pytest.raises(RecordInvalid) as caught:
            extend(TERM, Extension(date(2027, 9, 11), code), known)
        assert caught.value.errors == {"ground_code": FieldError.EXTENSION_GROUND_UNKNOWN}
    assert extend(TERM, Extension(date(2027, 9, 11), "2"), {"1", "2"}).end == date(2027, 9, 11)


def test_term_carried_over():
    term = carried_over_term("2023-05-02", "2026-05-02", "0363")
    assert term == Term(date(2023, 5, 2), date(2026, 5, 2), carried_over_from="0363")
    results = refusal(duo.pvt_request, pip(pvt_done_on="2023-05-01"), facts(term=term, today=date(2024, 1, 1)))
    assert results == {"pvt_done_on": FieldError.RESULT_BEFORE_TERM}


def test_whole_exemption_or_release_meets_the_duty():
    assert duty_met_by([Exemption("whole", True)], []) and duty_met_by([], [Release("whole", True, "MED")])
    assert not duty_met_by([Exemption("whole", False)], [Release("partial", True, "MED", exam_part="SP")])
    assert exam_parts_due([Exemption("whole", True)], []) == ()


def test_temporary_exemption_pauses_the_term():
    granted = Exemption("temporary", True, start=date(2025, 1, 1), end=date(2025, 6, 30))  # both inclusive
    assert [term_paused_on([granted], d) for d in (date(2024, 12, 31), date(2025, 1, 1), date(2025, 6, 30),
                                                   date(2025, 7, 1))] == [False, True, True, False]
    assert not term_paused_on([Exemption("temporary", False, start=date(2025, 1, 1))], date(2025, 2, 1))


def test_partial_exemptions_and_releases_lower_the_targets():
    exemptions = [Exemption("partial", True, exam_part="SP", level="A2"), Exemption("partial", False, exam_part="LE")]
    releases = [Release("partial", True, "MED", exam_part="KNM", participation_hours=300)]
    assert exam_parts_due(exemptions, releases) == ("LE", "LU", "SC")
    assert zroute_participation_target(releases) == 300 and zroute_participation_target([]) == 800


# -- results (MAP, PVT, Z-route) -------------------------------------------------------------------------
def test_map_not_in_onderwijsroute():
    onderwijs = PipOnRecord(date(2024, 3, 10), "O")
    plan = pip(leerroute="O", niveau=None)
    assert refusal(duo.map_request, plan, facts(current_pip=onderwijs)) == {
        "map_done_on": FieldError.MAP_NOT_IN_ONDERWIJSROUTE}
    assert refusal(duo.pvt_request, plan, facts(current_pip=onderwijs)) == {}  # the PVT is for every route


def test_result_without_pip():
    theirs = PipOnRecord(date(2024, 3, 10), "B", ours=False)
    for build, field in ((duo.map_request, "map_done_on"), (duo.pvt_request, "pvt_done_on")):
        assert refusal(build, PLAN, facts(current_pip=None)) == {field: FieldError.RESULT_WITHOUT_PIP}
        assert refusal(build, PLAN, facts(current_pip=theirs)) == {field: FieldError.RESULT_WITHOUT_PIP}


def test_result_of_other_municipality():
    assert refusal(duo.map_request, PLAN, facts(map_registered_by="other")) == {
        "map_done_on": FieldError.RESULT_OF_OTHER_MUNICIPALITY}
    assert refusal(duo.map_request, PLAN, facts(map_registered_by="us")) == {}


def test_result_after_duty_met():
    assert refusal(duo.pvt_request, PLAN, facts(duty_met_via_zroute=True)) == {
        "pvt_done_on": FieldError.RESULT_AFTER_DUTY_MET}


@pytest.mark.parametrize("build, field", [(duo.map_request, "map_done_on"), (duo.pvt_request, "pvt_done_on")])
def test_result_before_term(build, field):
    on = lambda day: refusal(build, pip(**{field: day.isoformat()}), facts())  # noqa: E731
    assert on(TERM.start - ONE) == {field: FieldError.RESULT_BEFORE_TERM}
    assert on(TERM.start) == {} and on(TERM.start + ONE) == {}


@pytest.mark.parametrize("build, field", [(duo.map_request, "map_done_on"), (duo.pvt_request, "pvt_done_on")])
def test_result_in_future(build, field):
    today = date(2025, 6, 1)
    on = lambda day: refusal(build, pip(**{field: day.isoformat()}), facts(today=today))  # noqa: E731
    assert on(today - ONE) == {} and on(today) == {}
    assert on(today + ONE) == {field: FieldError.RESULT_IN_FUTURE}


def test_result_after_zroute_done():
    done = date(2025, 3, 1)
    on = lambda day: refusal(duo.map_request, pip(map_done_on=day.isoformat()), facts(zroute_done_on=done))  # noqa: E731
    assert on(done - ONE) == {} and on(done) == {}
    assert on(done + ONE) == {"map_done_on": FieldError.RESULT_AFTER_ZROUTE_DONE}


def test_withdraw_after_zroute_done():
    plan = pip(map_done_on=None)
    assert refusal(duo.map_request, plan, facts(zroute_done_on=date(2025, 3, 1))) == {
        "map_done_on": FieldError.WITHDRAW_AFTER_ZROUTE_DONE}
    assert refusal(duo.map_request, plan, facts()) == {}


def _culpable(day: date, culpable: str) -> dict:
    plan = pip(map_done_on=day.isoformat(), map_culpable=culpable)
    return refusal(duo.map_request, plan, facts(today=date(2027, 12, 31)))


def test_culpability_while_term_runs():
    """Before DUO's (exclusive) einddatum no culpability may be given; on it, it may."""
    assert _culpable(TERM.end - ONE, "yes") == {"map_culpable": FieldError.CULPABILITY_WHILE_TERM_RUNS}
    assert _culpable(TERM.end - ONE, "no") == {"map_culpable": FieldError.CULPABILITY_WHILE_TERM_RUNS}
    assert _culpable(TERM.end - ONE, "") == {}
    assert _culpable(TERM.end, "yes") == {} and _culpable(TERM.end + ONE, "yes") == {}


def test_culpability_missing_after_term():
    assert _culpable(TERM.end - ONE, "") == {}
    assert _culpable(TERM.end, "") == {"map_culpable": FieldError.CULPABILITY_MISSING_AFTER_TERM}
    assert _culpable(TERM.end + ONE, "") == {"map_culpable": FieldError.CULPABILITY_MISSING_AFTER_TERM}


def test_not_culpable_too_late():
    """'Nee' only while the term's end lies within two months: up to 10 May 2027 for an end of 11 March."""
    limit = date(2027, 5, 11)
    assert _culpable(limit - ONE, "no") == {}
    assert _culpable(limit, "no") == {"map_culpable": FieldError.NOT_CULPABLE_TOO_LATE}
    assert _culpable(limit + ONE, "no") == {"map_culpable": FieldError.NOT_CULPABLE_TOO_LATE}
    assert _culpable(limit + ONE, "yes") == {}
    assert duo.map_request(pip(map_done_on=TERM.end.isoformat(), map_culpable="no"),
                           facts(today=date(2027, 12, 31))).body["verwijtbaar"] == "Nee"


def test_zroute_result_not_in_route():
    assert refusal(duo.zroute_request, pip(zroute_done_on="2025-05-01"), facts()) == {
        "zroute_done_on": FieldError.ZROUTE_RESULT_NOT_IN_ROUTE}


def test_zroute_result_in_future_or_before_term():
    z = PipOnRecord(date(2024, 3, 10), "Z")
    on = lambda day: refusal(duo.zroute_request, pip(leerroute="Z", niveau="A2", zroute_done_on=day.isoformat()),  # noqa: E731
                             facts(first_pip=z, current_pip=z))
    today = date(2025, 6, 1)
    assert on(today) == {} and on(today + ONE) == {"zroute_done_on": FieldError.RESULT_IN_FUTURE}
    assert on(TERM.start - ONE) == {"zroute_done_on": FieldError.RESULT_BEFORE_TERM} and on(TERM.start) == {}


# -- the leerbaarheidstoets --------------------------------------------------------------------------------
@pytest.mark.parametrize("typed, stored, ok", [
    ("47,50", "47,50", True), ("47.5", "47,50", True), ("47", "47,00", True), (412, "412,00", True),
    ("999,99", "999,99", True), ("1000", "1000", False), ("47,505", "47,505", False), ("abc", "abc", False),
])
def test_lbt_score(typed, stored, ok):
    """Leerbaarheidstoets.openapi.yml behaaldeScore/benodigdeScore: ^\\d{1,3},\\d{2}$."""
    assert normalise_score(typed) == stored
    problem = check_answer(Question("lbt_score", Kind.SCORE), normalise_score(typed))
    assert (problem is None) is ok
    assert ok or problem is FieldError.LBT_SCORE_INVALID


# -- withdrawing a PIP -------------------------------------------------------------------------------------
def test_pip_delete_term_set_and_hours_registered():
    """README-DUO "Het verwijderen van een PIP": not once the term is set, nor with course hours."""
    from tests.unit.duo_specs import problems

    request = duo.pip_delete_request(facts(term=None))
    assert (request.operation_id, request.method, request.path, request.body) == (
        "deletePipByBsn", "DELETE", "/personen/111222333/PIP", {})
    assert problems(request) == []
    for changes, code in (({}, FieldError.PIP_DELETE_TERM_SET),
                          ({"term": None, "course_hours_registered": True}, FieldError.PIP_DELETE_HOURS_REGISTERED)):
        with pytest.raises(RecordInvalid) as caught:
            duo.pip_delete_request(facts(**changes))
        assert caught.value.errors == {"plan": code}


def test_the_term_deadline_shows_duos_extension_and_a_carried_over_term():
    from domain.plan_rules import plan_deadlines

    today = date(2027, 1, 1)
    computed = {d.key: d for d in plan_deadlines({}, "2024-03-10", today)}["inburgeringstermijn"]
    assert (computed.due, computed.ground, computed.carried_over) == (date(2027, 3, 10), "", False)
    extended = extend(TERM, Extension(date(2027, 9, 11), "3", "Medische omstandigheden"))
    shown = {d.key: d for d in plan_deadlines({}, "2024-03-10", today, extended)}["inburgeringstermijn"]
    assert (shown.due, shown.ground) == (date(2027, 9, 10), "3 Medische omstandigheden")
    moved = carried_over_term("2023-05-02", "2026-05-02", "0363")
    shown = {d.key: d for d in plan_deadlines({}, None, today, moved)}["inburgeringstermijn"]
    assert shown.carried_over and shown.due == date(2026, 5, 1)
    assert "inburgeringstermijn" not in {d.key for d in plan_deadlines({}, "2024-03-10", today, duty_met=True)}
