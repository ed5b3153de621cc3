"""The office at 9 o'clock: many devices syncing against two server processes on one PostgreSQL.

- burst: --burst-devices devices (200) start their sync within the same second; each pushes a
  few edits of records in its own scope and pulls every page, as the protocol asks, over HTTP of
  its own. A 503 is waited out as the desktop's transport does (its Retry-After, spread at
  random by sync/client/backoff.py); a sync fails only when the desktop's would. p95 of one
  device's sync, from its start to its last page, over --repeat rounds. Before them every
  device has synced once, untimed and spread over a minute: the day before, as a device at the
  office at 9 has (its first sync ever, which works out and keeps its scope, is bench/sync.py's
  initial sync).
- devices: --spread-devices devices (1,000), each at a random moment within --interval seconds
  (120, the desktop's timer), syncing as the desktop does: the engine of sync/client/ against a
  real encrypted store (SQLCipher, durable commits) that applies what it pulls. A 2-core machine
  cannot hold 1,000 SQLCipher stores with a caseload each, nor make them in minutes; so a pool of
  stores per kind of account (one scope each: every begeleider of an organisation sees the same
  caseload) is shared. Before a device's sync, the pooled store takes that device's token,
  cursor and worker, and the device's own edits go into its outbox: the server sees 1,000
  devices with cursors of their own, and each sync pulls exactly what that device would, and
  applies it into a real store. p95 of the syncs, per round; --repeat rounds.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import statistics
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import text

from bench.common import p95, spread
from bench.sync_devices import run_round
from bench.sync_office import KINDS, Member, Office, Pooled, close_pools, make_office, pooled_stores, seed_caseload
from desktop.store.records import now_stamp
from desktop.store.replica import StoreReplica
from desktop.store.sync_apply import decode
from sync.client import backoff, credentials
from sync.client.replica import CURSOR, SERVER_URL
from sync.client.transport import tls_context  # one for all: a context each costs a device 35 ms of CPU
from sync.protocol import API, PROTOCOL_HEADER, PROTOCOL_VERSION, PULL_PAGE

HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json", "Accept-Encoding": "gzip"}
WRITERS = ("klantmanager", "begeleider", "coordinator")  # partners change only actions given to them
EDITS_PER_SYNC = 3
RETRIES = 3  # as sync/client/transport.py
TRANSPORT_BACKOFF = 0.5


# -- the office -------------------------------------------------------------------------------------
def prepare(urls: list[str], database_url: str, people: int, pool: int, clients: int, records: int,
            folder: Path) -> tuple[Office, dict]:
    start = time.perf_counter()
    office = make_office(database_url, people, pool)
    sent = seed_caseload(urls[0], office, clients, records, folder)
    pools = pooled_stores(urls, office, folder)
    held = {f"{k[0]}/{k[1]}": _count(p[0]) for k, p in pools.items()}
    print(f"office: {people} devices, {sent} records sent, {sum(len(p) for p in pools.values())} pooled stores "
          f"holding {held} records; ready in {time.perf_counter() - start:.0f} s")
    head = max(_cursor(p[0]) for p in pools.values())
    for member in office.members:
        member.cursor = head
    return office, pools


def _count(pooled: Pooled) -> int:
    with pooled.store.engine.connect() as conn:
        return conn.execute(text("SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM form_parts)"))\
            .scalar_one()


def _cursor(pooled: Pooled) -> int:
    return int(StoreReplica(pooled.store).read_state(CURSOR)[CURSOR] or 0)


_IDS: dict[int, list[tuple[str, str]]] = {}  # per pooled store: its editable records, read once


def _editable(pooled: Pooled, count: int, rng: random.Random) -> list[tuple[str, dict]]:
    """Clients' and visit reports' records of the store's scope, as the server gave them: a few
    picked at random, read by id (scanning the tables for each sync would cost the other simulated
    devices' CPU)."""
    with pooled.store.engine.connect() as conn:
        if id(pooled) not in _IDS:
            _IDS[id(pooled)] = [(entity, record_id) for entity, where in (
                ("clients", ""), ("form_parts", "AND form = 'visit'"))
                for record_id in conn.execute(text(f'SELECT id FROM "{entity}" WHERE deleted = 0 {where}')).scalars()]
        out = []
        for entity, record_id in rng.sample(_IDS[id(pooled)], min(count, len(_IDS[id(pooled)]))):
            row = conn.execute(text(f'SELECT * FROM "{entity}" WHERE id = :id'), {"id": record_id}).mappings().first()
            if row is not None:
                out.append((entity, decode(entity, dict(row))))
    return out


# -- burst: raw HTTP, as many at once as a single process can start ---------------------------------
@dataclass
class Timing:
    seconds: float = 0.0
    busy: int = 0  # 503s waited out
    changes: int = 0
    error: str | None = None


async def _request(http: httpx.AsyncClient, method: str, path: str, timing: Timing, rng: random.Random,
                   **kwargs) -> httpx.Response:
    """As the desktop's transport: 5xx and broken connections retried, each wait at least Retry-After."""
    for attempt in range(RETRIES + 1):
        asked = None
        try:
            answer = await http.request(method, path, **kwargs)
        except httpx.TransportError:
            if attempt == RETRIES:
                raise
        else:
            if answer.status_code < 500 or attempt == RETRIES:
                return answer
            timing.busy += 1
            asked = backoff.retry_after(answer.headers.get("Retry-After"))
        await asyncio.sleep(backoff.wait(attempt, TRANSPORT_BACKOFF, asked, rng))
    raise AssertionError("unreachable")


async def _burst_sync(member: Member, url: str, delay: float, round_no: int, rng: random.Random,
                      push: bool = True) -> Timing:
    await asyncio.sleep(delay)
    stamp = now_stamp()
    ops = [{"op_id": uuid.uuid4().hex, "entity": entity, "record_id": base["id"], "op": "update", "base": base,
            "fields": {**base, "notes": f"Ronde {round_no}: besproken.", "updated_at": stamp},
            "author_id": member.worker_id, "created_at": stamp} for entity, base in member.records if push]
    timing = Timing()
    start = time.perf_counter()
    try:
        async with httpx.AsyncClient(base_url=url, timeout=30, verify=tls_context(), headers={
                **HEADERS, "Authorization": f"Bearer {member.token}"}) as http:
            if ops:
                answer = await _request(http, "POST", f"{API}/sync/push", timing, rng,
                                        content=gzip.compress(json.dumps({"ops": ops}).encode(), 1),
                                        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
                if answer.status_code != 200:
                    timing.error = f"push answered {answer.status_code}"
                else:
                    results = answer.json()["results"]
                    if any(r["status"] != "applied" for r in results):
                        timing.error = "push " + ",".join(sorted({r["status"] for r in results}))
                    member.records = [(entity, r["record"] or base)
                                      for (entity, base), r in zip(member.records, results, strict=True)]
            while timing.error is None:
                answer = await _request(http, "GET", f"{API}/sync/pull", timing, rng,
                                        params={"after": member.cursor, "limit": PULL_PAGE})
                if answer.status_code != 200:
                    timing.error = f"pull answered {answer.status_code}"
                    break
                page = answer.json()
                timing.changes += len(page["changes"])
                member.cursor = page["cursor"]
                if not page["more"]:
                    break
    except httpx.HTTPError as exc:
        timing.error = exc.__class__.__name__
    timing.seconds = time.perf_counter() - start
    return timing


def burst(urls: list[str], office: Office, pools: dict, rounds: int, cpu, window: float = 1.0) -> dict:
    """`rounds` rounds of every device starting within the same `window` seconds."""
    rng = random.Random(16)
    for kind in KINDS:  # each writer edits records of its own scope
        members = [m for m in office.members if m.kind == kind and kind[0] in WRITERS]
        records = _editable(pools[kind][0], len(members) * EDITS_PER_SYNC, rng)
        for n, member in enumerate(members):
            member.records = records[n * EDITS_PER_SYNC:(n + 1) * EDITS_PER_SYNC]
    async def yesterday() -> list[Timing]:
        return await asyncio.gather(*(_burst_sync(m, urls[i % len(urls)], rng.uniform(0, 60), 0, random.Random(i),
                                                  push=False) for i, m in enumerate(office.members)))
    before = asyncio.run(yesterday())
    print(f"the day before: {len(before)} devices synced once within a minute, untimed; errors "
          f"{sum(1 for t in before if t.error)}")
    p95s, medians, errors, busy, walls, per_sync = [], [], [], 0, [], []
    for round_no in range(1, rounds + 1):
        async def together(round_no: int = round_no) -> list[Timing]:
            return await asyncio.gather(*(
                _burst_sync(m, urls[i % len(urls)], rng.uniform(0, window), round_no, random.Random(i))
                for i, m in enumerate(office.members)))
        started = time.perf_counter()
        with cpu.measure() as used:
            timings = asyncio.run(together())
        walls.append(time.perf_counter() - started)
        per_sync.append({k: v * 1000 / len(timings) for k, v in used.items()})
        ms = [t.seconds * 1000 for t in timings]
        p95s.append(p95(ms))
        medians.append(statistics.median(ms))
        errors += [t.error for t in timings if t.error]
        busy += sum(t.busy for t in timings)
        print(f"burst round {round_no}: {len(timings)} devices within {window:.0f} s: median {medians[-1]:.0f} ms, "
              f"p95 {p95s[-1]:.0f} ms, max {max(ms):.0f} ms; the round took {walls[-1]:.1f} s; "
              f"{sum(t.busy for t in timings)} answers 503 waited out; "
              f"{statistics.mean(t.changes for t in timings):.0f} changes pulled per sync; "
              f"errors {sum(1 for t in timings if t.error)}"
              + (f" ({', '.join(sorted({t.error for t in timings if t.error}))})" if errors else "")
              + "; CPU per sync: " + ", ".join(f"{k} {v:.0f} ms" for k, v in per_sync[-1].items()))
        time.sleep(2)
    return {"burst_200_p95_ms": round(statistics.median(p95s), 1), "burst_errors": len(errors),
            "burst_503_waited": busy, "burst_median_ms": round(statistics.median(medians), 1),
            "burst_cpu_per_sync_ms": {k: round(statistics.median(r[k] for r in per_sync), 1) for k in per_sync[0]},
            "spread": {"burst_200_p95_ms": spread(p95s, digits=1), "burst_round_s": spread(walls)}}


# -- devices: the desktop's engine on real stores, spread over the desktop's interval ------------------
def device_sync(pooled: Pooled, member: Member, url: str, round_no: int, rng: random.Random) -> Timing:
    """One device's sync on a pooled store of its kind, run by that store's own thread."""
    timing = Timing()
    replica = StoreReplica(pooled.store)
    # The device's own state in the store: whose it is, where its pull stands.
    replica.write_state({SERVER_URL: url, CURSOR: str(member.cursor)})
    credentials.save_token(replica, url, member.token)
    pooled.store.set_current_worker(member.worker_id)
    if member.kind[0] in WRITERS:  # what the worker typed since the last sync
        for entity, record in _editable(pooled, EDITS_PER_SYNC, rng):
            note = f"Ronde {round_no}: besproken."
            if entity == "clients":
                pooled.store.clients.update(record["id"], {"notes": note})
            else:
                answers = record["answers"]
                pooled.store.visits.save_part(record["owner_id"], record["client_id"], record["part"],
                                              json.loads(answers) if isinstance(answers, str) else answers, note)
    start = time.perf_counter()
    try:
        report = pooled.engine.sync()
        member.cursor = report.cursor
        timing.changes = report.pulled
        if report.rejected or report.set_aside:
            timing.error = f"{report.rejected} refused, {report.set_aside} set aside"
    except Exception as exc:  # the sync's error, as the desktop would show it
        timing.error = exc.__class__.__name__
    timing.seconds = time.perf_counter() - start
    return timing


def spread_devices(urls: list[str], office: Office, pools: dict, rounds: int, interval: float, cpu,
                   processes: int) -> dict:
    """Each round: every device once, at a random moment within `interval` seconds, the devices
    dealt out over `processes` processes (bench/sync_devices.py says why)."""
    p95s, medians, errors, waited = [], [], [], 0
    for round_no in range(1, rounds + 1):
        with cpu.measure() as used:
            timings, busy, device_cpu = run_round(urls, office.members, pools, processes, round_no, interval)
        used["device"] = used.get("device", 0.0) + device_cpu
        waited += busy
        ms = [t.seconds * 1000 for t in timings]
        p95s.append(p95(ms))
        medians.append(statistics.median(ms))
        errors += [t.error for t in timings if t.error]
        print(f"spread round {round_no}: {len(timings)} devices over {interval:.0f} s in {processes} processes: "
              f"median {medians[-1]:.0f} ms, p95 {p95s[-1]:.0f} ms, max {max(ms):.0f} ms; "
              f"{statistics.mean(t.changes for t in timings):.0f} changes applied per sync; a pooled store was "
              f"busy {waited} times so far; errors {sum(1 for t in timings if t.error)}"
              + (f" ({', '.join(sorted({t.error for t in timings if t.error}))})" if errors else "")
              + "; CPU per sync: " + ", ".join(f"{k} {v * 1000 / len(timings):.0f} ms" for k, v in used.items()))
    return {"devices_1000_p95_ms": round(statistics.median(p95s), 1), "devices_errors": len(errors),
            "devices_median_ms": round(statistics.median(medians), 1), "pool_busy": waited,
            "device_processes": processes, "spread": {"devices_1000_p95_ms": spread(p95s, digits=1)}}


def run_crowd(urls: list[str], database_url: str, args, folder: Path, modes: set[str], cpu) -> dict:
    """`cpu`: bench.common.CpuMeter of the servers and PostgreSQL ("device": this process, every device)."""
    people = max(args.burst_devices if "burst" in modes else 0, args.spread_devices if "devices" in modes else 0)
    office, pools = prepare(urls, database_url, people, args.pool, args.crowd_clients, args.crowd_records, folder)
    figures: dict = {"spread": {}}
    try:
        for mode, measure in (
                ("burst", lambda: burst(urls, _first(office, args.burst_devices), pools, args.repeat, cpu)),
                ("devices", lambda: spread_devices(urls, _first(office, args.spread_devices), pools, args.repeat,
                                                   args.interval, cpu, args.device_processes))):
            if mode in modes:
                found = measure()
                figures["spread"].update(found.pop("spread"))
                figures.update(found)
    finally:
        close_pools(pools)
    return figures


def _first(office: Office, n: int) -> Office:
    return Office(office.tenant_id, office.members[:n], office.seeder, office.pool_users)
