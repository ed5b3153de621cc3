"""Sync in the background: every few minutes, shortly after local changes, and on request.

The engine runs on a sync thread of its own and waits for the server there; each thing it
asks of the store is a short job of its own on the DbWorker (desktop/sync_replica.py), so
neither the GUI nor the store (an autosave) ever waits for the network. Before each sync a
quick look at the server's /health, on a thread of its own, tells offline from online: an
unreachable server then costs the store's other work (search, autosave) nothing, which
matters for an app that is offline most of the day on home visits.

Only the engine's word counts as success: the status shows the last success the store
recorded, and a failure as soon as it happens.

A device an administrator signed off stops syncing at once: its token is forgotten, the
shell tells the person (device_revoked) and then has the store wiped (wipe_device).
"""

from __future__ import annotations

import logging
import platform
import random
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from desktop.settings import SYNC_MINUTES_DEFAULT, Settings
from desktop.store.schema import SYNCED_TABLES
from desktop.sync_replica import ReplicaOnWorker
from desktop.tasks import DbWorker
from sync.log_safety import describe

log = logging.getLogger(__name__)

FIRST_SYNC_DELAY_MS = 1500  # after unlocking: the caseload comes first
# Each interval is drawn anew within this share of the set one, so laptops that started
# together (an office opening at nine, a server back after an outage) drift apart instead of
# reaching the server in the same second, where each waits for all the others.
INTERVAL_JITTER = 0.2
CHANGES_DELAY_MS = 15_000  # after the last local change: typing in a form is one sync, not many
PROBE_TIMEOUT = 5.0  # seconds for /health to answer before the server counts as unreachable
DEVICE_REVOKED = "device_revoked"  # sync.errors.DeviceRevoked's code: the one failure that wipes

EngineFactory = Callable[[Any], Any]  # sync.client.replica.Replica -> sync.client.engine.SyncEngine
Probe = Callable[[str], bool]  # server URL -> reachable


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows; `failure` is the last attempt's {"code", "message"} if it failed."""

    enrolled: bool = False
    server_url: str | None = None
    account_name: str | None = None
    account_role: str | None = None  # an administrator may see and sign off the tenant's devices
    online: bool | None = None  # None: not known since unlocking
    running: bool = False
    pending: int = 0
    last_success_at: str | None = None
    failure: dict | None = None
    open_conflicts: int = 0
    rejects: int = 0
    duplicates: int = 0


def read_status(store) -> SyncStatus:
    """The store's side of the status; runs on the worker thread."""
    from desktop.store.duplicates import likely_duplicate_pairs

    summary = store.sync.summary()
    account = store.sync.account() if summary.enrolled else None
    failure = summary.last_error
    if failure and failure.get("code") == "interrupted":
        failure = None  # stopped by a lock or by quitting, as asked: nothing for the person to do
    with store.engine.connect() as conn:
        duplicates = len(likely_duplicate_pairs(conn))
    return SyncStatus(enrolled=summary.enrolled, server_url=summary.server_url,
                      account_name=account.get("display_name") if account else None,
                      account_role=account.get("role") if account else None,
                      pending=summary.pending_count, last_success_at=summary.last_success_at,
                      failure=failure, open_conflicts=summary.open_conflicts,
                      rejects=summary.rejects, duplicates=duplicates)


def server_answers(url: str) -> bool:
    """True if the server's /health answers; runs on the probe thread. Checked as the sync itself
    is: https only (but for this computer), the same certificates trusted. A certificate that
    does not verify counts as an answer, so the engine, not "offline", says what is wrong."""
    import httpx

    from sync.client.transport import is_untrusted_certificate, server_base_url, tls_context
    try:
        return httpx.get(f"{server_base_url(url)}/health", timeout=PROBE_TIMEOUT,
                         verify=tls_context()).status_code == 200
    except httpx.HTTPError as error:
        return is_untrusted_certificate(error)


def default_engine(replica):
    from sync.client.engine import SyncEngine
    return SyncEngine(replica)


def device_name() -> str:
    return f"Ketenplan {platform.node() or platform.system()}".strip()


def forget_revoked_device(store, engine_factory: EngineFactory = default_engine) -> None:
    """On the worker, the store still open: the dead token leaves the keyring (it is keyed by a
    server address only the store knows)."""
    from desktop.store.replica import StoreReplica
    engine_factory(StoreReplica(store)).sign_out()


def wipe_revoked_store(data_dir: Path) -> None:
    """On the worker, after the store is closed: its files and its remembered key go. Returns None:
    run as the worker's `open`, it leaves the worker with no store."""
    from desktop.store.wipe import wipe_store
    removed = wipe_store(data_dir)
    log.warning("this device was signed off by an administrator; removed %d store files from %s",
                len(removed), data_dir)


