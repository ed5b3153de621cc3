"""Window boundaries: the day before, on, and after a window closes; leap years; the halfway rule."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from domain.monitoring.evaluate import CLOSED, OPEN, Outcome, evaluate, halfway
from domain.monitoring.targets import BY_CODE, TARGETS
from tests.unit.monitoring.people import ms, outcome, person

# settled 2020-01-15: E1's window's last day is 2023-01-15
WORKED_ON_LAST_DAY = person(vestiging_on="2020-01-15", milestones=(ms("paid_work_fulltime", "2023-01-15"),))


@pytest.mark.parametrize(("ref", "expected"), [
    ("2023-01-14", Outcome.LATE),  # the day before: open, the job not yet there, past halfway
    ("2023-01-15", Outcome.REALISED_EARLY),  # on the last day: still open, realised
    ("2023-01-16", Outcome.REALISED),  # the day after: closed, realised
])
def test_realised_on_the_last_day(ref, expected):
    assert outcome("E1", WORKED_ON_LAST_DAY, ref) == expected


@pytest.mark.parametrize(("ref", "expected"), [
    ("2023-01-15", Outcome.LATE), ("2023-01-16", Outcome.NOT_REALISED), ("2030-01-01", Outcome.NOT_REALISED)])
def test_not_realised_only_once_closed(ref, expected):
    assert outcome("E1", person(vestiging_on="2020-01-15"), ref) == expected


def test_a_window_from_29_february_ends_on_28_february():
    leap = person(vestiging_on="2020-02-29", milestones=(ms("paid_work_fulltime", "2023-02-28"),))
    late = person(vestiging_on="2020-02-29", milestones=(ms("paid_work_fulltime", "2023-03-01"),))
    result = evaluate(BY_CODE["E1"], leap, date(2023, 3, 1))
    assert result.last_day == date(2023, 2, 28) and result.outcome == Outcome.REALISED
    assert outcome("E1", late, "2023-03-01") == Outcome.NOT_REALISED
    assert outcome("E1", late, "2023-02-28") == Outcome.LATE
    # into a leap year: 2 years from 2022-02-28 is 2024-02-28, not the 29th
    assert evaluate(BY_CODE["E4"], person(vestiging_on="2022-02-28"), date(2024, 3, 1)).last_day == date(2024, 2, 28)


def test_halfway_rounds_down():
    assert halfway(date(2025, 1, 1), date(2025, 1, 4)) == date(2025, 1, 2)
    assert halfway(date(2024, 1, 1), date(2024, 12, 31)) == date(2024, 7, 1)  # 365 days in a leap year


days = st.integers(0, 3000).map(lambda n: date(2019, 1, 1) + timedelta(days=n))


@given(days, days, st.sampled_from(TARGETS), st.booleans())
def test_every_outcome_is_consistent_with_its_window(settled, ref, target, worked):
    kinds = ("paid_work_fulltime", "paid_work_parttime", "socially_active", "exam_passed") if worked else ()
    stones = tuple(ms(k, (settled + timedelta(days=200)).isoformat()) for k in kinds)
    facts = person(vestiging_on=settled.isoformat(), koppeling_on=(settled - timedelta(days=60)).isoformat(),
                   milestones=stones, pre_integration=worked)
    result = evaluate(target, facts, ref)
    if result.outcome in CLOSED:
        assert result.last_day is not None and ref > result.last_day
    if result.outcome in OPEN:
        assert result.last_day is None or ref <= result.last_day
    if result.realised_on and result.outcome != Outcome.REALISED:
        assert result.realised_on <= ref  # nothing after the reference date counts
    if ref < settled and target.code not in ("S1", "H1"):
        assert result.outcome == Outcome.NOT_APPLICABLE
