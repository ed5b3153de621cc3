"""The office the crowd benchmarks sync in: a municipality with many signed-in devices, a caseload
seeded by the office's own device, and a pool of real encrypted stores per kind of account.

Accounts and device tokens are made straight in the server's database: the crowd figures are about
syncing, and a thousand Argon2 sign-ins would take longer than the measurement (the sign-in has
its own limits and tests). The office's device and the pooled stores sign in over HTTP as the
desktop does.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from argon2 import PasswordHasher

from bench.common import PASSWORD
from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.replica import StoreReplica
from server import accounts, auth
from server.db import Database
from sync.client.engine import SyncEngine
from tools.demo_server import MUNICIPALITY, ORGANISATIONS

# The token in the store's sync state, never in this machine's keyring: the benchmark's stores come and go.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

PASSPHRASE = "benchmark passphrase 2026"
# The office's people, in turn: (role, organisation kind). The chain is the demo server's.
ROLE_CYCLE = (("klantmanager", "gemeente"), ("begeleider", "maatschappelijke_begeleiding"),
              ("begeleider", "maatschappelijke_begeleiding"), ("partner", "taalschool"),
              ("klantmanager", "gemeente"), ("partner", "jobhunter"), ("partner", "budgetcoach"),
              ("begeleider", "maatschappelijke_begeleiding"), ("partner", "welzijn"), ("coordinator", "gemeente"))
KINDS = tuple(dict.fromkeys(ROLE_CYCLE))  # one scope each: who of a kind may see what is the same


def kind_of(i: int) -> tuple[str, str]:
    return ROLE_CYCLE[i % len(ROLE_CYCLE)]


@dataclass
class Member:
    """A user of the office and one signed-in device of theirs."""

    username: str
    kind: tuple[str, str]
    worker_id: str
    token: str
    cursor: int = 0
    records: list[tuple[str, dict]] = field(default_factory=list)  # what it edits, when it edits


@dataclass
class Office:
    tenant_id: str
    members: list[Member]
    seeder: str  # the office's own user, a klantmanager: fills and sends the caseload
    pool_users: dict[tuple[str, str], list[str]]  # per kind, the users the pooled stores sign in as


def make_office(database_url: str, people: int, pool: int = 0) -> Office:
    """A municipality, its chain, `people` users each with a signed-in device, the seeding
    klantmanager and `pool` users of each kind for the pooled stores. Their passwords get a
    cheap hash: signing in is not what is measured (the server keeps a hash's own costs)."""
    tag = uuid.uuid4().hex[:6]
    db = Database(database_url)
    saved = accounts._hasher
    accounts._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    try:
        with db.writing() as session:
            tenant = accounts.create_tenant(session, f"Gemeente {MUNICIPALITY} {tag}")
            orgs = {}
            for name, kind in ORGANISATIONS:
                orgs.setdefault(kind, accounts.create_organisation(session, tenant, name, kind))

            def user(username: str, kind: tuple[str, str]):
                made = accounts.create_user(session, tenant, orgs[kind[1]], username, username.title(), kind[0],
                                            PASSWORD)
                session.flush()  # before its device's row
                return made

            seeder = f"kantoor-{tag}"
            user(seeder, KINDS[0])
            pool_users = {kind: [] for kind in KINDS}
            for kind in KINDS:
                for n in range(pool):
                    name = f"pool-{kind[0]}-{kind[1][:8]}-{n}-{tag}"
                    user(name, kind)
                    pool_users[kind].append(name)
            members = []
            for i in range(people):
                username = f"medewerker{i:04d}-{tag}"
                made = user(username, kind_of(i))
                _device, token = auth.sign_in_device(session, made, f"Laptop {i:04d}")
                members.append(Member(username, kind_of(i), made.worker_id, token))
        return Office(tenant.id, members, seeder, pool_users)
    finally:
        accounts._hasher = saved
        db.dispose()


def seed_caseload(url: str, office: Office, clients: int, records: int, folder: Path) -> int:
    """The office's device fills a caseload with a history and sends it all; returns the records sent."""
    from bench.sync import fill_caseload, local_records  # the classic benchmark's caseload

    source_dir = folder / "office"
    source = Store.create(source_dir, PASSPHRASE, kdf=FAST_KDF, durable=False)
    account = SyncEngine(StoreReplica(source)).enrol(url, office.seeder, PASSWORD, "Kantoor")
    SyncEngine(StoreReplica(source)).sync()
    directory = local_records(source)
    source.close()
    start = time.perf_counter()
    made = fill_caseload(source_dir, clients, records, directory)
    source = Store.unlock(source_dir, PASSPHRASE, durable=False)
    source.set_current_worker(account.worker_id)
    report = SyncEngine(StoreReplica(source)).sync()
    source.close()
    print(f"caseload: {made['records']} records of {clients} clients made and sent in "
          f"{time.perf_counter() - start:.1f} s")
    return report.pushed


@dataclass
class Pooled:
    store: Store
    engine: SyncEngine
    kind: tuple[str, str]


def pooled_stores(urls: list[str], office: Office, folder: Path) -> dict[tuple[str, str], list[Pooled]]:
    """Per kind, encrypted stores as the desktop makes them, signed in and holding their scope."""
    pools: dict[tuple[str, str], list[Pooled]] = {}
    n = 0
    for kind, usernames in office.pool_users.items():
        for username in usernames:
            store = Store.create(folder / f"pool-{n}", PASSPHRASE, kdf=FAST_KDF)
            engine = SyncEngine(StoreReplica(store))
            engine.enrol(urls[n % len(urls)], username, PASSWORD, f"Pool {n}")
            engine.sync()
            pools.setdefault(kind, []).append(Pooled(store, engine, kind))
            n += 1
    return pools


def close_pools(pools: dict[tuple[str, str], list[Pooled]]) -> None:
    for stores in pools.values():
        for pooled in stores:
            pooled.store.close()
