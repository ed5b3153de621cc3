"""A real device syncs, with edits made offline hours apart; the coordinator's transport searches the
audit log and finds each edit with when it was made, and the device's reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from sync.client.credentials import load_token
from sync.client.transport import Transport
from sync.errors import ServerRefused
from sync.protocol import LoginRequest
from tests.sync.conftest import PASSWORD, add_coordinator


def coordinator_transport(tenant) -> Transport:
    username = add_coordinator(tenant)
    transport = Transport(tenant.url)
    transport.token = transport.login(LoginRequest(username=username, password=PASSWORD,
                                                   device_name="Kantoor")).token
    return transport


def made_earlier(store, hours: float) -> str:
    """Backdate the outbox's newest entry, as if made offline that long ago; returns its stamp."""
    moment = datetime.now(UTC) - timedelta(hours=hours)
    moment = f"{moment:%Y-%m-%dT%H:%M:%S}.{moment.microsecond // 1000:03d}Z"  # as the outbox stamps
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE outbox SET created_at = :at WHERE seq = (SELECT max(seq) FROM outbox)"),
                     {"at": moment})
    return moment


def test_a_device_syncing_offline_work_is_found_by_the_coordinator(tenant, devices):
    laptop = devices.new("laptop-sanne", "gemeente")
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    created = made_earlier(laptop.store, 5)
    laptop.store.clients.update(client_id, {"phone": "0612345678"})  # more than 5 minutes later: its own entry
    phoned = made_earlier(laptop.store, 3)
    laptop.store.clients.update(client_id, {"notes": "Belt terug"})
    noted = made_earlier(laptop.store, 1)
    assert laptop.store.pending_changes() == 3
    laptop.sync()

    with coordinator_transport(tenant) as office:
        page = office.audit(client_id=client_id)
    changes = [e for e in reversed(page.entries) if e.action != "read"]
    assert [(e.action, e.made_at[:23]) for e in changes] == [
        ("insert", created[:23]), ("update", phoned[:23]), ("update", noted[:23])]
    # What each set, by name: the new file with its defaults, then one field each.
    assert {"given_names", "family_name"} <= set(changes[0].fields) and not {"phone", "notes"} & set(changes[0].fields)
    assert [changes[1].fields, changes[2].fields] == [["phone"], ["notes"]]
    account = laptop.store.sync.account()
    assert {(e.user_name, e.device_name, e.worker_id) for e in changes} == {
        ("Sanne de Vries", "laptop-sanne", account["worker_id"])}
    assert all(datetime.fromisoformat(e.at.replace("Z", "+00:00")) > datetime.now(UTC) - timedelta(minutes=5)
               for e in changes)  # arrived just now, made hours ago
    [read] = [e for e in page.entries if e.action == "read"]  # the sync's pull handed the file back
    assert read.records == [("clients", client_id)] and read.device_name == "laptop-sanne"


def test_a_begeleider_may_not_search_the_audit_log(tenant, devices):
    laptop = devices.new("laptop-youssef", "vluchtelingenwerk")
    token = load_token(laptop.engine.replica, tenant.url)  # as the engine signed in
    with Transport(tenant.url, token) as transport, pytest.raises(ServerRefused) as refused:
        transport.audit()
    assert refused.value.code == "audit_not_allowed"
    assert refused.value.message == "Only coordinators and administrators may read the audit log."
