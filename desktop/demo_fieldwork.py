"""Demo fieldwork: handovers, intakes and home visits that fit where each household stands.

Answers are drawn per question kind from the forms themselves, so the demo follows the
forms when they change. Everything goes through the store's API.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.store import Store
from domain.forms import Form, Kind, Question
from domain.visits import TOPICS

PROFESSIONS = ("kapper", "timmerman", "verpleegkundige", "leraar", "monteur", "kok", "boer",
               "elektricien", "naaister", "chauffeur", "boekhouder", "bouwvakker")
NOTES = (
    "Gesprek verliep goed; de tolk vertaalde via de telefoon.",
    "Wil graag zo snel mogelijk aan het werk.",
    "Heeft vragen over de zorgverzekering en de toeslagen.",
    "Kinderen gaan naar de basisschool in de buurt.",
    "Maakt zich zorgen over familie in het land van herkomst.",
    "Spreekt al wat Engels; Nederlands nog niet.",
    "Post ligt ongeopend op tafel; samen doorgenomen.",
    "Heeft een taalmaatje gevraagd.",
)
AFTER_HANDOVER = frozenset({"overdracht", "intake", "plan", "gevestigd", "zelfstandig"})
AFTER_INTAKE = frozenset({"intake", "plan", "gevestigd", "zelfstandig"})
SETTLED = frozenset({"gevestigd", "zelfstandig"})
# Those settled longer ago had their handover and intake before the chain kept them here.
HISTORY_DAYS = 365


def _answer(q: Question, rng: random.Random, today: date):
    if q.kind is Kind.CHOICE:
        return rng.choice(q.options)
    if q.kind is Kind.MULTI:
        return sorted(rng.sample(q.options, rng.randint(1, min(3, len(q.options)))))
    if q.kind is Kind.YESNO:
        return rng.random() < 0.5
    if q.kind is Kind.NUMBER:
        return rng.randint(q.low, min(q.high, q.low + 40))
    if q.kind is Kind.SCORE:
        return f"{rng.randint(20, 80)},{rng.randint(0, 99):02d}"  # as DUO writes it
    if q.kind is Kind.DATE:
        return (today - timedelta(days=rng.randint(1, 60))).isoformat()
    if q.kind is Kind.TEXT:
        return rng.choice(PROFESSIONS)
    return rng.choice(NOTES)


def _fill(save, form: Form, rng: random.Random, today: date, share: float = 1.0) -> None:
    for part in form.parts:
        if rng.random() > share:
            continue
        answers = {q.key: _answer(q, rng, today) for q in part.questions if q.required or rng.random() < .8}
        save(part.key, answers, rng.choice(NOTES) if rng.random() < .4 else "")


def add_fieldwork(store: Store, rng: random.Random, today: date, main_persons: list[tuple[str, dict]],
                  begeleiders: list[str], orgs: dict[str, list[str]] | None = None) -> dict:
    """main_persons: (client_id, record) of each household's main person; orgs: ids by kind.
    Returns counts."""
    counts = {"handovers": 0, "intakes": 0, "plans": 0, "visits": 0, "follow_ups": 0}
    for client_id, record in main_persons:
        stage, km, mb = record["stage"], record.get("klantmanager_id"), record.get("begeleider_id")
        settled = record.get("vestiging_date")
        if settled and (today - date.fromisoformat(settled)).days > HISTORY_DAYS:
            continue
        if stage in AFTER_HANDOVER:
            hid = store.handovers.start(client_id, {
                "variant": rng.choice(("quick_start", "combined", "after_move")), "worker_id": km,
                "coa_name": rng.choice(("Marieke", "Ahmed", "Els", "Tom", "Fatima")) + " (COA)",
                "coa_location": record.get("azc_location") or "AZC", "coa_phone": "088-7157000",
                "held_at": f"{record['koppeling_date']}T{rng.randint(9, 16):02d}:00"})
            done = stage != "overdracht"
            _fill(lambda p, a, n, h=hid, c=client_id: store.handovers.save_part(h, c, p, a, n),
                  store.handovers.form, rng, today, 1.0 if done else 0.5)
            if done:
                store.handovers.complete(hid)
            counts["handovers"] += 1
        if stage in AFTER_INTAKE:
            iid = store.intakes.start(client_id, {
                "worker_id": km, "held_on": record["koppeling_date"], "interpreter_present": True,
                "conversation_language": (record.get("languages") or ["ar"])[0],
                "present_ids": [w for w in (km, mb) if w]})
            done = stage != "intake"
            _fill(lambda p, a, n, i=iid, c=client_id: store.intakes.save_part(i, c, p, a, n),
                  store.intakes.form, rng, today, 1.0 if done else 0.6)
            if done:
                store.intakes.complete(iid)
                _plan(store, rng, today, client_id, record, orgs or {})
                counts["plans"] += 1
            counts["intakes"] += 1
        if stage in SETTLED and mb and rng.random() < 0.7:
            _visits(store, rng, today, client_id, record, mb, counts)
    if begeleiders:
        store.set_current_worker(begeleiders[0])
    return counts


def _visits(store: Store, rng: random.Random, today: date, client_id: str, record: dict, mb: str,
            counts: dict) -> None:
    address = f"{record['address_street']}, {record['address_city']}"
    for _ in range(rng.randint(1, 3)):  # past visits, reported
        day = today - timedelta(days=rng.randint(3, 150))
        vid = store.visits.plan(client_id, {"planned_on": day.isoformat(), "address": address,
                                            "planned_time": f"{rng.randint(9, 16):02d}:{rng.choice(('00', '30'))}",
                                            "visitor_ids": [mb]})
        counts["visits"] += 1
        if (today - day).days < 14 and rng.random() < 0.25:
            continue  # went, but the report is still to be written
        outcome = rng.choices(("done", "not_home", "cancelled"), (85, 10, 5))[0]
        store.visits.report(vid, outcome, mb, today=today)
        if outcome == "done":
            for topic in rng.sample(TOPICS, 3):
                store.visits.save_part(vid, client_id, topic, {"state": rng.choice(("fine", "attention"))},
                                       rng.choice(NOTES))
            if rng.random() < 0.5:
                store.visits.add_follow_up(vid, {"description": rng.choice(NOTES), "owner_id": mb,
                                                 "due_on": (day + timedelta(days=14)).isoformat()})
                counts["follow_ups"] += 1
    if rng.random() < 0.3:  # one coming up
        day = today + timedelta(days=rng.randint(0, 10))
        store.visits.plan(client_id, {"planned_on": day.isoformat(), "address": address,
                                      "planned_time": "10:00", "visitor_ids": [mb]})
        counts["visits"] += 1


ACTIONS = {  # what each kind of partner typically takes on
    "gemeente": ("Huurtoeslag en zorgtoeslag aanvragen", "Ontzorgen regelen met de verhuurder",
                 "Inrichtingskrediet eerste tranche uitbetalen"),
    "taalschool": ("Intake bij de taalschool", "Start B1-route taalcursus", "KNM-lessen volgen"),
    "maatschappelijke_begeleiding": ("Wegwijs in de wijk: huisarts, school, bibliotheek",
                                     "Participatieverklaringstraject (PVT) plannen", "Taalmaatje koppelen"),
    "jobhunter": ("Cv maken en diploma laten waarderen", "Werkervaringsplek zoeken"),
    "budgetcoach": ("Budgetplan maken", "Post en rekeningen samen doorlopen"),
}


def _plan(store: Store, rng: random.Random, today: date, client_id: str, record: dict, orgs: dict) -> None:
    """A plan started from the intake, with its route, partners' actions, and mostly agreed."""
    plan_id = store.plans.start(client_id)
    koppeling = date.fromisoformat(record["koppeling_date"])
    settled = date.fromisoformat(record["vestiging_date"]) if record.get("vestiging_date") else None
    route = rng.choices(("B", "O", "Z"), (70, 12, 18))[0]
    store.plans.update(plan_id, {
        "leerroute": route, "niveau": {"B": rng.choice(("A2", "B1")), "O": "B1", "Z": None}[route],
        "leerroute_reason": "Volgens de brede intake en de leerbaarheidstoets.",
        "intensity_hours": rng.choice((400, 600, 800)) if route == "B" else None,
        "literacy_education": rng.choices(("NVT", "A", "AA"), (80, 8, 12))[0],
        "duty_start_on": koppeling.isoformat(), "duo_notice_on": (koppeling + timedelta(days=14)).isoformat()})
    for kind, descriptions in ACTIONS.items():
        if not orgs.get(kind) or rng.random() < 0.3:
            continue
        for description in rng.sample(descriptions, rng.randint(1, 2)):
            due = today + timedelta(days=rng.randint(-30, 90))
            store.plans.actions.add(plan_id, {"description": description, "organisation_id": orgs[kind][0],
                                              "due_on": due.isoformat(),
                                              "status": "done" if due < today and rng.random() < .6 else "planned"})
    agreed = max(koppeling + timedelta(days=rng.randint(35, 60)), settled or koppeling)
    if agreed <= today and rng.random() < 0.85:
        store.plans.agree(plan_id, {"agreed_on": agreed.isoformat(), "client_agrees": True,
                                    "agreement_how": "signed"})
