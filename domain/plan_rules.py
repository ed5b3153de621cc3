"""The law behind the plan (Wet inburgering 2021) as pure functions: what a PIP may hold, and its clocks.

Refusals name the field the person just changed, so the screen marks the field they touched;
on a whole-record check they sit at niveau and pip_dated_on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from domain.duo_term_facts import duo_term_of, duty_met_on_plan, paused_on_plan
from domain.errors import FieldError
from domain.law_results import check_results_in_plan
from domain.law_route import check_intensity, check_level, check_route_change
from domain.law_term import Term, add_months, as_date, check_pip_dating, term_from_first_pip
from domain.plan import OPEN_ACTION

PIP_DUE_WEEKS = 10  # after DUO's notice (event SS139) the municipality has 10 weeks to set the PIP
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
    ground: str = ""  # the term: DUO's latest extension ground ("code omschrijving"), else ""
    carried_over: bool = False  # the term: DUO's, carried over from a previous municipality
    extensions: tuple[tuple[str, str, date], ...] = ()  # the term: DUO's extensions (ground, its words, last day)
    computed: bool = False  # the term: computed from the first PIP, DUO's own term not known
    exemption: str = ""  # the term: DUO's whole_exemption, whole_release or temporary_exemption
    exemption_on: date | None = None  # decided on (whole) or paused from (temporary)
    exemption_end: date | None = None  # temporary: paused until (inclusive)
    start: date | None = None  # the term: its first day


def _blame(changed: set[str] | None, preferred: str, other: str) -> str:
    """The field to mark: the one just changed, else the preferred one."""
    if changed and other in changed and preferred not in changed:
        return other
    return preferred


# -- what a PIP may hold (the rules themselves live in law_route, law_term, law_results) ----------
def check_route(plan: dict, changed: set[str] | None = None, first_pip: bool = False) -> dict[str, FieldError]:
    """Level with route (README-DUO "Niveau"), and the B1 intensity only with the B1-route."""
    return check_level(plan, first_pip, changed) or check_intensity(plan, None, changed)


def check_pip_date(plan: dict, vestiging_date: str | date | None,
                   changed: set[str] | None = None) -> dict[str, FieldError]:
    """The PIP's date (dagtekening) not before the integration duty starts, nor before settling."""
    return check_pip_dating(plan.get("pip_dated_on"), duty_start=plan.get("duty_start_on"),
                            settled_on=vestiging_date, changed=changed)


def check_periods(plan: dict, changed: set[str] | None = None) -> dict[str, FieldError]:
    """Ontzorgen does not end before it starts."""
    start, end = as_date(plan.get("ontzorgen_start")), as_date(plan.get("ontzorgen_end"))
    if start and end and end < start:
        return {_blame(changed, "ontzorgen_end", "ontzorgen_start"): FieldError.END_BEFORE_START}
    return {}


def check_plan_law(plan: dict, vestiging_date=None, changed: set[str] | None = None,
                   first_pip_dated_on=None, today: date | None = None,
                   first_pip: bool = False, current_pip_dated_on=None,
                   current_route: str | None = None) -> dict[str, FieldError]:
    """Every rule the plan screen can tell from the plan alone. With the first PIP's date the term is
    known, so the results' dates and culpability are checked against it; with today, no future result.
    first_pip: the caller knows no PIP was ever registered for the person (A2 with the B1-route refused).
    current_pip_dated_on, current_route: the agreed PIP now in force; a revision is not dated before
    it, and its route changes only while the law allows (judged on the PIP's date, else today)."""
    errors: dict[str, FieldError] = {}
    term = term_from_first_pip(first_pip_dated_on)
    for found in (check_route(plan, changed, first_pip),
                  check_pip_date(plan, vestiging_date, changed),
                  check_pip_dating(plan.get("pip_dated_on"), first_pip_dated_on=first_pip_dated_on,
                                   current_pip_dated_on=current_pip_dated_on),
                  check_route_change(current_route, plan.get("leerroute"), as_date(first_pip_dated_on),
                                     today or as_date(plan.get("pip_dated_on"))),
                  check_periods(plan, changed), check_results_in_plan(plan, term, today)):
        for field, problem in found.items():
            errors.setdefault(field, problem)
    return errors


