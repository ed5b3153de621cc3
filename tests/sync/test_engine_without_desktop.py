"""The client engine needs only its replica interface: here a replica in a few dicts, no store,
no desktop, against the real server on loopback. What the engine asks of a replica is exactly
what sync/client/replica.py names."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Mapping

from sync.client.engine import SyncEngine
from sync.client.replica import ApplyCounts, Outgoing, Page, PushCounts, Replica
from sync.protocol import OpResult
from tests.sync.conftest import PASSWORD

STAMP = "2026-01-05T09:00:00.000000Z"


class DictReplica:
    """Records in a dict, a queue in a list: the smallest replica that syncs."""

    def __init__(self):
        self.store_id = uuid.uuid4().hex
        self.state: dict[str, str] = {}
        self.records: dict[tuple[str, str], dict] = {}
        self.queue: list[Outgoing] = []
        self.claimed: set[int] = set()
        self.set_aside: list[tuple[str, str, str]] = []
        self.worker_id = None

    def add(self, entity: str, fields: dict) -> None:
        self.records[(entity, fields["id"])] = fields
        seq = len(self.queue) + 1
        self.queue.append(Outgoing(seq, uuid.uuid4().hex, entity, fields["id"], "insert", None, fields,
                                   self.worker_id, STAMP))

    def read_state(self, *keys: str) -> dict[str, str | None]:
        return {k: self.state.get(k) for k in keys}

    def write_state(self, values: Mapping[str, str | None]) -> None:
        for key, value in values.items():
            if value is None:
                self.state.pop(key, None)
            else:
                self.state[key] = value

    def pending_count(self) -> int:
        return len(self.queue)

    def last_entry(self) -> int:
        return max((e.seq for e in self.queue), default=0)

    def claim_batch(self, last: int, limit: int) -> list[Outgoing]:
        batch = [e for e in self.queue if e.seq <= last][:limit]
        self.claimed |= {e.seq for e in batch}
        return batch

    def record_push_answers(self, entries: list[Outgoing], results: list[OpResult],
                            counts: PushCounts) -> list[Outgoing]:
        answered = {r.op_id: r for r in results if not r.retry}
        for entry in entries:
            result = answered.get(entry.op_id)
            if result is None:
                continue
            self.queue.remove(entry)
            counts.sent += 1
            counts.applied += result.status == "applied"
            counts.rejected += result.status == "rejected"
        return [e for e in entries if e.op_id not in answered]

    def apply_page(self, page: Page) -> ApplyCounts:
        counts = ApplyCounts()
        for change in page.changes:
            self.records[(change.entity, change.record_id)] = change.fields
            counts.applied += 1
        for u in page.unreadable:
            self.set_aside.append((u.entity, u.record_id, u.reason))
        self.state["sync_cursor"] = str(page.cursor)
        return counts

    def signed_in(self, account_json: str, worker_id: str | None, same_person: bool) -> None:
        self.worker_id = worker_id

    def duplicates(self) -> list[dict]:
        return []


def test_the_engine_syncs_a_replica_that_is_not_the_desktops_store(tenant):
    sender, receiver = DictReplica(), DictReplica()
    replica: Replica = sender  # the interface is all the engine gets
    engine = SyncEngine(replica)
    engine.enrol(tenant.url, tenant.usernames["gemeente"], PASSWORD, "elders")
    client_id = str(uuid.uuid4())
    sender.add("clients", {"id": client_id, "created_at": STAMP, "updated_at": STAMP, "given_names": "Amina",
                           "family_name": "Haddad", "deleted": False})
    report = engine.sync()
    assert report.pushed == 1 and sender.queue == []

    SyncEngine(receiver).enrol(tenant.url, tenant.usernames["gemeente"], PASSWORD, "elders 2")
    SyncEngine(receiver).sync()
    assert receiver.records[("clients", client_id)]["family_name"] == "Haddad"
    assert int(receiver.state["sync_cursor"]) > 0


def test_the_client_engine_loads_without_the_desktop():
    code = ("import sys, sync.client.engine, sync.client.transport, sync.client.credentials; "
            "sys.exit(any(m == 'desktop' or m.startswith('desktop.') for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
