"""Three devices, random offline work, random faults between and during syncs; then syncs
without faults until nothing moves. Whatever happened:

- every device holds what the server holds, record for record (the synced tables' rows
  without their local-only columns) and version for version;
- no edit is lost: each is the field's final value, was changed further by someone who had
  seen it, or is kept in a sync_conflicts record; a deletion stands;
- every true conflict is kept: when two devices changed one field differently, neither
  having seen the other's change, there is a conflict record on that field;
- a sync that returned had sent everything it set out to send and pulled up to the
  server's newest change; one that did not finish raised, and said so.

The server is the SQLite one in a thread of this process (tests/sync/conftest.py); the
faults are those of test_faults.py, in the network and in the server.
"""

from __future__ import annotations

import itertools
import shutil
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import Store
from desktop.store.errors import RecordNotFound
from desktop.store.replica import StoreReplica
from sync.client.engine import SyncEngine
from sync.errors import SyncError
from tests.conftest import PASSPHRASE, new_store
from tests.depth import examples
from tests.sync.conftest import PASSWORD, make_tenant
from tests.sync.records import outbox
from tests.sync.test_faults import (
    FAULTS,
    Network,
    assert_in_step,
    cursor_of,
    server_faults,
    server_records,
    server_seq,
)

DEVICES = 3
CLIENT_FIELDS = ("phone", "notes")
ACTION_FIELDS = ("description", "result_note")
MAX_QUIET_ROUNDS = 6

# -- what hypothesis draws: rounds of offline work on the devices, then syncs with faults ----------------
device = st.integers(0, DEVICES - 1)
pick = st.integers(0, 3)  # one of the clients or actions known so far (modulo their number): few, so they meet
work = st.one_of(  # edits first: what hypothesis draws most and shrinks towards
    st.tuples(st.just("edit"), device, pick, st.sampled_from(CLIENT_FIELDS)),
    st.tuples(st.just("edit_action"), device, pick, st.sampled_from(ACTION_FIELDS)),
    st.tuples(st.just("add_action"), device, pick),
    st.tuples(st.just("create"), device),
    st.tuples(st.just("delete"), device, pick),
)
edit_meanwhile = st.tuples(st.just("edit"), pick, st.sampled_from(CLIENT_FIELDS))
a_sync = st.tuples(device, st.fixed_dictionaries({
    "retries": st.integers(0, 1),
    "push": st.lists(st.sampled_from((None, *FAULTS)), max_size=2),
    "pull": st.lists(st.one_of(st.sampled_from((None, *FAULTS)), edit_meanwhile), max_size=2),
    "unstorable": st.booleans(),  # the server's database fails on one of the changes sent
}))
a_round = st.tuples(
    st.lists(work, min_size=3, max_size=8),
    st.lists(a_sync, min_size=2, max_size=4),
    st.lists(st.tuples(device, pick), max_size=1),  # held requests arrive late, and an old push again
)


@dataclass(frozen=True)
class Edit:
    device: int
    entity: str
    record_id: str
    field: str
    value: Any
    parent: Any  # the value the device had when it made this edit

    @property
    def key(self) -> tuple[str, str, str]:
        return self.entity, self.record_id, self.field


