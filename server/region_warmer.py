"""Each sharing municipality's counts kept ready for the region's request (server/region_figures.py).

Counting a municipality means reading all its records: some 0.3 s per 2,000 clients, so a region of
ten took seconds when asked. Now a push that changed a tenant's records asks this thread to count it
again (`changed`), and so do the start-up (every sharing tenant) and a change of the tenant's sharing;
the request then finds every member's counts kept, and the region's suppressed tables made from them. The push's answer
does not wait for it: one thread of its own counts, one tenant at a time, a short while after the
change (`delay`), so a burst of pushes is counted once. A new day counts everyone again, as the
reference date is part of the counts. A failure is logged without anything of the records, and the
request counts what is missing itself, as it always could.
"""

from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import select

from domain.monitoring.cohorts import CohortBy
from domain.monitoring.targets import Settings
from server import region_settings
from server.clock import utcnow
from server.db import Database
from server.models import Tenant
from server.region_figures import Member, RegionCache, members_now
from server.sequence import last_seq

log = logging.getLogger(__name__)
DELAY_S = 1.0  # after a change: pushes that follow within it are counted together
IDLE_CHECK_S = 60.0  # how often an idle warmer looks whether the day turned
THREAD_NAME = "region-warmer"


class RegionWarmer:
    def __init__(self, db: Database, cache: RegionCache, minimum: int, delay: float = DELAY_S):
        self._db, self._cache, self._minimum = db, cache, minimum
        self.delay = delay  # seconds from a change to its counting (the tests shorten it)
        self._due: dict[str, float] = {}  # tenant id -> when to count it
        self._busy = 0  # tenants being counted now
        self._cond = threading.Condition()
        self._stopped = False
        self._day = None
        self._thread: threading.Thread | None = None
        self.counted = 0  # tenants counted (tests, benchmark)

    # -- asked from the server's threads --------------------------------------------------
    def start(self, count_everyone: bool = True) -> None:
        """Count every sharing tenant now (the server starts), and from then on after each change."""
        with self._cond:
            if self._thread is None and not self._stopped:
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
        if count_everyone:
            self.everyone()

    def changed(self, tenant_id: str) -> None:
        """The tenant's records (or its sharing) changed: count it again soon. Returns at once."""
        with self._cond:
            self._due.setdefault(tenant_id, time.monotonic() + self.delay)
            self._cond.notify()

    def everyone(self) -> None:
        with self._db.reading() as session:
            ids = list(session.execute(select(Tenant.id).where(Tenant.share_region.is_(True),
                                                               Tenant.region.is_not(None))).scalars())
        with self._cond:
            for tenant_id in ids:
                self._due[tenant_id] = time.monotonic()
            self._day = utcnow().date()
            self._cond.notify()

    def wait_idle(self, timeout: float = 60.0) -> bool:
        """Block until nothing is due nor being counted (tests, benchmark); False on timeout."""
        end = time.monotonic() + timeout
        with self._cond:
            while self._due or self._busy:
                left = end - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.05))
        return True

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._due.clear()
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(10)

    # -- the warmer's own thread ----------------------------------------------------------
    def _run(self) -> None:
        while True:
            with self._cond:
                tenant_id = self._next_due()
                if tenant_id is None:
                    return
                self._busy += 1
            try:
                self._count(tenant_id)
            except Exception as exc:  # noqa: BLE001 - the request counts it itself; nothing of the records logged
                log.warning("region counts of a tenant could not be kept ready: %s", type(exc).__name__)
            finally:
                with self._cond:
                    self._busy -= 1
                    self._cond.notify_all()

    def _next_due(self) -> str | None:
        """Wait (holding the condition) for the next tenant due; None once stopped. A new day makes
        every sharing tenant due: the reference date is part of the counts."""
        while not self._stopped:
            if self._day is not None and utcnow().date() != self._day:
                self._cond.release()  # everyone() reads the database: not while holding the condition
                try:
                    self.everyone()
                except Exception as exc:  # noqa: BLE001 - the request counts them then; tried again tomorrow
                    log.warning("region counts could not be made ready for a new day: %s", type(exc).__name__)
                    self._day = utcnow().date()
                finally:
                    self._cond.acquire()
                continue
            now = time.monotonic()
            if self._due:
                tenant_id, when = min(self._due.items(), key=lambda item: item[1])
                if when <= now:
                    del self._due[tenant_id]
                    return tenant_id
                self._cond.wait(when - now)
            else:
                self._cond.wait(IDLE_CHECK_S)
        return None

    def _count(self, tenant_id: str) -> None:
        """The tenant's counts; then, unless another member of its region is due too, the region's
        suppressed tables (for ten members they cost as much as a count)."""
        with self._db.reading() as session:
            tenant = session.get(Tenant, tenant_id)
            if tenant is None or not tenant.share_region or not tenant.region:
                return  # shares nothing: nobody asks for its counts
            member = Member(tenant.id, tenant.name, last_seq(session.connection(), tenant.id))  # the seq first
            region = tenant.region
        ref, settings, connect = utcnow().date(), Settings(), self._db.engine.connect  # as the request has them
        self._cache.keep(connect, member, ref, settings)
        self.counted += 1
        with self._db.reading() as session:
            members = members_now(session.connection(), region_settings.sharing_members(session, region))
        with self._cond:
            if any(m.tenant_id in self._due for m in members):
                return  # the tables once that one is counted too
        for cohort_by in CohortBy:
            self._cache.region_tables(connect, members, ref, cohort_by, settings, self._minimum)
