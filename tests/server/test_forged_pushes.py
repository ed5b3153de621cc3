"""Forged pushes, generated: after any sequence of them, what each device receives on a fresh pull
is exactly what its account allows, on SQLite and on PostgreSQL.

Devices of every role push random operations: any record type (and some the server does not
keep), ids of existing records or new ones, fields naming any client, organisation, worker or
household, with or without a base. Whatever the server accepted, the expectation is worked out
here from the accounts (who works where, in which role: tests/server/town.py PEOPLE) and the
records as stored, by the rules of docs/decisions/0011 and 0017 written out again, never with
the server's own scope functions.
"""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from server import accounts, auth
from server.accounts import ROLES
from server.entities import SYNCED_ENTITIES
from server.record_store import RECORDS
from tests.depth import examples
from tests.server.client import HEADERS, TLS, Device, op
from tests.server.town import KINDS, PEOPLE, STAMP, Holder, Town, make_town

DIRECTORY = ("organisations", "workers", "social_map_items", "workshop_sessions")  # every device of the tenant
# receives these
UNOWNED = ("sync_conflicts", "duplicate_dismissals", "monitoring_meetings")  # staff see these when they name no client
PARTNER_PARTS = {"contact", "plan", "intake", "finances", "visits", "stories"}  # never health
JOURNEY = ("stories", "stage_ratings")  # a partner writes these too: its own organisation's, where it may read them
OWN_ORGANISATION = ("consents", "sync_conflicts", "plan_actions", "referrals")
BY_ENTITY = {"clients": "name", "consents": "name", "referrals": "name", "sync_conflicts": "name",
             "plan_actions": "plan", "plans": "plan", "plan_milestones": "plan", "handovers": "intake",
             "intakes": "intake", "workshop_invitations": "plan",
             "plan_tranches": "finances", "plan_debt_signals": "finances", "visits": "visits", "follow_ups": "visits",
             "stage_ratings": "stories"}
EXAMPLES = examples(25)  # a deep run's 25: about 20 s per database, each example makes a town of its own


SPARE = [str(uuid.UUID(int=i + 1)) for i in range(4)]  # picked again and again: made, updated, deleted
HOUSEHOLDS = ["household", str(uuid.UUID(int=100)), str(uuid.UUID(int=101))]  # the town's, and two more
CLIENTS = ["amina", "omar", "bashir", *SPARE[:2]]
ORGANISATIONS = [*KINDS, None]
WORKERS = [*PEOPLE, "", None, "nobody"]
ENTITIES = [*sorted(SYNCED_ENTITIES), "devices", "accounts"]

# A forged operation in names, made into ids for each town: (entity, kind, target, fields, with base).
# target: ("same", i) the i-th record of that kind the town has, ("spare", i), or ("new", i).
FIELDS = {
    "client_id": st.sampled_from([*CLIENTS, None]),
    "organisation_id": st.sampled_from(ORGANISATIONS),
    "klantmanager_id": st.sampled_from(WORKERS),
    "begeleider_id": st.sampled_from(WORKERS),
    "household_id": st.sampled_from([*HOUSEHOLDS, "", None]),
    "household_role": st.sampled_from(["hoofdpersoon", "partner", "kind", "", None]),
    "parts": st.sampled_from([["contact"], ["plan", "health"], ["intake", "visits", "finances"], '["plan"]',
                              ["stories"], '["stories", "plan"]']),
    "life_domain": st.sampled_from(["work", "health", "", None]),
    "withdrawn_on": st.sampled_from([None, "2026-03-01"]),
    "shared_parts": st.sampled_from([[], ["contact"], ["plan", "health"], '["finances"]']),
    "domain": st.sampled_from(["language", "health", "finances"]),
    "form": st.sampled_from(["intake", "visit", "handover", "other"]),
    "part": st.sampled_from(["language", "health", "finances"]),
    "status": st.sampled_from(["planned", "done"]),
    "role": st.sampled_from(ROLES),
    "kind": st.sampled_from(["gemeente", "taalschool"]),
    "name": st.just("Nep"),
    "given_names": st.just("Nep"),
    "deleted": st.sampled_from([0, 1]),
}
OPERATION = st.tuples(
    st.sampled_from(ENTITIES), st.sampled_from(["insert", "update", "delete"]),
    st.tuples(st.sampled_from(["same", "same", "spare", "new"]), st.integers(0, 7)),
    st.fixed_dictionaries({}, optional=FIELDS), st.booleans())
