"""Edits not yet saved, kept in the encrypted store so a lock, a crash or a sign-out loses none.

A draft is one JSON value in device_state (never synced, never in the outbox) under a name
per screen; the screen writes it as the user types and removes it once the edits are saved
or thrown away (docs/decisions/0026-unsaved-edits-as-encrypted-drafts.md).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from desktop.store.schema import device_state

PREFIX = "draft:"


class DraftRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def put(self, name: str, value: dict[str, Any]) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(device_state).where(device_state.c.key == PREFIX + name))
            conn.execute(insert(device_state).values(key=PREFIX + name, value=json.dumps(value)))

    def get(self, name: str) -> dict[str, Any] | None:
        with self._engine.connect() as conn:
            raw = conn.execute(select(device_state.c.value)
                               .where(device_state.c.key == PREFIX + name)).scalar_one_or_none()
        if raw is None:
            return None
        try:
            value = json.loads(raw)
        except ValueError:
            return None  # unreadable: as if there were none, rather than a screen that cannot open
        return value if isinstance(value, dict) else None

    def drop(self, name: str) -> None:
        with self._engine.begin() as conn:
            conn.execute(delete(device_state).where(device_state.c.key == PREFIX + name))
