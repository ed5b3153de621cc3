"""Any facts, however incomplete: every target gives one outcome, and the figures add up."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from domain.monitoring.cohorts import CohortBy
from domain.monitoring.evaluate import Outcome, evaluate
from domain.monitoring.facts import MilestoneFact, PersonFacts
from domain.monitoring.figures import DIMENSIONS, Figures
from domain.monitoring.targets import TARGETS
from domain.plan import LITERACY_EDUCATION, SKILLS, Milestone
from tests.depth import examples

days = st.integers(0, 4000).map(lambda n: date(2015, 1, 1) + timedelta(days=n))
maybe_day = st.none() | days
milestones = st.lists(st.builds(MilestoneFact, st.sampled_from(list(Milestone)), days,
                                st.none() | st.sampled_from(SKILLS), st.none() | st.sampled_from(("A1", "A2", "B1"))),
                      max_size=4).map(tuple)
facts = st.builds(
    PersonFacts, client_id=st.integers(0, 10**6).map(str), stage=st.none() | st.sampled_from(("intake", "gevestigd")),
    date_of_birth=st.none() | st.integers(0, 30000).map(lambda n: date(1940, 1, 1) + timedelta(days=n)),
    koppeling_on=maybe_day, vestiging_on=maybe_day, duty_start_on=maybe_day, pip_dated_on=maybe_day,
    handover_on=maybe_day, intake_on=maybe_day, origin=st.none() | st.sampled_from(("SY", "ER")),
    sex=st.none() | st.sampled_from("MVX"), household_type=st.none() | st.sampled_from(("single", "family")),
    partner_org_ids=st.lists(st.sampled_from("abc"), unique=True, max_size=2).map(tuple), has_plan=st.booleans(),
    leerroute=st.none() | st.sampled_from("BOZ"), literacy_education=st.none() | st.sampled_from(LITERACY_EDUCATION),
    pre_integration=st.none() | st.booleans(), milestones=milestones,
    debt_signals=st.lists(days, max_size=2).map(lambda d: tuple(sorted(d))), duty=st.none() | st.booleans(),
    exempt_on=maybe_day, left_on=maybe_day)


@settings(max_examples=examples(500), deadline=None)
@given(facts, days)
def test_every_target_gives_one_explained_outcome(person, ref):
    for target in TARGETS:
        result = evaluate(target, person, ref)
        assert result.outcome in Outcome
        if result.outcome == Outcome.UNKNOWN:
            assert result.missing, "unknown says what is missing"
        if result.outcome == Outcome.EXCLUDED:
            assert result.reason, "excluded says why"
        if result.outcome in (Outcome.REALISED, Outcome.REALISED_EARLY) and result.realised_on:
            assert result.realised_on <= ref


@settings(max_examples=examples(50), deadline=None)
@given(st.lists(facts, max_size=10, unique_by=lambda f: f.client_id), days, st.sampled_from(list(CohortBy)))
def test_the_figures_add_up(persons, ref, cohort_by):
    figures = Figures(persons, ref, cohort_by)
    for target in TARGETS:
        in_cells = [cid for c in figures.cohorts() for ids in figures.cell(target.code, c).ids.values() for cid in ids]
        assert sorted(in_cells) == sorted(p.client_id for p in persons)  # everyone once per target
        for cohort in figures.cohorts():
            cell = figures.cell(target.code, cohort)
            assert sum(len(v) for v in cell.excluded.values()) == cell.n(Outcome.EXCLUDED)
            for dimension in DIMENSIONS:
                parts = figures.breakdown(target.code, cohort, dimension)
                total = sum(sum(p.counts().values()) for p in parts.values())
                if dimension == "organisation":
                    assert total >= sum(cell.counts().values())  # several organisations: counted in each
                else:
                    assert total == sum(cell.counts().values())


def _shape(figures: Figures) -> dict:
    return {"cohorts": figures.cohorts(), "results": {k: [(r.client_id, r.outcome) for r in v]
                                                      for k, v in figures.results.items()},
            "cells": {k: tuple({g: tuple(ids) for g, ids in part.items()} for part in (c.ids, c.excluded, c.unknown))
                      for k, c in figures.cells.items()},
            "by_person": {cid: dict(results) for cid, results in figures.by_person.items()}}  # copies, not views


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(facts, min_size=1, max_size=10, unique_by=lambda f: f.client_id),
       st.lists(facts, max_size=10, unique_by=lambda f: f.client_id), st.data(), days, st.sampled_from(list(CohortBy)))
def test_figures_patched_for_changed_persons_equal_figures_made_afresh(before, others, data, ref, cohort_by):
    """The facts cache patches the last figures for the persons that changed (new, gone, other facts)."""
    old = {f.client_id: f for f in before}
    new = dict(old)
    for f in others:  # some persons new, some with other facts
        new[f.client_id] = f
    for cid in data.draw(st.lists(st.sampled_from(sorted(old)), unique=True)):  # some gone
        new.pop(cid, None)
    new = dict(sorted(new.items()))
    changed = {cid for cid in old.keys() | new.keys() if old.get(cid) is not new.get(cid)}
    last = Figures(dict(sorted(old.items())).values(), ref, cohort_by)
    kept = _shape(last)
    patched = last.with_changed(new, changed)
    assert _shape(patched) == _shape(Figures(new.values(), ref, cohort_by))
    assert _shape(last) == kept  # the figures handed out before stay as they were
