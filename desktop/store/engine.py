"""The SQLAlchemy engine on an SQLCipher file.

The key is used raw (x'...'), so opening costs milliseconds, not a key derivation. The driver
takes it only as text in the URL: that hex string, and the one SQLAlchemy's pysqlcipher dialect
keeps for its `PRAGMA key` on each new connection, live as long as the engine and are freed, not
wiped, after it (Python cannot overwrite a str). See Store's docstring for every copy.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from sync.log_safety import quiet_engine_rows

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA journal_mode = WAL",
    "PRAGMA busy_timeout = 5000",
)
DURABLE = "PRAGMA synchronous = FULL"  # a committed write survives a power cut
FAST = "PRAGMA synchronous = OFF"  # for data that can be made again: demo and benchmark stores


def raw_key_literal(db_key: bytes | bytearray) -> str:
    return f"x'{db_key.hex()}'"


def open_engine(path: Path, db_key: bytes | bytearray | None, durable: bool = True) -> Engine:
    """An engine on the file; db_key None opens plain SQLite (benchmarks compare the two).
    hide_parameters: an error of a statement never quotes the record values it was sent with; nor is
    a row read ever logged."""
    quiet_engine_rows()
    if db_key is None:
        engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)), hide_parameters=True)
    else:
        # The pysqlcipher dialect issues PRAGMA key with the password before anything else.
        url = URL.create("sqlite+pysqlcipher", password=raw_key_literal(db_key), database=str(path))
        engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn, _record):
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL in
        # migrations and reads in a sync page are inside the transaction too.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in (*PRAGMAS, DURABLE if durable else FAST):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine
