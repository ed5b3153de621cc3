"""The law behind the plan (Wet inburgering 2021) as pure functions: what a PIP may hold, and its clocks.

Refusals name the field the person just changed, so the screen marks the field they touched;
on a whole-record check they sit at niveau and pip_dated_on.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.errors import FieldError
from domain.plan import OPEN_ACTION

PIP_DUE_WEEKS = 10  # after DUO's notice (event SS139) the municipality has 10 weeks to set the PIP
TERM_YEARS = 3  # the inburgeringstermijn
ONTZORGEN_MONTHS = 6
SOON_DAYS = 28  # a deadline within 4 weeks is "soon"


class DeadlineState(StrEnum):
    OK = "ok"
    SOON = "soon"  # due within SOON_DAYS
    OVERDUE = "overdue"  # the last day has passed
    MET = "met"  # what the deadline asked for has happened (the PIP is set)


@dataclass(frozen=True)
class Deadline:
    key: str  # pip_due, inburgeringstermijn, ontzorgen_end
    due: date  # the last day still in time
    state: DeadlineState


def _day(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


def _blame(changed: set[str] | None, preferred: str, other: str) -> str:
    """The field to mark: the one just changed, else the preferred one."""
    if changed and other in changed and preferred not in changed:
        return other
    return preferred


# -- what a PIP may hold -------------------------------------------------------------------------
def check_route(plan: dict, changed: set[str] | None = None) -> dict[str, FieldError]:
    """A2 never with the onderwijsroute; B1 never with the Z-route."""
    niveau, route = plan.get("niveau"), plan.get("leerroute")
    if niveau == "A2" and route == "O":
        return {_blame(changed, "niveau", "leerroute"): FieldError.A2_WITH_ONDERWIJSROUTE}
    if niveau == "B1" and route == "Z":
        return {_blame(changed, "niveau", "leerroute"): FieldError.B1_WITH_Z_ROUTE}
    return {}


def check_pip_date(plan: dict, vestiging_date: str | date | None,
                   changed: set[str] | None = None) -> dict[str, FieldError]:
    """The PIP's date (dagtekening) not before the integration duty starts, nor before settling."""
    pip = _day(plan.get("pip_dated_on"))
    if pip is None:
        return {}
    duty = _day(plan.get("duty_start_on"))
    if duty and pip < duty:
        return {_blame(changed, "pip_dated_on", "duty_start_on"): FieldError.PIP_BEFORE_DUTY}
    settled = _day(vestiging_date)
    if settled and pip < settled:
        return {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    return {}


def check_periods(plan: dict, changed: set[str] | None = None) -> dict[str, FieldError]:
    """Ontzorgen does not end before it starts."""
    start, end = _day(plan.get("ontzorgen_start")), _day(plan.get("ontzorgen_end"))
    if start and end and end < start:
        return {_blame(changed, "ontzorgen_end", "ontzorgen_start"): FieldError.END_BEFORE_START}
    return {}


def check_plan_law(plan: dict, vestiging_date=None, changed: set[str] | None = None) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    for found in (check_route(plan, changed), check_pip_date(plan, vestiging_date, changed),
                  check_periods(plan, changed)):
        for field, problem in found.items():
            errors.setdefault(field, problem)
    return errors


# -- clocks ----------------------------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    """The same day so many months on; the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def pip_due(duo_notice_on) -> date | None:
    """The last day to set the PIP: 10 weeks after DUO's notice (SS139)."""
    notice = _day(duo_notice_on)
    return notice + timedelta(weeks=PIP_DUE_WEEKS) if notice else None


def inburgeringstermijn(first_pip_dated_on) -> tuple[date, date] | None:
    """(start, end) as DUO states the term: start the day after the FIRST PIP's date (inclusive),
    end 3 years on (exclusive). A revised PIP does not move it: pass the first agreed PIP's date."""
    first = _day(first_pip_dated_on)
    if first is None:
        return None
    start = first + timedelta(days=1)
    return start, add_months(start, 12 * TERM_YEARS)


def ontzorgen_end(ontzorgen_start) -> date | None:
    """The last day fixed costs are paid from the benefit: 6 months from the start."""
    start = _day(ontzorgen_start)
    return add_months(start, ONTZORGEN_MONTHS) - timedelta(days=1) if start else None


def deadline_state(due: date, today: date, met: bool = False) -> DeadlineState:
    if met:
        return DeadlineState.MET
    if today > due:
        return DeadlineState.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return DeadlineState.SOON
    return DeadlineState.OK


def plan_deadlines(plan: dict, first_pip_dated_on, today: date) -> list[Deadline]:
    """The plan's clocks that can be computed from what is known, in this order:
    PIP due (met once a PIP has been agreed), the inburgeringstermijn, the end of ontzorgen
    (the end written in the plan, else 6 months from its start)."""
    out = []
    due = pip_due(plan.get("duo_notice_on"))
    if due:
        out.append(Deadline("pip_due", due, deadline_state(due, today, met=_day(first_pip_dated_on) is not None)))
    term = inburgeringstermijn(first_pip_dated_on)
    if term:
        last_day = term[1] - timedelta(days=1)
        out.append(Deadline("inburgeringstermijn", last_day, deadline_state(last_day, today)))
    end = _day(plan.get("ontzorgen_end")) or ontzorgen_end(plan.get("ontzorgen_start"))
    if end:
        out.append(Deadline("ontzorgen_end", end, deadline_state(end, today)))
    return out


def is_overdue(action: dict, today: date) -> bool:
    """Due before today and neither done nor cancelled."""
    due = _day(action.get("due_on"))
    return bool(due and due < today and action.get("status") in OPEN_ACTION)
