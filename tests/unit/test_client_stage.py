"""The stage follows from what is recorded: each transition, and the rule as a whole."""

from hypothesis import given
from hypothesis import strategies as st

from domain import client as rules
from domain.client import Stage, stage_of

ORDER = list(Stage)


def test_nothing_recorded_is_koppeling():
    assert stage_of(()) is Stage.KOPPELING


def test_each_step_of_the_route_moves_the_stage_on():
    steps = [
        ({rules.HANDOVER_STARTED}, Stage.OVERDRACHT),
        ({rules.HANDOVER_STARTED, rules.HANDOVER_DONE}, Stage.INTAKE),
        ({rules.HANDOVER_DONE, rules.INTAKE_STARTED}, Stage.INTAKE),
        ({rules.HANDOVER_DONE, rules.INTAKE_STARTED, rules.INTAKE_DONE}, Stage.INTAKE),  # no plan yet
        ({rules.INTAKE_DONE, rules.PLAN_STARTED}, Stage.PLAN),
        ({rules.INTAKE_DONE, rules.PLAN_STARTED, rules.PLAN_AGREED}, Stage.PLAN),
        ({rules.PLAN_AGREED, rules.HOUSED}, Stage.GEVESTIGD),
        ({rules.PLAN_AGREED, rules.HOUSED, rules.INDEPENDENT}, Stage.ZELFSTANDIG),
    ]
    for facts, stage in steps:
        assert stage_of(facts) is stage, facts


def test_independence_counts_only_once_housed():
    assert stage_of({rules.INDEPENDENT}) is Stage.KOPPELING
    assert stage_of({rules.INDEPENDENT, rules.PLAN_STARTED}) is Stage.PLAN


def test_a_plan_stage_always_has_a_plan():
    """No one is in stage Plan without a plan on file."""
    for size in range(len(rules.ROUTE_FACTS) + 1):
        for facts in _subsets(rules.ROUTE_FACTS, size):
            if stage_of(facts) is Stage.PLAN:
                assert {rules.PLAN_STARTED, rules.PLAN_AGREED} & facts


def _subsets(items, size):
    from itertools import combinations
    return (set(c) for c in combinations(items, size))


@given(st.sets(st.sampled_from(rules.ROUTE_FACTS)), st.sampled_from(rules.ROUTE_FACTS))
def test_recording_more_never_moves_a_person_back(facts, more):
    assert ORDER.index(stage_of(facts | {more})) >= ORDER.index(stage_of(facts))


def test_unknown_facts_are_refused():
    import pytest
    with pytest.raises(ValueError):
        stage_of({"housed_maybe"})
