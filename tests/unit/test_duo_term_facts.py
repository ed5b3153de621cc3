"""DUO's term as kept on the plan (domain/duo_term_facts.py) and the term's deadline it gives:
the extended end on both sides of its boundary, carried over, exemptions and releases, and the
computed term when DUO's is not known."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.duo_term_facts import duo_term_of, term_facts
from domain.law_term import Exemption, Extension, Release, Term
from domain.plan import check_plan_fields
from domain.plan_rules import DeadlineState, plan_deadlines

EXTENDED = {"duo_term_start_on": "2024-03-11", "duo_term_end_on": "2027-09-11", "duo_term_carried_over": False,
            "duo_term_extensions": [{"ground": "2", "text": "Zwangerschap", "end_on": "2027-06-11"},
                                    {"ground": "3", "text": "Medische omstandigheden", "end_on": "2027-09-11"}]}


def _term(plan, today, first_pip="2024-03-10"):
    return next(d for d in plan_deadlines(plan, first_pip, today) if d.key == "inburgeringstermijn")


@pytest.mark.parametrize(("today", "state"), [
    (date(2027, 9, 9), DeadlineState.SOON),  # the day before the extended last day
    (date(2027, 9, 10), DeadlineState.SOON),  # on the last day (DUO's einddatum 11-09 is exclusive)
    (date(2027, 9, 11), DeadlineState.OVERDUE),  # on DUO's einddatum: after the term
])
def test_the_extended_end_is_dues_on_both_sides_of_the_boundary(today, state):
    term = _term(EXTENDED, today)
    assert term.due == date(2027, 9, 10) and term.state == state and not term.computed
    assert term.extensions == (("2", "Zwangerschap", date(2027, 6, 10)),
                               ("3", "Medische omstandigheden", date(2027, 9, 10)))
    assert term.ground == "3 Medische omstandigheden"


def test_without_dues_term_the_term_is_computed_from_the_first_pip():
    term = _term({"duo_term_extensions": []}, date(2025, 1, 1))
    assert term.computed and term.due == date(2027, 3, 10) and term.extensions == ()


def test_dues_term_wins_over_the_first_pip_even_when_carried_over_without_a_pip_here():
    moved = {**EXTENDED, "duo_term_extensions": [], "duo_term_carried_over": True,
             "duo_term_start_on": "2023-05-01", "duo_term_end_on": "2026-05-01"}
    term = _term(moved, date(2025, 1, 1), first_pip=None)
    assert term.carried_over and term.due == date(2026, 4, 30) and not term.computed


def test_a_whole_exemption_meets_the_duty_and_a_temporary_one_pauses_the_term():
    whole = _term({**EXTENDED, "duo_exemption_kind": "whole_exemption", "duo_exemption_on": "2026-01-05"},
                  date(2028, 1, 1))
    assert whole.state == DeadlineState.MET and whole.exemption_on == date(2026, 1, 5)
    paused = {**EXTENDED, "duo_exemption_kind": "temporary_exemption", "duo_exemption_on": "2027-09-01",
              "duo_exemption_end": "2027-12-31"}
    assert _term(paused, date(2027, 12, 31)).state == DeadlineState.SOON  # last paused day: not overdue
    assert _term(paused, date(2028, 1, 1)).state == DeadlineState.OVERDUE  # the day after the pause


def test_facts_from_dues_answers_and_back():
    term = Term(date(2024, 3, 11), date(2027, 9, 11), (Extension(date(2027, 9, 11), "3", "Medisch"),), "SS121")
    facts = term_facts(term, [Exemption("temporary", True, start=date(2025, 1, 1), end=date(2025, 6, 30)),
                              Exemption("temporary", False, start=date(2026, 1, 1))],
                       [Release("whole", False)])
    assert facts["duo_exemption_kind"] == "temporary_exemption" and facts["duo_exemption_end"] == "2025-06-30"
    assert duo_term_of(facts) == Term(term.start, term.end, (Extension(date(2027, 9, 11), "3", "Medisch"),),
                                      "SS121")
    assert check_plan_fields(facts) == {}
    whole = term_facts(None, [Exemption("whole", True, decided_on=date(2025, 2, 1))],
                       [Release("whole", True, decided_on=date(2025, 3, 1))])
    assert whole == {"duo_exemption_kind": "whole_release", "duo_exemption_on": "2025-03-01",
                     "duo_exemption_end": None}


@pytest.mark.parametrize("bad", [
    "3", [{"ground": "", "end_on": "2027-01-01"}], [{"ground": "12345678901", "end_on": "2027-01-01"}],
    [{"ground": "3", "end_on": "11-09-2027"}], [{"ground": "3"}], [{"ground": "3", "end_on": "2027-01-01", "x": 1}],
    [{"ground": "3", "text": "x" * 201, "end_on": "2027-01-01"}]])
def test_an_extension_not_in_dues_shape_is_refused(bad):
    assert "duo_term_extensions" in check_plan_fields({"duo_term_extensions": bad})


@given(st.dates(min_value=date(2022, 1, 1), max_value=date(2030, 1, 1)), st.integers(1, 2000),
       st.lists(st.integers(1, 400), max_size=4), st.dates(min_value=date(2022, 1, 1), max_value=date(2036, 1, 1)))
def test_the_term_round_trips_and_its_last_day_is_the_day_before_duos_end(start, days, steps, today):
    end, extensions = start + timedelta(days=days), []
    for step in steps:
        end += timedelta(days=step)
        extensions.append(Extension(end, "A1", ""))
    term = Term(start, end, tuple(extensions))
    plan = term_facts(term)
    assert duo_term_of(plan) == term
    shown = _term(plan, today)
    assert shown.due == end - timedelta(days=1)
    assert (shown.state == DeadlineState.OVERDUE) == (today >= end)
