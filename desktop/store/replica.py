"""The encrypted store as the sync engine's replica (sync/client/replica.py).

Each method is one short transaction. The desktop calls them on its database worker, one
job each, while the engine waits for the server on a thread of its own: a slow server never
holds up an autosave (docs/decisions/0019-the-store-never-waits.md).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from sqlalchemy import exc, text

from desktop.store import sync_pull, sync_push
from desktop.store.current_worker import WORKER_KEY
from desktop.store.duplicates import likely_duplicate_pairs
from desktop.store.errors import StoreLocked
from desktop.store.outbox import pending_count
from desktop.store.schema import SYNCED_TABLES
from desktop.store.sync_state import read_value, write_value
from sync.client.replica import (
    CURSOR,
    HEAD,
    LAST_ERROR,
    LAST_SUCCESS,
    ApplyCounts,
    Outgoing,
    Page,
    PushCounts,
    ReplicaClosed,
    ReplicaFailed,
)
from sync.protocol import PUSH_BATCH, OpResult

# What belongs to the person signed in, and goes when another person signs in to this store.
PERSONAL_STATE = (CURSOR, HEAD, LAST_SUCCESS, LAST_ERROR, WORKER_KEY)


def _guarded(method):
    """The store's failures in the replica's terms: closed under the sync, or failed."""
    @functools.wraps(method)
    def run(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        except (StoreLocked, exc.ResourceClosedError) as error:
            raise ReplicaClosed() from error
        except exc.SQLAlchemyError as error:
            raise ReplicaFailed(error.__class__.__name__) from error
    return run


class StoreReplica:
    def __init__(self, store):
        self.store = store
        self.store_id = store.store_id

    @property
    def engine(self):
        return self.store.engine

    # -- the engine's state ------------------------------------------------------
    @_guarded
    def read_state(self, *keys: str) -> dict[str, str | None]:
        with self.engine.connect() as conn:
            return {key: read_value(conn, key) for key in keys}

    @_guarded
    def write_state(self, values: Mapping[str, str | None]) -> None:
        with self.engine.begin() as conn:
            for key, value in values.items():
                write_value(conn, key, value)

    # -- push --------------------------------------------------------------------
    @_guarded
    def pending_count(self) -> int:
        with self.engine.connect() as conn:
            return pending_count(conn)

    @_guarded
    def last_entry(self) -> int:
        return sync_push.last_entry(self.engine)

    @_guarded
    def claim_batch(self, last: int, limit: int = PUSH_BATCH) -> list[Outgoing]:
        return sync_push.claim_batch(self.engine, last, limit)

    @_guarded
    def record_push_answers(self, entries: list[Outgoing], results: list[OpResult],
                            counts: PushCounts) -> list[Outgoing]:
        return sync_push.store_results(self.engine, entries, results, counts)

    # -- pull --------------------------------------------------------------------
    @_guarded
    def apply_page(self, page: Page) -> ApplyCounts:
        return sync_pull.apply_page(self.engine, page)

    # -- the person ----------------------------------------------------------------
    @_guarded
    def signed_in(self, account_json: str, worker_id: str | None, same_person: bool) -> None:
        if not same_person:
            self.forget_person()
        self.store.set_current_worker(worker_id)

    def forget_person(self) -> None:
        """Another person signs in: the records, the queue, what was set aside and the sync position
        of the person before all go, in one transaction, without outbox entries for the deletions."""
        with self.engine.begin() as conn:
            conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
            conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # all of them go: checked at commit
            for table in reversed(SYNCED_TABLES):  # children before their parents
                conn.exec_driver_sql(f'DELETE FROM "{table}"')
            conn.execute(text("DELETE FROM outbox"))
            conn.execute(text("DELETE FROM sync_rejects"))
            for key in PERSONAL_STATE:
                write_value(conn, key, None)
            conn.execute(text("DELETE FROM sync_applying"))

    @_guarded
    def duplicates(self) -> list[dict]:
        with self.engine.connect() as conn:
            return likely_duplicate_pairs(conn)
