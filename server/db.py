"""The server's database: engine set-up per dialect, read and write sessions, migrations.

SQLite (embedded default) and PostgreSQL differ in how writers are serialised:
- SQLite: a write transaction starts with BEGIN IMMEDIATE, taking the one write lock
  before it reads anything, so it never has to upgrade a read snapshot (which fails at
  once under contention instead of waiting).
- PostgreSQL: the tenant's counter row is locked with SELECT ... FOR UPDATE (records.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from sync.log_safety import quiet_engine_rows

MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_FILE = "ketenplan-server.sqlite3"
_WRITE = "ketenplan_write"  # execution option: this transaction will write
_MIGRATION_LOCK = 0x6B6574656E  # pg_advisory lock key: one process migrates at a time


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(Path(data_dir) / SQLITE_FILE).resolve()}"


def make_engine(url: str) -> Engine:
    """hide_parameters: a failed statement's error (and so any log of it) never holds the values
    it was sent with, which are record contents; nor is a row read ever logged."""
    quiet_engine_rows()
    if url.startswith("sqlite"):
        return _sqlite_engine(url)
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20, hide_parameters=True)


def _sqlite_engine(url: str) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # the driver's own BEGIN handling breaks savepoints
        for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")

    return engine


class Database:
    """One engine and its sessions; every request opens a short transaction of its own."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(**{_WRITE: True}), expire_on_commit=False)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """A transaction that writes: committed on leaving, rolled back on an exception."""
        with self._write() as session, session.begin():
            yield session

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to the newest revision (tests: to an older one). Safe when several
        processes start at once."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.connect() as conn:
            conn.execution_options(**{_WRITE: True})
            with conn.begin():
                if self.is_postgresql:  # released at commit; the next process then finds head
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)

    def ping(self) -> None:
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()
