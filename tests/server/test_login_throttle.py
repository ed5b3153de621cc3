"""Too many failed sign-ins: refused with 429 and when to try again, before the password is
checked; counted in the database, so two server processes on one database count together."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sqlalchemy import delete, func, select

from server import accounts, throttle
from server.clock import utcnow
from server.db import sqlite_url
from server.models import LoginAttempt
from sync.protocol import API
from tests.server.client import HEADERS, PASSWORD, TLS, make_chain
from tests.server.live import start_in_thread


def _login(url: str, username: str, password: str, address: str | None = None) -> httpx.Response:
    # The proxy's X-Forwarded-For is not trusted from the test client: the address is 127.0.0.1.
    return httpx.post(f"{url}{API}/login", headers=HEADERS, verify=TLS,
                      json={"username": username, "password": password, "device_name": "werklaptop"})


@pytest.fixture
def chain(chain):
    """The shared test server's chain; the failures made here go afterwards, so the loopback address
    they share does not throttle the sign-ins of later tests."""
    yield chain
    with chain.db.writing() as session:
        session.execute(delete(LoginAttempt))


@pytest.fixture
def hash_checks(monkeypatch):
    """How often the password hash was checked."""
    calls = []
    check = accounts.check_login

    def counting(*args, **kwargs):
        calls.append(args[1])
        return check(*args, **kwargs)

    monkeypatch.setattr(accounts, "check_login", counting)
    return calls


def test_after_five_failures_even_the_right_password_waits_and_no_hash_is_checked(chain, hash_checks):
    name = chain.usernames[0]
    for _ in range(throttle.MAX_PER_USER):
        assert _login(chain.base_url, name, "niet het wachtwoord").json()["code"] == "bad_login"
    assert len(hash_checks) == throttle.MAX_PER_USER

    refused = _login(chain.base_url, name.upper(), PASSWORD)  # the name in other letters is the same name
    assert refused.status_code == 429
    assert refused.json() == {"detail": "Too many failed sign-ins. Try again in 15 minutes.",
                              "code": "too_many_attempts"}
    assert 14 * 60 < int(refused.headers["retry-after"]) <= 15 * 60
    assert len(hash_checks) == throttle.MAX_PER_USER  # refused before the slow hash
    # A colleague from the same address is not locked out by someone else's typos.
    assert _login(chain.base_url, chain.usernames[1], PASSWORD).status_code == 200


def test_the_wait_ends_as_the_oldest_failure_leaves_the_window(chain):
    name = chain.usernames[0]
    start = utcnow() - throttle.WINDOW + timedelta(minutes=3)  # the first failure was 12 minutes ago
    for i in range(throttle.MAX_PER_USER):
        throttle.failed(chain.db, name, "192.0.2.7", now=start + timedelta(minutes=i))
    refused = _login(chain.base_url, name, PASSWORD)
    assert refused.status_code == 429 and "Try again in 3 minutes." in refused.json()["detail"]
    wait = throttle.refused_for(chain.db, name, "192.0.2.8", now=start + throttle.WINDOW + timedelta(seconds=1))
    assert wait is None  # the oldest has left the window: four remain, one try more


def test_a_good_password_clears_the_names_failures_not_the_addresses(chain):
    name = chain.usernames[0]
    for _ in range(throttle.MAX_PER_USER - 1):
        _login(chain.base_url, name, "niet het wachtwoord")
    assert _login(chain.base_url, name, PASSWORD).status_code == 200
    for _ in range(throttle.MAX_PER_USER - 1):  # four more typos are allowed again
        assert _login(chain.base_url, name, "niet het wachtwoord").status_code == 401
    with chain.db.reading() as session:
        assert session.execute(select(func.count()).select_from(LoginAttempt)
                               .where(LoginAttempt.username == name.lower())).scalar_one() == 4


def test_many_names_tried_from_one_address_are_throttled_by_the_address(chain):
    address = "198.51.100.23"
    for i in range(throttle.MAX_PER_ADDRESS):
        throttle.failed(chain.db, f"geraden-{i}-{chain.usernames[0]}", address)
    wait = throttle.refused_for(chain.db, "nog-een-naam", address)
    assert wait is not None and timedelta(minutes=14) < wait <= throttle.WINDOW
    assert throttle.refused_for(chain.db, "nog-een-naam", "198.51.100.24") is None


def test_two_server_processes_on_one_database_count_the_failures_together(tmp_path):
    url = sqlite_url(tmp_path)
    first = start_in_thread(url)
    second = start_in_thread(url)
    try:
        chain = make_chain(first.db, first.url)
        name = chain.usernames[0]
        for i in range(throttle.MAX_PER_USER):
            server = (first, second)[i % 2]
            assert _login(server.url, name, "niet het wachtwoord").status_code == 401
        for server in (first, second):
            assert _login(server.url, name, PASSWORD).status_code == 429
    finally:
        for server in (first, second):
            server.stop()
            server.db.dispose()
