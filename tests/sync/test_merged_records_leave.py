"""Duplicates merged on the gemeente's desktop, on real encrypted stores against a real server
(SQLite and PostgreSQL): a begeleider's laptop that held only the client merged away, and may not
see the one kept, loses the moved records at its next sync; the laptop that may see the kept
client receives them under it."""

from __future__ import annotations

import pytest

from tests.sync.test_consent_withdrawn import _add_person, _rows_naming


@pytest.fixture
def tenant(tenant_on_each_database):
    return tenant_on_each_database


def test_records_merged_into_a_client_of_another_caseload_leave_the_begeleider_laptop(devices):
    _add_person(devices.tenant, "vwn", "VluchtelingenWerk Oost", "maatschappelijke_begeleiding", "begeleider")
    _add_person(devices.tenant, "welzijn", "Welzijn", "welzijn", "begeleider")
    gemeente, laptop, other = devices.new("gemeente", "gemeente"), devices.new("vwn", "vwn"), \
        devices.new("welzijn", "welzijn")
    gemeente.sync()
    workers = {w["name"]: w["id"] for w in gemeente.store.directory.workers()}
    store = gemeente.store
    # Registered twice: once by VluchtelingenWerk's begeleider's caseload, once by Welzijn's.
    went = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                 "begeleider_id": workers["Vwn"]})
    kept = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                 "begeleider_id": workers["Welzijn"]})
    visit = store.visits.plan(went, {"planned_on": "2026-03-01", "visitor_ids": [workers["Vwn"]]})
    plan = store.plans.start(went, seed_goals=False)
    action = store.plans.actions.add(plan, {"description": "Huisbezoek", "due_on": "2026-04-01",
                                            "worker_id": workers["Vwn"]})
    gemeente.sync()
    laptop.sync()
    other.sync()
    assert _rows_naming(laptop.store, went) == {"clients": 1, "visits": 1, "plans": 1, "plan_actions": 1}
    assert _rows_naming(laptop.store, kept) == {}

    store.duplicates.merge_clients(kept, went)
    gemeente.sync()
    laptop.sync()
    other.sync()
    # The merged-away client stays as the tombstone it is; what moved to the other caseload is gone.
    assert _rows_naming(laptop.store, went) == {"clients": 1}
    assert _rows_naming(laptop.store, kept) == {}
    assert _rows_naming(other.store, kept) == {"clients": 1, "visits": 1, "plans": 1, "plan_actions": 1}
    assert other.store.plans.actions.get(action)["description"] == "Huisbezoek"
    assert [v["id"] for v in other.store.visits.for_client(kept)] == [visit]
    laptop.sync()  # nothing more to do
    assert _rows_naming(laptop.store, went) == {"clients": 1}
