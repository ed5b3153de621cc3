"""The sign-in limit holds exactly when the attempts arrive all at once: per account and per
address, in one server process on SQLite or PostgreSQL, and over two server processes on one
PostgreSQL. Counted by the password checks actually run."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from sqlalchemy import delete, func, select

from server import accounts, throttle
from server.clock import utcnow
from server.db import Database
from server.models import LoginAttempt
from sync.protocol import API
from tests.server.client import HEADERS, TLS, make_chain
from tests.server.live import launch_process, stop_process, wait_ready

PARALLEL = 30


def _attempt(url: str, username: str, password: str = "niet het wachtwoord") -> int:
    return httpx.post(f"{url}{API}/login", headers=HEADERS, timeout=60, verify=TLS,
                      json={"username": username, "password": password, "device_name": "werklaptop"}).status_code


def _all_at_once(calls: list) -> list[int]:
    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        return list(pool.map(lambda call: call(), calls))


@pytest.fixture
def hash_checks(monkeypatch) -> list[str]:
    """The user names whose password was checked, one per check run."""
    calls: list[str] = []
    check = accounts.check_login

    def counting(session, username, password):
        calls.append(username)
        return check(session, username, password)

    monkeypatch.setattr(accounts, "check_login", counting)
    return calls


@pytest.fixture
def chain(chain):
    yield chain
    with chain.db.writing() as session:  # the loopback address is everyone's: leave it unthrottled
        session.execute(delete(LoginAttempt))


def test_parallel_wrong_passwords_for_one_account_run_exactly_the_limit_of_checks(chain, hash_checks):
    name = chain.usernames[0]
    statuses = _all_at_once([lambda: _attempt(chain.base_url, name) for _ in range(PARALLEL)])
    assert len(hash_checks) == throttle.MAX_PER_USER
    assert sorted(statuses) == [401] * throttle.MAX_PER_USER + [429] * (PARALLEL - throttle.MAX_PER_USER)
    # The right password now waits too; a colleague at the same address does not.
    assert _attempt(chain.base_url, name, "wachtwoord voor de test") == 429
    assert _attempt(chain.base_url, chain.usernames[1], "wachtwoord voor de test") == 200


def test_parallel_attempts_on_many_names_from_one_address_run_exactly_the_address_limit(chain, hash_checks):
    names = [f"geraden-{i}-{uuid.uuid4().hex[:6]}" for i in range(throttle.MAX_PER_ADDRESS + 10)]
    statuses = _all_at_once([lambda n=n: _attempt(chain.base_url, n) for n in names])
    assert len(hash_checks) == throttle.MAX_PER_ADDRESS
    assert statuses.count(401) == throttle.MAX_PER_ADDRESS and statuses.count(429) == 10


def test_a_right_password_among_parallel_wrong_ones_takes_its_count_back(chain, hash_checks):
    name = chain.usernames[0]
    calls = [lambda: _attempt(chain.base_url, name) for _ in range(throttle.MAX_PER_USER - 1)]
    calls.append(lambda: _attempt(chain.base_url, name, "wachtwoord voor de test"))
    statuses = _all_at_once(calls)
    assert sorted(statuses) == [200] + [401] * (throttle.MAX_PER_USER - 1)
    with chain.db.reading() as session:  # the good one cleared the name's count, and kept none of its own
        count = session.execute(select(func.count()).select_from(LoginAttempt)
                                .where(LoginAttempt.username == name.lower())).scalar_one()
    assert count <= throttle.MAX_PER_USER - 1


def test_parallel_good_sign_ins_past_both_limits_all_succeed_and_leave_no_count(server, hash_checks):
    """An office at 9 o'clock: more people than the address limit sign in at once, one of them on
    more devices than the name limit. Pending attempts are waited for, not counted as failures."""
    office = make_chain(server.db, server.url, users=throttle.MAX_PER_ADDRESS + 5)
    try:
        calls = [lambda n=n: _attempt(server.url, n, "wachtwoord voor de test") for n in office.usernames]
        calls += [lambda: _attempt(server.url, office.usernames[0], "wachtwoord voor de test")
                  for _ in range(throttle.MAX_PER_USER + 3)]
        statuses = _all_at_once(calls)
        assert statuses == [200] * len(calls)
        assert len(hash_checks) == len(calls)
        with server.db.reading() as session:
            assert session.execute(select(func.count()).select_from(LoginAttempt)).scalar_one() == 0
    finally:
        with server.db.writing() as session:
            session.execute(delete(LoginAttempt))


@pytest.fixture(scope="module")
def two_processes_on_pg(pg_cluster):
    with pg_cluster.fresh_database() as url:
        launched = [launch_process(url), launch_process(url)]
        try:
            for proc, address in launched:
                wait_ready(proc, address)
            yield url, [address for _, address in launched]
        finally:
            for proc, _ in launched:
                stop_process(proc)


def test_two_server_processes_on_one_postgresql_hold_the_limit_exactly(two_processes_on_pg):
    url, (first, second) = two_processes_on_pg
    db = Database(url)
    try:
        chain = make_chain(db, first)
        name = chain.usernames[0]
        statuses = _all_at_once([lambda i=i: _attempt((first, second)[i % 2], name) for i in range(PARALLEL)])
        # Each 401 is a password checked; the processes counted together, in the database.
        assert statuses.count(401) == throttle.MAX_PER_USER
        assert statuses.count(429) == PARALLEL - throttle.MAX_PER_USER
        with db.reading() as session:
            rows = session.execute(select(func.count()).select_from(LoginAttempt)
                                   .where(LoginAttempt.username == name.lower())).scalar_one()
        assert rows == throttle.MAX_PER_USER
    finally:
        db.dispose()


def test_an_attempt_whose_check_breaks_counts_as_a_failure_at_once(chain, monkeypatch):
    def broken(*_args):
        raise RuntimeError("the password hash could not be read")

    monkeypatch.setattr(accounts, "check_login", broken)
    name = chain.usernames[0]
    assert _attempt(chain.base_url, name, "wachtwoord voor de test") == 500
    with chain.db.reading() as session:
        [failed_at] = session.execute(select(LoginAttempt.failed_at)
                                      .where(LoginAttempt.username == name.lower())).scalars()
    assert failed_at <= utcnow()  # a failure, no longer pending
