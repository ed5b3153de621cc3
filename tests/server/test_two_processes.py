"""Two server processes behind one PostgreSQL, as in production behind a proxy: pushes through
both, and pulls from both see one sequence, with no change twice and none skipped, even while
the pushes are still going on."""

from __future__ import annotations

import threading

import pytest

from server.db import Database
from tests.server.client import Device, make_chain, new_id, op
from tests.server.live import launch_process, stop_process, wait_ready

DEVICES = 8
PUSHES = 5
OPS_PER_PUSH = 5


@pytest.fixture(scope="module")
def database(pg_cluster):
    with pg_cluster.fresh_database() as url:
        yield url


@pytest.fixture(scope="module")
def two_processes(database):
    launched = [launch_process(database), launch_process(database)]  # both migrate the new database at once
    try:
        for proc, url in launched:
            wait_ready(proc, url)
        yield [url for _, url in launched]
    finally:
        for proc, _ in launched:
            stop_process(proc)


def _pull_everything(device: Device, limit: int) -> list[tuple]:
    device.cursor = 0
    return [(c["seq"], c["entity"], c["record_id"], c["version"]) for c in device.pull_all(limit)]


def test_pushes_through_two_processes_make_one_sequence_seen_alike_from_both(database, two_processes):
    url_a, url_b = two_processes
    db = Database(database)
    chain = make_chain(db, url_a, users=4)
    pushers = [chain.device(i % 4, base_url=(url_a, url_b)[i % 2]) for i in range(DEVICES)]
    watchers = [chain.device(0, base_url=url_a), chain.device(1, base_url=url_b)]
    pushed: set[str] = set()
    failures: list[str] = []
    done = threading.Event()

    def push_all(device: Device) -> None:
        for _ in range(PUSHES):
            ops = [op("households", new_id(), fields={"label": "h"}) for _ in range(OPS_PER_PUSH)]
            results = device.push(*ops)
            failures.extend(f"{r['status']}: {r['reason']}" for r in results if r["status"] != "applied")
            pushed.update(o["record_id"] for o in ops)

    seen_live: list[int] = []

    def watch() -> None:
        """Pulls while the pushes go on, alternating between the processes, sharing one cursor."""
        cursor, turn = 0, 0
        while True:
            finished = done.is_set()  # read before pulling: the pull after the last push still comes
            page = watchers[turn % 2].pull(cursor, limit=50)
            seen_live.extend(c["seq"] for c in page["changes"])
            cursor, turn = page["cursor"], turn + 1
            if finished and not page["more"]:
                return

    watcher = threading.Thread(target=watch)
    watcher.start()
    threads = [threading.Thread(target=push_all, args=(d,)) for d in pushers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    done.set()
    watcher.join(timeout=60)

    try:
        assert failures == []
        from_a, from_b = _pull_everything(watchers[0], 37), _pull_everything(watchers[1], 23)
        assert from_a == from_b  # the same changes in the same order through either process
        seqs = [seq for seq, *_ in from_a]
        total = 5 + DEVICES * PUSHES * OPS_PER_PUSH  # the directory (1 organisation, 4 workers) and the pushes
        assert seqs == list(range(1, total + 1))  # one sequence: no gaps, no repeats
        assert {rid for _, entity, rid, _ in from_a if entity == "households"} == pushed
        assert all(seq == version for seq, _, _, version in from_a)
        # Pulled while the pushes committed: in order, and nothing skipped by a cursor that moved past it.
        assert seen_live == seqs
    finally:
        chain.close()
        db.dispose()


def _each_edits_one_field_at_once(devices: list[Device], record_id: str, base: dict) -> list[dict]:
    results: list[dict] = []
    start = threading.Barrier(len(devices))

    def edit(i: int) -> None:
        start.wait()
        results.extend(devices[i].push(op("households", record_id, "update",
                                          fields={**base, f"field_{i}": f"value {i}"}, base=base)))

    threads = [threading.Thread(target=edit, args=(i,)) for i in range(len(devices))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def test_edits_of_different_fields_through_both_processes_at_once_all_stand(database, two_processes):
    """Each push reads the record only after taking the tenant's lock, so a merge never starts
    from a row another process is about to change: no edit is lost."""
    url_a, url_b = two_processes
    db = Database(database)
    chain = make_chain(db, url_a, users=2)
    devices = [chain.device(i % 2, base_url=(url_a, url_b)[i % 2]) for i in range(DEVICES)]
    try:
        for round_ in range(3):
            record_id = new_id()
            base = {"id": record_id, **{f"field_{i}": "" for i in range(DEVICES)}}
            devices[0].push(op("households", record_id, fields=base))
            results = _each_edits_one_field_at_once(devices, record_id, base)
            assert [r["status"] for r in results] == ["applied"] * DEVICES, round_
            final = max(results, key=lambda r: r["version"])["record"]
            assert {k: v for k, v in final.items() if k.startswith("field_")} == {
                f"field_{i}": f"value {i}" for i in range(DEVICES)}
    finally:
        chain.close()
        db.dispose()


def test_a_retry_through_the_other_process_while_the_first_is_running_applies_once(database, two_processes):
    url_a, url_b = two_processes
    db = Database(database)
    chain = make_chain(db, url_a, users=1)
    via_a, via_b = chain.device(0, base_url=url_a), chain.device(0, base_url=url_b)
    try:
        ops = [op("households", new_id(), fields={"label": f"h{i}"}) for i in range(50)]
        answers: list[list[dict]] = []
        start = threading.Barrier(2)

        def send(device: Device) -> None:
            start.wait()
            answers.append(device.push(*ops))

        threads = [threading.Thread(target=send, args=(d,)) for d in (via_a, via_b)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert answers[0] == answers[1]
        households = [c for c in via_b.pull_all() if c["entity"] == "households"]
        assert len(households) == 50
    finally:
        chain.close()
        db.dispose()
