"""Every record type x every role x create / update / delete / read, on SQLite and PostgreSQL.

The grid is generated from the server's entity list (server/entities.py SYNCED_ENTITIES): a new
record type lands here by itself, as a client's record that staff of the caseload write and read
and no one else does, until the tables below say otherwise (docs/decisions/0017). What each role
may do is written out here from the decisions, not asked of the server's own rules.
"""

from __future__ import annotations

import json

import pytest

from domain.monitoring.settings_record import MONITORING_SETTINGS_ID
from server.entities import SYNCED_ENTITIES
from tests.server.client import new_id, op
from tests.server.town import PEOPLE, STAMP, Holder, Town, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}
ENTITIES = sorted(SYNCED_ENTITIES)
STAFF = ("km", "coordinator", "begeleider")  # the gemeente's directing roles, and a begeleider of the caseload
DIRECTORY = ("organisations", "workers")
# The municipality's own records, of no client: every device receives them, staff of the chain write them.
TENANT_WIDE = ("workshop_sessions",)
KAART = ("social_map_items",)  # the sociale kaart: every device reads it, coordinators and administrators write it
KAART_EDITORS = ("coordinator", "admin")
# The last in a push: changing them first would change what the others in the push belong to.
LAST = ("households", "clients")

# What a partner holding the client (consent: contact, plan, health, stories) may do beyond reading it:
# besides its own action, the journey's stories and ratings of its own organisation.
JOURNEY = {"stories", "stage_ratings"}
PARTNER_WRITES = {
    "create": {"plan_history", "sync_conflicts", *JOURNEY},  # the history line and conflict of its own action
    "update": {"plan_actions", "sync_conflicts", *JOURNEY},  # its own action's status; the conflict it resolves
    "delete": {"sync_conflicts", *JOURNEY},
}
# What a partner holding the client with contact, plan, health and stories receives (health never: the
# role's ceiling).
PARTNER_READS = {"clients", "consents", "plans", "plan_goals", "plan_milestones", "plan_actions", "sync_conflicts",
                 "workshop_invitations",  # the welcome workshop goes with the plan
                 "referrals",  # a referral to its own organisation, as far as the consent goes
                 *JOURNEY}
ADMIN_WRITES = {"create": {"workers"}, "update": {"workers", "organisations"}, "delete": {"workers"}}
# The municipality's own records (no client): its coordinators and the administrator write them, every
# staff device of the tenant receives them, partners never (docs/decisions/0034).
TENANT = {"monitoring_meetings"}
TENANT_WRITERS = ("coordinator", "admin")
TENANT_READERS = STAFF
# The municipality's one record of monitoring settings (decision 0038): a coordinator of the municipality or
# an administrator changes it; no one makes a second one (the grid's "create" names a new id); every staff
# device receives it, partners and the administrator's directory device do not.
SETTINGS = "monitoring_settings"
SETTINGS_WRITERS = {"create": set(), "update": {"coordinator", "admin"}, "delete": {"coordinator", "admin"}}


def may_write(person: str, action: str, entity: str) -> bool:
    if entity == SETTINGS:
        return person in SETTINGS_WRITERS[action]
    if entity in KAART:
        return person in KAART_EDITORS
    if entity in DIRECTORY:  # the administrator's, and only where no account stands behind it
        return person == "admin" and entity in ADMIN_WRITES[action]
    if entity in TENANT:
        return person in TENANT_WRITERS
    if person in STAFF:
        return True
    if person == "taal":
        return entity in PARTNER_WRITES[action]
    return False  # the budget coach (no consent for this client) and the administrator


def may_read(person: str, entity: str) -> bool:
    if entity in TENANT:
        return person in TENANT_READERS
    if entity in DIRECTORY or entity in TENANT_WIDE or entity in KAART or person in STAFF:
        return True
    return person == "taal" and entity in PARTNER_READS


def kaart_item(record_id: str) -> dict:
    """A sociale kaart record: one HSDS organization, its id the record's."""
    hsds = {"id": record_id, "name": "Taalhuis", "description": "Taalcafé in de bibliotheek"}
    return {"kind": "organization", "name": "Taalhuis", "hsds": json.dumps(hsds), **RECORD}


