"""What monitoring needs of one person, taken from the records as the store and server hold them.

Missing data stays None: a target that needs it says "unknown", it never guesses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from domain.plan import Milestone

SETTLED_STAGES = frozenset({"gevestigd", "zelfstandig"})
# Age bands at the reference date, as the meeting compares groups (lower bound, label).
AGE_BANDS = ((0, "0-17"), (18, "18-26"), (27, "27-39"), (40, "40-54"), (55, "55+"))
HOUSEHOLD_TYPES = ("single", "couple", "family", "single_parent", "other")
MILESTONE_KINDS = frozenset(Milestone)  # once: a store holds tens of thousands of milestones
ADULT_ROLES = ("hoofdpersoon", "partner")


@dataclass(frozen=True)
class MilestoneFact:
    kind: str
    reached_on: date
    skill: str | None = None
    level: str | None = None


@dataclass(frozen=True)
class PersonFacts:
    client_id: str
    household_id: str | None = None
    stage: str | None = None
    # dates
    date_of_birth: date | None = None
    koppeling_on: date | None = None
    vestiging_on: date | None = None
    duty_start_on: date | None = None
    pip_dated_on: date | None = None
    handover_on: date | None = None
    intake_on: date | None = None
    # groups
    origin: str | None = None
    sex: str | None = None
    household_role: str | None = None
    household_type: str | None = None
    partner_org_ids: tuple[str, ...] = ()
    # route
    has_plan: bool = False
    leerroute: str | None = None
    literacy_education: str | None = None  # A, AA, NVT from the plan
    literacy: str | None = None  # the intake's (or else the handover's) answer
    dual_track: str | None = None
    may_finish_education: bool | None = None
    pre_integration: bool | None = None  # classes or KNM started in the AZC (handover)
    intake_activities: bool | None = None  # volunteering or clubs, said at the intake
    goal_domains: tuple[str, ...] = ()
    milestones: tuple[MilestoneFact, ...] = ()
    debt_signals: tuple[date, ...] = ()
    # for later: DUO's exemption (vrijstelling) and release (ontheffing), moving away
    duty: bool | None = None  # has the integration duty; None: not recorded
    exempt_on: date | None = None
    released_on: date | None = None
    left_on: date | None = None
    # the welcome workshop attended and services referred to (domain/arrival): they count for S1 and S6
    workshop_attended: tuple[date, ...] = ()
    kaart_introduced: tuple[date, ...] = ()  # workshop attended or a referral made with consent

    def age_on(self, day: date) -> int | None:
        born = self.date_of_birth
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def age_band(self, day: date) -> str | None:
        age = self.age_on(day)
        if age is None or age < 0:  # not born on that day: the birth date must be wrong
            return None
        return [label for low, label in AGE_BANDS if age >= low][-1]

    def illiterate(self) -> bool | None:
        """The plan's alfabetisering indicator decides; without it, the intake's or handover's answer."""
        if self.literacy_education is not None:
            return self.literacy_education == "A"
        if self.literacy is not None:
            return self.literacy == "illiterate"
        return None

    def reached(self, kinds, by: date, skill: str | None = None, levels=None) -> date | None:
        """The first date a milestone of these kinds was reached, on or before `by`."""
        kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
        days = [m.reached_on for m in self.milestones
                if m.kind in kinds and m.reached_on <= by
                and (skill is None or m.skill == skill) and (levels is None or m.level in levels)]
        return min(days) if days else None


def to_date(value) -> date | None:
    """A stored date (ISO text, or a datetime's first ten characters) or None; nonsense is None too."""
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def answer(record: dict | None, part: str, question: str):
    """One answer of a conversation record ({"parts": {part: {"answers": {...}}}}), or None."""
    if not record:
        return None
    parts = record.get("parts") or {}
    found = parts.get(part) or {}
    return (found.get("answers") or {}).get(question)


def household_type(members: list[dict]) -> str | None:
    """single, couple, family, single_parent or other, from the household's client records."""
    if not members:
        return None
    adults = sum(1 for m in members if m.get("household_role") in ADULT_ROLES)
    children = sum(1 for m in members if m.get("household_role") == "kind")
    others = len(members) - adults - children
    if others:
        return "other"
    if adults == 1:
        return "single_parent" if children else "single"
    if adults == 2:
        return "family" if children else "couple"
    return "other"


