"""A service's weekly opening hours as a coordinator edits them: one row per weekday (closed, walk-in
hours, or by appointment), turned into the HSDS schedules an import makes and back.

Days with the same hours become one schedule (freq WEEKLY, byday "MO,WE"), as imported files write
them. A schedule the week cannot show (monthly, with dates, a second time on a day already shown)
is kept as it was, beside the edited week, so an edit never loses what an import brought.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from domain.arrival.checks import DAYS, check
from domain.arrival.model import APPOINTMENT, WALK_IN, Schedule
from domain.errors import FieldError

CLOSED = ""
_TIME = re.compile(r"^(\d{1,2})[:.](\d{2})$")  # 9:00, 09:00 and the Dutch 9.00


@dataclass(frozen=True)
class DayHours:
    day: str  # MO .. SU
    attending: str = CLOSED  # CLOSED, WALK_IN or APPOINTMENT
    opens: str = ""  # as typed
    closes: str = ""


def _simple(schedule: Schedule) -> tuple[str, ...] | None:
    """The weekdays of a schedule the week can show as it is, None when it cannot."""
    if schedule.freq not in (None, "WEEKLY") or any((schedule.valid_from, schedule.valid_to, schedule.dtstart,
                                                      schedule.until, schedule.interval, schedule.bymonthday)):
        return None
    days = tuple(d.strip() for d in (schedule.byday or "").split(",") if d.strip())
    if not days or any(d not in DAYS for d in days):
        return None
    if schedule.attending_type == APPOINTMENT or (schedule.opens_at and schedule.closes_at):
        return days
    return None


def week_from_schedules(schedules: tuple[Schedule, ...]) -> tuple[tuple[DayHours, ...], tuple[Schedule, ...]]:
    """(the seven days as shown, the schedules kept beside them)."""
    shown: dict[str, DayHours] = {}
    kept = []
    for schedule in schedules:
        days = _simple(schedule)
        if days is None or any(d in shown for d in days):
            kept.append(schedule)
            continue
        how = APPOINTMENT if schedule.attending_type == APPOINTMENT else WALK_IN
        for day in days:
            shown[day] = DayHours(day, how, (schedule.opens_at or "")[:5], (schedule.closes_at or "")[:5])
    return tuple(shown.get(day, DayHours(day)) for day in DAYS), tuple(kept)


def clock(text: str) -> str | None:
    """A typed time as HH:MM, None when it is not a time of day (25:00, 9:75, "negen")."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


def schedules_from_week(week: tuple[DayHours, ...]) -> tuple[tuple[Schedule, ...], dict[str, str]]:
    """(the schedules, problems by "DAY.opens_at" / "DAY.closes_at"); no schedules when any problem."""
    errors: dict[str, str] = {}
    groups: dict[tuple[str, str, str], list[str]] = {}
    for row in week:
        if row.attending == CLOSED:
            continue
        opens, closes = clock(row.opens), clock(row.closes)
        for key, typed, value in (("opens_at", row.opens, opens), ("closes_at", row.closes, closes)):
            if typed.strip() and value is None:
                errors[f"{row.day}.{key}"] = FieldError.TIME_INVALID
            elif not typed.strip() and (row.attending == WALK_IN or (row.opens + row.closes).strip()):
                errors[f"{row.day}.{key}"] = FieldError.REQUIRED  # walk-in hours, or half a time
        if opens and closes and closes <= opens:
            errors[f"{row.day}.closes_at"] = FieldError.END_BEFORE_START
        groups.setdefault((row.attending, opens or "", closes or ""), []).append(row.day)
    if errors:
        return (), errors
    schedules = tuple(
        Schedule(str(uuid.uuid4()), freq="WEEKLY", byday=",".join(days), opens_at=opens or None,
                 closes_at=closes or None, attending_type=how)
        for (how, opens, closes), days in groups.items())
    for schedule in schedules:
        assert not check(schedule), schedule  # what passed above is valid HSDS
    return schedules, {}