@pytest.fixture
def town(server):
    yield from town_in(server)


@pytest.fixture(scope="module", params=["sqlite", "pg"])
def read_files(request):
    """A town with its files, made once per test process and database for the tests that only read
    or push what the server refuses."""
    for town in town_in(request.getfixturevalue(f"{request.param}_server")):
        yield Files(town)


class Files:
    """A client in VluchtelingenWerk's caseload who consented to share contact, plan, health and their
    experiences with the language school, with one record of every kind (the story and rating the
    language school's); made by the gemeente's klantmanager."""

    def __init__(self, town: Town):
        self.town, o, w = town, town.orgs, town.workers
        self.client, self.household, self.plan, self.action = new_id(), new_id(), new_id(), new_id()
        self.ids = {entity: new_id() for entity in ENTITIES}
        self.ids.update(clients=self.client, households=self.household, plans=self.plan, plan_actions=self.action,
                        organisations=o["vwn"], monitoring_settings=MONITORING_SETTINGS_ID)
        self.contact = self.ids["workers"]
        own = {"client_id": self.client, **RECORD}
        samples = {
            "clients": {"given_names": "Hana", "family_name": "Yusuf", "bsn": "123456782", "notes": "",
                        "klantmanager_id": w["km"], "begeleider_id": w["begeleider"], "household_id": self.household,
                        "household_role": "hoofdpersoon", **RECORD},
            "households": {"label": "Yusuf", **RECORD},
            "plans": {**own, "leerroute": "B"},
            "plan_actions": {**own, "plan_id": self.plan, "organisation_id": o["taalschool"], "status": "planned",
                             "description": "Les"},
            "plan_goals": {**own, "plan_id": self.plan, "domain": "language"},
            "form_parts": {**own, "form": "intake", "part": "language", "special": 0},
            "consents": {**own, "organisation_id": o["taalschool"], "parts": ["contact", "plan", "health", "stories"],
                         "withdrawn_on": None},
            "stories": {**own, "organisation_id": o["taalschool"], "stage": "plan", "told_by_kind": "person",
                        "told_on": "2026-03-01", "title": "Les", "text_nl": "Goed", "consent_use": "none"},
            "stage_ratings": {**own, "organisation_id": o["taalschool"], "stage": "plan", "rating": "+",
                              "rated_by_kind": "partner", "rated_on": "2026-03-01"},
            "plan_history": {"plan_id": self.plan, "entity": "plan_actions", "record_id": self.action,
                             "field": "status", **RECORD},
            "sync_conflicts": {**own, "entity": "plan_actions", "record_id": self.action, "field": "status",
                               "organisation_id": o["taalschool"]},
            "duplicate_dismissals": {"client_a": self.client, "client_b": town.ids["bashir"], **RECORD},
            "workers": {"name": "Tolk", "role": "begeleider", "organisation_id": o["vwn"], "email": "", **RECORD},
            "workshop_sessions": {"held_on": "2026-03-10", "starts_at": "14:00", "place": "Stadhuis",
                                  "languages": '["nl", "ar"]', "partners_present": f'["{o["taalschool"]}"]', **RECORD},
            "workshop_invitations": {**own, "session_id": self.ids["workshop_sessions"], "invited_on": "2026-03-01",
                                     "status": "invited", "card_handed_out": 0},
            "monitoring_meetings": {"held_on": "2026-03-01", "title": "Overleg maart", "participants": [],
                                    "stories": [], "decisions": ["Meer taalcoaches"], "actions": [], **RECORD},
            "social_map_items": kaart_item(self.ids["social_map_items"]),
            "referrals": {**own, "service_id": self.ids["social_map_items"], "organisation_id": o["taalschool"],
                          "referred_on": "2026-03-02", "referred_by": w["km"], "origin": "client_file",
                          "shared_parts": '["contact"]', "consent_given_on": "2026-03-01",
                          "consent_how": "mondeling", "note": "Taalcafé op woensdag"},
            SETTINGS: {"housing_norm_weeks": 10, "quotas": '{"2025-H1": 48}', "journey_stages": "[]", **RECORD},
        }
        self.samples = {entity: samples.get(entity, own) for entity in ENTITIES}
        first = [e for e in ("households", "clients", "plans", "plan_actions", "consents")]
        made = [e for e in first + ENTITIES if e not in DIRECTORY and e not in TENANT and e not in KAART
                and e != SETTINGS]
        answers = town.device("km").push(*[op(e, self.ids[e], fields=self.samples[e]) for e in dict.fromkeys(made)])
        answers += town.device("coordinator").push(op(SETTINGS, self.ids[SETTINGS], fields=self.samples[SETTINGS]))
        assert {a["status"] for a in answers} == {"applied"}, answers
        answers = town.device("coordinator").push(*[op(e, self.ids[e], fields=self.samples[e])
                                                     for e in (*TENANT, *KAART)])
        assert {a["status"] for a in answers} == {"applied"}, answers
        [answer] = town.device("admin").push(op("workers", self.contact, fields=self.samples["workers"]))
        assert answer["status"] == "applied", answer
        self.stored = town.holder("km").records  # everything as it stands before the push under test
        self.samples["organisations"] = self.stored[("organisations", o["vwn"])]

    def ops(self, action: str) -> list[dict]:
        """One operation of this kind per record type, the ones the others belong to last."""
        order = [e for e in ENTITIES if e not in LAST] + list(LAST)
        return [self._op(action, entity) for entity in order]

    def _op(self, action: str, entity: str) -> dict:
        sample = {**self.samples[entity], "deleted": False}  # as stored: the base of an update or delete
        if action == "create":
            record_id = new_id()
            fields = {**sample, "household_id": new_id()} if entity == "clients" else \
                {**kaart_item(record_id), "deleted": False} if entity in KAART else sample
            return op(entity, record_id, fields=fields)
        sample["id"] = self.ids[entity]
        if action == "delete":
            return op(entity, self.ids[entity], "delete", base=sample)
        change = {"status": "done"} if entity in ("plan_actions", "sync_conflicts") else \
            {"phone": "030-1234567"} if entity == "organisations" else {"notes": "bijgewerkt"}
        return op(entity, self.ids[entity], "update", base=sample, fields={**sample, **change})


