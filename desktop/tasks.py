"""Background work: one thread owns the store; results come back to the GUI thread as signals.

The GUI thread never touches the database. It submits a callable taking the store;
the worker runs it and the callbacks run on the GUI thread. A task submitted with a
`key` supersedes older tasks of that key: a stale search is skipped if it has not
started, and its result dropped if it has (search-as-you-type).
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.store import Store, StoreLocked
from sync.log_safety import describe

log = logging.getLogger(__name__)


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    key: str | None
    generation: int
    changes: frozenset[str]


class DbWorker(QObject):
    """Runs store work on one thread. `changed` tells views which kinds of record changed."""

    changed = Signal(object)  # frozenset of entity names, e.g. {"clients"}
    busy_changed = Signal(bool)
    _finished = Signal(int, object, object)  # ticket, result, error; crosses to the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ketenplan-db")
        self._store: Store | None = None  # touched only on the worker thread
        self._tickets = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._generations: dict[str, int] = {}
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    # -- the store's life --------------------------------------------------------
    def open(self, opener: Callable[[], Store | None], on_done=None, on_error=None) -> int:
        """Open (create or unlock) the store on the worker thread; on_done gets the Store or None."""
        def run(_store):
            store = opener()
            self._store = store
            return store
        return self._submit(run, on_done, on_error, None, frozenset(), needs_store=False)

    def close(self, on_done=None) -> int:
        def run(_store):
            if self._store is not None:
                self._store.close()
            self._store = None
        return self._submit(run, on_done, None, None, frozenset(), needs_store=False)

    # -- work --------------------------------------------------------------------
    def read(self, fn: Callable[[Store], Any], on_done=None, on_error=None, key: str | None = None) -> int:
        return self._submit(fn, on_done, on_error, key, frozenset(), needs_store=True)

    def write(self, fn: Callable[[Store], Any], changes: set[str] | frozenset[str],
              on_done=None, on_error=None) -> int:
        """Like read(), and on success `changed` is emitted with the entity names given."""
        return self._submit(fn, on_done, on_error, None, frozenset(changes), needs_store=True)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Block until everything submitted so far has run (for shutdown and tests)."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self.close()
        self._executor.shutdown(wait=True)
        # Results still on their way to the GUI thread are dropped: their widgets may be gone.
        self._pending.clear()

    def _submit(self, fn, on_done, on_error, key, changes, needs_store) -> int:
        ticket = next(self._tickets)
        with self._lock:
            generation = self._generations.get(key, 0) + 1 if key else 0
            if key:
                self._generations[key] = generation
        self._pending[ticket] = _Pending(on_done, on_error, key, generation, changes)
        self._executor.submit(self._run, ticket, fn, key, generation, needs_store)
        self.busy_changed.emit(True)
        return ticket

    def _is_stale(self, key: str | None, generation: int) -> bool:
        with self._lock:
            return key is not None and self._generations.get(key) != generation

    def _run(self, ticket, fn, key, generation, needs_store) -> None:
        if self._is_stale(key, generation):
            self._finished.emit(ticket, None, None)
            return
        try:
            if needs_store and self._store is None:
                raise StoreLocked()
            result, error = fn(self._store), None
        except BaseException as exc:  # delivered to on_error on the GUI thread
            result, error = None, exc
        self._finished.emit(ticket, result, error)

    @Slot(int, object, object)
    def _deliver(self, ticket: int, result, error) -> None:
        pending = self._pending.pop(ticket, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or self._is_stale(pending.key, pending.generation):
            return
        if error is not None:
            if pending.on_error is not None:
                pending.on_error(error)
            else:
                log.error("background task failed: %s", describe(error))
            return
        if pending.changes:
            self.changed.emit(pending.changes)
        if pending.on_done is not None:
            pending.on_done(result)
