"""DUO's term kept with the plan: the plan header fields (domain/plan.py DUO_TERM_FIELDS) made from
DUO's answers, and the Term read back from them.

Only DUO's answers set these fields (desktop/store/duo_answers.py); the screen shows them read-only.
Dates as Inburgeringstermijn.openapi.yml: startdatum inclusive, einddatum EXCLUSIVE; a temporary
exemption's einddatum is inclusive (Vrijstelling.openapi.yml).
"""

from __future__ import annotations

from datetime import date

from domain.law_term import Exemption, Extension, Release, Term, as_date

CARRIED_OVER = "SS121"  # Gebeurtenissen.md: settled here with a previous municipality's PIP


def term_facts(term: Term | None, exemptions=(), releases=(), today: date | None = None) -> dict:
    """The plan fields for DUO's term, extensions, carried-over term and the exemption or release
    that changes it. A whole exemption or release (the duty is met) wins over a temporary exemption;
    of several, the latest decided. Empty when DUO said nothing about them."""
    out: dict = {}
    if term is not None:
        out.update(duo_term_start_on=term.start.isoformat(), duo_term_end_on=term.end.isoformat(),
                   duo_term_carried_over=term.carried_over_from is not None,
                   duo_term_extensions=[{"ground": e.ground_code, "text": e.ground_text, "end_on": e.end.isoformat()}
                                        for e in term.extensions])
    decision = _decision(exemptions, releases)
    if decision:
        kind, on, end = decision
        out.update(duo_exemption_kind=kind, duo_exemption_on=on.isoformat() if on else None,
                   duo_exemption_end=end.isoformat() if end else None)
    return out


def _decision(exemptions, releases) -> tuple[str, date | None, date | None] | None:
    whole = [("whole_exemption", e.decided_on, None) for e in exemptions if isinstance(e, Exemption)
             and e.kind == "whole" and e.granted]
    whole += [("whole_release", r.decided_on, None) for r in releases if isinstance(r, Release)
              and r.kind == "whole" and r.granted]
    if whole:
        return max(whole, key=lambda d: d[1] or date.min)
    temporary = [("temporary_exemption", e.start, e.end) for e in exemptions
                 if e.kind == "temporary" and e.granted and e.start]
    return max(temporary, key=lambda d: d[1]) if temporary else None


def duo_term_of(plan: dict) -> Term | None:
    """DUO's term as kept on the plan, extensions in order; None when DUO's dates are not known."""
    start, end = as_date(plan.get("duo_term_start_on")), as_date(plan.get("duo_term_end_on"))
    if start is None or end is None:
        return None
    extensions = tuple(Extension(as_date(e.get("end_on")), e.get("ground") or "", e.get("text") or "")
                       for e in plan.get("duo_term_extensions") or [] if as_date(e.get("end_on")))
    return Term(start, end, extensions, CARRIED_OVER if plan.get("duo_term_carried_over") else None)


def duty_met_on_plan(plan: dict) -> bool:
    """A whole exemption or release DUO granted: the duty is met, no term runs."""
    return plan.get("duo_exemption_kind") in ("whole_exemption", "whole_release")


def paused_on_plan(plan: dict, day: date) -> bool:
    """A temporary exemption covering the day (both ends inclusive) pauses the duty."""
    start = as_date(plan.get("duo_exemption_on"))
    end = as_date(plan.get("duo_exemption_end")) or date.max
    return plan.get("duo_exemption_kind") == "temporary_exemption" and start is not None and start <= day <= end
