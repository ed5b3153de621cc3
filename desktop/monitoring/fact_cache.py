"""Every client's facts kept between openings of the dashboard, rebuilt only where the store changed.

Opening the dashboard of a municipality's store would otherwise read and evaluate every client
each time (decision 0025). The cache of an open store keeps what the readers gave per table
(`FACT_READERS`), each person's facts and the inputs they were built from, and each person's
results on the last reference date and settings. A write to a fact table marks it; the next
computation reads again only the marked tables, builds the facts again only of the persons whose
inputs differ, and evaluates only those. The answer is the same as a fresh computation's
(tests/monitoring/test_fact_cache.py checks it over random edits).

How the cache learns of a write, whichever way it came:
- every statement written through SQLAlchemy on the store's engine (the repositories, and the
  sync applying the server's records) names its table: `before_cursor_execute` marks it;
- a worker write announces the tables it wrote as well, `note_written` (DbWorker.on_written):
  that covers a write past SQLAlchemy, on the driver's own cursor.
The cache goes when the engine is disposed: at lock, sign-off (the store wiped) and quit.
"""

from __future__ import annotations

import gc
import re
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, event

from desktop.monitoring.compute import MonitoringRun
from desktop.monitoring.options import MonitoringOptions
from desktop.store.monitoring_source import (
    CLIENT_TABLE,
    FACT_READERS,
    FACT_TABLES,
    Days,
    facts_arguments,
    households_of,
    organisation_names,
    read_clients,
    read_inputs,
)
from domain.monitoring.evaluate import Result
from domain.monitoring.facts import PersonFacts, build_facts
from domain.monitoring.figures import Figures, evaluate_person, taakstelling

