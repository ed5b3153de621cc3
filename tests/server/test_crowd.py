"""A crowd is sent away, not queued until the devices' timeouts: each waiting room lets a bounded
number in, a bounded number wait, each for a bounded time; the rest get 503 with a Retry-After,
which the device's transport waits out before it asks again, and then gets its answer."""

from __future__ import annotations

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from server import api
from server.crowd import WaitingRoom
from server.db import sqlite_url
from server.problems import ProblemError
from sync.client.transport import Transport
from sync.protocol import API, PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.server.client import PASSWORD, TLS, make_chain
from tests.server.live import start_in_thread


def test_a_room_lets_in_so_many_keeps_so_many_waiting_and_sends_the_rest_away():
    async def scenario():
        room = WaitingRoom(at_once=1, queue=2, patience=0.3)
        inside = asyncio.Event()
        release = asyncio.Event()

        async def visitor(hold: bool):
            async with room.turn():
                inside.set()
                if hold:
                    await release.wait()
            return "served"

        first = asyncio.create_task(visitor(True))
        await inside.wait()
        waiting = [asyncio.create_task(visitor(False)) for _ in range(2)]
        await asyncio.sleep(0)
        assert room.waiting == 2
        with pytest.raises(ProblemError) as full:  # the queue is full: sent away at once
            async with room.turn():
                pass
        assert full.value.status == 503 and int(full.value.headers["Retry-After"]) >= 1
        late = await asyncio.gather(*waiting, return_exceptions=True)  # waited longer than the patience
        assert [isinstance(r, ProblemError) and r.status == 503 for r in late] == [True, True]
        release.set()
        assert await first == "served"
        assert await visitor(False) == "served"  # and the room is whole again
        assert room.waiting == 0 and room.sent_away == 3

    asyncio.run(scenario())


@pytest.mark.parametrize(("at_once", "queue"), [(1, 2), (2, 0), (3, 4)])
def test_visitors_arriving_in_the_same_instant_fill_the_room_and_its_queue_exactly(at_once, queue):
    """One that finds a free place goes in without being counted as waiting, even before the event
    loop has run again: otherwise a crowd arriving together is sent away while places are free."""
    async def scenario():
        room = WaitingRoom(at_once=at_once, queue=queue, patience=5)
        release = asyncio.Event()

        async def visitor():
            async with room.turn():
                await release.wait()

        crowd = [asyncio.create_task(visitor()) for _ in range(at_once + queue + 5)]
        for _ in range(3):
            await asyncio.sleep(0)
        release.set()
        answers = await asyncio.gather(*crowd, return_exceptions=True)
        assert sum(a is None for a in answers) == at_once + queue
        assert room.sent_away == 5 and room.waiting == 0

    asyncio.run(scenario())


@pytest.fixture
def crowded(tmp_path, monkeypatch):
    """A server whose pulls take 0.3 s, one at a time, two waiting at most. The patience is long, so
    only the full queue sends a pull away: with a short one, a first turn slowed by a busy machine made
    the room expect the second waiter to wait past it and send it away at the door too (that rule has
    its own test with the room alone, above and below)."""
    slow_pull = api._pull

    def pull(*args):
        time.sleep(0.3)
        return slow_pull(*args)

    monkeypatch.setattr(api, "_pull", pull)
    live = start_in_thread(sqlite_url(tmp_path), crowd={"pulls_at_once": 1, "pulls_waiting": 2, "patience": 60})
    yield live
    live.stop()
    live.db.dispose()


def _token(live, username: str) -> str:
    answer = httpx.post(f"{live.url}{API}/login", verify=TLS, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                        json={"username": username, "password": PASSWORD, "device_name": "laptop"})
    return answer.json()["token"]


def test_a_crowd_of_pulls_gets_answers_or_503_with_retry_after_never_a_timeout_or_500(crowded):
    chain = make_chain(crowded.db, crowded.url, users=1)
    token = _token(crowded, chain.usernames[0])
    start = threading.Barrier(8)

    def pull(_n):
        start.wait()
        return httpx.get(f"{crowded.url}{API}/sync/pull", timeout=30, verify=TLS, headers={
            PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"})

    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(pull, range(8)))
    statuses = sorted(a.status_code for a in answers)
    assert set(statuses) == {200, 503} and statuses.count(200) >= 3, statuses
    for busy in (a for a in answers if a.status_code == 503):
        assert busy.json()["code"] == "server_busy" and int(busy.headers["Retry-After"]) >= 1


def test_the_devices_transport_waits_out_the_retry_after_and_then_gets_its_page(crowded):
    chain = make_chain(crowded.db, crowded.url, users=1)
    token = _token(crowded, chain.usernames[0])
    start = threading.Barrier(6)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        time.sleep(seconds)

    def pull(_n):
        with Transport(crowded.url, token, retries=5, sleep=sleep) as transport:
            start.wait()
            return transport.pull(0, 100)

    with ThreadPoolExecutor(6) as pool:
        pages = list(pool.map(pull, range(6)))
    assert len(pages) == 6 and all(not page.more for page in pages)  # every device got its answer
    assert waits and min(waits) >= 1.0  # each wait at least the server's Retry-After (1 s or more)


def test_one_that_would_wait_past_its_patience_is_sent_away_at_the_door():
    async def scenario():
        room = WaitingRoom(at_once=1, queue=100, patience=1.0)
        room._turn_s = 0.6  # turns lately took this long: a second in line would wait 1.2 s
        release, inside = asyncio.Event(), asyncio.Event()

        async def visitor():
            async with room.turn():
                inside.set()
                await release.wait()

        first = asyncio.create_task(visitor())
        await inside.wait()
        second = asyncio.create_task(visitor())  # nobody waits yet: admitted to wait
        while room.waiting == 0:
            await asyncio.sleep(0)
        started = time.monotonic()
        with pytest.raises(ProblemError) as busy:
            async with room.turn():
                pass
        assert time.monotonic() - started < 0.1 and busy.value.headers["Retry-After"] == "2"
        release.set()
        await asyncio.gather(first, second)

    asyncio.run(scenario())