def _yes_any(record: dict | None, part: str, questions: tuple[str, ...]) -> bool | None:
    values = [answer(record, part, q) for q in questions]
    if all(v is None for v in values):
        return None
    return any(v is True for v in values)


def _exemptions_on_plan(plan: dict) -> dict:
    """DUO's whole exemption (Vrijstelling.openapi.yml, SS107) or release (Ontheffing.openapi.yml,
    SS108) as the import keeps it on the plan (domain/duo_term_facts.py): from its date the person
    no longer counts for the duty's targets. A temporary exemption (SS109) only pauses the duty for
    its days, so it excludes no one."""
    kind, on = plan.get("duo_exemption_kind"), plan.get("duo_exemption_on")
    if kind == "whole_exemption":
        return {"exempt_on": on}
    if kind == "whole_release":
        return {"released_on": on}
    return {}


def build_facts(client: dict, plan: dict | None = None, milestones=(), debt_signals=(), actions=(),
                goals=(), handover: dict | None = None, intake: dict | None = None,
                household: list[dict] | None = None, exemptions: dict | None = None,
                workshop_dates=(), referral_dates=()) -> PersonFacts:
    """One person's facts from plain records. `household` is every member's client record
    (None when not read); deleted part records must be left out by the caller."""
    plan = plan or {}
    if client.get("household_id") is None:
        kind = "single" if client.get("household_role") in (None, "hoofdpersoon") else None
    else:
        kind = household_type(household) if household is not None else None
    listed = client.get("partner_org_ids") or ()
    orgs = set(json.loads(listed) if isinstance(listed, str) else listed)  # a raw column is JSON text
    orgs.update(a["organisation_id"] for a in actions if a.get("organisation_id"))
    if plan.get("budgetcoach_org_id"):
        orgs.add(plan["budgetcoach_org_id"])
    literacy = answer(intake, "language", "literacy") or answer(handover, "languages", "literacy")
    stones = tuple(sorted(
        (MilestoneFact(m["kind"], to_date(m["reached_on"]), m.get("skill") or None, m.get("level") or None)
         for m in milestones if m.get("kind") in MILESTONE_KINDS and to_date(m.get("reached_on"))),
        key=lambda m: (m.reached_on, m.kind)))
    exemptions = exemptions or _exemptions_on_plan(plan)
    return PersonFacts(
        client_id=client["id"], household_id=client.get("household_id"), stage=client.get("stage"),
        date_of_birth=to_date(client.get("date_of_birth")), koppeling_on=to_date(client.get("koppeling_date")),
        vestiging_on=to_date(client.get("vestiging_date")), duty_start_on=to_date(plan.get("duty_start_on")),
        pip_dated_on=to_date(plan.get("first_pip_dated_on") or plan.get("pip_dated_on")),
        handover_on=to_date((handover or {}).get("held_at")), intake_on=to_date((intake or {}).get("held_on")),
        origin=client.get("country_of_origin") or None, sex=client.get("sex") or None,
        household_role=client.get("household_role"), household_type=kind, partner_org_ids=tuple(sorted(orgs)),
        has_plan=bool(plan), leerroute=plan.get("leerroute") or None,
        literacy_education=plan.get("literacy_education") or None, literacy=literacy,
        dual_track=plan.get("dual_track") or None, may_finish_education=plan.get("may_finish_education"),
        pre_integration=_yes_any(handover, "pre_integration", ("classes_started", "knm_started")),
        intake_activities=_yes_any(intake, "activities", ("volunteering", "sports_or_clubs")),
        goal_domains=tuple(sorted({g["domain"] for g in goals if g.get("status") != "dropped"})),
        milestones=stones,
        debt_signals=tuple(sorted(d for d in (to_date(s.get("noticed_on")) for s in debt_signals) if d)),
        duty=exemptions.get("duty"), exempt_on=to_date(exemptions.get("exempt_on")),
        released_on=to_date(exemptions.get("released_on")), left_on=to_date(exemptions.get("left_on")),
        workshop_attended=_dates(workshop_dates),
        kaart_introduced=_dates((*workshop_dates, *referral_dates)),
    )


def _dates(values) -> tuple[date, ...]:
    return tuple(sorted({d for d in (to_date(v) for v in values) if d}))
