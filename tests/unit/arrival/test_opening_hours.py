"""The weekly opening hours a coordinator types: every typed time is a valid HSDS time or refused,
a close before the open is refused, and the week read back from the schedules is the week typed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from domain.arrival.checks import CLOCK, DAYS, check
from domain.arrival.model import APPOINTMENT, WALK_IN, Schedule
from domain.arrival.opening_hours import CLOSED, DayHours, clock, schedules_from_week, week_from_schedules
from domain.errors import FieldError

typed = st.one_of(st.text(max_size=6), st.from_regex(r"\A\d{1,2}[:.]\d{2}\Z"))


@given(typed)
def test_a_typed_time_is_a_valid_clock_or_refused(text):
    value = clock(text)
    assert value is None or (CLOCK.match(value) and len(value) == 5)


@given(typed, typed)
def test_a_walk_in_day_either_makes_valid_schedules_or_says_which_field(opens, closes):
    schedules, errors = schedules_from_week((DayHours("MO", WALK_IN, opens, closes),))
    if errors:
        assert schedules == () and set(errors) <= {"MO.opens_at", "MO.closes_at"}
    else:
        assert all(not check(s) for s in schedules) and schedules[0].opens_at < schedules[0].closes_at


days = st.tuples(*(st.one_of(st.just(DayHours(d)), st.builds(
    lambda d, how, o, c: DayHours(d, how, f"{o:02d}:00", f"{c:02d}:30"), st.just(d),
    st.sampled_from((WALK_IN, APPOINTMENT)), st.integers(0, 11), st.integers(12, 23))) for d in DAYS))


@given(days)
def test_the_week_read_back_is_the_week_typed(week):
    schedules, errors = schedules_from_week(week)
    assert not errors
    shown, kept = week_from_schedules(schedules)
    assert shown == week and kept == ()


def test_bad_times_are_named_and_what_the_week_cannot_show_is_kept():
    _, errors = schedules_from_week((DayHours("MO", WALK_IN, "25:00", "12:00"), DayHours("TU", WALK_IN, "13:00",
                                                                                         "9:00")))
    assert errors == {"MO.opens_at": FieldError.TIME_INVALID, "TU.closes_at": FieldError.END_BEFORE_START}
    monthly = Schedule("4f9a1c2e-0000-4000-8000-000000000001", freq="MONTHLY", byday="1MO", opens_at="10:00",
                       closes_at="11:00")
    second = Schedule("4f9a1c2e-0000-4000-8000-000000000002", freq="WEEKLY", byday="MO", opens_at="13:00",
                      closes_at="15:00")
    first = Schedule("4f9a1c2e-0000-4000-8000-000000000003", freq="WEEKLY", byday="MO", opens_at="09:00",
                     closes_at="12:00", attending_type="walk-in")
    week, kept = week_from_schedules((first, monthly, second))
    assert week[0] == DayHours("MO", WALK_IN, "09:00", "12:00") and week[1].attending == CLOSED
    assert kept == (monthly, second)
