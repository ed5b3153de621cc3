"""Waiting rooms: how many requests of a kind run at once, and when to send the rest away.

A crowd (an office that starts at nine, devices coming back after an outage) must not queue
until the devices' own timeouts give up: each waits at most `patience` seconds, and no more than
`queue` wait at once; the others are answered 503 with a Retry-After at once, which the device's
transport honours, spread at random (sync/client/backoff.py). One that would wait longer than
its patience, by the queue and the recent length of a turn, is sent away at once rather than
after waiting. Waiting happens in the event loop, holding neither a worker thread nor a database
connection.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from server.problems import SERVER_BUSY, ProblemError

PATIENCE = 10.0  # seconds in a waiting room at most: well inside the device's 30 s timeout
LONGEST_RETRY_AFTER = 30


class WaitingRoom:
    """At most `at_once` inside; up to `queue` waiting, each at most `patience` seconds."""

    def __init__(self, at_once: int, queue: int, patience: float = PATIENCE):
        self.at_once, self.queue, self.patience = at_once, queue, patience
        self._inside = asyncio.Semaphore(at_once)
        self.waiting = 0
        self.sent_away = 0  # answered 503: for tests and the log
        self._turn_s = 0.05  # how long a turn takes, on average lately: the Retry-After's measure

    def retry_after(self) -> int:
        """Seconds until the queue now waiting would be through, at least 1."""
        return max(1, min(LONGEST_RETRY_AFTER, math.ceil(self.expected_wait())))

    def _busy(self) -> ProblemError:
        self.sent_away += 1
        return ProblemError(503, SERVER_BUSY, {"Retry-After": str(self.retry_after())})

    def expected_wait(self) -> float:
        """Seconds a newcomer would wait now, from the queue and the recent length of a turn."""
        return self._turn_s * (self.waiting + 1) / self.at_once

    async def _wait_for_a_place(self) -> None:
        # Sent away at the door when it would wait past its patience anyway: waiting first and being
        # sent away then would cost the device both.
        if self.waiting >= self.queue or (self.waiting and self.expected_wait() > self.patience):
            raise self._busy()
        self.waiting += 1
        try:
            await asyncio.wait_for(self._inside.acquire(), self.patience)
        except TimeoutError:
            raise self._busy() from None
        finally:
            self.waiting -= 1

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        if not self._inside.locked():
            # A free place is taken at once, without a suspension (asyncio.Semaphore.acquire), so it
            # is never counted as waiting: a crowd arriving in one instant then fills the places and
            # then the queue, instead of the queue counting those already going in.
            await self._inside.acquire()
        else:
            await self._wait_for_a_place()
        started = time.monotonic()
        try:
            yield
        finally:
            self._inside.release()
            self._turn_s = 0.8 * self._turn_s + 0.2 * (time.monotonic() - started)