class SyncService(QObject):
    status_changed = Signal(object)  # SyncStatus
    progress_changed = Signal(object)  # sync.client.engine.SyncProgress
    sync_finished = Signal(bool)  # True when the engine completed; else the status says why
    enrolled = Signal(object)  # sync.protocol.Account
    device_revoked = Signal()  # the shell tells the person, locks, then calls wipe_device
    _progress = Signal(object)  # from the worker thread
    _probed = Signal(int, bool)  # run, reachable; from the probe thread
    _answered = Signal(object, object, object)  # on_done, on_error, (result, error); from the sync thread

    def __init__(self, worker: DbWorker, settings: Settings | None = None, parent: QObject | None = None, *,
                 engine_factory: EngineFactory | None = None, probe: Probe | None = None,
                 interval_ms: int | None = None, changes_delay_ms: int = CHANGES_DELAY_MS,
                 first_delay_ms: int = FIRST_SYNC_DELAY_MS):
        super().__init__(parent)
        self._worker = worker
        self._engine_factory = engine_factory or default_engine
        self._probe = probe or server_answers
        self._probes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ketenplan-probe")
        self._syncs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ketenplan-sync")
        self._replica = ReplicaOnWorker(worker)
        self._stop = threading.Event()  # read by the engine between steps
        self._active = False  # unlocked
        self._running = False
        self._again = False  # asked for while running: one more sync afterwards
        self._run = 0  # answers of an earlier run (before a lock) are dropped
        self._online: bool | None = None
        self._failure: dict | None = None  # this session's last attempt, if it failed
        self._store_status = SyncStatus()

        minutes = settings.sync_interval_minutes if settings is not None else SYNC_MINUTES_DEFAULT
        self._interval_ms = interval_ms if interval_ms is not None else minutes * 60_000
        self._interval = QTimer(self)
        self._interval.setSingleShot(True)  # started again with a new draw after each sync
        self._interval.timeout.connect(self._on_interval)
        self._soon = QTimer(self)  # after local changes
        self._soon.setSingleShot(True)
        self._soon.setInterval(changes_delay_ms)
        self._soon.timeout.connect(self._on_changes_settled)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.setInterval(first_delay_ms)
        self._first.timeout.connect(self.sync_now)

        self._progress.connect(self.progress_changed)
        self._probed.connect(self._on_probed)
        self._answered.connect(self._deliver)
        worker.changed.connect(self._on_store_changed)

    # -- state -----------------------------------------------------------------------
    @property
    def status(self) -> SyncStatus:
        return replace(self._store_status, online=self._online, running=self._running,
                       failure=self._failure or self._store_status.failure)

    @property
    def is_running(self) -> bool:
        return self._running

    def start(self) -> None:
        """Unlocked: show the status, sync soon, and every few minutes."""
        self._active = True
        self._stop.clear()
        self._run += 1
        self._online, self._failure, self._running, self._again = None, None, False, False
        self.refresh()
        self._interval.start(self.next_interval_ms())
        self._first.start()

    def stop(self) -> None:
        """Locking: a running sync stops at its next step; no more timers until unlocked."""
        self._active = False
        self._stop.set()
        self._run += 1
        self._running = self._again = False
        for timer in (self._interval, self._soon, self._first):
            timer.stop()
        self._store_status = SyncStatus()
        self._online = self._failure = None

    def shutdown(self) -> None:
        self.stop()
        self._probes.shutdown(wait=False, cancel_futures=True)
        self._syncs.shutdown(wait=False, cancel_futures=True)

    def refresh(self) -> None:
        """Read the store's side of the status again."""
        if not self._active:
            return
        run = self._run
        self._worker.read(read_status, key="sync-status", on_done=lambda s: self._set_store_status(run, s),
                          on_error=lambda e: self._ignore(run, e))

    # -- signing in --------------------------------------------------------------------
    def enrol(self, server_url: str, username: str, password: str,
              on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> None:
        """Sign this device in (on the sync thread: it waits for the server), then sync at once."""
        name = device_name()

        def run():
            return self._engine_factory(self._replica).enrol(server_url, username, password, name)

        def done(account) -> None:
            self._failure = None
            self.enrolled.emit(account)
            self.refresh()
            self.sync_now()
            on_done(account)  # last: the dialog that asked may be gone (a lock) and fail

        def signed_in(account) -> None:  # an empty write: the views refresh (another person: all is new)
            self._worker.write(lambda _store: account, changes={"device_state", "sync_rejects", *SYNCED_TABLES},
                               on_done=done, on_error=on_error)

        self._in_background(run, signed_in, on_error)

    def _in_background(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
                       on_error: Callable[[BaseException], None]) -> None:
        """fn on the sync thread; its answer to on_done or on_error on the GUI thread."""
        def run() -> None:
            try:
                outcome = (fn(), None)
            except BaseException as error:  # delivered to on_error on the GUI thread
                outcome = (None, error)
            self._answered.emit(on_done, on_error, outcome)
        try:
            self._syncs.submit(run)
        except RuntimeError as error:  # shut down: quitting
            on_error(error)

    @Slot(object, object, object)
    def _deliver(self, on_done, on_error, outcome) -> None:
        result, error = outcome
        if error is not None:
            on_error(error)
        else:
            on_done(result)

    # -- syncing -----------------------------------------------------------------------
    def sync_now(self) -> bool:
        """Start a sync (or one more after the running one). False when locked."""
        if not self._active:
            return False
        if self._running:
            self._again = True
            return True
        self._first.stop()
        self._running = True
        self.status_changed.emit(self.status)
        run = self._run
        self._worker.read(read_status, on_done=lambda s: self._check_server(run, s),
                          on_error=lambda e: self._failed(run, e))
        return True

    def _check_server(self, run: int, store_status: SyncStatus) -> None:
        if run != self._run:
            return
        self._store_status = store_status
        if not store_status.enrolled or not store_status.server_url:
            self._finish(run, False, quiet=True)
            return
        url = store_status.server_url
        self._probes.submit(lambda: self._probed.emit(run, self._safe_probe(url)))

    def _safe_probe(self, url: str) -> bool:
        try:
            return bool(self._probe(url))
        except Exception as exc:  # a probe that breaks says nothing about the server: let the engine try
            log.warning("server probe failed: %s", describe(exc))
            return True

    @Slot(int, bool)
    def _on_probed(self, run: int, reachable: bool) -> None:
        if run != self._run:
            return
        if not reachable:
            self._online = False
            self._failure = {"code": "offline", "message": "The server could not be reached."}
            self._finish(run, False)
            return
        self._in_background(self._run_engine, on_done=lambda report: self._synced(run, report),
                            on_error=lambda e: self._failed(run, e))

    def _run_engine(self):
        """On the sync thread: the whole sync, progress crossing to the GUI thread by signal."""
        return self._engine_factory(self._replica).sync(progress=self._progress.emit,
                                                         should_stop=self._stop.is_set)

    def _synced(self, run: int, report) -> None:
        if run != self._run:
            return
        self._online, self._failure = True, None
        # An empty write, so the views of the tables the pull wrote refresh the usual way.
        self._worker.write(read_status, changes=frozenset(report.changed),
                           on_done=lambda s: (self._set_store_status(run, s), self._finish(run, True)),
                           on_error=lambda e: self._finish(run, True))

    def _failed(self, run: int, error: BaseException) -> None:
        if run != self._run:
            return  # locked meanwhile: the store closed under the sync, as asked
        code = getattr(error, "code", None)
        if code == DEVICE_REVOKED:
            self._revoked()
            return
        if code is None:  # not the engine's: the store went away, or a bug
            log.error("sync failed: %s", describe(error))
            code, message = "sync_failed", type(error).__name__  # its text may quote a record's value
        else:
            message = getattr(error, "message", str(error))
        if code == "offline":
            self._online = False
        elif code != "interrupted":
            self._online = True  # the server answered, if not as hoped
        self._failure = {"code": code, "message": message}
        self._finish(run, False)
        self.refresh()

    def _finish(self, run: int, ok: bool, quiet: bool = False) -> None:
        if run != self._run:
            return
        self._running = False
        self.status_changed.emit(self.status)
        if not quiet:
            self.sync_finished.emit(ok)
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    # -- signed off by an administrator -------------------------------------------------
    def _revoked(self) -> None:
        self.stop()  # no further tries: each would be refused the same way
        factory = self._engine_factory

        def failed(error: BaseException) -> None:  # the token stays, dead; the store must go all the same
            log.error("could not forget the device token: %s", describe(error))
            self.device_revoked.emit()

        self._worker.read(lambda store: forget_revoked_device(store, factory),
                          on_done=lambda _r: self.device_revoked.emit(), on_error=failed)

    def wipe_device(self, data_dir: Path, on_done: Callable[[Any], None],
                    on_error: Callable[[BaseException], None]) -> None:
        """Remove the store in data_dir once the worker has closed it (queue a lock's close first)."""
        folder = Path(data_dir)
        self._worker.open(lambda: wipe_revoked_store(folder), on_done=on_done, on_error=on_error)

    # -- triggers ----------------------------------------------------------------------
    def next_interval_ms(self) -> int:
        """The set interval, give or take INTERVAL_JITTER of it, drawn at random each time."""
        return max(1, round(self._interval_ms * random.uniform(1 - INTERVAL_JITTER, 1 + INTERVAL_JITTER)))

    def _on_interval(self) -> None:
        if self._active:
            self._interval.start(self.next_interval_ms())
        if self._store_status.enrolled:
            self.sync_now()

    def _on_store_changed(self, _changes) -> None:
        if not self._active:
            return
        self.refresh()
        if self._store_status.enrolled:
            self._soon.start()

    def _on_changes_settled(self) -> None:
        if self._store_status.enrolled and self._store_status.pending > 0:
            self.sync_now()

    def _set_store_status(self, run: int, store_status: SyncStatus) -> None:
        if run != self._run:
            return
        self._store_status = store_status
        self.status_changed.emit(self.status)

    def _ignore(self, run: int, error: BaseException) -> None:
        if run == self._run:
            log.warning("sync status unknown: %s", describe(error))
