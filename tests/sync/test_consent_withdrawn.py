"""Consent and caseload on real encrypted stores against a real server: a partner's laptop holds
a client only while she consents, and only the parts she consented to; a begeleider's laptop
holds a client only while she is in their organisation's caseload."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from desktop.store.errors import RecordNotFound
from desktop.store.schema import SYNCED_TABLES, metadata
from server import accounts
from server.models import Organisation
from server.write_rules import PARTNER_ACTIONS_ONLY
from tests.sync.conftest import PASSWORD

TODAY = date(2026, 3, 10)


def _add_person(tenant, key: str, org_name: str, kind: str, role: str) -> str:
    """A user of a new organisation of the tenant; returns the organisation's id."""
    with tenant.db.writing() as session:
        t = accounts.find_tenant(session, tenant.tenant_id)
        org = accounts.create_organisation(session, t, f"{org_name} {tenant.tenant_id[:8]}", kind)
        username = f"{key}-{tenant.tenant_id[:8]}"
        accounts.create_user(session, t, org, username, key.title(), role, PASSWORD)
    tenant.usernames[key] = username
    return org.id


def _rows_naming(store, client_id: str) -> dict[str, int]:
    """Rows of every synced table that are the client or name her: what the laptop still holds."""
    counts = {}
    with store.engine.connect() as conn:
        for table in SYNCED_TABLES:
            column = "id" if table == "clients" else "client_id"
            if column in metadata.tables[table].c:
                n = conn.execute(text(f'SELECT count(*) FROM "{table}" WHERE "{column}" = :c'), {"c": client_id})
                if (count := n.scalar_one()):
                    counts[table] = count
    return counts


@pytest.fixture
def chain(devices):
    """The gemeente's klantmanager, with Amina's file: a plan with an action for the language school
    and one for the budget coach, and an intake with a health part."""
    tenant = devices.tenant
    school = _add_person(tenant, "taalschool", "Taalschool", "taalschool", "partner")
    coach = _add_person(tenant, "budgetcoach", "Budgetcoach", "budgetcoach", "partner")
    gemeente = devices.new("gemeente", "gemeente")
    gemeente.sync()  # the directory: the organisations to name
    store = gemeente.store
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                  "phone": "0612345678", "notes": "Slaapt slecht sinds de vlucht"})
    plan = store.plans.start(amina, seed_goals=False)
    lesson = store.plans.actions.add(plan, {"description": "Intake taalschool", "due_on": "2026-04-01",
                                            "organisation_id": school})
    store.plans.actions.add(plan, {"description": "Budgetplan maken", "due_on": "2026-04-01",
                                   "organisation_id": coach})
    intake = store.intakes.start(amina)
    store.intakes.save_part(intake, amina, "health", {})
    gemeente.sync()
    return {"gemeente": gemeente, "amina": amina, "plan": plan, "lesson": lesson, "school": school}


def test_the_school_holds_what_she_consented_to_and_loses_it_all_when_she_withdraws(devices, chain):
    gemeente, amina, school = chain["gemeente"], chain["amina"], chain["school"]
    laptop = devices.new("taalschool", "taalschool")
    laptop.sync()
    assert _rows_naming(laptop.store, amina) == {}  # no consent: nothing of her

    consent = gemeente.store.consents.give(amina, {"organisation_id": school, "parts": ["contact", "plan"],
                                                   "given_on": "2026-03-01", "how_given": "schriftelijk"}, today=TODAY)
    gemeente.sync()
    report = laptop.sync()
    # The name and number (no BSN, no notes), the consent, the plan and the school's own action only.
    assert _rows_naming(laptop.store, amina) == {"clients": 1, "consents": 1, "plans": 1, "plan_actions": 1}
    held = laptop.store.clients.get(amina)
    assert (held["given_names"], held["phone"], held["bsn"], held["notes"]) == ("Amina", "0612345678", "", "")
    [action] = laptop.store.plans.get(chain["plan"])["actions"]
    assert action["id"] == chain["lesson"]
    assert report.pulled >= 4

    # The school reports on its action; its change to her file is refused and set aside, never applied.
    laptop.store.plans.actions.update(chain["lesson"], {"status": "done", "done_on": "2026-03-09"})
    laptop.store.clients.update(amina, {"phone": "0600000000"})
    report = laptop.sync()
    assert report.rejected == 1
    [refused] = laptop.store.sync.rejects()
    assert (refused["entity"], refused["reason"]) == ("clients", PARTNER_ACTIONS_ONLY)
    gemeente.sync()
    assert gemeente.store.clients.get(amina)["phone"] == "0612345678"
    assert gemeente.store.plans.actions.get(chain["lesson"])["status"] == "done"

    # Withdrawn while the school's laptop is offline: at its next sync she is gone from its store.
    gemeente.store.consents.withdraw(consent, on=TODAY, today=TODAY)
    gemeente.sync()
    report = laptop.sync()
    assert report.dropped >= 1
    assert _rows_naming(laptop.store, amina) == {}
    with pytest.raises(RecordNotFound):
        laptop.store.clients.get(amina)
    assert laptop.sync().dropped == 0  # said once, applied once

    # Given again: her records arrive, though the laptop's cursor is long past them.
    gemeente.store.consents.give(amina, {"organisation_id": school, "parts": ["contact", "plan"],
                                         "given_on": "2026-03-10", "how_given": "mondeling"}, today=TODAY)
    gemeente.sync()
    laptop.sync()
    assert _rows_naming(laptop.store, amina) == {"clients": 1, "consents": 2, "plans": 1, "plan_actions": 1}
    assert laptop.store.plans.actions.get(chain["lesson"])["status"] == "done"


def test_a_client_moved_to_another_caseload_leaves_the_begeleider_laptop(devices, chain):
    gemeente, amina = chain["gemeente"], chain["amina"]
    vwn = _add_person(devices.tenant, "vwn", "VluchtelingenWerk Oost", "maatschappelijke_begeleiding", "begeleider")
    _add_person(devices.tenant, "welzijn", "Welzijn", "welzijn", "begeleider")
    laptop = devices.new("vwn", "vwn")
    other = devices.new("welzijn", "welzijn")
    gemeente.sync()
    workers = {w["name"]: w["id"] for w in gemeente.store.directory.workers()}
    gemeente.store.clients.update(amina, {"begeleider_id": workers["Vwn"]})
    gemeente.sync()
    laptop.sync()
    other.sync()
    assert laptop.store.clients.get(amina)["bsn"] == "111222333"  # the caseload's whole file
    assert _rows_naming(laptop.store, amina)["form_parts"] == 1
    assert _rows_naming(other.store, amina) == {}

    gemeente.store.clients.update(amina, {"begeleider_id": workers["Welzijn"]})
    gemeente.sync()
    laptop.sync()
    other.sync()
    assert _rows_naming(laptop.store, amina) == {}
    assert _rows_naming(other.store, amina)["plan_actions"] == 2  # arrived whole at the new caseload
    with devices.tenant.db.reading() as session:
        assert session.get(Organisation, vwn).kind == "maatschappelijke_begeleiding"
