"""A demo store: one municipality's chain and its statushouders, made up but plausible.

The same seed gives the same people; dates count back from today, so a demo store always
looks current. Everything is written through the store's API and so passes the same
validation as a record typed in by a caseworker.
"""

from __future__ import annotations

import random
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from desktop.demo_fieldwork import add_fieldwork
from desktop.demo_journey import add_journey
from desktop.demo_kaart import add_kaart
from desktop.demo_monitoring import add_trajectories
from desktop.demo_names import (
    AZC_LOCATIONS,
    MUNICIPALITIES,
    NAMES,
    PATRONYMIC,
    POSTCODE_LETTERS,
    POSTCODE_SKIP,
    WIFE_KEEPS_NAME,
)
from desktop.demo_workshop import add_workshops
from desktop.store import CaseloadQuery, Store
from desktop.store.keyfile import KdfParams
from desktop.store.store import store_exists
from domain.bsn import is_valid_bsn

# Mostly Syrian and Eritrean, as in the councils' letters; then the others.
ORIGIN_WEIGHTS = {"SY": 36, "ER": 26, "AF": 11, "TR": 9, "YE": 7, "IR": 4, "IQ": 4, "SO": 3}

# origin -> ((home languages, the first is the interpreter's), weight); then the share with English.
HOME_LANGUAGES = {
    "SY": ((("ar",), 82), (("ku", "ar"), 18)),
    "ER": ((("ti",), 85), (("ti", "ar"), 10), (("ti", "am"), 5)),
    "AF": ((("prs",), 65), (("ps",), 20), (("ps", "prs"), 15)),
    "TR": ((("tr",), 65), (("ku", "tr"), 35)),
    "YE": ((("ar",), 1),),
    "IR": ((("fa",), 85), (("ku", "fa"), 15)),
    "IQ": ((("ar",), 60), (("ku", "ar"), 40)),
    "SO": ((("so",), 85), (("so", "ar"), 15)),
}
ENGLISH_SHARE = {"SY": .25, "ER": .15, "AF": .15, "TR": .3, "YE": .2, "IR": .35, "IQ": .2,
                 "SO": .15}

# Many arrive alone (young Eritrean men above all); Syrians more often as a family.
SHAPES = ("single", "couple", "family", "single_parent")
SHAPE_WEIGHTS = {"ER": (60, 8, 17, 15), "SY": (35, 10, 47, 8)}
DEFAULT_SHAPE_WEIGHTS = (46, 9, 35, 10)
CHILD_COUNT_WEIGHTS = (20, 30, 25, 15, 7, 3)  # 1 to 6 children

STAGE_WEIGHTS = {"koppeling": 8, "overdracht": 8, "intake": 10, "plan": 12,
                 "gevestigd": 40, "zelfstandig": 22}
# Days since koppeling for those still in the AZC; the house comes 4 to 14 weeks after it.
AZC_DAYS = {"koppeling": (0, 20), "overdracht": (7, 45), "intake": (21, 70), "plan": (35, 95)}
WAIT_DAYS = (28, 98, 63)  # low, high, most common
# Not everyone is in the BRP (and so has a BSN) while still in the AZC.
BSN_SHARE = {"koppeling": .3, "overdracht": .5, "intake": .8}
BEGELEIDER_SHARE = {"koppeling": .4, "overdracht": .8}
SETTLED = frozenset({"gevestigd", "zelfstandig"})
# Some settled five years ago and more: monitoring's longest window (S3, 60 months) has closed for them.
SETTLED_LONGEST = 2100

YEAR = 365.25


@dataclass
class Chain:
    """The directory the clients are linked to: ids by kind and role."""

    orgs: dict[str, list[str]] = field(default_factory=dict)
    klantmanagers: list[str] = field(default_factory=list)
    begeleiders: list[str] = field(default_factory=list)
    added_orgs: int = 0
    added_workers: int = 0
    guide_all: bool = False  # a device's own caseload: each household has one of its begeleiders


@dataclass(frozen=True)
class Route:
    """Where a household stands: shared by everyone in it."""

    stage: str
    koppeling: date
    vestiging: date | None
    place: dict
    has_bsn: bool
    klantmanager: str
    begeleider: str | None


