"""The dashboard's figures made ready in the background after an unlock, so that the coordinator's
first opening of the dashboard finds them computed (desktop/monitoring/fact_cache.py).

Low priority on the one database worker: it starts only once the caseload's first rows are shown
(the shell calls `start` then), and works in short steps, each a task of its own, the next one
asked for only when the worker has nothing else to do: a search typed meanwhile waits for one step
at most, never for the whole computation. Only for a role that may see the dashboard, and only once
per unlock; `stop` (the lock) drops what is still due, and closing the store drops the cache.
"""

from __future__ import annotations

import time
from datetime import date

from PySide6.QtCore import QObject, Signal

from desktop.monitoring import fact_cache
from desktop.monitoring.options import MonitoringOptions, from_record
from desktop.tasks import DbWorker
from desktop.views.monitoring.region_share import account_role
from domain.monitoring.cohorts import CohortBy

# Who the dashboard is for. A store signed in to no server (the offline demo) has no role: its
# user holds every part of the chain, the coordinator's too.
DASHBOARD_ROLES = ("coordinator", "administrator")


def may_see_dashboard(role: str | None) -> bool:
    return role is None or role in DASHBOARD_ROLES


def settings_for(store) -> dict:
    """The municipality's settings: the synced record (monitoring.json is the command line's override)."""
    return from_record(store.monitoring_settings.get())


def dashboard_options(store, ref: date | None = None, cohort_by: CohortBy = CohortBy.VESTIGING) -> MonitoringOptions:
    """What the dashboard computes; with no choices made, what it computes when it opens."""
    return MonitoringOptions(ref=ref or date.today(), cohort_by=cohort_by, **settings_for(store))


class DashboardWarmup(QObject):
    finished = Signal(bool)  # True: the figures are ready; False: not wanted (the role) or failed

    def __init__(self, worker: DbWorker, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._active = False
        self._waiting = False  # for the worker to be idle before the next step
        self.steps = 0  # steps run since the last start (tests)
        self.step_ms: list[float] = []  # how long each step held the worker (a search waits one at most)
        self.step_cpu_ms: list[float] = []  # the worker thread's processor time of each step
        worker.busy_changed.connect(self._on_busy_changed)

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> None:
        """Begin warming (once the caseload's first rows are shown)."""
        if self._active:
            return
        self._active, self.steps, self.step_ms, self.step_cpu_ms = True, 0, [], []
        # Writes the engine does not see (the sync's) announce their tables to the cache from now on.
        self._worker.on_written(fact_cache.note_written)
        self._worker.read(lambda store: may_see_dashboard(account_role(store)), on_done=self._on_role,
                          on_error=self._on_error, asker=self)

    def stop(self) -> None:
        """The lock: nothing more is asked, and the answers still due are dropped."""
        self._active = self._waiting = False
        self._worker.forget(self)

    def _on_role(self, allowed: bool) -> None:
        if not allowed:
            self._finish(False)
            return
        self._next()

    def _next(self) -> None:
        if not self._active:
            return
        if self._worker.is_busy():  # the user's work goes first
            self._waiting = True
            return
        self._waiting = False

        def step(store) -> tuple[bool, float, float]:
            t0, c0 = time.perf_counter(), time.thread_time()
            more = fact_cache.cache_for(store.engine).warm_step(store.engine, dashboard_options(store))
            return more, (time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000
        self._worker.read(step, on_done=self._on_step, on_error=self._on_error, asker=self)

    def _on_step(self, answer: tuple[bool, float, float]) -> None:
        more, ms, cpu_ms = answer
        self.steps += 1
        self.step_ms.append(ms)
        self.step_cpu_ms.append(cpu_ms)
        if more:
            self._next()
        else:
            self._finish(True)

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._waiting:
            self._next()

    def _on_error(self, error: BaseException) -> None:
        # Locked meanwhile, or a read failed: the dashboard computes what is missing when it opens.
        del error  # nothing of it is shown or logged: the dashboard says so if it fails again
        self._finish(False)

    def _finish(self, ready: bool) -> None:
        self._active = self._waiting = False
        self.finished.emit(ready)

