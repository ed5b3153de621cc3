"""Signing a device in, its token, and the protocol check that comes before everything."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
from sqlalchemy import select, update

from server.clock import utcnow
from server.models import Device
from sync.protocol import API, PROTOCOL_HEADER
from tests.server.client import HEADERS, PASSWORD, TLS
from tests.server.client import Device as Client

BAD_LOGIN = {"detail": "The user name or password is not right.", "code": "bad_login"}
TOO_OLD = {"detail": "This version of Ketenplan is too old for the server. Please update Ketenplan.",
           "code": "upgrade_required"}


def _login(url: str, username: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}{API}/login", headers=HEADERS, verify=TLS,
                      json={"username": username, "password": password, "device_name": "werklaptop"})


def test_login_gives_a_device_token_and_the_account_with_its_worker_record(chain):
    device = chain.device(0)
    account = device.account
    assert account["username"] == chain.usernames[0] and account["role"] == "klantmanager"
    assert account["tenant_id"] == chain.tenant_id and account["organisation_id"] == chain.organisation_id
    assert len(device.token) >= 43  # 32 random bytes, urlsafe
    # The directory comes by pull: the organisation and every user's worker record.
    records = device.records()
    worker = records[("workers", account["worker_id"])]["fields"]
    assert worker["name"] == "Medewerker 0" and worker["organisation_id"] == chain.organisation_id
    assert records[("organisations", chain.organisation_id)]["fields"]["kind"] == "gemeente"
    assert sum(1 for entity, _ in records if entity == "workers") == 2


def test_only_the_tokens_hash_is_stored(chain):
    device = chain.device(0)
    with chain.db.reading() as session:
        row = session.get(Device, device.device_id)
    assert row.token_hash == hashlib.sha256(device.token.encode()).hexdigest()
    assert device.token not in str(vars(row))
    assert timedelta(days=29, hours=23) < row.expires_at - utcnow() <= timedelta(days=30)


def test_a_wrong_password_or_an_unknown_user_is_one_plain_answer(chain):
    for username, password in ((chain.usernames[0], "niet het wachtwoord"), ("niemand", PASSWORD)):
        answer = _login(chain.base_url, username, password)
        assert answer.status_code == 401
        assert answer.json() == BAD_LOGIN
    with chain.db.reading() as session:
        assert session.execute(select(Device).where(Device.tenant_id == chain.tenant_id)).first() is None


def test_sync_needs_a_valid_unexpired_unrevoked_token(chain):
    device = chain.device(0)
    url = f"{chain.base_url}{API}/sync/pull"
    missing = httpx.get(url, headers=HEADERS)
    assert missing.status_code == 401 and missing.json()["code"] == "token_required"
    assert missing.headers["www-authenticate"] == "Bearer"
    forged = httpx.get(url, headers={**HEADERS, "Authorization": "Bearer not-a-token"})
    assert forged.status_code == 401 and forged.json()["code"] == "token_invalid"
    assert device.http.get(url).status_code == 200

    for change in ({"expires_at": utcnow() - timedelta(seconds=1)}, {"revoked_at": utcnow()}):
        with chain.db.writing() as session:
            session.execute(update(Device).where(Device.id == device.device_id).values(**change))
        answer = device.http.get(url)
        assert answer.status_code == 401 and answer.json()["detail"].startswith("This device is no longer signed in")
        with chain.db.writing() as session:  # back as it was for the next case
            session.execute(update(Device).where(Device.id == device.device_id).values(
                expires_at=utcnow() + timedelta(days=1), revoked_at=None))


def test_using_the_token_pushes_its_expiry_forward(chain):
    device = chain.device(0)
    with chain.db.writing() as session:  # last used two hours ago, expiring tomorrow
        session.execute(update(Device).where(Device.id == device.device_id).values(
            last_seen_at=utcnow() - timedelta(hours=2), expires_at=utcnow() + timedelta(days=1)))
    device.pull()
    with chain.db.reading() as session:
        row = session.get(Device, device.device_id)
    assert row.expires_at - utcnow() > timedelta(days=29, hours=23)
    assert utcnow() - row.last_seen_at < timedelta(minutes=1)


def test_a_missing_or_old_protocol_is_told_to_update_before_anything_else(chain):
    login = {"username": chain.usernames[0], "password": PASSWORD, "device_name": "x"}
    no_header = httpx.post(f"{chain.base_url}{API}/login", json=login)
    assert no_header.status_code == 426 and no_header.json() == TOO_OLD
    old = httpx.get(f"{chain.base_url}{API}/sync/pull", headers={PROTOCOL_HEADER: "0"})  # and no token
    assert old.status_code == 426 and old.json() == TOO_OLD
    newer = httpx.get(f"{chain.base_url}{API}/sync/pull", headers={PROTOCOL_HEADER: "2"})
    assert newer.status_code == 426 and newer.json()["code"] == "upgrade_required"
    assert "update the server" in newer.json()["detail"]


def test_a_second_login_is_a_second_device(chain):
    first, second = Client(chain.base_url, chain.usernames[0]), Client(chain.base_url, chain.usernames[0])
    try:
        assert first.device_id != second.device_id and first.token != second.token
        assert first.http.get(f"{API}/sync/pull").status_code == 200
    finally:
        first.close()
        second.close()