def fill_demo_store(data_dir: Path, passphrase: str, clients: int, seed: int = 2019,
                    kdf: KdfParams | None = None, municipality: str = "Hilversum",
                    trajectories: bool = True, organisation_id: str | None = None) -> dict:
    """Create (or unlock) the store in data_dir and add `clients` people in households.
    trajectories=False leaves out what monitoring needs (plans for all settled adults, milestones,
    debt signals): faster, and the settled before the last year keep having no plan.

    organisation_id: the organisation of the device's own user (a store signed in to a server);
    its begeleiders guide the demo's people, so everything the demo writes is in the device's
    caseload and the server accepts it.

    Without it (a store that works without a server) the demo's sociale kaart comes along too
    (desktop/demo_kaart.py).

    Returns what this run added: clients, households, organisations, workers, seconds.
    """
    start = time.perf_counter()
    data_dir = Path(data_dir)
    if store_exists(data_dir):
        store = Store.unlock(data_dir, passphrase, durable=False)
    else:
        store = Store.create(data_dir, passphrase, kdf=kdf, durable=False)
    try:
        rng = random.Random(seed)
        fake = Faker("nl_NL")
        fake.seed_instance(seed)
        chain = _chain(store, municipality, clients, fake, organisation_id)
        people = People(rng, fake, chain, municipality, date.today(), *_numbers_in_use(store))
        made, households, main_persons = 0, 0, []
        while made < clients:
            members = people.household(clients - made)
            household_id = None  # as in the app, a household record only once there are two
            if len(members) > 1:
                household_id = store.clients.create_household(members[0]["family_name"])
                households += 1
            for record in members:
                # Only independence is stored as a stage: the others follow from the fieldwork below,
                # which reads the household's place on the route from record["stage"].
                stored_stage = record["stage"] if record["stage"] == "zelfstandig" else "koppeling"
                client_id = store.clients.create({**record, "stage": stored_stage, "household_id": household_id})
                if record is members[0]:
                    main_persons.append((client_id, record))
            made += len(members)
        fieldwork = add_fieldwork(store, rng, people.today, main_persons, chain.begeleiders, chain.orgs)
        fieldwork.update(add_workshops(store, seed, people.today, main_persons, chain.orgs, municipality))
        fieldwork.update(add_journey(store, seed, people.today, main_persons))
        if organisation_id is None:  # a store without a server: the sociale kaart no coordinator sent it
            fieldwork["kaart_items"] = add_kaart(store, chain.orgs)
        if trajectories:
            fieldwork.update(add_trajectories(store, seed, people.today))
    finally:
        store.close()
    return {"clients": made, "households": households, "organisations": chain.added_orgs,
            "workers": chain.added_workers, **fieldwork, "seconds": round(time.perf_counter() - start, 2)}


# -- the chain -------------------------------------------------------------------------------
def _chain(store: Store, municipality: str, clients: int, fake: Faker,
           organisation_id: str | None = None) -> Chain:
    """The chain already in the store, or a new one for the municipality."""
    existing = store.directory.organisations()
    if any(org["kind"] == "gemeente" for org in existing):
        chain = Chain()
        for org in existing:
            chain.orgs.setdefault(org["kind"], []).append(org["id"])
        chain.klantmanagers = [w["id"] for w in store.directory.workers("klantmanager")]
        chain.begeleiders = [w["id"] for w in store.directory.workers("begeleider")
                             if organisation_id is None or w["organisation_id"] == organisation_id]
        chain.guide_all = organisation_id is not None
        if chain.klantmanagers:
            return chain
    return _new_chain(store, municipality, clients, fake)