@pytest.mark.parametrize("action", ["create", "update", "delete"])
@pytest.mark.parametrize("person", sorted(PEOPLE))
def test_every_role_writes_exactly_the_record_types_it_owns(town, person, action):
    files = Files(town)
    ops = files.ops(action)
    answers = town.device(person).push(*ops)
    got = {o["entity"]: a["status"] == "applied" for o, a in zip(ops, answers, strict=True)}
    want = {o["entity"]: may_write(person, action, o["entity"]) for o in ops}
    assert {e for e in got if got[e] != want[e]} == set(), f"{person} {action}: applied {got}"
    for a in answers:
        if a["status"] == "rejected":  # a sentence the desktop shows, and nothing of it applied
            assert a["reason"][0].isupper() and a["reason"].endswith("."), a
    stored = town.holder("km").records
    for o, a in zip(ops, answers, strict=True):
        key = (o["entity"], o["record_id"])
        if a["status"] == "rejected":
            assert stored.get(key) == files.stored.get(key), key


@pytest.mark.parametrize("person", sorted(PEOPLE))
def test_every_role_reads_exactly_the_record_types_it_may(read_files, person):
    files, town = read_files, read_files.town
    holder = Holder(town.device(person))
    holder.sync()
    got = {e for e in ENTITIES if (e, files.ids[e]) in holder.records}
    assert got == {e for e in ENTITIES if may_read(person, e)}


@pytest.mark.parametrize("entity", ["devices", "accounts", "users", "client_origins", "device_scopes"])
def test_what_the_server_keeps_of_its_own_is_no_record_type_a_device_can_push(read_files, entity):
    town = read_files.town
    for person in PEOPLE:
        [answer] = town.device(person).push(op(entity, new_id(), fields={"organisation_id": town.orgs["vwn"],
                                                                         "role": "coordinator", **RECORD}))
        assert answer["status"] == "rejected" and entity in answer["reason"]
