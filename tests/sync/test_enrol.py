"""Signing a device in once, where its token is kept, and a sync that fails saying why."""

import pytest
from sqlalchemy import text

from desktop.store.sync_state import DEVICE_TOKEN, read_value
from sync.client import credentials, transport
from sync.errors import InsecureServer, NotSignedIn, ServerRefused, UpgradeRequired
from tests.sync.conftest import PASSWORD


def _token_in_store(store):
    with store.engine.connect() as conn:
        return read_value(conn, DEVICE_TOKEN)


def test_signing_in_keeps_the_token_in_the_store_without_a_keyring_and_sets_the_worker(devices, tenant):
    laptop = devices.new("laptop", enrol=False)
    assert not laptop.engine.is_enrolled()
    account = laptop.engine.enrol(tenant.url + "/", tenant.usernames["vluchtelingenwerk"], PASSWORD, "Laptop")
    assert account.display_name == "Youssef Amrani" and account.role == "begeleider"
    assert laptop.store.current_worker() == account.worker_id
    assert laptop.engine.is_enrolled() and _token_in_store(laptop.store)
    assert laptop.store.sync.account()["worker_id"] == account.worker_id
    assert laptop.store.sync.summary().server_url == tenant.url

    laptop.sync()  # the directory arrives, with this person's own worker record
    assert {w["name"] for w in laptop.store.directory.workers()} == {"Sanne de Vries", "Youssef Amrani"}


def test_with_a_keyring_the_token_is_kept_there_under_store_and_server(devices, tenant, memory_keyring):
    laptop = devices.new("laptop")
    assert _token_in_store(laptop.store) is None
    [(service, key)] = memory_keyring.secrets
    assert service == credentials.SERVICE and key == f"{laptop.store.store_id} {tenant.url}"
    assert laptop.sync().pulled > 0


def test_a_wrong_password_signs_nothing_in(devices, tenant):
    laptop = devices.new("laptop", enrol=False)
    with pytest.raises(ServerRefused) as refused:
        laptop.engine.enrol(tenant.url, tenant.usernames["gemeente"], "niet het wachtwoord", "Laptop")
    assert refused.value.code == "bad_login" and "password" in refused.value.message
    assert not laptop.engine.is_enrolled()


def test_plain_http_is_refused_except_to_this_computer(devices):
    laptop = devices.new("laptop", enrol=False)
    with pytest.raises(InsecureServer):
        laptop.engine.enrol("http://ketenplan.example.nl", "sanne", PASSWORD, "Laptop")


def test_an_old_protocol_is_reported_as_update_ketenplan_and_never_as_success(devices, monkeypatch):
    laptop = devices.new("laptop")
    laptop.sync()
    before = laptop.store.sync.last_success_at()
    monkeypatch.setattr(transport, "PROTOCOL_VERSION", 0)
    with pytest.raises(UpgradeRequired):
        laptop.sync()
    summary = laptop.store.sync.summary()
    assert summary.last_error["code"] == "upgrade_required"
    assert "update Ketenplan" in summary.last_error["message"]
    assert summary.last_success_at == before and summary.last_attempt_at > before


def test_a_token_the_server_no_longer_knows_asks_to_sign_in_again(devices):
    laptop = devices.new("laptop")
    with laptop.store.engine.begin() as conn:
        conn.execute(text("UPDATE device_state SET value = 'not-a-token' WHERE key = :key"), {"key": DEVICE_TOKEN})
    with pytest.raises(NotSignedIn):
        laptop.sync()
    assert laptop.store.sync.last_error()["code"] == "not_signed_in"
    laptop.engine.sign_out()
    assert not laptop.engine.is_enrolled()
    with pytest.raises(NotSignedIn):
        laptop.sync()
