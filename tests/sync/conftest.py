"""A real sync server on loopback (SQLite file), a tenant of two organisations per test, and
devices: each an encrypted store of its own with a signed-in sync engine."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.store import Store
from desktop.store.replica import StoreReplica
from server import accounts, models
from server.db import Database, sqlite_url
from sync.client.engine import SyncEngine
from tests.conftest import new_store

# The server tests' PostgreSQL (pgserver's, or the one at KETENPLAN_TEST_PG_URL), with a database of its own.
from tests.server.conftest import pg_cluster, pg_url  # noqa: F401
from tests.server.live import start_in_thread

PASSWORD = "wachtwoord voor de test"


@pytest.fixture(scope="session")
def quick_hashes():
    """Argon2id with test-sized costs: a login per device adds up over the tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


@pytest.fixture(scope="session")
def sync_server(tmp_path_factory, quick_hashes):
    live = start_in_thread(sqlite_url(tmp_path_factory.mktemp("server")))
    yield live
    live.stop()
    live.db.dispose()


@dataclass
class Tenant:
    url: str
    tenant_id: str
    usernames: dict[str, str]  # gemeente, vluchtelingenwerk -> user name
    db: Database | None = None  # the server's database, to look at what it holds


def make_tenant(live, begeleider_at: str = "gemeente") -> Tenant:
    """A municipality with a klantmanager at the gemeente and a begeleider at `begeleider_at`
    ("gemeente" or "vluchtelingenwerk"). At the gemeente, both devices hold every client made on
    either; at VluchtelingenWerk, the begeleider holds only the clients assigned to him (which
    device sees what is tested in test_consent_withdrawn.py and tests/server/test_authorisation_matrix.py).
    The keys name the devices: "vluchtelingenwerk" is the begeleider's."""
    tag = uuid.uuid4().hex[:8]
    with live.db.writing() as session:
        t = accounts.create_tenant(session, f"Gemeente {tag}")
        organisations = {
            "gemeente": accounts.create_organisation(session, t, f"Gemeente {tag}", "gemeente"),
            "vluchtelingenwerk": accounts.create_organisation(session, t, f"VluchtelingenWerk {tag}",
                                                              "maatschappelijke_begeleiding")}
        names = {"gemeente": f"sanne-{tag}", "vluchtelingenwerk": f"youssef-{tag}"}
        accounts.create_user(session, t, organisations["gemeente"], names["gemeente"], "Sanne de Vries",
                             "klantmanager", PASSWORD)
        accounts.create_user(session, t, organisations[begeleider_at], names["vluchtelingenwerk"], "Youssef Amrani",
                             "begeleider", PASSWORD)
    return Tenant(live.url, t.id, names, live.db)


def add_coordinator(tenant: Tenant) -> str:
    """A coordinator at the tenant's municipality, who holds the whole tenant: the user name."""
    username = f"carla-{uuid.uuid4().hex[:8]}"
    with tenant.db.writing() as session:
        stored = session.get(models.Tenant, tenant.tenant_id)
        gemeente = session.execute(select(models.Organisation).where(
            models.Organisation.tenant_id == stored.id, models.Organisation.kind == "gemeente")).scalar_one()
        accounts.create_user(session, stored, gemeente, username, "Carla Coördinator", "coordinator", PASSWORD)
    return username


@pytest.fixture
def tenant(sync_server) -> Tenant:
    return make_tenant(sync_server)


@dataclass
class Device:
    store: Store
    engine: SyncEngine

    def sync(self, **options):
        return self.engine.sync(**options)


@dataclass
class Devices:
    tmp_path: object
    tenant: Tenant
    made: list[Device] = field(default_factory=list)

    def new(self, name: str, organisation: str = "gemeente", enrol: bool = True, **engine_options) -> Device:
        store = new_store(self.tmp_path / name)
        device = Device(store, SyncEngine(StoreReplica(store), **engine_options))
        self.made.append(device)
        if enrol:
            device.engine.enrol(self.tenant.url, self.tenant.usernames[organisation], PASSWORD, name)
        return device


@pytest.fixture
def devices(tmp_path, tenant):
    made = Devices(tmp_path, tenant)
    yield made
    for device in made.made:
        device.store.close()


# -- the same server on PostgreSQL -------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_sync_server(pg_url, quick_hashes):  # noqa: F811 (the imported fixture)
    live = start_in_thread(pg_url)
    yield live
    live.stop()
    live.db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def tenant_on_each_database(request) -> Tenant:
    """A tenant on the SQLite server, then on the PostgreSQL one: a module runs its tests on both
    by overriding `tenant` with this."""
    return make_tenant(request.getfixturevalue("sync_server" if request.param == "sqlite" else "pg_sync_server"))
