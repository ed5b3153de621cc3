"""Over generated plans and histories: every request the builder makes is valid for DUO's operation
(its requestBody in DUO's file) and keeps DUO's rules; otherwise the builder refuses with a rule."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain import duo
from domain.duo_facts import DuoFacts, PipOnRecord
from domain.errors import FieldError, RecordInvalid
from domain.law_term import add_months, term_from_first_pip
from tests.depth import examples
from tests.unit.duo_specs import problems

BASE = date(2024, 3, 10)


def mostly(good, bad):
    """The good values four times in five: enough built requests to check, enough refusals too."""
    return st.integers(min_value=0, max_value=4).flatmap(lambda n: good if n else bad)


days = st.integers(min_value=-120, max_value=1500).map(lambda n: BASE + timedelta(days=n))
maybe_day = st.none() | days
routes = st.sampled_from(["B", "O", "Z"])
plans = st.fixed_dictionaries({
    "pip_dated_on": mostly(days.map(date.isoformat), st.sampled_from([None, "10-03-2024"])),
    "leerroute": mostly(routes, st.sampled_from([None, "X"])),
    "niveau": mostly(st.none() | st.sampled_from(["A2", "B1"]), st.just("C1")),
    "intensity_hours": mostly(st.none(), st.integers(min_value=-2, max_value=10001)),
    "may_finish_education": st.none() | st.booleans(),
    "literacy_education": mostly(st.none() | st.sampled_from(["A", "AA", "NVT"]), st.just("B")),
    "map_done_on": st.none() | days.map(date.isoformat),
    "map_culpable": mostly(st.sampled_from(["", "yes", "no"]), st.just("maybe")),
    "pvt_done_on": st.none() | days.map(date.isoformat),
    "pvt_culpable": st.sampled_from(["", "yes", "no"]),
    "zroute_done_on": st.none() | days.map(date.isoformat),
})


@st.composite
def histories(draw) -> DuoFacts:
    first = draw(st.none() | st.builds(PipOnRecord, days, routes, mostly(st.just(True), st.just(False))))
    current = draw(mostly(st.just(first), st.none() | st.builds(PipOnRecord, days, routes, st.booleans())))
    if first is None:
        current = None
    return DuoFacts(
        bsn=draw(mostly(st.sampled_from(["111222333", "12345672", "1112.22.333"]),
                        st.sampled_from(["12", "111222334", "", "0111222333"]))),
        today=draw(days), duty_start_on=draw(maybe_day), settled_on=draw(maybe_day),
        asylum=draw(st.none() | st.booleans()), first_pip=first, current_pip=current,
        term=term_from_first_pip(first.dated_on) if first else None,
        zroute_done_on=draw(mostly(st.none(), days)), duty_met_via_zroute=draw(mostly(st.just(False), st.just(True))),
        map_registered_by=draw(mostly(st.sampled_from([None, "us"]), st.just("other"))),
        pvt_registered_by=draw(mostly(st.sampled_from([None, "us"]), st.just("other"))))


BUILDERS = (duo.pip_request, duo.map_request, duo.pvt_request, duo.zroute_request)


def _holds_duos_rules(request, plan: dict, facts: DuoFacts) -> None:
    """The README's rules, checked again on what was built, independently of the builder."""
    body = request.body
    if request.operation_id == "postPipByBsn":
        route, niveau = body["leerroute"], body.get("niveau")
        assert not (niveau == "A2" and route == "O") and not (niveau == "B1" and route == "Z")
        assert not (niveau == "A2" and route == "B" and facts.first)
        assert "geschatteIntensiteitB1Route" not in body or (route == "B" and facts.asylum is not False)
        dated = date.fromisoformat(body["dagtekeningPip"])
        earlier = [p.dated_on for p in (facts.first_pip, facts.current_pip) if p]
        for not_before in (facts.duty_start_on, facts.settled_on, *earlier):
            assert not_before is None or dated >= not_before
        return
    key = {"updateMapByBsn": "datumEindgesprekMap", "updatePvtByBsn": "datumOndertekeningPvt",
           "updateZrouteByBsn": "datumAfrondingZroute"}[request.operation_id]
    assert facts.current_pip is not None and facts.current_pip.ours
    if request.operation_id == "updateMapByBsn":
        assert plan["leerroute"] != "O"
    if request.operation_id == "updateZrouteByBsn":
        assert plan["leerroute"] == "Z"
    if key not in body:
        assert "verwijtbaar" not in body
        return
    day = date.fromisoformat(body[key])
    assert day <= facts.today and (facts.term is None or day >= facts.term.start)
    if request.operation_id == "updateZrouteByBsn":
        return
    assert not facts.duty_met_via_zroute and (facts.zroute_done_on is None or day <= facts.zroute_done_on)
    if facts.term:
        overrun = day >= facts.term.end
        assert ("verwijtbaar" in body) is overrun
        if body.get("verwijtbaar") == "Nee":
            assert day < add_months(facts.term.end, 2)


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans, facts=histories(), which=st.sampled_from(range(len(BUILDERS))))
def test_every_request_is_valid_for_its_operation_or_refused_with_a_rule(plan, facts, which):
    try:
        request = BUILDERS[which](plan, facts)
    except RecordInvalid as refused:
        assert refused.errors and all(isinstance(code, FieldError) for code in refused.errors.values())
        assert set(refused.errors) <= {"bsn", *plan}  # the refusal sits at a field the worker can see
        return
    assert problems(request) == []
    _holds_duos_rules(request, plan, facts)


versions = st.lists(st.fixed_dictionaries({
    "pip_dated_on": st.integers(min_value=-30, max_value=900).map(lambda n: (BASE + timedelta(days=n)).isoformat()),
    "leerroute": routes,
    "niveau": st.none() | st.sampled_from(["A2", "B1"]),
    "intensity_hours": st.none() | st.integers(min_value=1, max_value=2000),
}), min_size=1, max_size=6)


@settings(max_examples=examples(300), deadline=None)
@given(history=versions, asylum=st.none() | st.booleans())
def test_a_history_of_pips_sent_in_turn_keeps_duos_rules_between_versions(history, asylum):
    """Each version is sent after the ones DUO accepted: what DUO holds then is the first and the
    current PIP. The accepted ones never go back in date, start without A2 on the B1-route, and
    change route only within 18 months of the first (or from the onderwijsroute to the B1-route)."""
    accepted: list[PipOnRecord] = []
    for plan in history:
        facts = DuoFacts(bsn="111222333", today=BASE + timedelta(days=1000), asylum=asylum,
                         first_pip=accepted[0] if accepted else None, current_pip=accepted[-1] if accepted else None)
        try:
            request = duo.pip_request(plan, facts)
        except RecordInvalid as refused:
            assert refused.errors and all(isinstance(code, FieldError) for code in refused.errors.values())
            continue
        assert problems(request) == []
        _holds_duos_rules(request, plan, facts)
        dated = date.fromisoformat(request.body["dagtekeningPip"])
        if accepted:
            first, current = accepted[0], accepted[-1]
            assert dated >= current.dated_on >= first.dated_on
            change = (current.leerroute, request.body["leerroute"])
            if change[0] != change[1] and change != ("O", "B"):
                assert dated <= add_months(first.dated_on, 18)
        accepted.append(PipOnRecord(dated, request.body["leerroute"]))
