"""Servers for the server tests: SQLite in a temp folder, and PostgreSQL from pgserver.

Set KETENPLAN_TEST_PG_URL (postgresql+psycopg://...) to test against another PostgreSQL;
a fresh database is made on it for the run where the account may create one.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from server import accounts
from server.db import sqlite_url
from tests.conftest import missing_input
from tests.server.client import make_chain
from tests.server.live import start_in_thread

PG_URL_ENV = "KETENPLAN_TEST_PG_URL"


def _psycopg(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


def _cluster_url(folder: Path) -> tuple[str, object | None]:
    """(URL of a PostgreSQL to test on, the pgserver handle to stop afterwards or None)."""
    if os.environ.get(PG_URL_ENV):
        return _psycopg(os.environ[PG_URL_ENV]), None
    with warnings.catch_warnings():  # it warns where XDG_RUNTIME_DIR is unset, and copes
        warnings.simplefilter("ignore")
        import pgserver
    cluster = pgserver.get_server(folder / "pgdata", cleanup_mode="delete")
    # A cluster that lives for one test session: no flushing to disk (a crash of PostgreSQL itself is
    # never tested; the server's transactions, locks and isolation work as with fsync).
    for setting in ("fsync", "synchronous_commit", "full_page_writes"):
        cluster.psql(f"ALTER SYSTEM SET {setting} = off;")
    cluster.psql("SELECT pg_reload_conf();")
    return _psycopg(cluster.get_uri()), cluster


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashes():
    """Argon2id still, with test-sized costs: the default's 150 ms per login adds up over the tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(accounts, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
        yield


@dataclass
class PgCluster:
    base_url: str
    admin: Engine  # autocommit, for CREATE and DROP DATABASE

    @contextmanager
    def fresh_database(self) -> Iterator[str]:
        """The URL of a new, empty database, dropped afterwards (or the given one, where the
        account may not create databases)."""
        name = f"ketenplan_test_{uuid.uuid4().hex[:10]}"
        try:
            with self.admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception:
            yield self.base_url
            return
        try:
            yield make_url(self.base_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def pg_cluster():
    """A real PostgreSQL: pgserver's, started once for the session, or the one at KETENPLAN_TEST_PG_URL."""
    # A folder of its own, removed afterwards (pgserver deletes only the cluster inside it).
    folder = Path(tempfile.mkdtemp(prefix="ketenplan-pg-"))
    try:
        base_url, cluster = _cluster_url(folder)
        admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # no pgserver wheel for this platform, no permission, nothing listening
        shutil.rmtree(folder, ignore_errors=True)
        where = f"the one at {PG_URL_ENV} does not answer" if os.environ.get(PG_URL_ENV) else \
            f"pgserver could not start one and {PG_URL_ENV} is not set"
        missing_input("postgres", f"{where}: {type(exc).__name__}: {exc}")
    yield PgCluster(base_url, admin)
    admin.dispose()
    if cluster is not None:
        cluster.cleanup()
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_url(pg_cluster):
    with pg_cluster.fresh_database() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory):
    live = start_in_thread(sqlite_url(tmp_path_factory.mktemp("server")))
    yield live
    live.stop()
    live.db.dispose()


@pytest.fixture(scope="session")
def pg_server(pg_url):
    live = start_in_thread(pg_url)
    yield live
    live.stop()
    live.db.dispose()


@pytest.fixture(params=["sqlite", "pg"])
def server(request):
    """The same tests on both databases the server runs on."""
    return request.getfixturevalue(f"{request.param}_server")


@pytest.fixture
def chain(server):
    """A tenant of its own for each test, with an organisation and two users."""
    c = make_chain(server.db, server.url)
    yield c
    c.close()