ORGANISATIONS = "organisations"  # the breakdown's labels
WATCHED = FACT_TABLES | {ORGANISATIONS}
WARM_PERSONS = 2500  # persons built, or evaluated, in one warming step: some 0.1 s of processor time
# The table a statement writes; a statement that writes several (a CTE) names each.
_WRITES = re.compile(r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)"
                     r"\s+[\"`\[]?(\w+)", re.IGNORECASE)


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while tens of thousands of objects are made: the collector
    would walk them again and again (a quarter of the time), and none of them form cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class FactCache:
    """The facts and results of one open store. Used on the database worker only; `note_written`
    may come from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._dirty: set[str] = set(WATCHED)  # nothing read yet
        self._days = Days()
        self._clients: dict[str, dict] = {}
        self._inputs: dict[str, dict[str, Any]] = {}  # build_facts keyword -> {client id: value}
        self._organisations: dict[str, str] = {}
        self._built_from: dict[str, tuple] = {}  # client id -> (client, build_facts keywords)
        self._facts: dict[str, PersonFacts] = {}
        self._results: dict[str, dict[str, Result]] = {}  # client id -> code -> result, on _results_for
        self._results_for: tuple | None = None
        self._run: MonitoringRun | None = None
        self._changed: set[str] = set()  # persons rebuilt or gone since the last run was made
        self._unbuilt: set[str] = set()  # tables read since the facts were last built
        self._built_since_run = False  # facts built (by a warming step too) since the last run was made
        self._staged: _Staged | None = None  # a build done in steps, under way
        self._built_inputs: dict[str, dict[str, Any]] = {}  # the readers' answers the facts were built from
        self.rebuilt = 0  # persons whose facts were built by the last refresh
        self.evaluated = 0  # persons evaluated by the last computation

    def note_written(self, tables: Iterable[str]) -> None:
        marked = WATCHED.intersection(tables)
        if marked:
            with self._lock:
                self._dirty |= marked

    def on_statement(self, statement: str) -> None:
        head = statement.lstrip()[:6].upper()
        if head not in ("SELECT", "PRAGMA"):
            self.note_written(name.lower() for name in _WRITES.findall(statement))

    # -- computing ---------------------------------------------------------------------
    def compute(self, engine: Engine, options: MonitoringOptions) -> MonitoringRun:
        """The figures as a fresh `compute` would give them, from what changed since the last call."""
        with gc_paused():
            self._refresh(engine)
            if not self._built_since_run and self._run is not None and self._run.options == options:
                self.evaluated = 0
                return self._run  # nothing changed: the same figures, the view need not redraw
            key = (options.ref, options.settings)
            if key != self._results_for:
                self._results, self._results_for = {}, key
            known = len(self._results)
            last = self._run.figures if self._run is not None else None
            if last is not None and (last.ref, last.settings, last.cohort_by) == (
                    options.ref, options.settings, options.cohort_by) and len(self._changed) * 4 < len(self._facts):
                figures = last.with_changed(self._facts, self._changed)  # only the cells they touch
                self.evaluated = len(self._changed & self._facts.keys())
            else:
                figures = Figures(self._facts.values(), options.ref, options.cohort_by, options.settings,
                                  evaluated=self._results)
                self.evaluated = len(figures.by_person) - known
            self._results = dict(figures.by_person)  # a copy: a run handed out never changes
            self._changed, self._built_since_run = set(), False
            self._run = MonitoringRun(options, figures, taakstelling(self._facts.values(), options.quotas),
                                      dict(self._organisations))
            return self._run

    def facts(self, engine: Engine) -> list[PersonFacts]:
        with gc_paused():
            self._refresh(engine)
        return list(self._facts.values())

    def _refresh(self, engine: Engine) -> None:
        """Read the marked tables again and rebuild the persons whose inputs changed."""
        with self._lock:
            dirty, self._dirty = self._dirty, set()
        if dirty:
            self._read(engine, dirty)
        if self._unbuilt:
            self._build()  # all of it now, or what a warming build left

    def _read(self, engine: Engine, dirty: set[str]) -> None:
        """Read the readers of these tables (the clients', the organisations') into the cache; the
        facts are built from them later (`_build`)."""
        try:
            with engine.connect() as conn:
                if CLIENT_TABLE in dirty:
                    self._clients = read_clients(conn, self._days)
                readers = [name for name, reader in FACT_READERS.items() if dirty.intersection(reader.tables)]
                if readers:
                    self._inputs = {**self._inputs, **read_inputs(conn, self._days, readers)}
            if ORGANISATIONS in dirty:
                self._organisations = organisation_names(engine)
        except BaseException:
            self.note_written(dirty)  # read again next time
            raise
        self._unbuilt |= dirty

    def _build(self, limit: int | None = None) -> bool:
        """Build the facts again of the persons whose inputs differ from those of the last build; with
        a limit, of at most that many persons more (a warming step), the build going on from there next
        time. True once every person is built and the facts are in place."""
        staged = self._staged
        if staged is None or staged.clients is not self._clients or staged.inputs is not self._inputs:
            # (again) from the start: something was read since this build began
            # The clients' table unchanged: only persons whose answer from a reader read again differs.
            candidates = (None if CLIENT_TABLE in self._unbuilt or not self._facts
                          else _differing(self._built_inputs, self._inputs))
            staged = self._staged = _Staged(self._clients, self._inputs, households_of(self._clients),
                                            candidates, list(self._clients))
        ids = staged.ids[staged.done:] if limit is None else staged.ids[staged.done:staged.done + limit]
        candidates, facts, built_from = staged.candidates, staged.facts, staged.built_from
        for cid in ids:
            client = staged.clients[cid]
            if candidates is not None and cid not in candidates and cid in self._facts:
                facts[cid], built_from[cid] = self._facts[cid], self._built_from[cid]
                continue
            arguments = facts_arguments(client, staged.households, staged.inputs)
            kept = self._built_from.get(cid)
            if kept is not None and kept == (client, arguments):
                facts[cid], built_from[cid] = self._facts[cid], kept
                continue
            facts[cid], built_from[cid] = build_facts(client, **arguments), (client, arguments)
            self._results.pop(cid, None)
            staged.rebuilt += 1
        staged.done += len(ids)
        if staged.done < len(staged.ids):
            return False
        self._staged, self._unbuilt, self.rebuilt = None, set(), staged.rebuilt
        self._changed |= (self._facts.keys() - facts.keys()) | {
            cid for cid in facts if facts[cid] is not self._facts.get(cid)}
        self._facts, self._built_from = facts, built_from
        self._built_inputs = staged.inputs  # replaced, never changed in place
        self._built_since_run = True
        return True

    # -- warming in small steps ----------------------------------------------------------
    def warm_step(self, engine: Engine, options: MonitoringOptions) -> bool:
        """One short step towards the figures of `options` being ready: the clients read, or one
        reader's tables, or the organisations, or the facts of some persons built, or some persons
        evaluated, or the figures computed from them. True while steps remain. Run as separate tasks on
        the database worker, the steps let whatever the user asks for in between go first
        (desktop/views/monitoring/warmup.py). At 10,000 clients the longest, reading the clients, takes some
        0.2 s of processor time, the others 0.1 s or less."""
        with gc_paused():
            with self._lock:
                group = _next_group(self._dirty)
                if group:
                    self._dirty -= group
            if group:
                self._read(engine, group)
                return True
            if self._unbuilt:
                self._build(WARM_PERSONS)
                return True
            if self.is_warm(options):
                return False
            key = (options.ref, options.settings)
            if key != self._results_for:
                self._results, self._results_for = {}, key
            unknown = [f for cid, f in self._facts.items() if cid not in self._results][:WARM_PERSONS]
            for facts in unknown:  # kept as compute keeps them: results on this day with these settings
                self._results[facts.client_id] = evaluate_person(facts, options.ref, options.settings)
            if unknown:
                return True
            self.compute(engine, options)  # everyone evaluated: the cells are filled from the results
            return False

    def is_warm(self, options: MonitoringOptions) -> bool:
        """Nothing to read or build, and the figures of `options` computed."""
        with self._lock:
            dirty = bool(self._dirty)
        return (not dirty and not self._unbuilt and not self._built_since_run and self._run is not None
                and self._run.options == options)


@dataclass
class _Staged:
    """A build under way: what it is built from, and what it made so far."""
    clients: dict[str, dict]
    inputs: dict[str, dict[str, Any]]
    households: dict[str, list[dict]]
    candidates: set[str] | None
    ids: list[str]
    done: int = 0
    rebuilt: int = 0
    facts: dict[str, PersonFacts] = field(default_factory=dict)
    built_from: dict[str, tuple] = field(default_factory=dict)


def _next_group(dirty: set[str]) -> set[str]:
    """The marked tables one warming step reads: the clients', one reader's, or the organisations'.
    (`_read` reads every reader of a table it is given: a table two readers share is read by both.)"""
    if CLIENT_TABLE in dirty:
        return {CLIENT_TABLE}
    for reader in FACT_READERS.values():
        mine = dirty.intersection(reader.tables)
        if mine:
            return mine
    return dirty & {ORGANISATIONS}


def _differing(before: dict[str, dict], now: dict[str, dict]) -> set[str]:
    """The client ids whose answer from a reader read again differs (or appeared, or went)."""
    out: set[str] = set()
    for keyword, answers in now.items():
        old = before.get(keyword, {})
        if answers is not old:
            out.update(cid for cid in old.keys() | answers.keys() if old.get(cid) != answers.get(cid))
    return out


_caches: weakref.WeakKeyDictionary[Engine, FactCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cache_for(engine: Engine) -> FactCache:
    """The cache of the store this engine opens; made, and set to watch its writes, on first use."""
    with _caches_lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = FactCache()
            ref = weakref.ref(cache)

            def watch(_conn, _cursor, statement, _parameters, _context, _executemany) -> None:
                alive = ref()
                if alive is not None:
                    alive.on_statement(statement)

            event.listen(engine, "before_cursor_execute", watch)
            event.listen(engine, "engine_disposed", lambda disposed: drop(disposed))
        return cache


def drop(engine: Engine) -> None:
    """Forget the cache of this engine (the store closes: lock, sign-off, quit)."""
    with _caches_lock:
        _caches.pop(engine, None)


def has_cache(engine: Engine) -> bool:
    with _caches_lock:
        return engine in _caches


def note_written(tables: Iterable[str]) -> None:
    """A write announced these tables (DbWorker.on_written): every open store's cache marks them."""
    tables = frozenset(tables)
    with _caches_lock:
        caches = list(_caches.values())
    for cache in caches:
        cache.note_written(tables)


def compute_cached(engine: Engine, options: MonitoringOptions) -> MonitoringRun:
    return cache_for(engine).compute(engine, options)
