"""How long to wait before asking the server again: at least what it asked, spread at random.

After an outage every device of an office comes back at once. Waiting only the server's
Retry-After, or a fixed doubling, would bring them back in the same second again; each
wait is therefore drawn between its floor (the doubling wait, or the server's Retry-After
if longer) and twice that floor, at least a second wide.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

MIN_SPREAD = 1.0  # seconds: even the shortest waits spread over at least this
LONGEST_WAIT = 60.0  # a server asking for longer ends this sync; the next scheduled one tries again


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """The header's seconds (a number, or an HTTP date), or None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def wait(attempt: int, backoff: float, asked: float | None, rng: random.Random) -> float:
    """Seconds to wait before retry number `attempt + 1` (attempt counts from 0)."""
    floor = max(backoff * 2 ** attempt, asked or 0.0)
    return floor + rng.uniform(0.0, max(floor, MIN_SPREAD))