def _new_chain(store: Store, municipality: str, clients: int, fake: Faker) -> Chain:
    chain = Chain()
    directory = store.directory

    def org(name: str, kind: str) -> str:
        org_id = directory.add_organisation(name, kind)
        chain.orgs.setdefault(kind, []).append(org_id)
        chain.added_orgs += 1
        return org_id

    def worker(role: str, org_id: str, domain: str) -> str:
        name = fake.name()
        first, *rest = name.split(" ")
        email = f"{_ascii(first)[0]}.{_ascii(''.join(rest).replace('-', ''))}@{domain}"
        chain.added_workers += 1
        return directory.add_worker(name, role, org_id, email.lower())

    slug = _ascii(municipality).replace(" ", "").lower()
    gemeente = org(f"Gemeente {municipality}", "gemeente")
    vwn = org("VluchtelingenWerk Midden-Nederland", "maatschappelijke_begeleiding")
    local = org("Vluchtelingenwerkgroep Gooi en Vechtstreek", "maatschappelijke_begeleiding")
    taal = [org(f"Taalschool {municipality}", "taalschool"),
            org("Taalcentrum Het Gooi", "taalschool")]
    budget = org("Budgetcoaching Gooi en Vechtstreek", "budgetcoach")
    jobs = org("Werkgeversservicepunt Gooi en Vechtstreek", "jobhunter")
    versa = org("Versa Welzijn", "welzijn")
    org("COA", "coa")  # COA's own begeleiders have no account: their facts come by phone

    for _ in range(max(3, min(20, clients // 500 + 2))):
        chain.klantmanagers.append(worker("klantmanager", gemeente, f"{slug}.nl"))
    for i in range(max(4, min(30, clients // 350 + 3))):
        home = vwn if i % 3 else local
        chain.begeleiders.append(worker("begeleider", home, "vluchtelingenwerk.nl"))
    worker("coordinator", gemeente, f"{slug}.nl")
    for org_id, domain in ((taal[0], f"taalschool{slug}.nl"), (taal[1], "taalcentrumhetgooi.nl"),
                           (budget, "budgetcoachinggooi.nl"), (jobs, "wspgooi.nl"),
                           (versa, "versawelzijn.nl"), (versa, "versawelzijn.nl")):
        worker("partner", org_id, domain)
    return chain


def _numbers_in_use(store: Store) -> tuple[set[str], set[str]]:
    rows = store.clients.search(CaseloadQuery(limit=10**9)).rows
    return {r["v_number"] for r in rows if r["v_number"]}, {r["bsn"] for r in rows if r["bsn"]}


def _ascii(text: str) -> str:
    text = text.replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum())


# -- the people ------------------------------------------------------------------------------
class People:
    """Makes households: everything a caseworker would know of them, as client records."""

    def __init__(self, rng: random.Random, fake: Faker, chain: Chain, municipality: str,
                 today: date, v_numbers: set[str], bsns: set[str]):
        self.rng, self.fake, self.chain, self.today = rng, fake, chain, today
        self.place = MUNICIPALITIES[municipality]
        self.v_numbers, self.bsns = v_numbers, bsns

    def household(self, room: int) -> list[dict]:
        """One household of at most `room` people; the hoofdpersoon first."""
        rng = self.rng
        origin = _weighted(rng, ORIGIN_WEIGHTS)
        shape = rng.choices(SHAPES, SHAPE_WEIGHTS.get(origin, DEFAULT_SHAPE_WEIGHTS))[0]
        if room == 1 or (room == 2 and shape == "family"):
            shape = "single" if room == 1 else rng.choice(("couple", "single_parent"))
        children = 0
        if shape in ("family", "single_parent"):
            children = rng.choices(range(1, 7), CHILD_COUNT_WEIGHTS)[0]
            children = min(children, room - (2 if shape == "family" else 1))
        route = self._route()
        langs = self._languages(origin)
        if shape == "single":
            sex = "M" if rng.random() < .7 else "V"
            members = [self._adult(origin, sex, self._age(18, 50, 26), route, langs)]
        else:
            man, woman = self._adults(origin, shape, children > 0, route, langs)
            adults = sorted((p for p in (man, woman) if p),
                            key=lambda p: p["household_role"] != "hoofdpersoon")
            kids = self._children(origin, children, man, woman, route, langs)
            members = [*adults, *kids]
        return self._with_budgetcoach(members, route)

    def _adults(self, origin: str, shape: str, with_children: bool, route: Route,
                langs: list[str]) -> tuple[dict | None, dict | None]:
        """The man and the woman of a couple, or the one parent of a single-parent family."""
        rng = self.rng
        her_age = self._age(22 if with_children else 19, 50, 31)
        his_age = min(max(her_age + rng.triangular(-2, 12, 4), 19), 55)
        has_woman = shape != "single_parent" or rng.random() < .85
        has_man = shape != "single_parent" or not has_woman
        woman = self._adult(origin, "V", her_age, route, langs) if has_woman else None
        man = self._adult(origin, "M", his_age, route, langs) if has_man else None
        if man and woman:
            # COA usually registers the man as the hoofdpersoon.
            (woman if rng.random() < .8 else man)["household_role"] = "partner"
            if origin not in WIFE_KEEPS_NAME:
                woman["family_name"] = man["family_name"]
        return man, woman

    def _children(self, origin: str, count: int, father: dict | None, mother: dict | None,
                  route: Route, langs: list[str]) -> list[dict]:
        if not count:
            return []
        male, _, family = NAMES[origin]
        if origin in PATRONYMIC:
            surname = father["given_names"].split(" ")[0] if father else self.rng.choice(male)
        elif father:
            surname = father["family_name"]
        else:  # the father stayed behind or died
            surname = self.rng.choice(family) if origin in WIFE_KEEPS_NAME else mother[
                "family_name"]
        parents = [date.fromisoformat(p["date_of_birth"]) for p in (father, mother) if p]
        latest = route.koppeling
        if mother:
            latest = min(latest, _years_after(date.fromisoformat(mother["date_of_birth"]), 44))
        kids = [self._child(origin, surname, max(parents), latest, route, langs)
                for _ in range(count)]
        return sorted(kids, key=lambda p: p["date_of_birth"])

    # -- a household's route -----------------------------------------------------------
    def _route(self) -> Route:
        rng = self.rng
        stage = _weighted(rng, STAGE_WEIGHTS)
        wait = round(rng.triangular(*WAIT_DAYS))
        if stage in SETTLED:
            low, high = (max(wait, 30), 730) if stage == "gevestigd" else (max(wait, 540), 1095)
            days = rng.randint(low, high)
            if stage == "zelfstandig":  # stretched, not drawn anew: the same seed keeps the same draws
                days = low + (days - low) * (SETTLED_LONGEST - low) // (high - low)
            koppeling = self.today - timedelta(days=days)
            vestiging = koppeling + timedelta(days=wait)
            place = self._address()
        else:
            koppeling = self.today - timedelta(days=rng.randint(*AZC_DAYS[stage]))
            vestiging = None
            place = {"azc_location": rng.choice(AZC_LOCATIONS)}
        chain = self.chain
        begeleider = None
        guided = rng.random() < BEGELEIDER_SHARE.get(stage, .95) or chain.guide_all
        if chain.begeleiders and guided:
            begeleider = rng.choice(chain.begeleiders)
        return Route(stage, koppeling, vestiging, place, rng.random() < BSN_SHARE.get(stage, 1),
                     rng.choice(chain.klantmanagers), begeleider)

    def _address(self) -> dict:
        rng = self.rng
        places = self.place["places"]
        # Bigger places (more postcode areas) house more people.
        city, low, high = rng.choices(places, [high - low + 1 for _, low, high in places])[0]
        while (letters := "".join(rng.choices(POSTCODE_LETTERS, k=2))) in POSTCODE_SKIP:
            pass
        number = f"{rng.randint(1, 240)}{rng.choices(('', 'A', 'B', '-2'), (85, 8, 3, 4))[0]}"
        return {"address_street": f"{rng.choice(self.place['streets'])} {number}",
                "address_postcode": f"{rng.randint(low, high)} {letters}",
                "address_city": city}

    def _languages(self, origin: str) -> list[str]:
        options = HOME_LANGUAGES[origin]
        langs = list(self.rng.choices([o[0] for o in options], [o[1] for o in options])[0])
        if self.rng.random() < ENGLISH_SHARE[origin]:
            langs.append("en")
        return langs

    # -- one person --------------------------------------------------------------------
    def _age(self, low: float, high: float, mode: float) -> float:
        """An age in years at the koppeling."""
        return self.rng.triangular(low, high, mode)

    def _adult(self, origin: str, sex: str, age: float, route: Route, langs: list[str]) -> dict:
        rng = self.rng
        male, female, family = NAMES[origin]
        born = route.koppeling - timedelta(days=int(age * YEAR) + rng.randint(0, 364))
        speaks_en = "en" in langs
        interpreter = rng.random() < (.5 if speaks_en else .92)
        record = self._person(origin, sex, rng.choice(male if sex == "M" else female),
                              rng.choice(family), born, "hoofdpersoon", route, langs)
        record.update(interpreter_needed=interpreter,
                      interpreter_language=langs[0] if interpreter else "",
                      partner_org_ids=self._partner_orgs(route))
        self._contact(record, phone=.92, email=.55)
        return record

    def _child(self, origin: str, family: str, youngest_parent: date, latest: date,
               route: Route, langs: list[str]) -> dict:
        rng = self.rng
        sex = rng.choice("MV")
        male, female, _ = NAMES[origin]
        # A minor at the koppeling, born when both parents were adults.
        earliest = max(_years_after(youngest_parent, 18) + timedelta(days=1),
                       _years_after(route.koppeling, -17.9))
        born = earliest + timedelta(days=rng.randint(0, max((latest - earliest).days, 0)))
        kid_langs = list(langs)
        settled_long = route.vestiging and (self.today - route.vestiging).days > 365
        if settled_long and (self.today - born).days > 4 * YEAR:
            kid_langs.append("nl")  # school does that within a year
        record = self._person(origin, sex, rng.choice(male if sex == "M" else female), family,
                              born, "kind", route, kid_langs)
        if route.stage in SETTLED and rng.random() < .2:
            record["partner_org_ids"] = self.chain.orgs.get("welzijn", [])[:1]
        if (self.today - born).days > 15 * YEAR:
            self._contact(record, phone=.5, email=.25)
        return record

    def _person(self, origin: str, sex: str, given: str, family: str, born: date, role: str,
                route: Route, langs: list[str]) -> dict:
        return {
            "given_names": given, "family_name": family, "sex": sex,
            "date_of_birth": born.isoformat(), "country_of_origin": origin,
            "languages": langs, "household_role": role, "stage": route.stage,
            "v_number": self._unique(self.v_numbers, self._v_number),
            "bsn": self._unique(self.bsns, self._bsn) if route.has_bsn else "",
            "koppeling_date": route.koppeling.isoformat(),
            "vestiging_date": route.vestiging.isoformat() if route.vestiging else None,
            "klantmanager_id": route.klantmanager, "begeleider_id": route.begeleider,
            **route.place,
        }

    def _partner_orgs(self, route: Route) -> list[str]:
        rng, orgs = self.rng, self.chain.orgs
        chosen = []
        if route.stage in ("plan", *SETTLED) and orgs.get("taalschool") and rng.random() < .95:
            chosen.append(rng.choice(orgs["taalschool"]))
        if route.stage in SETTLED:
            for kind, share in (("jobhunter", .35), ("welzijn", .25)):
                if orgs.get(kind) and rng.random() < share:
                    chosen.append(orgs[kind][0])
        return chosen

    def _with_budgetcoach(self, members: list[dict], route: Route) -> list[dict]:
        """Grip op geld: most newly settled households get a budgetcoach, on the hoofdpersoon."""
        coaches = self.chain.orgs.get("budgetcoach")
        share = {"gevestigd": .7, "zelfstandig": .3}.get(route.stage, 0)
        if coaches and self.rng.random() < share:
            members[0]["partner_org_ids"] = [*members[0]["partner_org_ids"], coaches[0]]
        return members

    def _contact(self, record: dict, phone: float, email: float) -> None:
        rng, fake = self.rng, self.fake
        if rng.random() < phone:
            pattern = rng.choices(("06-########", "06 ########", "+31 6 ########"), (6, 3, 1))[0]
            record["phone"] = fake.numerify(pattern)
        if rng.random() < email:
            given = _ascii(record["given_names"].split(" ")[0]).lower()
            family = _ascii(record["family_name"]).lower()
            suffix = str(rng.randint(1, 99)) if rng.random() < .5 else ""
            sep = rng.choice((".", "", "_"))
            record["email"] = f"{given}{sep}{family}{suffix}@{fake.free_email_domain()}"

    # -- numbers -----------------------------------------------------------------------
    def _unique(self, used: set[str], make) -> str:
        while (number := make()) in used:
            pass
        used.add(number)
        return number

    def _v_number(self) -> str:
        return str(self.rng.randrange(10**9, 10**10))

    def _bsn(self) -> str:
        return demo_bsn(self.rng)


def _years_after(day: date, years: float) -> date:
    return day + timedelta(days=int(years * YEAR))


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def demo_bsn(rng: random.Random) -> str:
    """Nine digits that pass the BSN rules (domain/bsn.py), built by choosing the check digit."""
    while True:
        head = str(rng.randrange(10**7, 10**8))
        check = sum((9 - i) * int(d) for i, d in enumerate(head)) % 11
        if check < 10 and is_valid_bsn(f"{head}{check}"):
            return f"{head}{check}"