PUSHES = st.lists(st.tuples(st.sampled_from(sorted(PEOPLE)), st.lists(OPERATION, min_size=1, max_size=4)),
                  min_size=1, max_size=4)


class World:
    """The town, its records of each kind in a fixed order, and whose organisation sent each client first."""

    def __init__(self, town: Town, clients: dict[str, httpx.Client]):
        self.town = town
        self.devices = signed_in(town, clients)
        _journey(town, self.devices["km"])
        stored = self.stored()
        entity_of = {record_id: entity for entity, record_id in stored}
        self.of_entity: dict[str, list[str]] = {"workers": list(town.workers.values()),
                                                "organisations": list(town.orgs.values())}
        for record_id in town.ids.values():  # in the order the town made them
            self.of_entity.setdefault(entity_of[record_id], []).append(record_id)
        self.origins = {key[1]: "gemeente" for key in stored if key[0] == "clients"}

    def stored(self) -> dict[tuple[str, str], tuple[str | None, dict]]:
        return stored_records(self.town)

    def id_of(self, kind: str, name: str | None) -> str | None:
        """A name of the town (a client, household, organisation or worker) as its id in this town."""
        ids = {"client": self.town.ids, "household": self.town.ids, "org": self.town.orgs,
               "worker": self.town.workers}[kind]
        return ids.get(name, name) if name else name  # spare ids, "nobody", "" and None stand for themselves

    def operation(self, spec: tuple, stored: dict) -> dict:
        entity, kind, (how, index), symbolic, with_base = spec
        same = self.of_entity.get(entity, [])
        record_id = same[index % len(same)] if how == "same" and same else \
            SPARE[index % len(SPARE)] if how != "new" else str(uuid.uuid4())
        fields = {**symbolic, **_stamps()}
        for field, kind_of in (("client_id", "client"), ("household_id", "household"), ("organisation_id", "org"),
                               ("klantmanager_id", "worker"), ("begeleider_id", "worker")):
            if field in fields:
                fields[field] = self.id_of(kind_of, fields[field])
        current = stored.get((entity, record_id))
        base = {**current[1]} if with_base and current is not None else None
        return op(entity, record_id, kind, fields=None if kind == "delete" else fields, base=base)


def stored_records(town: Town) -> dict[tuple[str, str], tuple[str | None, dict]]:
    """(entity, id) -> (the client it belongs to, its fields), as the server keeps them."""
    with town.server.db.reading() as session:
        rows = session.execute(select(RECORDS.c.entity, RECORDS.c.record_id, RECORDS.c.client_id, RECORDS.c.data)
                               .where(RECORDS.c.tenant_id == town.tenant_id)).all()
    return {(e, r): (c, d) for e, r, c, d in rows}


def _journey(town: Town, km: Device) -> None:
    """Stories and ratings to forge against: Amina shares her experiences with the language school,
    which wrote one story (one about health too); VluchtelingenWerk rated a stage of hers; the budget
    coach wrote one of Bashir's."""
    o, ids = town.orgs, town.ids
    made = {"consent_stories": ("consents", {"client_id": ids["amina"], "organisation_id": o["taalschool"],
                                             "parts": ["stories"], "withdrawn_on": None}),
            "story_taal": ("stories", {"client_id": ids["amina"], "organisation_id": o["taalschool"],
                                       "life_domain": "work", "title": "Werk"}),
            "story_health": ("stories", {"client_id": ids["amina"], "organisation_id": o["taalschool"],
                                         "life_domain": "health", "title": "Slapen"}),
            "rating_vwn": ("stage_ratings", {"client_id": ids["amina"], "organisation_id": o["vwn"], "rating": "-"}),
            "story_budget": ("stories", {"client_id": ids["bashir"], "organisation_id": o["budgetcoach"],
                                         "title": "Geld"})}
    ids.update({name: str(uuid.uuid4()) for name in made})
    answers = km.push(*[op(entity, ids[name], fields={**fields, **_stamps()})
                        for name, (entity, fields) in made.items()])
    assert {a["status"] for a in answers} == {"applied"}, answers


def signed_in(town: Town, clients: dict[str, httpx.Client]) -> dict[str, Device]:
    """A device for each person, signed in on the server's side, over one HTTP client per person for
    the whole test: a login over HTTP, or a new client, costs more than the rest of an example."""
    made = {}
    with town.server.db.writing() as session:
        for person, username in town.users.items():
            _, token = auth.sign_in_device(session, accounts.find_user(session, username), "laptop")
            device = object.__new__(Device)  # past Device.__init__, which signs in over HTTP
            device.http, device.cursor = clients[person], 0
            device.http.headers["Authorization"] = f"Bearer {token}"
            made[person] = device
    return made


