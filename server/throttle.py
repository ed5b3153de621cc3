"""Login throttling: after too many failed sign-ins the next are refused before the password is checked.

Each attempt is counted before its password is checked (reserve), under a lock, so the limit
holds exactly however many attempts arrive at once; a good password takes its count back.

Failures are rows in the database, not counters in a process, so every server process behind
the proxy sees the same count. Two limits over a sliding window: per user name (guessing one
person's password) and, looser, per client address (trying many names from one place; a
municipality's office shares one address, so five typos there must not lock out everyone).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, text
from sqlalchemy.orm import Session

from server.clock import utcnow
from server.db import Database
from server.models import LoginAttempt
from server.problems import ProblemError, too_many_logins

WINDOW = timedelta(minutes=15)
MAX_PER_USER = 5
MAX_PER_ADDRESS = 30
_NAME_LOCKS, _ADDRESS_LOCKS = 0x4B50_0001, 0x4B50_0002  # pg_advisory_xact_lock(space, key) spaces


def _name(username: str) -> str:
    return username.strip().lower()[:200]  # login matches names in small letters too


def refused_for(db: Database, username: str, address: str, now: datetime | None = None) -> timedelta | None:
    """How long until this user name and address may try again, or None if they may now."""
    now = now or utcnow()
    with db.reading() as session:
        return _wait(session, _name(username), address[:64], now)


def reserve(db: Database, username: str, address: str) -> None:
    """Count this sign-in as failed before its password is checked, or raise ProblemError 429 (with
    when to try again) while this name or address has used up its tries. A good password takes the
    count back (succeeded).

    Counting and adding happen in one transaction that holds the name's and the address's lock, so
    parallel attempts take turns and no more than the limit are ever checked, over every server
    process: SQLite's one writer (BEGIN IMMEDIATE) serialises them; on PostgreSQL an advisory lock
    per name and per address does, always taken in this order, so two attempts never wait on each
    other crosswise."""
    now = utcnow()
    name, address = _name(username), address[:64]
    with db.writing() as session:
        if db.is_postgresql:
            for space, value in ((_NAME_LOCKS, name), (_ADDRESS_LOCKS, address)):
                session.execute(text("SELECT pg_advisory_xact_lock(CAST(:space AS integer), hashtext(:value))"),
                                {"space": space, "value": value})
        wait = _wait(session, name, address, now)
        if wait is None:
            _add(session, name, address, now)
    if wait is not None:
        minutes = max(1, math.ceil(wait.total_seconds() / 60))
        seconds = max(1, math.ceil(wait.total_seconds()))
        raise ProblemError(429, too_many_logins(minutes), {"Retry-After": str(seconds)})


def failed(db: Database, username: str, address: str, now: datetime | None = None) -> None:
    """Count a failed sign-in (for tests and tools; login counts by reserve)."""
    with db.writing() as session:
        _add(session, _name(username), address[:64], now or utcnow())


def _wait(session: Session, name: str, address: str, now: datetime) -> timedelta | None:
    since = now - WINDOW
    waits = []
    for column, value, limit in ((LoginAttempt.username, name, MAX_PER_USER),
                                 (LoginAttempt.address, address, MAX_PER_ADDRESS)):
        failures = (select(LoginAttempt.failed_at).where(column == value, LoginAttempt.failed_at > since)
                    .order_by(LoginAttempt.failed_at.desc()).limit(limit).subquery())
        count, oldest = session.execute(select(func.count(), func.min(failures.c.failed_at))).one()
        if count >= limit:  # free again once the oldest of the last `limit` failures leaves the window
            waits.append(oldest + WINDOW - now)
    return max(waits) if waits else None


def _add(session: Session, name: str, address: str, now: datetime) -> None:
    """A failure; those older than the window go at the same time."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.failed_at <= now - WINDOW))
    session.execute(insert(LoginAttempt).values(username=name, address=address, failed_at=now))


def succeeded(session: Session, username: str) -> None:
    """A good password clears the name's failures; the address keeps its count (one good account
    must not reset the tries on others)."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == _name(username)))
