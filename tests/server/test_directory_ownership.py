"""Who belongs where comes from the server's accounts, never from a record a device wrote.

The hole: a begeleider's device updated a klantmanager's `workers` record, setting its organisation
to the begeleider's own; the server took it and from then on sent that klantmanager's whole
caseload to the begeleider. Each test here failed before the directory became the administrator's
and the scope was worked out from the accounts.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server import accounts, record_store
from server.models import AuditLogEntry, Organisation
from server.write_rules import (
    ACCOUNT_FACTS,
    ASSIGN_WITHIN,
    DIRECTORY_BY_ADMINISTRATOR,
    HOUSEHOLD_NOT_HELD,
    ORGANISATION_BY_ACCOUNTS,
)
from tests.server.client import new_id, op
from tests.server.town import STAMP, Holder, Town, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}


@pytest.fixture
def town(server):
    yield from town_in(server)


def _fatima(town: Town) -> str:
    """A client of the gemeente's klantmanager alone: nobody at VluchtelingenWerk holds her."""
    client_id, intake_id = new_id(), new_id()
    town.ids.update(fatima=client_id, fatima_intake=intake_id)
    answers = town.device("km").push(
        op("clients", client_id, fields={"given_names": "Fatima", "family_name": "Said", "bsn": "999888777",
                                         "klantmanager_id": town.workers["km"], **RECORD}),
        op("intakes", intake_id, fields={"client_id": client_id, "health_notes": "Diabetes", **RECORD}))
    assert [a["status"] for a in answers] == ["applied", "applied"]
    return client_id


def _worker_record(town: Town, person: str) -> dict:
    return town.holder("km").records[("workers", town.workers[person])]


def test_a_begeleider_cannot_move_a_klantmanager_into_their_organisation(town):
    fatima = _fatima(town)
    worker = _worker_record(town, "km")
    begeleider = town.device("begeleider")
    visit = new_id()
    answers = begeleider.push(
        op("workers", town.workers["km"], "update", base=worker,
           fields={**worker, "organisation_id": town.orgs["vwn"]}),
        op("visits", visit, fields={"client_id": town.ids["amina"], "planned_on": "2026-03-05", **RECORD}))
    # Refused alone, with the sentence the desktop shows; the visit in the same push went in.
    assert [(a["status"], a["reason"]) for a in answers] == [("rejected", DIRECTORY_BY_ADMINISTRATOR),
                                                            ("applied", None)]
    holder = Holder(begeleider)
    holder.sync()
    assert ("clients", fatima) not in holder.records and ("intakes", town.ids["fatima_intake"]) not in holder.records
    assert holder.records[("workers", town.workers["km"])]["organisation_id"] == town.orgs["gemeente"]
    assert ("visits", visit) in holder.records


def test_a_worker_record_that_says_otherwise_does_not_change_anyones_scope(town, server):
    """Even a directory record rewritten behind the server's back (an older server took such pushes)
    gives nobody a caseload: the accounts say who works where."""
    fatima = _fatima(town)
    begeleider = Holder(town.device("begeleider"))
    begeleider.sync()
    worker = _worker_record(town, "km")
    with server.db.writing() as session:
        conn = session.connection()
        current = record_store.find_many(conn, town.tenant_id, [town.workers["km"]])[("workers", town.workers["km"])]
        record_store.save(conn, town.tenant_id, "workers", town.workers["km"],
                          {**worker, "organisation_id": town.orgs["vwn"]}, current=current, user_id=None,
                          author_id=None)
    begeleider.sync()  # the device that held its scope before
    assert ("clients", fatima) not in begeleider.records
    assert ("clients", fatima) not in town.holder("begeleider").records  # and a fresh one


@pytest.mark.parametrize("person", ["km", "coordinator", "begeleider", "taal"])
def test_only_an_administrator_writes_the_directory(town, person):
    device = town.device(person)
    worker = _worker_record(town, person)
    org_id = town.orgs["vwn"]
    answers = device.push(
        op("workers", town.workers[person], "update", base=worker, fields={**worker, "name": "Andere naam"}),
        op("workers", new_id(), fields={"name": "Nep", "role": "klantmanager", "organisation_id": org_id, **RECORD}),
        op("organisations", org_id, "update", fields={"name": "Andere naam", "kind": "gemeente", **RECORD}),
        op("organisations", new_id(), fields={"name": "Nep", "kind": "gemeente", **RECORD}),
        op("workers", town.workers["admin"], "delete"))
    assert [(a["status"], a["reason"]) for a in answers] == [("rejected", DIRECTORY_BY_ADMINISTRATOR)] * 5


def test_an_administrators_device_keeps_the_directory_but_not_the_accounts_facts(town):
    admin = town.device("admin")
    km = _worker_record(town, "km")
    organisations = {k[1]: v for k, v in town.holder("km").records.items() if k[0] == "organisations"}
    vwn = organisations[town.orgs["vwn"]]
    contact = new_id()
    answers = admin.push(
        op("workers", town.workers["km"], "update", base=km, fields={**km, "email": "km@gemeente.nl"}),
        op("workers", town.workers["km"], "update", base=km, fields={**km, "organisation_id": town.orgs["vwn"]}),
        op("workers", town.workers["km"], "update", base=km, fields={**km, "role": "coordinator"}),
        op("workers", town.workers["km"], "delete"),
        op("organisations", town.orgs["vwn"], "update", base=vwn, fields={**vwn, "kind": "gemeente"}),
        op("organisations", town.orgs["vwn"], "update", base=vwn, fields={**vwn, "phone": "030-1234567"}),
        op("organisations", new_id(), fields={"name": "Nieuw", "kind": "welzijn", **RECORD}),
        # A contact without an account: in the directory, in nobody's scope.
        op("workers", contact, fields={"name": "Tolk", "role": "begeleider", "organisation_id": town.orgs["vwn"],
                                       "email": "", **RECORD}))
    assert [(a["status"], a["reason"]) for a in answers] == [
        ("applied", None), ("rejected", ACCOUNT_FACTS), ("rejected", ACCOUNT_FACTS), ("rejected", ACCOUNT_FACTS),
        ("rejected", ACCOUNT_FACTS), ("applied", None), ("rejected", ORGANISATION_BY_ACCOUNTS), ("applied", None)]
    # A client assigned to the contact is not VluchtelingenWerk's caseload: the contact has no account.
    client_id = new_id()
    [answer] = town.device("km").push(op("clients", client_id, fields={
        "given_names": "Yonas", "family_name": "Tesfay", "begeleider_id": contact, **RECORD}))
    assert answer["status"] == "applied"
    assert ("clients", client_id) not in town.holder("begeleider").records


