"""A thin test client speaking the protocol over real HTTP, and a tenant with people to sign in."""

from __future__ import annotations

import ssl
import uuid
from dataclasses import dataclass, field
from typing import Any

import certifi
import httpx

from server import accounts
from server.db import Database
from sync.protocol import API, PROTOCOL_HEADER, PROTOCOL_VERSION

PASSWORD = "wachtwoord voor de test"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
# httpx reads the CA bundle into a new TLS context for every client it makes (some 30 ms); the test
# clients speak plain HTTP on loopback, so one context serves them all (tests/sync/test_https.py
# makes its own, as the desktop does in sync/client/transport.py).
TLS = ssl.create_default_context(cafile=certifi.where())


def new_id() -> str:
    return str(uuid.uuid4())


def op(entity: str, record_id: str, kind: str = "insert", fields: dict | None = None, base: dict | None = None,
       author_id: str | None = None, op_id: str | None = None) -> dict[str, Any]:
    return {"op_id": op_id or uuid.uuid4().hex, "entity": entity, "record_id": record_id, "op": kind,
            "fields": None if fields is None else {"id": record_id, **fields}, "base": base,
            "author_id": author_id, "created_at": "2026-03-02T09:00:00.000000Z"}


class Device:
    """One signed-in device: login, push and pull over HTTP."""

    def __init__(self, base_url: str, username: str, password: str = PASSWORD, name: str = "laptop"):
        self.http = httpx.Client(base_url=base_url, headers=HEADERS, timeout=30, verify=TLS)
        answer = self.http.post(f"{API}/login", json={"username": username, "password": password,
                                                      "device_name": name})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        self.token, self.device_id, self.account = body["token"], body["device_id"], body["account"]
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        self.cursor = 0

    def push(self, *ops: dict) -> list[dict]:
        answer = self.http.post(f"{API}/sync/push", json={"ops": list(ops)})
        assert answer.status_code == 200, answer.text
        return answer.json()["results"]

    def pull(self, after: int = 0, limit: int | None = None) -> dict:
        params = {"after": after} | ({"limit": limit} if limit else {})
        answer = self.http.get(f"{API}/sync/pull", params=params)
        assert answer.status_code == 200, answer.text
        return answer.json()

    def pull_all(self, limit: int | None = None) -> list[dict]:
        """Every change after this device's cursor, page by page; the cursor moves on."""
        changes = []
        while True:
            page = self.pull(self.cursor, limit)
            changes += page["changes"]
            self.cursor = page["cursor"]
            if not page["more"]:
                return changes

    def records(self) -> dict[tuple[str, str], dict]:
        """The newest state of everything pulled so far, as a device would hold it."""
        return {(c["entity"], c["record_id"]): c for c in self.pull_all()}

    def close(self) -> None:
        self.http.close()


@dataclass
class Chain:
    """A tenant with an organisation and users; their devices sign in on demand."""

    db: Database
    base_url: str
    tenant_id: str
    organisation_id: str
    usernames: list[str]
    devices: list[Device] = field(default_factory=list)

    def device(self, index: int = 0, base_url: str | None = None) -> Device:
        device = Device(base_url or self.base_url, self.usernames[index])
        self.devices.append(device)
        return device

    def close(self) -> None:
        for device in self.devices:
            device.close()


def make_chain(db: Database, base_url: str, users: int = 2) -> Chain:
    tag = uuid.uuid4().hex[:8]
    with db.writing() as session:
        tenant = accounts.create_tenant(session, f"Gemeente {tag}")
        org = accounts.create_organisation(session, tenant, f"Gemeente {tag}", "gemeente")
        names = [f"user{i}-{tag}" for i in range(users)]
        for i, name in enumerate(names):
            accounts.create_user(session, tenant, org, name, f"Medewerker {i}", "klantmanager", PASSWORD)
    return Chain(db, base_url, tenant.id, org.id, names)
