"""Login throttling: after too many failed sign-ins the next are refused before the password is checked.

Failures are rows in the database, not counters in a process, so every server process behind
the proxy sees the same count. Two limits over a sliding window: per user name (guessing one
person's password) and, looser, per client address (trying many names from one place; a
municipality's office shares one address, so five typos there must not lock out everyone).

Exact under concurrency: an attempt takes its row before its password is checked (reserve), in
one transaction with the count, under the name's and the address's lock, so no more attempts
are ever checked than the limit allows. Until its check ends the row is pending (its failed_at
lies PENDING ahead); then it becomes a failure, or goes with the name's others on a good
password. An attempt that finds the limit reached only with pending ones waits for them to end
rather than being refused: the office's 9 o'clock sign-ins all succeed, and fill no failure count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from server.clock import utcnow
from server.db import Database
from server.models import LoginAttempt
from server.problems import ProblemError, too_many_logins

WINDOW = timedelta(minutes=15)
MAX_PER_USER = 5
MAX_PER_ADDRESS = 30
# A pending attempt's failed_at lies this far ahead of its start: one whose process died during the
# check becomes a failure by itself then. Far longer than any password check takes.
PENDING = timedelta(minutes=1)
SETTLE_SECONDS = 20.0  # how long an attempt waits for pending ones to end, before it is refused
_NAME_LOCKS, _ADDRESS_LOCKS = 0x4B50_0001, 0x4B50_0002  # pg_advisory_xact_lock(space, key) spaces


@dataclass(frozen=True)
class Verdict:
    """What reserve found: admitted (the attempt's row id), refused (how long to wait), or neither yet."""

    attempt_id: int | None = None
    wait: timedelta | None = None


def _name(username: str) -> str:
    return username.strip().lower()[:200]  # login matches names in small letters too


def refused_for(db: Database, username: str, address: str, now: datetime | None = None) -> timedelta | None:
    """How long until this user name and address may try again, or None if they may now."""
    now = now or utcnow()
    with db.reading() as session:
        return _counts(session, _name(username), address[:64], now)[0]


def reserve(db: Database, username: str, address: str) -> Verdict:
    """Take a pending attempt's row if the limits allow one more check now; else say how long to
    wait (refused), or that pending attempts decide it (neither: ask again shortly)."""
    now = utcnow()
    name, address = _name(username), address[:64]
    with db.writing() as session:
        if db.is_postgresql:
            # Always the name's lock first: two attempts never wait on each other crosswise.
            for space, value in ((_NAME_LOCKS, name), (_ADDRESS_LOCKS, address)):
                session.execute(text("SELECT pg_advisory_xact_lock(CAST(:space AS integer), hashtext(:value))"),
                                {"space": space, "value": value})
        wait, undecided = _counts(session, name, address, now)
        if wait is not None:
            return Verdict(wait=wait)
        if undecided:
            return Verdict()
        session.execute(delete(LoginAttempt).where(LoginAttempt.failed_at <= now - WINDOW))
        attempt_id = session.execute(insert(LoginAttempt).values(username=name, address=address,
                                                                 failed_at=now + PENDING)
                                     .returning(LoginAttempt.id)).scalar_one()
    return Verdict(attempt_id=attempt_id)


def refusal(wait: timedelta) -> ProblemError:
    """429, with when to try again."""
    minutes = max(1, math.ceil(wait.total_seconds() / 60))
    seconds = max(1, math.ceil(wait.total_seconds()))
    return ProblemError(429, too_many_logins(minutes), {"Retry-After": str(seconds)})


def attempt_failed(db: Database, attempt_id: int) -> None:
    """The reserved attempt's password was wrong (or its check broke): a failure from now."""
    with db.writing() as session:
        session.execute(update(LoginAttempt).where(LoginAttempt.id == attempt_id).values(failed_at=utcnow()))


def failed(db: Database, username: str, address: str, now: datetime | None = None) -> None:
    """Count a failed sign-in outright (tests and tools; login reserves, then settles)."""
    with db.writing() as session:
        session.execute(insert(LoginAttempt).values(username=_name(username), address=address[:64],
                                                    failed_at=now or utcnow()))


def succeeded(session: Session, username: str) -> None:
    """A good password clears the name's failures, its own pending attempt with them; the address
    keeps its count (one good account must not reset the tries on others)."""
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == _name(username)))


def _counts(session: Session, name: str, address: str, now: datetime) -> tuple[timedelta | None, bool]:
    """(how long until a try is allowed, if failures alone reach a limit; whether failures and
    pending attempts together reach one)."""
    since = now - WINDOW
    waits, undecided = [], False
    for column, value, limit in ((LoginAttempt.username, name, MAX_PER_USER),
                                 (LoginAttempt.address, address, MAX_PER_ADDRESS)):
        failures = (select(LoginAttempt.failed_at)
                    .where(column == value, LoginAttempt.failed_at > since, LoginAttempt.failed_at <= now)
                    .order_by(LoginAttempt.failed_at.desc()).limit(limit).subquery())
        count, oldest = session.execute(select(func.count(), func.min(failures.c.failed_at))).one()
        if count >= limit:  # free again once the oldest of the last `limit` failures leaves the window
            waits.append(oldest + WINDOW - now)
            continue
        pending = session.execute(select(func.count()).select_from(LoginAttempt).where(
            column == value, LoginAttempt.failed_at > now)).scalar_one()
        undecided = undecided or count + pending >= limit
    return (max(waits) if waits else None), undecided
