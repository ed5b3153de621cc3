"""Demo trajectories for monitoring: what became of each adult after settling.

Every settled adult gets a plan (those settled before the chain kept its records here get
one without an intake), a route and a literacy indicator, and the milestones, language
levels and debt signals a plausible trajectory would have reached by today. The pace
differs by person and group (illiterate people and parents of young children go slower),
so the meeting has differences to discuss. The settling dates span about five and a half
years, so every target has cohorts whose window has closed and cohorts still inside it.
Everything goes through the store's API; seeded, so the same seed gives the same store.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from desktop.store import Store
from desktop.store.schema import clients, plans
from domain.errors import RecordInvalid

SETTLED = ("gevestigd", "zelfstandig")
MONTH = 30.44
DEBT_KINDS = ("rent_arrears", "energy_arrears", "health_insurance_arrears", "collection_agency", "fine")
# (milestone, share of people who ever reach it, earliest and latest month after settling)
SOCIAL = (("socially_active", .78, 1, 9), ("knows_sociale_kaart", .8, 2, 30), ("own_network", .6, 5, 36))


def _months(day: date, months: float) -> date:
    return day + timedelta(days=round(months * MONTH))


def add_trajectories(store: Store, seed: int, today: date) -> dict:
    """Plans, milestones and debt signals for the settled adults; returns counts."""
    rng = random.Random(f"monitoring-{seed}")  # its own stream: the people stay as they were
    with store.engine.connect() as conn:
        people = conn.execute(select(
            clients.c.id, clients.c.date_of_birth, clients.c.vestiging_date, clients.c.koppeling_date,
            clients.c.sex, clients.c.household_id, clients.c.household_role)
            .where(clients.c.deleted.is_(False), clients.c.stage.in_(SETTLED))
            .order_by(clients.c.koppeling_date, clients.c.v_number)).mappings().all()  # seeded, not random ids
        has_plan = dict(conn.execute(select(plans.c.client_id, plans.c.id).where(plans.c.deleted.is_(False))).all())
        toddlers_born_after = (today - timedelta(days=4 * 365)).isoformat()
        young_children = {r.household_id for r in conn.execute(select(clients.c.household_id).where(
            clients.c.household_role == "kind", clients.c.date_of_birth > toddlers_born_after))}
    counts = {"trajectories": 0, "milestones": 0, "debt_signals": 0}
    for person in people:
        settled, born = date.fromisoformat(person["vestiging_date"]), date.fromisoformat(person["date_of_birth"])
        age = (settled - born).days / 365.25
        if person["household_role"] == "kind" and age < 18 or age >= 67:
            continue
        parent_of_young = person["household_id"] in young_children and person["sex"] == "V"
        plan_id = has_plan.get(person["id"]) or store.plans.start(person["id"], seed_goals=False)
        Trajectory(store, rng, today, plan_id, settled, age, parent_of_young,
                   date.fromisoformat(person["koppeling_date"]), counts).add()
        counts["trajectories"] += 1
    return counts


class Trajectory:
    def __init__(self, store: Store, rng: random.Random, today: date, plan_id: str, settled: date, age: float,
                 parent_of_young: bool, koppeling: date, counts: dict):
        self.store, self.rng, self.today, self.plan_id = store, rng, today, plan_id
        self.settled, self.age, self.counts = settled, age, counts
        self.illiterate = rng.random() < .1
        # 1 is the usual pace; higher is slower. Illiterate people and mothers of young children go slower.
        self.pace = rng.uniform(.7, 1.3) * (1.5 if self.illiterate else 1) * (1.3 if parent_of_young else 1)
        self.route = "Z" if self.illiterate and rng.random() < .5 else "O" if age < 27 and rng.random() < .4 else (
            rng.choices(("B", "Z"), (88, 12))[0])
        self.koppeling = koppeling

    def add(self) -> None:
        self._route()
        for kind, share, low, high in SOCIAL:
            self._maybe(kind, share / (1.15 if self.illiterate else 1), low, high)
        self._language()
        self._work_and_school()
        if self.rng.random() < .13:  # a debt signal, mostly in the first two years
            day = _months(self.settled, self.rng.triangular(1, 40, 8))
            if day <= self.today:
                self._write(self.store.plans.debt_signals, {"noticed_on": day.isoformat(),
                                                             "kind": self.rng.choice(DEBT_KINDS)}, "debt_signals")

    def _route(self) -> None:
        literacy = "A" if self.illiterate else self.rng.choices(("NVT", "AA"), (85, 15))[0]
        fields = {"leerroute": self.route, "niveau": {"B": "B1", "O": "B1", "Z": None}[self.route],
                  "literacy_education": literacy, "duty_start_on": self.koppeling.isoformat(),
                  "may_finish_education": self.route == "O",
                  "dual_track": self.rng.choices(("none", "paid_work", "unpaid_work"), (60, 20, 20))[0]}
        try:
            self.store.plans.update(self.plan_id, fields)
        except RecordInvalid:  # the law refuses a combination (an existing plan's route): keep what is there
            self.store.plans.update(self.plan_id, {"literacy_education": literacy})

    def _maybe(self, kind: str, share: float, low: float, high: float, **extra) -> date | None:
        if self.rng.random() > share:
            return None
        day = _months(self.settled, self.rng.uniform(low, high) * self.pace)
        return self._milestone(kind, day, **extra)

    def _milestone(self, kind: str, day: date, **extra) -> date | None:
        if day > self.today:
            return None
        self._write(self.store.plans.milestones, {"kind": kind, "reached_on": day.isoformat(), **extra}, "milestones")
        return day

    def _language(self) -> None:
        rng = self.rng
        for skill in ("speaking", "listening"):
            start = rng.uniform(3, 10)
            for level, gap in (("A1", 0), ("A2", rng.uniform(6, 18)), ("B1", rng.uniform(8, 20))):
                if level == "B1" and self.route == "Z" or rng.random() < (.25 if self.illiterate else .1):
                    break
                start += gap
                if not self._milestone("language_level", _months(self.settled, start * self.pace),
                                       skill=skill, level=level):
                    break
        if self.route == "Z":
            return
        exam = self._maybe("exam_passed", .82, 14, 40)
        if exam:
            self._milestone("duty_met", _months(exam, rng.uniform(1, 20)))

    def _work_and_school(self) -> None:
        if self.route == "O" and self.age < 27:
            self._maybe("school_with_study_finance", .8, 8, 34)
        if self.age >= 18:
            part = self._maybe("paid_work_parttime", .4, 8, 40)
            if part and self.rng.random() < .35:
                self._milestone("paid_work_fulltime", _months(part, self.rng.uniform(3, 18)))

    def _write(self, repository, fields: dict, counter: str) -> None:
        try:
            repository.add(self.plan_id, fields)
            self.counts[counter] += 1
        except RecordInvalid:
            pass  # a date the plan's rules refuse: the demo leaves it out, as a caseworker would be told to
