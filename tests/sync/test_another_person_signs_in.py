"""A store signed in by another person keeps no sync position, queue or cache of the person
before; while changes of the person before wait to be sent, another person cannot sign in."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.store.outbox import pending_count
from desktop.store.sync_state import CURSOR, read_value
from sync.client.engine import UnsentChanges
from tests.sync.conftest import PASSWORD, make_tenant


@pytest.fixture
def tenant(sync_server):
    return make_tenant(sync_server, begeleider_at="vluchtelingenwerk")  # he may see only his own clients


def _state(store) -> dict:
    with store.engine.connect() as conn:
        count = lambda sql: conn.execute(text(sql)).scalar_one()  # noqa: E731
        return {"cursor": read_value(conn, CURSOR), "queue": pending_count(conn),
                "clients": count("SELECT count(*) FROM clients"), "workers": count("SELECT count(*) FROM workers"),
                "set_aside": count("SELECT count(*) FROM sync_rejects")}


def test_another_person_starts_from_nothing(tenant, devices):
    laptop = devices.new("laptop", "gemeente")
    for name in "ABC":
        laptop.store.clients.create({"given_names": name, "family_name": "Haddad"})
    with laptop.store.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_rejects (op_id, entity, record_id, op, reason, rejected_at) "
                          "VALUES ('x', 'clients', 'c', 'update', 'Geweigerd.', '2026-01-01')"))
    laptop.sync()
    before = _state(laptop.store)
    assert before["cursor"] and before["clients"] == 3 and before["queue"] == 0 and before["set_aside"] == 1

    account = laptop.engine.enrol(tenant.url, tenant.usernames["vluchtelingenwerk"], PASSWORD, "laptop")
    assert account.role == "begeleider"
    after = _state(laptop.store)
    assert after == {"cursor": None, "queue": 0, "clients": 0, "workers": 0, "set_aside": 0}
    assert laptop.store.current_worker() == account.worker_id

    laptop.sync()  # his own scope only: her clients are not assigned to him
    assert _state(laptop.store)["clients"] == 0 and _state(laptop.store)["queue"] == 0


def test_changes_of_the_person_before_not_yet_sent_keep_another_person_out(tenant, devices):
    laptop = devices.new("laptop", "gemeente")
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    before = _state(laptop.store)
    with pytest.raises(UnsentChanges) as refused:
        laptop.engine.enrol(tenant.url, tenant.usernames["vluchtelingenwerk"], PASSWORD, "laptop")
    assert "Sanne de Vries" in refused.value.message
    assert _state(laptop.store) == before and laptop.store.clients.get(client_id)

    laptop.sync()  # she sends them; then he may sign in
    laptop.engine.enrol(tenant.url, tenant.usernames["vluchtelingenwerk"], PASSWORD, "laptop")
    assert _state(laptop.store)["clients"] == 0


def test_the_same_person_signing_in_again_keeps_everything(tenant, devices):
    laptop = devices.new("laptop", "gemeente")
    laptop.sync()
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    before = _state(laptop.store)
    laptop.engine.enrol(tenant.url, tenant.usernames["gemeente"].upper(), PASSWORD, "laptop")
    assert _state(laptop.store) == before and laptop.store.clients.get(client_id)