def test_an_administrator_moves_a_user_and_every_device_follows_at_its_next_pull(town, server):
    fatima = _fatima(town)
    begeleider = Holder(town.device("begeleider"))
    begeleider.sync()
    assert ("clients", fatima) not in begeleider.records
    km = Holder(town.device("km"))
    km.sync()
    with server.db.writing() as session:
        vwn = session.get(Organisation, town.orgs["vwn"])
        user, changed = accounts.change_user(session, town.users["km"], organisation=vwn)
    assert changed == ["organisation_id"]
    begeleider.sync()
    assert begeleider.records[("clients", fatima)]["bsn"] == "999888777"  # now a colleague's client
    assert begeleider.records[("workers", town.workers["km"])]["organisation_id"] == town.orgs["vwn"]
    km.sync()  # no longer the gemeente's: the whole tenant is no longer theirs
    assert ("clients", town.ids["bashir"]) not in km.records and ("clients", fatima) in km.records

    with server.db.writing() as session:
        accounts.change_user(session, town.users["km"], role="coordinator")
        lines = session.execute(select(AuditLogEntry).where(
            AuditLogEntry.tenant_id == town.tenant_id, AuditLogEntry.action == "account",
            AuditLogEntry.record_id == town.workers["km"]).order_by(AuditLogEntry.id)).scalars().all()
    assert [line.fields for line in lines] == [["organisation_id"], ["role"]]
    assert all(line.user_id is None and line.device_id is None for line in lines)  # the server's command line


def test_a_begeleider_assigns_clients_within_their_organisation_or_to_the_municipality(town):
    begeleider = town.device("begeleider")
    amina = town.holder("begeleider").records[("clients", town.ids["amina"])]
    taal_worker, km_worker = town.workers["taal"], town.workers["km"]
    answers = begeleider.push(
        op("clients", town.ids["amina"], "update", base=amina, fields={**amina, "begeleider_id": taal_worker}),
        op("clients", town.ids["amina"], "update", base=amina, fields={**amina, "klantmanager_id": new_id()}),
        op("clients", new_id(), fields={"given_names": "Nieuw", "family_name": "X", "begeleider_id": taal_worker,
                                        **RECORD}),
        op("clients", new_id(), fields={"given_names": "Nieuw", "family_name": "Y", "klantmanager_id": km_worker,
                                        "begeleider_id": town.workers["begeleider"], **RECORD}),
        op("clients", town.ids["amina"], "update", base=amina, fields={**amina, "phone": "06-2"}))
    assert [(a["status"], a["reason"]) for a in answers] == [
        ("rejected", ASSIGN_WITHIN), ("rejected", ASSIGN_WITHIN), ("rejected", ASSIGN_WITHIN),
        ("applied", None), ("applied", None)]
    # The gemeente hands a client to another organisation.
    [answer] = town.device("km").push(op("clients", town.ids["amina"], "update", base=amina,
                                         fields={**amina, "begeleider_id": taal_worker}))
    assert answer["status"] == "applied"


def test_a_begeleider_cannot_pull_clients_in_through_a_household(town):
    """Household members follow their main person: joining another's household, or making one's
    client its main person, would bring in its members."""
    km = town.device("km")
    household, sister = new_id(), new_id()
    assert {a["status"] for a in km.push(
        op("households", household, fields={"label": "Noori", **RECORD}),
        op("clients", sister, fields={"given_names": "Layla", "family_name": "Noori", "household_id": household,
                                      "household_role": "partner", **RECORD}),
    )} == {"applied"}
    begeleider = town.device("begeleider")
    amina = town.holder("begeleider").records[("clients", town.ids["amina"])]
    own_household = new_id()
    answers = begeleider.push(
        op("clients", town.ids["amina"], "update", base=amina,
           fields={**amina, "household_id": household, "household_role": "hoofdpersoon"}),
        op("clients", new_id(), fields={"given_names": "Nep", "family_name": "Noori", "household_id": household,
                                        "household_role": "hoofdpersoon", **RECORD}),
        op("households", own_household, fields={"label": "Nieuw", **RECORD}),
        op("clients", new_id(), fields={"given_names": "Kind", "family_name": "Haddad",
                                        "household_id": town.ids["household"], "household_role": "kind", **RECORD}),
        op("clients", new_id(), fields={"given_names": "Eigen", "family_name": "Nieuw", "household_id": own_household,
                                        "household_role": "hoofdpersoon", **RECORD}))
    assert [(a["status"], a["reason"]) for a in answers] == [
        ("rejected", HOUSEHOLD_NOT_HELD), ("rejected", HOUSEHOLD_NOT_HELD), ("applied", None), ("applied", None),
        ("applied", None)]
    assert ("clients", sister) not in town.holder("begeleider").records
