"""Login throttling: after too many failed sign-ins the next are refused before the password is checked.

Failures are rows in the database, not counters in a process, so every server process behind
the proxy sees the same count. Two limits over a sliding window: per user name (guessing one
person's password) and, looser, per client address (trying many names from one place; a
municipality's office shares one address, so five typos there must not lock out everyone).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from server.clock import utcnow
from server.db import Database
from server.models import LoginAttempt
from server.problems import ProblemError, too_many_logins

WINDOW = timedelta(minutes=15)
MAX_PER_USER = 5
MAX_PER_ADDRESS = 30


def _name(username: str) -> str:
    return username.strip().lower()[:200]  # login matches names in small letters too


def refused_for(db: Database, username: str, address: str, now: datetime | None = None) -> timedelta | None:
    """How long until this user name and address may try again, or None if they may now."""
    now = now or utcnow()
    since = now - WINDOW
    waits = []
    with db.reading() as session:
        for column, value, limit in ((LoginAttempt.username, _name(username), MAX_PER_USER),
                                     (LoginAttempt.address, address, MAX_PER_ADDRESS)):
            failures = (select(LoginAttempt.failed_at).where(column == value, LoginAttempt.failed_at > since)
                        .order_by(LoginAttempt.failed_at.desc()).limit(limit).subquery())
            count, oldest = session.execute(select(func.count(), func.min(failures.c.failed_at))).one()
            if count >= limit:  # free again once the oldest of the last `limit` failures leaves the window
                waits.append(oldest + WINDOW - now)
    return max(waits) if waits else None


def check(db: Database, username: str, address: str) -> None:
    """Raises ProblemError 429, with when to try again, while this name or address is throttled."""
    wait = refused_for(db, username, address)
    if wait is not None:
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        seconds = max(1, math.ceil(wait.total_seconds()))
        raise ProblemError(429, too_many_logins(minutes), {"Retry-After": str(seconds)})


def failed(db: Database, username: str, address: str, now: datetime | None = None) -> None:
    """Count a failed sign-in; failures older than the window go at the same time."""
    now = now or utcnow()
    with db.writing() as session:
        session.execute(delete(LoginAttempt).where(LoginAttempt.failed_at <= now - WINDOW))
        session.execute(insert(LoginAttempt).values(username=_name(username), address=address[:64], failed_at=now))


def succeeded(session: Session, username: str) -> None:
    """A good password clears the name's failures; the address keeps its count (one good account
    must not reset the tries on others)."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == _name(username)))
