"""The store's replica as the sync thread sees it: each call one job on the database worker.

The engine waits for the server on its own thread; what it asks of the store (read what to
send, store the answers, apply a page) runs on the DbWorker as a short job of its own, so an
autosave queued meanwhile waits for one of those jobs, never for the network
(docs/decisions/0019-the-store-never-waits.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.store.errors import StoreLocked
from desktop.store.replica import StoreReplica
from desktop.tasks import DbWorker
from sync.client.replica import ReplicaClosed

# Far beyond any one step (a page of a first sync takes about a second); the worker is never
# left waiting on this side, only the sync thread.
STEP_TIMEOUT = 600.0


class ReplicaOnWorker:
    """sync.client.replica.Replica over the DbWorker; call from any thread but the GUI's."""

    def __init__(self, worker: DbWorker):
        self._worker = worker
        self._store_id: str | None = None

    def _on_worker(self, fn: Callable[[StoreReplica], Any]) -> Any:
        try:
            future = self._worker.call(lambda store: fn(StoreReplica(store)))
        except RuntimeError as error:  # the worker shut down: quitting
            raise ReplicaClosed() from error
        try:
            return future.result(STEP_TIMEOUT)
        except StoreLocked as error:
            raise ReplicaClosed() from error

    @property
    def store_id(self) -> str:
        if self._store_id is None:
            self._store_id = self._on_worker(lambda replica: replica.store_id)
        return self._store_id

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)

        def call(*args, **kwargs):
            return self._on_worker(lambda replica: getattr(replica, name)(*args, **kwargs))
        return call
