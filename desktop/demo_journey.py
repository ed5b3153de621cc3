"""Demo stories and stage ratings: a sample of households tell about the stages they went through,
and the person, a partner and a worker rate those stages, so the client file's experiences and the
monitoring room have something to discuss: housing and work hurt most, the intake goes well.
Written through the store's API by the device's worker, with the consent to use a story mixed as
people give it (most anonymously, some by name, some not at all). Then every stage of the journey is
made complete (`_every_stage`): stories with consent, named and anonymous, told by the person, a
partner and a worker, and ratings from the person and a partner. Seeded: the same seed, the same stories.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.demo_stories import PARTNERS, PERSON_AZC, VOICES
from desktop.store import Store
from domain.monitoring.journey import DEFAULT_STAGES

# The stages a person has gone through, by the stage of the route stored or derived for them.
REACHED = {"koppeling": 1, "overdracht": 2, "intake": 4, "plan": 5, "gevestigd": 7, "zelfstandig": 8}
STAGE_KEYS = [key for key, _ in DEFAULT_STAGES]
# How each stage tends to be rated: weights of +, 0 and -.
MOOD = {"azc_koppeling": (4, 4, 2), "handover": (6, 3, 1), "arrival_housing": (3, 2, 5), "brede_intake": (6, 3, 1),
        "plan": (5, 3, 2), "language_integration": (5, 3, 2), "work_school": (2, 3, 5),
        "network_independence": (4, 4, 2)}
REASONS = {"+": ("Goed geholpen, alles was duidelijk", "Snel een afspraak", "De tolk was er steeds bij"),
           "0": ("Ging zoals verwacht", "Veel wachten, maar het kwam goed"),
           "-": ("Lang wachten op een woning", "Niemand wist wie de contactpersoon was",
                 "Geen passend werk of stage gevonden", "Brieven niet begrepen, geen uitleg")}
# (stage, life domain, title, what changed, why it matters, words in Dutch, words in the original, language)
STORIES = (
    ("arrival_housing", "housing", "Eindelijk een eigen voordeur",
     "Na maanden in het AZC kreeg het gezin een huis in de wijk.", "De kinderen slapen weer door.",
     "Toen we de sleutel kregen, huilde mijn vrouw. Eindelijk rust.", "عندما استلمنا المفتاح بكت زوجتي. أخيرا الراحة.",
     "ar"),
    ("language_integration", "language", "Zelf de huisarts bellen",
     "Ze belt nu zelf de huisarts, zonder tolk.", "Ze voelt zich minder afhankelijk.",
     "Vorige week heb ik zelf gebeld. Ze begrepen me!", "", ""),
    ("work_school", "work", "Stage bij de bakker",
     "Via de taalschool kwam een stage bij een bakkerij.", "Hij is weer iemand met werk, zegt hij.",
     "Om vijf uur op, maar ik ben trots.", "ብሓሙሽተ ሰዓት ተንሲአ፡ ግን ኩሩዕ እየ።", "ti"),
    ("brede_intake", "participation", "Iemand luisterde echt",
     "In de intake werd gevraagd wat ze zelf wil.", "Het plan past nu bij haar.",
     "Niemand had me dat ooit gevraagd.", "", ""),
    ("handover", "network", "Dezelfde begeleider vanaf het begin",
     "De begeleider kwam al naar het AZC voor de overdracht.", "Vertrouwen vanaf dag één.",
     "Ik kende haar al toen we hier kwamen.", "", ""),
    ("network_independence", "network", "Vrijwilliger bij de voedselbank",
     "Hij helpt nu zelf anderen op zaterdag.", "Van hulp krijgen naar hulp geven.",
     "Nu ben ik degene die uitlegt.", "", ""),
    ("plan", "finances", "Budgetcoach hielp met de eerste rekeningen",
     "De eerste maanden werden de vaste lasten betaald.", "Geen schulden in het eerste jaar.",
     "Ik weet nu wat er elke maand weggaat.", "", ""),
)
SHARE = 0.12  # of the households on their way, this share tells and rates
AT_LEAST = 3  # and the first few always: a small demo has stories too


def add_journey(store: Store, seed: int, today: date, main_persons: list[tuple[str, dict]]) -> dict:
    """Stories and ratings for a sample of main persons; returns counts."""
    counts = {"stories": 0, "stage_ratings": 0}
    rng = random.Random(f"journey-{seed}")  # a stream of its own: the rest of the demo stays as it was
    telling = 0
    for client_id, record in main_persons:
        reached = REACHED.get(record.get("stage") or "", 0)
        started = record.get("koppeling_date")
        if not reached or not started or (rng.random() > SHARE and telling >= AT_LEAST):
            continue
        telling += 1
        since = date.fromisoformat(started)
        stages = STAGE_KEYS[:reached]
        for stage in stages:
            for kind in ("person", "partner", "worker"):
                if rng.random() < 0.55:
                    rating = rng.choices(("+", "0", "-"), MOOD[stage])[0]
                    store.journey.rate(client_id, {
                        "stage": stage, "rating": rating, "rated_by_kind": kind, "reason": rng.choice(REASONS[rating]),
                        "rated_on": _between(rng, since, today).isoformat()}, today=today)
                    counts["stage_ratings"] += 1
        told = [s for s in STORIES if s[0] in stages]
        for story in rng.sample(told, min(len(told), rng.choice((1, 1, 2)))):
            stage, domain, title, changed, matters, dutch, original, language = story
            told_on = _between(rng, since, today)
            use = rng.choices(("anonymous", "named", "none"), (5, 2, 3))[0]
            kind = rng.choices(("person", "partner", "worker"), (6, 2, 2))[0]
            store.journey.tell(client_id, {
                "stage": stage, "life_domain": domain, "told_by_kind": kind,
                "told_by": {"person": record.get("given_names", ""), "partner": "Taalschool", "worker": ""}[kind],
                "told_on": told_on.isoformat(), "title": title, "what_changed": changed, "why_it_matters": matters,
                "text_nl": dutch, "text_original": original, "original_language": language, "consent_use": use,
                "consent_on": told_on.isoformat() if use != "none" else None}, today=today)
            counts["stories"] += 1
    for key, added in _every_stage(store, rng, today, main_persons).items():
        counts[key] += added
    return counts


def _every_stage(store: Store, rng: random.Random, today: date, main_persons: list[tuple[str, dict]]) -> dict:
    """What each stage still lacks after the sample, told and rated by persons who went through it."""
    counts = {"stories": 0, "stage_ratings": 0}
    told: dict[str, list[tuple[str, str]]] = {key: [] for key in STAGE_KEYS}  # stage -> (teller, consent)
    rated: dict[str, set[str]] = {key: set() for key in STAGE_KEYS}
    for client_id, _record in main_persons:
        for story in store.journey.stories_for(client_id):
            told[story["stage"]].append((story["told_by_kind"], story["consent_use"]))
        for rating in store.journey.ratings_for(client_id):
            rated[rating["stage"]].add(rating["rated_by_kind"])
    voices = {(teller, story[0]): story[1:] for teller, *story in VOICES}
    for position, stage in enumerate(STAGE_KEYS, start=1):
        went = [(cid, r) for cid, r in main_persons
                if REACHED.get(r.get("stage") or "", 0) >= position and r.get("koppeling_date")]
        if not went:
            continue
        shared = [(kind, use) for kind, use in told[stage] if use != "none"]
        for kind in ("person", "partner", "worker"):
            if any(k == kind for k, _ in shared):
                continue
            use = "named" if not any(u == "named" for _, u in shared) else "anonymous"
            client_id, record = rng.choice(went)
            _tell(store, rng, today, client_id, record, stage, kind, use, voices)
            shared.append((kind, use))
            counts["stories"] += 1
        if not any(u == "anonymous" for _, u in shared):
            client_id, record = rng.choice(went)
            _tell(store, rng, today, client_id, record, stage, "person", "anonymous", voices)
            counts["stories"] += 1
        for kind in ("person", "partner"):
            if kind not in rated[stage]:
                client_id, record = rng.choice(went)
                rating = rng.choices(("+", "0", "-"), MOOD[stage])[0]
                store.journey.rate(client_id, {
                    "stage": stage, "rating": rating, "rated_by_kind": kind, "reason": rng.choice(REASONS[rating]),
                    "rated_on": _between(rng, date.fromisoformat(record["koppeling_date"]), today).isoformat()},
                    today=today)
                counts["stage_ratings"] += 1
    return counts


def _tell(store: Store, rng: random.Random, today: date, client_id: str, record: dict, stage: str, kind: str,
          use: str, voices: dict) -> None:
    """One story of this stage in this teller's voice (the person's own: one of STORIES)."""
    if kind == "person":
        own = [s for s in STORIES + PERSON_AZC if s[0] == stage]
        _stage, domain, title, changed, matters, dutch, original, language = rng.choice(own)
    else:
        domain, title, changed, matters, dutch = voices[(kind, stage)]
        original = language = ""
    told_on = _between(rng, date.fromisoformat(record["koppeling_date"]), today)
    store.journey.tell(client_id, {
        "stage": stage, "life_domain": domain, "told_by_kind": kind,
        "told_by": {"person": record.get("given_names", ""), "partner": PARTNERS[stage], "worker": ""}[kind],
        "told_on": told_on.isoformat(), "title": title, "what_changed": changed, "why_it_matters": matters,
        "text_nl": dutch, "text_original": original, "original_language": language, "consent_use": use,
        "consent_on": told_on.isoformat()}, today=today)


def _between(rng: random.Random, start: date, end: date) -> date:
    days = max((end - start).days, 0)
    return start + timedelta(days=rng.randint(0, days)) if days else end
