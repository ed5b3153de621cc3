"""The chain bench/access.py measures: one municipality's organisations and people on the server,
and the operations a klantmanager's device sends to fill it (households, then months of work)."""

from __future__ import annotations

import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.common import PASSWORD
from desktop.demo import demo_bsn
from domain.ids import part_id
from domain.intake import INTAKE
from domain.plan import GOAL_DOMAINS
from domain.visits import TOPICS
from server import accounts, record_store
from server.db import Database
from server.entities import NOT_STORED
from server.sequence import lock_tenant

# (key, name, kind): the chain of one municipality.
ORGANISATIONS = (("gemeente", "Gemeente Amersfoort", "gemeente"),
                 ("begeleiding", "VluchtelingenWerk Midden-Nederland", "maatschappelijke_begeleiding"),
                 ("begeleiding2", "Stichting Nieuwe Buren", "maatschappelijke_begeleiding"),
                 ("taalschool", "Taalschool De Brug", "taalschool"),
                 ("jobhunter", "Werkpad Jobhunters", "jobhunter"))
PEOPLE = (("gemeente", "klantmanager", 2), ("begeleiding", "begeleider", 3), ("begeleiding2", "begeleider", 2),
          ("taalschool", "partner", 1), ("jobhunter", "partner", 1))
# Who the measured devices are: (label, organisation key).
SCOPED = (("begeleider", "begeleiding"), ("partner", "taalschool"))
CONSENT_PARTS = (["contact", "plan"], ["contact", "plan", "visits"], ["plan"], ["contact", "plan", "intake"],
                 ["contact", "plan", "finances", "visits"], ["contact", "plan", "health", "visits"])
GIVEN = ("Ahmad", "Fatima", "Yonas", "Amina", "Mohammed", "Senait", "Omar", "Rahel", "Hassan", "Layla", "Tesfay")
FAMILY = ("Al-Hassan", "Tesfamariam", "Haidari", "Kebede", "Al-Khalil", "Yilmaz", "Mohammadi", "Ghebremedhin")
STREETS = ("Leusderweg", "Kruiskamp", "Soesterweg", "Vathorst-Zuid", "Hooglanderveen", "Schothorst")
ACTIONS = ("Huurtoeslag en zorgtoeslag aanvragen", "Intake bij de taalschool", "KNM-lessen volgen",
           "Cv maken en diploma laten waarderen", "Budgetplan maken", "Werkervaringsplek zoeken",
           "Taalmaatje koppelen", "Participatieverklaringstraject (PVT) plannen")
NOTES = ("Gesprek verliep goed; de tolk vertaalde via de telefoon.", "Post ligt ongeopend op tafel; samen doorgenomen.",
         "Kinderen gaan naar school in de buurt.", "Heeft vragen over de zorgverzekering en de toeslagen.",
         "Wil graag zo snel mogelijk aan het werk.")


# -- accounts ----------------------------------------------------------------------------------
@dataclass
class Chain:
    tenant_id: str
    organisations: dict[str, str]  # key -> organisation id
    workers: dict[str, list[str]]  # organisation key -> worker ids
    usernames: dict[str, str]  # organisation key -> the username of its first person


def make_chain(database_url: str, name: str, organisations=ORGANISATIONS, people=PEOPLE) -> Chain:
    tag = uuid.uuid4().hex[:6]
    db = Database(database_url)
    try:
        with db.writing() as session:
            tenant = accounts.create_tenant(session, f"{name} {tag}")
            orgs = {key: accounts.create_organisation(session, tenant, org_name, kind)
                    for key, org_name, kind in organisations}
            chain = Chain(tenant.id, {key: org.id for key, org in orgs.items()}, {}, {})
            for key, role, count in people:
                for i in range(count):
                    username = f"{key}-{i}-{tag}"
                    user = accounts.create_user(session, tenant, orgs[key], username, f"{role.title()} {key} {i}",
                                                role, PASSWORD)
                    chain.workers.setdefault(key, []).append(user.worker_id)
                    chain.usernames.setdefault(key, username)
        return chain
    finally:
        db.dispose()