def _stamps() -> dict:
    return {"created_at": STAMP, "updated_at": STAMP}


def expected(world: World, person: str, stored: dict) -> set[tuple[str, str]]:
    """What this person's account allows, from the accounts and the stored records alone."""
    org_name, role = PEOPLE[person]
    org = world.town.orgs.get(org_name)
    everything = set(stored)
    directory = {k for k in everything if k[0] in DIRECTORY}
    if role == "administrator" or org is None:
        return directory
    if org_name == "gemeente" and role in ("klantmanager", "coordinator"):
        return everything
    if role == "partner":
        return directory | _partner(org, stored)
    return directory | _caseload(world, org_name, stored)


def _caseload(world: World, org_name: str, stored: dict) -> set[tuple[str, str]]:
    colleagues = {world.town.workers[p] for p, (o, _) in PEOPLE.items() if o == org_name}  # the accounts
    clients = {k[1]: data for k, (_, data) in stored.items() if k[0] == "clients"}
    mine = {c for c, d in clients.items()
            if d.get("klantmanager_id") in colleagues or d.get("begeleider_id") in colleagues
            or (not d.get("klantmanager_id") and not d.get("begeleider_id") and world.origins.get(c) == org_name)}
    households = {clients[c].get("household_id") for c in mine} - {None, ""}
    followed = {clients[c]["household_id"] for c in mine if clients[c].get("household_id")
                and (clients[c].get("household_role") or "hoofdpersoon") == "hoofdpersoon"}
    mine |= {c for c, d in clients.items() if d.get("household_id") in followed}
    return {k for k, (client_id, _) in stored.items()
            if client_id in mine or (k[0] == "households" and k[1] in households)
            or (client_id is None and k[0] in UNOWNED)}


def _partner(org: str, stored: dict) -> set[tuple[str, str]]:
    grants: dict[str, set[str]] = {}
    for (entity, _), (client_id, data) in stored.items():
        if entity == "consents" and client_id and data.get("organisation_id") == org \
                and not data.get("deleted") and not data.get("withdrawn_on"):
            parts = data.get("parts")
            parts = json.loads(parts) if isinstance(parts, str) else parts or []
            grants.setdefault(client_id, {"name"}).update(set(parts) & PARTNER_PARTS)
    seen = set()
    for (entity, record_id), (client_id, data) in stored.items():
        grant = grants.get(client_id)
        if grant is None or entity in DIRECTORY:
            continue
        own = entity not in OWN_ORGANISATION or data.get("organisation_id") == org
        if _part(entity, data) in grant and own and (entity != "plan_goals" or "plan" in grant):
            seen.add((entity, record_id))
    return seen


def _listed(value) -> set:
    value = json.loads(value) if isinstance(value, str) else value
    return set(value) if isinstance(value, list) else set()


def _shares_only_consented(stored: dict, referral: dict) -> bool:
    """A referral shares nothing, or only what the client's consents in force for its organisation cover."""
    shared = _listed(referral.get("shared_parts"))
    if not shared:
        return True
    covered = set()
    for (entity, _), (client_id, data) in stored.items():
        if entity == "consents" and client_id == referral.get("client_id") \
                and data.get("organisation_id") == referral.get("organisation_id") \
                and not data.get("deleted") and not data.get("withdrawn_on"):
            covered |= _listed(data.get("parts"))
    return "health" not in shared and shared <= covered


def _part(entity: str, data: dict) -> str | None:
    if entity == "plan_goals":
        return {"health": "health", "finances": "finances"}.get(data.get("domain"), "plan")
    if entity == "stories":
        return "health" if data.get("life_domain") == "health" else "stories"
    if entity == "form_parts":
        if data.get("form") == "visit":
            return "visits"
        if data.get("part") == "health" or data.get("special") in (True, 1, "1"):
            return "health"
        if data.get("part") == "finances":
            return "finances"
        return "intake" if data.get("form") in ("handover", "intake") else "health"
    return BY_ENTITY.get(entity)


@pytest.fixture
def clients(server):
    made = {person: httpx.Client(base_url=server.url, headers=HEADERS, timeout=30, verify=TLS)
            for person in PEOPLE}
    yield made
    for client in made.values():
        client.close()


