"""Who works on this device now: the one place that reads it from the device's state.

Every record a person writes here names them (an outbox entry's author, a consent's recorder,
a story's writer); the value is set at sign-in (Store.set_current_worker) and is None on a
device working alone.
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from desktop.store.schema import device_state

WORKER_KEY = "worker_id"
WORKER_SQL = f"(SELECT value FROM device_state WHERE key = '{WORKER_KEY}')"  # inside INSERT ... SELECT triggers


def current_worker_id(conn: Connection) -> str | None:
    return conn.execute(select(device_state.c.value).where(device_state.c.key == WORKER_KEY)).scalar_one_or_none()
