"""The inburgeringstermijn and the PIP's date: one place for the term, its extensions, a term
carried over from a previous municipality, and what exemptions and releases do to it.

Dates follow Inburgeringstermijn.openapi.yml: startdatum inclusive, einddatum EXCLUSIVE.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

from domain.errors import FieldError, RecordInvalid

TERM_YEARS = 3  # Wet inburgering 2021: the duty is met within three years
MAX_GROUND_CODE, MAX_GROUND_TEXT = 10, 200  # Inburgeringstermijn.openapi.yml, Verlengingsgrond
EXAM_PARTS = ("KNM", "LE", "LU", "SC", "SP")  # Ontheffing.openapi.yml ExamenonderdeelOntheffingInburgering
ZROUTE_PARTICIPATION_HOURS = 800  # Z-route for asylum holders: 800 hours of participation


def add_months(day: date, months: int) -> date:
    """The same day so many months on; the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def as_date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Extension:
    """An extension DUO granted (events SS103 ex officio, SS104 on request), with its ground from
    DUO's list (GET /verlengingsgronden: code and omschrijving)."""

    end: date  # the new einddatum (exclusive)
    ground_code: str
    ground_text: str = ""
    changed_on: date | None = None  # wijzigingsdatum


@dataclass(frozen=True)
class Term:
    start: date  # inclusive
    end: date  # exclusive (DUO's einddatum)
    extensions: tuple[Extension, ...] = ()
    carried_over_from: str | None = None  # gemeentecode of the previous municipality (event SS121)

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def overrun_on(self, day: date) -> bool:
        """Whether something on this day lies after the term (on or after the exclusive end)."""
        return day >= self.end


def term_from_first_pip(first_pip_dated_on) -> Term | None:
    """Wi2021: three years from the day after the FIRST PIP's date; a revised PIP does not move it."""
    first = as_date(first_pip_dated_on)
    if first is None:
        return None
    start = first + timedelta(days=1)
    return Term(start, add_months(start, 12 * TERM_YEARS))


def carried_over_term(start, end, from_gemeente: str) -> Term:
    """A person who moves keeps route and term (event SS121): DUO's dates, not our first PIP."""
    return Term(as_date(start), as_date(end), carried_over_from=from_gemeente)


def extend(term: Term, extension: Extension, known_grounds: set[str] | None = None) -> Term:
    """The term with DUO's extension. Refused: an end not later than the current one; a ground code
    outside DUO's list (when the list is known) or outside the spec's lengths."""
    errors: dict[str, FieldError] = {}
    if extension.end <= term.end:
        errors["end"] = FieldError.EXTENSION_NOT_LATER
    code = extension.ground_code or ""
    if not 1 <= len(code) <= MAX_GROUND_CODE or (known_grounds is not None and code not in known_grounds):
        errors["ground_code"] = FieldError.EXTENSION_GROUND_UNKNOWN
    if len(extension.ground_text or "") > MAX_GROUND_TEXT:
        errors["ground_text"] = FieldError.TOO_LONG
    if errors:
        raise RecordInvalid(errors)
    return replace(term, end=extension.end, extensions=(*term.extensions, extension))


# -- the PIP's date ----------------------------------------------------------------------------
def check_pip_dating(dated_on, *, duty_start=None, settled_on=None, first_pip_dated_on=None,
                     current_pip_dated_on=None, changed: set[str] | None = None) -> dict[str, FieldError]:
    """README-DUO, PIP "Datum dagtekening": not before the duty starts; not before the person settled
    in the municipality; a revised PIP not before the first PIP nor before the current one."""
    day = as_date(dated_on)
    if day is None:
        return {}
    duty = as_date(duty_start)
    if duty and day < duty:
        field = "duty_start_on" if changed and "duty_start_on" in changed and "pip_dated_on" not in changed \
            else "pip_dated_on"
        return {field: FieldError.PIP_BEFORE_DUTY}
    settled = as_date(settled_on)
    if settled and day < settled:
        return {"pip_dated_on": FieldError.PIP_BEFORE_SETTLING}
    first = as_date(first_pip_dated_on)
    if first and day < first:
        return {"pip_dated_on": FieldError.REVISED_PIP_BEFORE_FIRST}
    current = as_date(current_pip_dated_on)
    if current and day < current:
        return {"pip_dated_on": FieldError.REVISED_PIP_BEFORE_CURRENT}
    return {}


# -- exemptions (vrijstelling) and releases (ontheffing) --------------------------------------------
@dataclass(frozen=True)
class Exemption:
    """Vrijstelling.openapi.yml: kind whole (SS107), temporary (SS109) or partial (SS117)."""

    kind: str  # "whole", "temporary", "partial"
    granted: bool  # oordeel Toekenning
    reason: str = ""  # RedenVrijstellingInburgeringsplicht
    decided_on: date | None = None
    start: date | None = None  # temporary: inclusive
    end: date | None = None  # temporary: INCLUSIVE (the spec says so for this schema)
    exam_part: str | None = None  # partial: LE, LU, SC, SP
    level: str | None = None  # partial: A2 or B1


@dataclass(frozen=True)
class Release:
    """Ontheffing.openapi.yml: whole (SS108) or partial (SS119), on ground BIO or MED."""

    kind: str  # "whole", "partial"
    granted: bool
    ground: str = ""
    decided_on: date | None = None
    exam_part: str | None = None  # partial: KNM, LE, LU, SC, SP
    participation_hours: int | None = None  # urenBelastbaarheidParticipatieactiviteit (Z-route)


def duty_met_by(exemptions, releases) -> bool:
    """A whole exemption (SS107) or a whole release (SS108) granted: the duty is met; no term runs."""
    return any(e.kind == "whole" and e.granted for e in exemptions) or \
        any(r.kind == "whole" and r.granted for r in releases)


def term_paused_on(exemptions, day: date) -> bool:
    """A granted temporary exemption covering the day (both ends inclusive): the duty is withdrawn
    for that time (SS109); DUO states the resumed term when it ends (SS130)."""
    return any(e.kind == "temporary" and e.granted and e.start and e.start <= day <= (e.end or date.max)
               for e in exemptions)


def exam_parts_due(exemptions, releases) -> tuple[str, ...]:
    """The exam parts still to pass: all, less those partially exempted or released; none when met."""
    if duty_met_by(exemptions, releases):
        return ()
    off = {e.exam_part for e in exemptions if e.kind == "partial" and e.granted} | \
        {r.exam_part for r in releases if r.kind == "partial" and r.granted}
    return tuple(p for p in EXAM_PARTS if p not in off)


def zroute_participation_target(releases) -> int:
    """Z-route participation hours: 800, capped by a medical release's maximum load (0: none)."""
    caps = [r.participation_hours for r in releases
            if r.kind == "partial" and r.granted and r.participation_hours is not None]
    return min([ZROUTE_PARTICIPATION_HOURS, *caps])
