"""Waiting before asking again: at least the server's Retry-After, spread at random, so that
devices that failed together (200 laptops after an outage) do not come back in the same second."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.replica import StoreReplica
from server.db import sqlite_url
from sync.client import backoff
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from sync.errors import ServerFailed
from tests.conftest import PASSPHRASE
from tests.sync.conftest import PASSWORD, make_tenant
from tests.sync.wrapped_server import start_wrapped

URL = "https://ketenplan.example.nl"


def test_the_schedule_doubles_and_spreads_the_same_way_for_the_same_seed():
    first = [backoff.wait(a, 0.5, None, random.Random(42)) for a in range(4)]
    again = [backoff.wait(a, 0.5, None, random.Random(42)) for a in range(4)]
    assert first == again
    for attempt, slept in enumerate(first):
        floor = 0.5 * 2 ** attempt
        assert floor <= slept <= floor + max(floor, backoff.MIN_SPREAD)


@given(attempt=st.integers(0, 6), base=st.floats(0, 4), asked=st.none() | st.floats(0, 60), seed=st.integers())
def test_a_wait_is_never_shorter_than_asked_nor_than_the_doubling(attempt, base, asked, seed):
    slept = backoff.wait(attempt, base, asked, random.Random(seed))
    floor = max(base * 2 ** attempt, asked or 0)
    assert floor <= slept <= 2 * floor + backoff.MIN_SPREAD


def test_two_hundred_devices_told_to_come_back_in_five_seconds_do_not_all_come_in_one_second():
    rng = random.Random(2026)  # one draw per device, as each has its own generator
    back_at = [backoff.wait(0, 0.5, 5.0, rng) for _ in range(200)]
    assert min(back_at) >= 5.0
    per_second = Counter(int(t) for t in back_at)
    assert len(per_second) >= 5 and max(per_second.values()) <= 200 / 5 * 1.5


def test_retry_after_as_seconds_or_as_a_date():
    now = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)
    assert backoff.retry_after("5") == 5.0
    assert backoff.retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert backoff.retry_after(format_datetime(now - timedelta(seconds=30), usegmt=True), now) == 0.0
    for unreadable in (None, "", "soon", "-3"):
        assert backoff.retry_after(unreadable) is None


def _transport(handler, sleeps):
    http = httpx.Client(base_url=URL, transport=httpx.MockTransport(handler))
    return Transport(URL, "token-123", http=http, sleep=sleeps.append, rng=random.Random(1))


def test_a_503_is_retried_after_at_least_its_retry_after():
    answers = iter([httpx.Response(503, headers={"Retry-After": "7"}),
                    httpx.Response(200, json={"changes": [], "cursor": 1, "more": False})])
    sleeps = []
    assert _transport(lambda _r: next(answers), sleeps).pull(0, 500).cursor == 1
    [slept] = sleeps
    assert 7 <= slept <= 14


def test_a_server_asking_for_a_long_wait_ends_the_sync_instead_of_holding_it():
    calls, sleeps = [], []

    def handler(request):
        calls.append(request)
        return httpx.Response(503, headers={"Retry-After": "3600"}, json={"detail": "Druk.", "code": "busy"})

    with pytest.raises(ServerFailed):
        _transport(handler, sleeps).pull(0, 500)
    assert len(calls) == 1 and sleeps == []


@pytest.fixture
def busy_server(tmp_path, quick_hashes):
    folder = tmp_path / "server"
    folder.mkdir()
    live, wrapper = start_wrapped(sqlite_url(folder))
    yield live, wrapper
    live.stop()
    live.db.dispose()


def test_a_real_503_from_a_server_on_loopback_is_waited_out_and_the_sync_completes(tmp_path, busy_server):
    live, wrapper = busy_server
    tenant = make_tenant(live)
    store = Store.create(tmp_path / "laptop", PASSPHRASE, kdf=FAST_KDF)
    try:
        engine = SyncEngine(StoreReplica(store), connect=lambda url, token: Transport(url, token, backoff=0.1))
        engine.enrol(tenant.url, tenant.usernames["gemeente"], PASSWORD, "Laptop")
        client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
        wrapper.busy, wrapper.retry_after = 1, "1"
        report = engine.sync()
        assert report.pushed == 1 and store.sync.pending_count() == 0 and store.clients.get(client_id)
        (refused_at, path, status), (again_at, again_path, _) = wrapper.seen[:2]
        assert status == 503 and again_path == path
        assert again_at - refused_at >= 1.0  # the server's Retry-After, not the client's own 0.1 s
    finally:
        store.close()
