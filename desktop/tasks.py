"""Background work: one thread owns the store; results come back to the GUI thread as signals.

The GUI thread never touches the database. It submits a callable taking the store;
the worker runs it and the callbacks run on the GUI thread.

Stale answers are dropped here, once, rather than in every view. A task submitted with a
`key` supersedes older tasks of that key: a stale search is skipped if it has not started,
and its result dropped if it has (search-as-you-type). A task submitted with an `asker` (the
view that wants the answer) is tied to it: its key counts per asker, `forget(asker)` drops
every answer still due to it (the view shows another client, was cleared or locked), and
an asker that is gone gets nothing. A write tied to an asker still runs and still announces
what it changed; only its callbacks are dropped.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
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
    asker: QObject | None = None  # held until delivery, so its id is not reused before
    round: int = 0  # the asker's round when asked; forget() starts a new one


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
        self._generations: dict[object, int] = {}  # by key, or by (asker, key)
        self._rounds: dict[int, int] = {}  # by id(asker); GUI thread only
        self._lock = threading.Lock()
        self._shut_down = False  # set by shutdown(): later requests are dropped, not raised in the event loop
        self._write_hooks: list[Callable[[frozenset[str]], None]] = []
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
    def read(self, fn: Callable[[Store], Any], on_done=None, on_error=None, key: str | None = None,
             asker: QObject | None = None) -> int:
        return self._submit(fn, on_done, on_error, key, frozenset(), needs_store=True, asker=asker)

    def write(self, fn: Callable[[Store], Any], changes: set[str] | frozenset[str],
              on_done=None, on_error=None, asker: QObject | None = None) -> int:
        """Like read(), and on success `changed` is emitted with the entity names given."""
        changes = frozenset(changes)

        def run(store):
            result = fn(store)
            for hook in self._write_hooks:
                hook(changes)
            return result
        return self._submit(run, on_done, on_error, None, changes, needs_store=True, asker=asker)

    def on_written(self, hook: Callable[[frozenset[str]], None]) -> None:
        """hook(tables) runs on the worker thread right after each write succeeds, before the next
        task: a cache of what the store holds (the monitoring facts) learns what changed in time."""
        if hook not in self._write_hooks:
            self._write_hooks.append(hook)

    def forget(self, asker: QObject) -> None:
        """Drop every answer still due to `asker`: it now shows something else, or nothing."""
        self._watch(asker)
        self._rounds[id(asker)] += 1

    def call(self, fn: Callable[[Store], Any]) -> Future:
        """Run fn(store) on the worker for a thread other than the GUI's (the sync's), which waits on
        the future itself: no signals, no callbacks. Raises StoreLocked (in the future) when no store is open."""
        def run():
            if self._store is None:
                raise StoreLocked()
            return fn(self._store)
        return self._executor.submit(run)

    def is_busy(self) -> bool:
        """Answers are still due (GUI thread): work of low priority waits for busy_changed(False)."""
        return bool(self._pending)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Block until everything submitted so far has run (for shutdown and tests)."""
        self._executor.submit(lambda: None).result(timeout)

    def shutdown(self) -> None:
        self._shut_down = True
        self.close()
        self._executor.shutdown(wait=True)
        # Results still on their way to the GUI thread are dropped: their widgets may be gone.
        self._pending.clear()

    def _submit(self, fn, on_done, on_error, key, changes, needs_store, asker=None) -> int:
        ticket = next(self._tickets)
        if self._shut_down:  # the app is closing: a timer that fires now (a sync, a refresh) asks for nothing
            return ticket
        round_ = 0
        if asker is not None:
            self._watch(asker)
            round_ = self._rounds[id(asker)]
            key = (id(asker), key) if key else None
        with self._lock:
            generation = self._generations.get(key, 0) + 1 if key else 0
            if key:
                self._generations[key] = generation
        self._pending[ticket] = _Pending(on_done, on_error, key, generation, changes, asker, round_)
        self._executor.submit(self._run, ticket, fn, key, generation, needs_store)
        self.busy_changed.emit(True)
        return ticket

    def bound(self, asker: QObject, fn: Callable[..., None]) -> Callable[..., None]:
        """fn, run only if `asker` has not moved on nor gone by the time it is called: for
        answers that reach the view through another object (an undo command, a modal dialog)."""
        self._watch(asker)
        round_ = self._rounds[id(asker)]

        def call(*args) -> None:
            if shiboken6.isValid(asker) and self._rounds.get(id(asker)) == round_:
                fn(*args)
        return call

    def _watch(self, asker: QObject) -> None:
        if id(asker) not in self._rounds:
            self._rounds[id(asker)] = 0
            ident = id(asker)
            asker.destroyed.connect(lambda *_args: self._gone(ident))

    def _gone(self, ident: int) -> None:
        self._rounds.pop(ident, None)
        with self._lock:
            for key in [k for k in self._generations if isinstance(k, tuple) and k[0] == ident]:
                del self._generations[key]

    def _asker_moved_on(self, pending: _Pending) -> bool:
        asker = pending.asker
        return asker is not None and (not shiboken6.isValid(asker)
                                      or self._rounds.get(id(asker)) != pending.round)

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
        if self._asker_moved_on(pending):
            if error is None and pending.changes:
                self.changed.emit(pending.changes)  # the store changed all the same
            elif error is not None and pending.changes:
                log.warning("a write failed after its view moved on: %s", type(error).__name__)
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