# Holes found, always tried first: a begeleider moving the gemeente's klantmanager into their
# organisation (the reported one); making their client the main person of a household with someone
# else in it.
FATIMA = ("km", [("clients", "insert", ("spare", 0), {"klantmanager_id": "km", "given_names": "Fatima"}, False)])
HOLE_WORKER = [FATIMA,
               ("begeleider", [("workers", "update", ("same", 0), {"organisation_id": "vwn"}, True)])]
HOLE_HOUSEHOLD = [("km", [("clients", "update", ("same", 2), {"household_id": HOUSEHOLDS[1],
                                                                "household_role": "partner"}, True)]),
                  ("begeleider", [("clients", "update", ("same", 0), {"household_id": HOUSEHOLDS[1],
                                                                       "household_role": "hoofdpersoon"}, True)])]

# A household made under the id of a client that is not the device's, then that client taken on.
HOLE_SAME_ID = [FATIMA,
                ("begeleider", [("households", "insert", ("spare", 0), {"name": "Nep"}, False),
                                ("clients", "update", ("spare", 0), {"begeleider_id": "begeleider"}, True)])]

# Referrals sharing with an organisation the client consented to (the language school: contact, plan,
# health) and with one she did not (the budget coach), by staff and by a partner.
REFERRALS = [("begeleider", [("referrals", "insert", ("new", 0), {"client_id": "amina", "organisation_id": org,
                                                                   "shared_parts": parts}, False)
                             for org, parts in (("taalschool", ["contact"]), ("budgetcoach", ["contact"]),
                                                ("taalschool", ["plan", "health"]), ("budgetcoach", []))]),
             ("taal", [("referrals", "insert", ("new", 1), {"client_id": "amina", "organisation_id": "taalschool",
                                                            "shared_parts": []}, False)])]


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(pushes=HOLE_WORKER)
@example(pushes=HOLE_HOUSEHOLD)
@example(pushes=HOLE_SAME_ID)
@example(pushes=REFERRALS)
@given(pushes=PUSHES)
def test_after_any_forged_pushes_each_device_receives_exactly_what_its_account_allows(server, clients, pushes):
    town = make_town(server)  # a town of its own: each example starts from the same records
    try:
        _forge(World(town, clients), pushes)
    finally:
        for device in town.devices:
            device.close()


def _forge(world: World, pushes: list) -> None:
    for person, specs in pushes:
        before = world.stored()
        ops = [world.operation(spec, before) for spec in specs]
        answers = world.devices[person].push(*ops)
        assert all(a["status"] != "rejected" or a["reason"] for a in answers)
        after = world.stored()
        if not any(o["entity"] == "consents" for o in ops):  # else a later consent op may have changed it
            for o, a in zip(ops, answers, strict=True):
                if o["entity"] == "referrals" and a["status"] == "applied" and o["op"] != "delete":
                    assert _shares_only_consented(after, after[("referrals", o["record_id"])][1]), (person, o)
        for key in after.keys() - before.keys():  # a new client: its sender's, until assigned
            if key[0] == "clients":
                world.origins[key[1]] = PEOPLE[person][0]
        # Nobody's own push brings them a client that was there before and not theirs (the scope
        # rules below would take the pushed fields for granted: this is what keeps them honest).
        taken = {k for k in expected(world, person, after) - expected(world, person, before)
                 if k[0] == "clients" and k in before}
        assert not taken, (person, taken)
        if PEOPLE[person][1] == "partner":  # what a partner wrote of the journey: its own, and for its eyes
            written = {k for k in after if k[0] in JOURNEY and after[k] != before.get(k)}
            org = world.town.orgs[PEOPLE[person][0]]
            assert all(after[k][1].get("organisation_id") == org for k in written), (person, written)
            assert written <= expected(world, person, after), (person, written)
            if before:  # nor did it change or remove another's
                assert all(before[k][1].get("organisation_id") == org for k in written if k in before)
    stored = world.stored()
    for person in PEOPLE:  # a fresh pull, from the start: the devices only pushed so far
        holder = Holder(world.devices[person])
        holder.sync()
        assert set(holder.records) == expected(world, person, stored), person
        if PEOPLE[person][1] == "partner":
            assert not any("bsn" in f for (e, _), f in holder.records.items() if e == "clients")
            # Again in pages of two: every page after the first is the usual pull, filtered by what
            # the server keeps of the device (its clients, each with its grant), not by the scope's lists.
            world.devices[person].cursor = 0
            paged = Holder(world.devices[person])
            paged.sync(limit=2)
            assert paged.records == holder.records, person
