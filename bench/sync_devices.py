"""The 1,000 devices of bench/sync_crowd.py, simulated in several processes.

A thousand devices are a thousand machines. Simulated as threads of one Python process, their
CPU work (reading a page, applying it into SQLCipher) waits for that process's one interpreter
lock: with some 80 ms of CPU per sync and eight syncs a second, the lock is busy most of the
time, and the round's p95 measured the queue at that lock rather than the server. And a store's
SQLCipher connections belong to threads (SQLAlchemy's pool for pysqlcipher keeps one a thread,
at most five): a pool of threads taking any free store opened and closed connections all the
time, which a desktop, with its one database worker, never does. Each of --device-processes
processes takes its own share of the devices and of the pooled stores, a thread per store, and
runs its share's plan against one common start time; the server, PostgreSQL and these
processes still share the same two cores, so the figure stays on the cautious side.
(devices_1000_p95_ms on a quiet machine: 1,169 and 886 ms in one process; 236 and 350 ms so.)
"""

from __future__ import annotations

import queue
import random
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from bench.sync_office import PASSPHRASE, Member, Pooled
from desktop.store import Store
from desktop.store.replica import StoreReplica
from sync.client.engine import SyncEngine

START_AHEAD = 5.0  # seconds for the processes to start and open their stores before the round's start


@dataclass
class Share:
    """What one process runs in a round: its devices, each at its moment, and its pooled stores."""

    urls: list[str]
    stores: dict[tuple[str, str], list[Path]]
    plan: list[tuple[float, int, Member]]  # (seconds after start, device number, the device)
    start_at: float  # time.time() of the round's start, the same for every process
    round_no: int


@dataclass
class ShareResult:
    timings: list  # bench.sync_crowd.Timing
    cursors: dict[int, int]  # device number: its cursor after the sync
    cpu_seconds: float
    pool_waited: int


def shares(pools: dict[tuple[str, str], list[Pooled]], processes: int) -> list[dict[tuple[str, str], list[Path]]]:
    """Each process's pooled stores: every kind's stores dealt out in turn, so each process has
    at least one of every kind (--pool must be at least --device-processes)."""
    out: list[dict[tuple[str, str], list[Path]]] = [{} for _ in range(processes)]
    for kind, stores in pools.items():
        if len(stores) < processes:
            raise SystemExit(f"--pool {len(stores)} is fewer than --device-processes {processes}")
        for n, pooled in enumerate(stores):
            out[n % processes].setdefault(kind, []).append(pooled.store.data_dir)
    return out


def run_round(urls: list[str], members: list[Member], pools: dict, processes: int, round_no: int,
              interval: float) -> tuple[list, int, float]:
    """One round: every device once, at a random moment within `interval` seconds; device i is
    run by process i % processes. Returns the timings, the pooled stores' waits and the CPU
    seconds the device processes used."""
    rng = random.Random(round_no)
    moments = [rng.uniform(0, interval) for _ in members]
    start_at = time.time() + START_AHEAD
    work = [Share(urls, stores, [(moments[i], i, m) for i, m in enumerate(members) if i % processes == p],
                  start_at, round_no) for p, stores in enumerate(shares(pools, processes))]
    with ProcessPoolExecutor(processes) as pool:
        results = list(pool.map(run_share, work))
    timings = []
    for result in results:
        timings += result.timings
        for i, cursor in result.cursors.items():
            members[i].cursor = cursor
    return timings, sum(r.pool_waited for r in results), sum(r.cpu_seconds for r in results)


def run_share(share: Share) -> ShareResult:
    """In the device process: open its stores, each served by a thread of its own (the store's
    SQLCipher connection belongs to one thread, as on the desktop's database worker), and hand
    each device at its moment to a free store of its kind."""
    from bench.sync_crowd import device_sync

    cpu_start = time.process_time()
    stores = [_open(path, kind) for kind, paths in share.stores.items() for path in paths]
    waiting = {kind: queue.Queue() for kind in share.stores}
    timings: dict[int, object] = {}
    busy = dict.fromkeys(share.stores, 0)
    lock = threading.Lock()
    waited = 0

    def serve(pooled: Pooled) -> None:
        while (job := waiting[pooled.kind].get()) is not None:
            i, member = job
            timings[i] = device_sync(pooled, member, share.urls[i % len(share.urls)], share.round_no,
                                     random.Random(i * 1000 + share.round_no))
            with lock:
                busy[pooled.kind] -= 1

    threads = [threading.Thread(target=serve, args=(pooled,), name="device") for pooled in stores]
    for thread in threads:
        thread.start()
    try:
        for at, i, member in sorted(share.plan, key=lambda entry: entry[0]):
            time.sleep(max(0.0, share.start_at + at - time.time()))
            with lock:
                if busy[member.kind] == len(share.stores[member.kind]):
                    waited += 1  # every store of its kind is busy: this device syncs later than planned
                busy[member.kind] += 1
            waiting[member.kind].put((i, member))
    finally:
        for pooled in stores:
            waiting[pooled.kind].put(None)
        for thread in threads:
            thread.join()
        for pooled in stores:
            pooled.store.close()
    members = {i: member for _at, i, member in share.plan}
    return ShareResult([timings[i] for i in sorted(timings)], {i: members[i].cursor for i in timings},
                       time.process_time() - cpu_start, waited)


def _open(path: Path, kind: tuple[str, str]) -> Pooled:
    store = Store.unlock(path, PASSPHRASE)
    return Pooled(store, SyncEngine(StoreReplica(store)), kind)