# -- clocks ----------------------------------------------------------------------------------------
def pip_due(duo_notice_on) -> date | None:
    """The last day to set the PIP: 10 weeks after DUO's notice (SS139)."""
    notice = as_date(duo_notice_on)
    return notice + timedelta(weeks=PIP_DUE_WEEKS) if notice else None


def inburgeringstermijn(first_pip_dated_on) -> tuple[date, date] | None:
    """(start, end) as DUO states the term: start the day after the FIRST PIP's date (inclusive),
    end 3 years on (exclusive). A revised PIP does not move it: pass the first agreed PIP's date."""
    term = term_from_first_pip(first_pip_dated_on)
    return (term.start, term.end) if term else None


def ontzorgen_end(ontzorgen_start) -> date | None:
    """The last day fixed costs are paid from the benefit: 6 months from the start."""
    start = as_date(ontzorgen_start)
    return add_months(start, ONTZORGEN_MONTHS) - timedelta(days=1) if start else None


def deadline_state(due: date, today: date, met: bool = False) -> DeadlineState:
    if met:
        return DeadlineState.MET
    if today > due:
        return DeadlineState.OVERDUE
    if (due - today).days <= SOON_DAYS:
        return DeadlineState.SOON
    return DeadlineState.OK


def plan_deadlines(plan: dict, first_pip_dated_on, today: date, duo_term: Term | None = None,
                   duty_met: bool = False) -> list[Deadline]:
    """The plan's clocks that can be computed from what is known, in this order:
    PIP due (met once a PIP has been agreed), the inburgeringstermijn, the end of ontzorgen
    (the end written in the plan, else 6 months from its start). DUO's term, when known, wins
    over the one computed from the first PIP: it holds extensions and a term carried over from
    a previous municipality. A duty met (whole exemption or release) runs no term."""
    out = []
    due = pip_due(plan.get("duo_notice_on"))
    if due:
        out.append(Deadline("pip_due", due, deadline_state(due, today, met=as_date(first_pip_dated_on) is not None)))
    duo_term = duo_term or duo_term_of(plan)
    term = duo_term or term_from_first_pip(first_pip_dated_on)
    if term and not duty_met:
        out.append(_term_deadline(plan, term, duo_term is None, today))
    end = as_date(plan.get("ontzorgen_end")) or ontzorgen_end(plan.get("ontzorgen_start"))
    if end:
        out.append(Deadline("ontzorgen_end", end, deadline_state(end, today)))
    return out


def _term_deadline(plan: dict, term: Term, computed: bool, today: date) -> Deadline:
    """The term's line: DUO's end with its extensions, carried over or computed, and what an
    exemption or release DUO granted does to it (a whole one meets the duty)."""
    latest = term.extensions[-1] if term.extensions else None
    ground = f"{latest.ground_code} {latest.ground_text}".strip() if latest else ""
    kind = plan.get("duo_exemption_kind") or ""
    state = DeadlineState.MET if duty_met_on_plan(plan) else deadline_state(term.last_day, today)
    if state is DeadlineState.OVERDUE and paused_on_plan(plan, today):
        state = DeadlineState.SOON  # paused: DUO states the resumed term when the exemption ends (SS130)
    return Deadline("inburgeringstermijn", term.last_day, state, ground, term.carried_over_from is not None,
                    tuple((e.ground_code, e.ground_text, e.end - timedelta(days=1)) for e in term.extensions),
                    computed, kind, as_date(plan.get("duo_exemption_on")), as_date(plan.get("duo_exemption_end")),
                    term.start)


def is_overdue(action: dict, today: date) -> bool:
    """Due before today and neither done nor cancelled."""
    due = as_date(action.get("due_on"))
    return bool(due and due < today and action.get("status") in OPEN_ACTION)