@dataclass
class World:
    """The devices and what was done on them, to judge the outcome by."""

    tenant: Any
    stores: list[Store]
    engines: list[SyncEngine]
    networks: list[Network]
    clients: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    deleted: set[str] = field(default_factory=set)
    tokens: itertools.count = field(default_factory=lambda: itertools.count(1000000))

    # -- work on one device ------------------------------------------------------------------------
    def create(self, d: int) -> None:
        self.clients.append(self.stores[d].clients.create({"given_names": "Amina", "family_name": "Haddad"}))

    def edit(self, d: int, pick: int, name: str) -> None:
        if not self.clients:
            return
        repo = self.stores[d].clients
        client_id = self.clients[pick % len(self.clients)]
        try:
            before = repo.get(client_id)[name]  # not here yet, or deleted here: the person cannot edit it
        except RecordNotFound:
            return
        n = next(self.tokens)
        repo.update(client_id, {name: f"06-{n}" if name == "phone" else f"{name} {n}"})
        self.edits.append(Edit(d, "clients", client_id, name, repo.get(client_id)[name], before))

    def add_action(self, d: int, pick: int) -> None:
        if not self.clients:
            return
        store = self.stores[d]
        try:
            plan_id = store.plans.start(self.clients[pick % len(self.clients)])  # the same plan id on every device
        except RecordNotFound:
            return
        description = f"description {next(self.tokens)}"
        action_id = store.plans.actions.add(plan_id, {"description": description, "due_on": "2026-04-01",
                                                      "worker_id": store.current_worker()})
        self.actions.append(action_id)
        self.edits.append(Edit(d, "plan_actions", action_id, "description", description, None))

    def edit_action(self, d: int, pick: int, name: str) -> None:
        if not self.actions:
            return
        repo = self.stores[d].plans.actions
        action_id = self.actions[pick % len(self.actions)]
        try:
            before = repo.get(action_id)[name]
        except RecordNotFound:
            return
        value = f"{name} {next(self.tokens)}"
        repo.update(action_id, {name: value})
        self.edits.append(Edit(d, "plan_actions", action_id, name, value, before))

    def delete(self, d: int, pick: int) -> None:
        if not self.clients:
            return
        client_id = self.clients[pick % len(self.clients)]
        try:
            self.stores[d].clients.delete(client_id)
        except RecordNotFound:
            return
        self.deleted.add(client_id)

    # -- syncing ---------------------------------------------------------------------------------------
    def sync(self, d: int, plan: dict, server) -> None:
        """One sync with the faults drawn; whatever came of it, what it reports must be true."""
        store, network = self.stores[d], self.networks[d]
        network.retries = plan["retries"]
        network.next("push", *plan["push"])
        network.next("pull", *[self._meanwhile(d, f) if isinstance(f, tuple) else f for f in plan["pull"]])
        entries = outbox(store)
        if plan["unstorable"] and entries:
            server.unstorable.add(entries[len(entries) // 2]["record_id"])
        to_send = {e["op_id"] for e in entries}  # not seqs: SQLite gives a seq again once the outbox is empty
        success = store.sync.last_success_at()
        try:
            self.engines[d].sync()
        except SyncError:
            summary = store.sync.summary()
            assert summary.last_error is not None and summary.last_success_at == success
        else:
            assert not to_send & {e["op_id"] for e in outbox(store)}, "it said it finished, with changes unsent"
            assert cursor_of(store) == server_seq(self.tenant.db, self.tenant.tenant_id), \
                "it said it finished, short of the server's newest change"
        network.queued = {call: [] for call in network.queued}  # a fault not met (the sync ended first) goes
        server.unstorable.clear()

    def _meanwhile(self, d: int, drawn: tuple):
        _what, pick, name = drawn
        return lambda: self.edit(d, pick, name)

    def late(self, d: int, pick: int) -> None:
        """Held requests arrive at last, and one push arrives a second time, long after."""
        network = self.networks[d]
        network.deliver_held()
        pushes = network.pushes()
        if pushes:
            assert network.send(pushes[pick % len(pushes)]).status_code == 200

    def sync_until_quiet(self) -> None:
        for network in self.networks:
            network.deliver_held()
            network.retries = 0
        for _round in range(MAX_QUIET_ROUNDS):
            for engine in self.engines:
                engine.sync()  # no faults now: each must finish
            head = server_seq(self.tenant.db, self.tenant.tenant_id)
            if all(s.sync.pending_count() == 0 and cursor_of(s) == head for s in self.stores):
                return
        pytest.fail(f"still not in step after {MAX_QUIET_ROUNDS} rounds without faults")


# -- judging the outcome ----------------------------------------------------------------------------
def _ancestors(edit: Edit, by_value: dict) -> set[Edit]:
    seen: set[Edit] = set()
    parent = by_value.get((edit.key, edit.parent))
    while parent is not None and parent not in seen:
        seen.add(parent)
        parent = by_value.get((parent.key, parent.parent))
    return seen


def assert_nothing_lost_and_every_conflict_kept(world: World) -> None:
    held = server_records(world.tenant.db, world.tenant.tenant_id)
    kept: dict[tuple[str, str, str], set] = {}  # (entity, record, field) -> values in conflict records
    for (entity, _id), (_version, fields) in held.items():
        if entity == "sync_conflicts":
            kept.setdefault((fields["entity"], fields["record_id"], fields["field"]), set()).update(
                (fields["mine"], fields["theirs"]))
    by_value = {(e.key, e.value): e for e in world.edits}
    ancestors = {e: _ancestors(e, by_value) for e in world.edits}
    superseded = {a for e in world.edits for a in ancestors[e]}

    for edit in world.edits:
        final = held[(edit.entity, edit.record_id)][1][edit.field]
        assert final == edit.value or edit in superseded or edit.value in kept.get(edit.key, ()), \
            f"edit lost: {edit}; the record has {final!r}, conflicts keep {kept.get(edit.key)}"
    for client_id in world.deleted:
        assert held[("clients", client_id)][1]["deleted"] == 1, f"deletion of {client_id} lost"
    for one, other in itertools.combinations(world.edits, 2):
        if one.key != other.key or one.device == other.device or one.value == other.value:
            continue
        if one in ancestors[other] or other in ancestors[one]:
            continue  # one was made having seen the other
        assert one.key in kept, f"a true conflict was not kept: {one} and {other}"


# -- the test --------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def blank_stores(tmp_path_factory):
    """Three new stores, made once: each example starts from copies (a store takes long to make)."""
    folder = tmp_path_factory.mktemp("blank")
    for d in range(DEVICES):
        new_store(folder / f"device{d}").close()
    return folder


def _world(sync_server, blank_stores, folder, server) -> World:
    tenant = make_tenant(sync_server)
    stores, engines, networks = [], [], []
    for d in range(DEVICES):
        shutil.copytree(blank_stores / f"device{d}", folder / f"device{d}")
        store = Store.unlock(folder / f"device{d}", PASSPHRASE, durable=False)
        network = Network(server)
        engine = SyncEngine(StoreReplica(store), connect=network.connect())
        # Two people: the gemeente's klantmanager on two devices, the begeleider on the third.
        person = "gemeente" if d < 2 else "vluchtelingenwerk"
        engine.enrol(tenant.url, tenant.usernames[person], PASSWORD, f"device {d}")
        stores.append(store)
        engines.append(engine)
        networks.append(network)
    return World(tenant, stores, engines, networks)


# 25 whole three-device worlds: about a minute on a quiet machine, two or more on a loaded one,
# where the suite's 120 s limit per test (meant for hangs) failed it twice.
@pytest.mark.timeout(600)
@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(rounds=st.lists(a_round, min_size=2, max_size=4))
def test_three_devices_end_in_step_with_nothing_lost_whatever_the_faults(sync_server, blank_stores,
                                                                        tmp_path_factory, rounds):
    with server_faults() as server:
        world = _world(sync_server, blank_stores, tmp_path_factory.mktemp("example"), server)
        try:
            # A shared start: the directory, then two clients with a plan action each, on every device.
            world.engines[0].sync()
            for pick in (0, 1):
                world.create(0)
                world.add_action(0, pick)
            for engine in world.engines:
                engine.sync()
            for offline, syncs, late in rounds:
                for what, d, *args in offline:
                    getattr(world, what)(d, *args)
                for d, plan in syncs:
                    world.sync(d, plan, server)
                for d, pick_push in late:
                    world.late(d, pick_push)
            world.sync_until_quiet()
            assert_in_step(world.tenant, *world.stores)
            assert_nothing_lost_and_every_conflict_kept(world)
        finally:
            for store in world.stores:
                store.close()