# -- the caseload ------------------------------------------------------------------------------
def insert(entity: str, fields: dict[str, Any], author_id: str) -> dict[str, Any]:
    return {"op_id": uuid.uuid4().hex, "entity": entity, "record_id": fields["id"], "op": "insert", "base": None,
            "fields": fields, "author_id": author_id, "created_at": fields["updated_at"]}


class Caseload:
    """The operations a klantmanager's device sends: households, then months of work, in the order made."""

    def __init__(self, chain: Chain, seed: int = 7):
        self.chain, self.rng = chain, random.Random(seed)
        self.author = chain.workers["gemeente"][0]
        self.ops: list[dict[str, Any]] = []
        self.mains: list[dict[str, Any]] = []  # per household: its main person, plan, goals, visitor, address

    def add(self, entity: str, day: date, /, **fields: Any) -> str:
        """A new record; its id is given for a form's part (the same on every device), else a new one."""
        record_id = fields.pop("id", None) or str(uuid.uuid4())
        stamp = f"{day.isoformat()}T{self.rng.randint(8, 17):02d}:15:00.000000Z"
        self.ops.append(insert(entity, {"id": record_id, "created_at": stamp, "updated_at": stamp, "deleted": False,
                                        **fields}, self.author))
        return record_id

    def build(self, clients: int, records: int) -> list[dict[str, Any]]:
        start = date.today() - timedelta(days=760)
        made = 0
        while made < clients:
            size = min(self.rng.choice((1, 1, 2, 3, 4)), clients - made)
            self._household(size, start + timedelta(days=self.rng.randint(0, 20)))
            made += size
        day = start + timedelta(days=30)
        while len(self.ops) < records:
            for main in self.mains:
                if len(self.ops) >= records:
                    break
                self._month(main, min(day + timedelta(days=self.rng.randint(0, 27)), date.today()))
            day += timedelta(days=30)
        return self.ops

    def _household(self, size: int, day: date) -> None:
        rng, workers = self.rng, self.chain.workers
        family = rng.choice(FAMILY)
        address = f"{rng.choice(STREETS)} {rng.randint(1, 240)}"
        household = self.add("households", day, label=f"Huishouden {family}")
        guide_org = rng.choices(("begeleiding", "begeleiding2", None), (45, 35, 20))[0]
        manager = rng.choice(workers["gemeente"])
        guide = rng.choice(workers[guide_org]) if guide_org else None
        main = None
        for i in range(size):
            role = "hoofdpersoon" if i == 0 else rng.choice(("partner", "kind"))
            client = self.add("clients", day, **self._person(family, role, household, address, day),
                              klantmanager_id=manager, begeleider_id=guide)
            main = main or client
        self._file(main, day, manager, guide or manager, address, guide_org)

    def _person(self, family: str, role: str, household: str, address: str, day: date) -> dict[str, Any]:
        rng = self.rng
        return {"household_id": household, "household_role": role, "given_names": rng.choice(GIVEN),
                "family_name": family, "given_names_usual": "", "family_name_usual": "",
                "date_of_birth": f"{rng.randint(1965, 2018)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                "sex": rng.choice("MV"), "country_of_origin": rng.choice(("SY", "ER", "AF", "TR", "YE")),
                "languages": json.dumps(["ar", "ti"][:rng.randint(1, 2)]), "interpreter_needed": True,
                "interpreter_language": "ar", "v_number": str(rng.randrange(10**9, 10**10)),
                "bsn": self._bsn(), "phone": f"06{rng.randint(10**7, 10**8 - 1)}",
                "email": "", "address_street": address, "address_postcode": f"38{rng.randint(11, 39)} AB",
                "address_city": "Amersfoort", "azc_location": "", "koppeling_date": day.isoformat(),
                "vestiging_date": (day + timedelta(days=60)).isoformat(), "stage": rng.choice(("plan", "gevestigd")),
                "partner_org_ids": "[]", "notes": ""}

    def _bsn(self) -> str:
        return demo_bsn(self.rng)  # passes the 11-check, as the desktop demands of a BSN it stores

    def _file(self, client: str, day: date, manager: str, visitor: str, address: str, guide_org: str | None) -> None:
        """The main person's intake, plan, goals and consents."""
        rng, orgs = self.rng, self.chain.organisations
        intake = self.add("intakes", day, client_id=client, worker_id=manager, held_on=day.isoformat(),
                          conversation_language="ar", interpreter_present=True, present_ids=json.dumps([manager]),
                          status="done", completed_at=f"{day.isoformat()}T12:00:00.000000Z")
        for part in INTAKE.parts:
            self.add("form_parts", day, id=part_id(intake, part.key), form="intake", owner_id=intake,
                     client_id=client, part=part.key,
                     answers=json.dumps({"state": rng.choice(("fine", "attention"))}), notes=rng.choice(NOTES),
                     special=part.special)
        plan = self.add("plans", day, client_id=client, intake_id=intake, leerroute=rng.choice("BOZ"), niveau="B1",
                        leerroute_reason=rng.choice(NOTES), intensity_hours=600, dual_track="none",
                        dual_track_note="", ontzorgen_start=day.isoformat(), ontzorgen_costs='["huur", "energie"]',
                        budgetcoach=False, budgetcoach_org_id=None, pip_dated_on=day.isoformat())
        goals = [self.add("plan_goals", day, plan_id=plan, client_id=client, domain=domain,
                          result=f"Doel voor {domain}", target_on=(day + timedelta(days=365)).isoformat(),
                          status="open") for domain in rng.sample(GOAL_DOMAINS, 4)]
        for org, share in (("taalschool", 0.35), ("jobhunter", 0.2)):
            if rng.random() < share:
                self.add("consents", day, client_id=client, organisation_id=orgs[org],
                         parts=json.dumps(rng.choice(CONSENT_PARTS)), given_on=day.isoformat(),
                         how_given="schriftelijk", recorded_by=manager,
                         withdrawn_on=day.isoformat() if rng.random() < 0.05 else None, notes="")
        self.mains.append({"client": client, "plan": plan, "goals": goals, "visitor": visitor, "address": address,
                           "guide_org": guide_org or "gemeente"})

    def _month(self, main: dict[str, Any], day: date) -> None:
        """A home visit and its report, sometimes a follow-up; a plan action and its history."""
        rng, client = self.rng, main["client"]
        visit = self.add("visits", day, client_id=client, planned_on=day.isoformat(), planned_time="10:00",
                         address=main["address"], visitor_ids=json.dumps([main["visitor"]]), outcome="done",
                         reported_at=f"{day.isoformat()}T15:00:00.000000Z", reported_by=main["visitor"])
        for topic in rng.sample(TOPICS, 3):
            self.add("form_parts", day, id=part_id(visit, topic), form="visit", owner_id=visit, client_id=client,
                     part=topic,
                     answers=json.dumps({"state": rng.choice(("fine", "attention"))}), notes=rng.choice(NOTES),
                     special=topic == "health")
        if rng.random() < 0.3:
            self.add("follow_ups", day, client_id=client, visit_id=visit, description="Terugbellen over de post",
                     due_on=(day + timedelta(days=14)).isoformat(), owner_id=main["visitor"], done_on=None)
        org = rng.choices((main["guide_org"], "gemeente", "taalschool", "jobhunter"), (35, 25, 25, 15))[0]
        action = self.add("plan_actions", day, plan_id=main["plan"], client_id=client,
                          goal_id=rng.choice(main["goals"]), description=rng.choice(ACTIONS),
                          organisation_id=self.chain.organisations[org], worker_id=rng.choice(self.chain.workers[org]),
                          due_on=(day + timedelta(days=30)).isoformat(), status="planned", result_note="", done_on=None)
        for _ in range(rng.choice((1, 2))):
            self.add("plan_history", day, plan_id=main["plan"], entity="plan_actions", record_id=action,
                     field=rng.choice(("status", "due_on", "description")), old=None, new="planned",
                     author_id=self.author, at=f"{day.isoformat()}T11:00:00.000000Z")


def store_directory(database_url: str, tenant_id: str, records: list[dict[str, Any]]) -> None:
    """Directory records into a tenant, on the server's side: no device may write them (decision 0017)."""
    db = Database(database_url)
    try:
        with db.writing() as session:
            conn = session.connection()
            lock_tenant(conn, tenant_id)
            for c in records:
                fields = {k: v for k, v in c["fields"].items() if k not in NOT_STORED}
                record_store.save(conn, tenant_id, c["entity"], fields["id"], fields, current=None,
                                  user_id=None, author_id=None)
    finally:
        db.dispose()
