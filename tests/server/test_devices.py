"""Devices an administrator lists and signs off, over HTTP and on the command line; a signed-off
device is refused with its own code, an expired one asks to sign in again, one in use is renewed."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import update

from server import accounts
from server.__main__ import main
from server.clock import utcnow
from server.db import sqlite_url
from server.models import Device
from sync.protocol import API
from tests.server.client import PASSWORD, make_chain
from tests.server.client import Device as Client
from tests.server.live import start_in_thread

REVOKED_DETAIL = "This device is no longer signed in: an administrator signed it off. The data on it is removed."


def _administrator(chain, name: str = "beheer") -> Client:
    username = f"{name}-{chain.usernames[0]}"
    with chain.db.writing() as session:
        tenant = accounts.find_tenant(session, chain.tenant_id)
        accounts.create_user(session, tenant, None, username, "Beheerder", "administrator", PASSWORD)
    device = Client(chain.base_url, username, name="beheerlaptop")
    chain.devices.append(device)
    return device


def test_an_administrator_lists_the_tenants_devices_and_revokes_one_which_is_then_refused(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    admin = _administrator(chain)
    answer = admin.http.get(f"{API}/devices")
    assert answer.status_code == 200, answer.text
    listed = {d["device_id"]: d for d in answer.json()["devices"]}
    assert set(listed) == {laptop.device_id, tablet.device_id, admin.device_id}
    assert listed[laptop.device_id]["username"] == chain.usernames[0]
    assert listed[laptop.device_id]["display_name"] == "Medewerker 0"
    assert listed[admin.device_id]["this_device"] and not listed[laptop.device_id]["this_device"]
    assert all(d["revoked_at"] is None for d in listed.values())

    revoked = admin.http.post(f"{API}/devices/{laptop.device_id}/revoke")
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["device_id"] == laptop.device_id and revoked.json()["revoked_at"]

    for refused in (laptop.http.get(f"{API}/sync/pull"), laptop.http.post(f"{API}/sync/push", json={"ops": []})):
        assert refused.status_code == 401
        assert refused.json() == {"detail": REVOKED_DETAIL, "code": "device_revoked"}
    assert tablet.http.get(f"{API}/sync/pull").status_code == 200  # the others go on
    again = admin.http.post(f"{API}/devices/{laptop.device_id}/revoke")  # twice: the first moment stays
    assert again.json()["revoked_at"] == revoked.json()["revoked_at"]


def test_only_an_administrator_of_the_same_tenant_may_list_or_revoke(server):
    mine, theirs = make_chain(server.db, server.url), make_chain(server.db, server.url)
    try:
        caseworker = mine.device(0)
        for answer in (caseworker.http.get(f"{API}/devices"),
                       caseworker.http.post(f"{API}/devices/{caseworker.device_id}/revoke")):
            assert answer.status_code == 403
            assert answer.json() == {"detail": "Only an administrator of this municipality can see and sign off "
                                               "its devices.", "code": "devices_not_allowed"}
        other_admin = _administrator(theirs)
        listed = other_admin.http.get(f"{API}/devices").json()["devices"]
        assert caseworker.device_id not in {d["device_id"] for d in listed}
        answer = other_admin.http.post(f"{API}/devices/{caseworker.device_id}/revoke")
        assert answer.status_code == 404 and answer.json()["code"] == "not_found"
        assert caseworker.http.get(f"{API}/sync/pull").status_code == 200  # still signed in
    finally:
        mine.close()
        theirs.close()


def test_an_expired_token_asks_to_sign_in_again_and_a_token_in_use_is_renewed(chain):
    device = chain.device(0)
    with chain.db.writing() as session:  # in use two hours ago, expiring in a minute
        session.execute(update(Device).where(Device.id == device.device_id).values(
            last_seen_at=utcnow() - timedelta(hours=2), expires_at=utcnow() + timedelta(minutes=1)))
    assert device.http.get(f"{API}/sync/pull").status_code == 200
    with chain.db.reading() as session:
        assert session.get(Device, device.device_id).expires_at - utcnow() > timedelta(days=29)

    with chain.db.writing() as session:
        session.execute(update(Device).where(Device.id == device.device_id).values(
            expires_at=utcnow() - timedelta(seconds=1)))
    expired = device.http.get(f"{API}/sync/pull")
    assert expired.status_code == 401 and expired.json()["code"] == "token_invalid"
    with chain.db.reading() as session:  # an expired token renews nothing
        assert session.get(Device, device.device_id).expires_at < utcnow()


def test_the_command_line_lists_a_users_devices_and_revokes_one(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", PASSWORD)
    admin = ["--data-dir", str(tmp_path), "admin"]
    assert main([*admin, "create-tenant", "Gemeente Hilversum", "--code", "0402"]) == 0
    for name in ("sanne", "noor"):
        assert main([*admin, "create-user", "--tenant", "0402", name, "--name", name.title(),
                     "--role", "klantmanager"]) == 0
    live = start_in_thread(sqlite_url(tmp_path))
    try:
        sanne, noor = Client(live.url, "sanne", name="laptop-sanne"), Client(live.url, "noor", name="laptop-noor")
        capsys.readouterr()
        assert main([*admin, "list-devices", "--user", "sanne"]) == 0
        header, *rows = capsys.readouterr().out.splitlines()
        assert [row.split()[:3] for row in rows] == [[sanne.device_id, "sanne", "laptop-sanne"]]

        assert main([*admin, "revoke-device", sanne.device_id]) == 0
        assert "laptop-sanne of sanne signed off" in capsys.readouterr().out
        assert sanne.http.get(f"{API}/sync/pull").json()["code"] == "device_revoked"
        assert noor.http.get(f"{API}/sync/pull").status_code == 200

        assert main([*admin, "list-devices"]) == 0
        rows = capsys.readouterr().out.splitlines()[1:]
        revoked = {row.split()[0]: row.split()[-1] for row in rows}
        assert revoked[noor.device_id] == "-" and revoked[sanne.device_id] != "-"

        assert main([*admin, "revoke-device", "no-such-device"]) == 1
        assert main([*admin, "list-devices", "--user", "niemand"]) == 1
        assert capsys.readouterr().err.splitlines() == ["There is no device no-such-device.",
                                                        "There is no user niemand."]
        sanne.close()
        noor.close()
    finally:
        live.stop()
        live.db.dispose()


@pytest.mark.parametrize("path", ["/devices", "/devices/x/revoke"])
def test_the_devices_endpoints_need_a_token(sqlite_server, path):
    method = httpx.get if path == "/devices" else httpx.post
    answer = method(f"{sqlite_server.url}{API}{path}", headers={"X-Ketenplan-Protocol": "1"})
    assert answer.status_code == 401 and answer.json()["code"] == "token_required"
