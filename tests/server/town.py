"""A municipality with its chain for the authorisation tests: people of every role, a caseload with
a household, consents, and a device's records as the desktop would hold them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from server import accounts
from tests.server.client import PASSWORD, Device, new_id, op

STAMP = "2026-03-02T09:00:00.000000Z"
PEOPLE = {  # user -> (organisation, role)
    "km": ("gemeente", "klantmanager"),
    "coordinator": ("gemeente", "coordinator"),
    "begeleider": ("vwn", "begeleider"),
    "taal": ("taalschool", "partner"),
    "budget": ("budgetcoach", "partner"),
    "admin": (None, "administrator"),
}
KINDS = {"gemeente": "gemeente", "vwn": "maatschappelijke_begeleiding", "taalschool": "taalschool",
         "budgetcoach": "budgetcoach"}


class Holder:
    """A device's records as the desktop would hold them: changes applied, drops honoured
    (a client dropped takes everything naming it along, as desktop/store/sync_apply.py does)."""

    def __init__(self, device: Device):
        self.device = device
        self.records: dict[tuple[str, str], dict] = {}
        self.pages: list[dict] = []

    def sync(self, limit: int | None = None) -> dict[tuple[str, str], dict]:
        while True:
            page = self.device.pull(self.device.cursor, limit)
            self.take(page)
            self.device.cursor = page["cursor"]
            if not page["more"]:
                return self.records

    def take(self, page: dict) -> None:
        self.pages.append(page)
        for change in page["changes"]:
            key = (change["entity"], change["record_id"])
            if change["fields"] is None:
                self.records.pop(key, None)
            else:
                self.records[key] = change["fields"]
        for entity, record_id in page["drop"]:
            self.records.pop((entity, record_id), None)
            if entity == "clients":
                for key in [k for k, f in self.records.items() if f.get("client_id") == record_id]:
                    del self.records[key]

    def of_clients(self) -> set[tuple[str, str]]:
        return {k for k in self.records if k[0] not in ("organisations", "workers")}


@dataclass
class Town:
    """A municipality with its chain, a caseload and a consent; ids by name."""

    server: object
    tenant_id: str
    orgs: dict[str, str]
    users: dict[str, str]
    workers: dict[str, str]
    ids: dict[str, str]
    devices: list[Device]

    def device(self, person: str) -> Device:
        device = Device(self.server.url, self.users[person])
        self.devices.append(device)
        return device

    def holder(self, person: str) -> Holder:
        holder = Holder(self.device(person))
        holder.sync()
        return holder

    def key(self, entity: str, name: str) -> tuple[str, str]:
        return entity, self.ids[name]


def make_town(server) -> Town:
    tag = uuid.uuid4().hex[:8]
    orgs, users, workers = {}, {}, {}
    with server.db.writing() as session:
        tenant = accounts.create_tenant(session, f"Gemeente {tag}")
        made = {name: accounts.create_organisation(session, tenant, f"{name} {tag}", kind)
                for name, kind in KINDS.items()}
        orgs = {name: org.id for name, org in made.items()}
        for person, (org, role) in PEOPLE.items():
            user = accounts.create_user(session, tenant, made[org] if org else None, f"{person}-{tag}",
                                        person.title(), role, PASSWORD)
            users[person], workers[person] = user.username, user.worker_id
    town = Town(server, tenant.id, orgs, users, workers, {}, [])
    _fill(town)
    return town


def _fill(town: Town) -> None:
    """Amina (with her husband Omar) is in VluchtelingenWerk's caseload and consented to share with
    the language school: contact, plan and health. Bashir is nobody's but the gemeente's."""
    names = ("amina", "omar", "bashir", "household", "intake", "language_part", "health_part", "finance_part",
             "visit", "plan", "goal_language", "goal_health", "action_taal", "action_budget", "tranche",
             "consent", "bashir_action", "bashir_consent_budget", "milestone", "history", "dismissal")
    ids = town.ids
    ids.update({name: new_id() for name in names})
    o, w = town.orgs, town.workers
    km = town.device("km")
    record = {"created_at": STAMP, "updated_at": STAMP}
    results = km.push(
        op("households", ids["household"], fields={"label": "Haddad", **record}),
        op("clients", ids["amina"], fields={"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                            "phone": "06-1", "notes": "Trauma; slaapt slecht",
                                            "household_id": ids["household"], "household_role": "hoofdpersoon",
                                            "klantmanager_id": w["km"], "begeleider_id": w["begeleider"], **record}),
        op("clients", ids["omar"], fields={"given_names": "Omar", "family_name": "Haddad", "bsn": "",
                                           "household_id": ids["household"], "household_role": "partner", **record}),
        op("clients", ids["bashir"], fields={"given_names": "Bashir", "family_name": "Noori", **record}),
        op("intakes", ids["intake"], fields={"client_id": ids["amina"], "status": "done", **record}),
        *[op("form_parts", ids[name], fields={"form": "intake", "owner_id": ids["intake"], "client_id": ids["amina"],
                                              "part": part, "special": int(part == "health"), **record})
          for name, part in (("language_part", "language"), ("health_part", "health"), ("finance_part", "finances"))],
        op("visits", ids["visit"], fields={"client_id": ids["amina"], "planned_on": "2026-03-01", **record}),
        op("plans", ids["plan"], fields={"client_id": ids["amina"], "leerroute": "B", "niveau": "B1",
                                         "leerroute_reason": "Leert snel", "ontzorgen_costs": ["huur"],
                                         "budgetcoach": True, "budgetcoach_org_id": o["budgetcoach"], **record}),
        *[op("plan_goals", ids[name], fields={"plan_id": ids["plan"], "client_id": ids["amina"], "domain": domain,
                                              **record})
          for name, domain in (("goal_language", "language"), ("goal_health", "health"))],
        op("plan_actions", ids["action_taal"], fields={
            "plan_id": ids["plan"], "client_id": ids["amina"], "organisation_id": o["taalschool"],
            "description": "Intake taalschool", "status": "planned", "result_note": "", "due_on": "2026-04-01",
            "worker_id": None, "done_on": None, **record}),
        op("plan_actions", ids["action_budget"], fields={
            "plan_id": ids["plan"], "client_id": ids["amina"], "organisation_id": o["budgetcoach"],
            "description": "Budgetplan", "status": "planned", "due_on": "2026-04-01", **record}),
        op("plan_tranches", ids["tranche"], fields={"plan_id": ids["plan"], "client_id": ids["amina"],
                                                    "amount_cents": 50000, "paid_on": "2026-03-01", **record}),
        op("plan_milestones", ids["milestone"], fields={"plan_id": ids["plan"], "client_id": ids["amina"],
                                                        "kind": "language_level", "reached_on": "2026-03-01",
                                                        **record}),
        op("plan_history", ids["history"], fields={"plan_id": ids["plan"], "entity": "plans", "field": "budgetcoach",
                                                   "new": "true", **record}),
        op("consents", ids["consent"], fields={
            "client_id": ids["amina"], "organisation_id": o["taalschool"], "parts": '["contact", "plan", "health"]',
            "given_on": "2026-03-01", "how_given": "schriftelijk", "recorded_by": w["km"], "withdrawn_on": None,
            "notes": "", **record}),
        # Bashir's action is the language school's, but he consented to the budget coach only
        op("plan_actions", ids["bashir_action"], fields={"plan_id": new_id(), "client_id": ids["bashir"],
                                                         "organisation_id": o["taalschool"], "description": "Les",
                                                         **record}),
        op("consents", ids["bashir_consent_budget"], fields={
            "client_id": ids["bashir"], "organisation_id": o["budgetcoach"], "parts": ["contact"],
            "given_on": "2026-03-01", "how_given": "mondeling", "withdrawn_on": None, **record}),
        op("duplicate_dismissals", ids["dismissal"], fields={"client_a": ids["amina"], "client_b": ids["bashir"],
                                                             **record}),
    )
    assert {r["status"] for r in results} == {"applied"}, results


def town_in(server) -> Iterator[Town]:
    """For a test file's `town` fixture: a town, its devices closed afterwards."""
    town = make_town(server)
    yield town
    for device in town.devices:
        device.close()
