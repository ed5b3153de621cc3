"""Sync benchmark: a real server on PostgreSQL, a caseload of 500 clients, and 200 devices.

    python bench/sync.py [--clients 500] [--records 50000] [--devices 200] [--rounds 3]
                         [--interval 120 20] [--server-processes 1] [--repeat 3]

PostgreSQL is pgserver's, started in a temporary folder (reached over its unix socket), or
the one at $KETENPLAN_BENCH_PG_URL (postgresql+psycopg://..., over TCP), where a fresh database
is made for the run if the account may. The server runs as its own processes,
`python -m server --database-url ...` on free loopback ports: one, or --server-processes side
by side on the same database with no proxy in between (each device talks to one of them).

One device (the office's) fills a demo caseload with a realistic history -- monthly home
visits with their reports, follow-ups, plan actions and the plan's history -- until about
--records records, and sends it all. Then:

- a new device signs in and pulls the whole caseload into a new encrypted store (--repeat
  devices, one after another);
- the first of them syncs with nothing to send or receive (the median of 20);
- it makes 1,000 edits offline and syncs, --repeat times: the push, and the sync as a whole,
  which receives them back since its cursor is behind them;
- --devices devices sync at once, each in its own connection as the desktop makes one per
  sync: it sends a few edits of its own records and pulls what the others sent. --rounds
  rounds, all devices starting together; the p95 of one device's sync. Then one round spread
  over each --interval: 120 s as the desktop's timer spreads them, and 20 s, six times that rate.

--mode burst, devices and autosave measure the office at 9 o'clock and the store during a slow
sync (bench/sync_crowd.py, bench/sync_autosave.py; bench/README.md says how); each runs alone.

Ends with one JSON line: initial_sync_s, noop_sync_ms, push_1000_s (medians), p95_200_devices_ms
(over every device of every round), errors, details, and "spread" (median, min, max, runs of each).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import shutil
import ssl
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import certifi  # noqa: E402
import httpx  # noqa: E402
from sqlalchemy import func, select, text  # noqa: E402

from bench.common import (  # noqa: E402
    PASSWORD,
    PG_URL_ENV,
    CpuMeter,
    Servers,
    describe,
    p95,
    postgresql,
    spread,
    start_servers,
)
from desktop.demo import fill_demo_store  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keyfile import FAST_KDF  # noqa: E402
from desktop.store.records import now_stamp  # noqa: E402
from desktop.store.replica import StoreReplica  # noqa: E402
from desktop.store.schema import SYNCED_TABLES  # noqa: E402
from desktop.store.sync_apply import decode  # noqa: E402
from domain.visits import TOPICS  # noqa: E402
from server import accounts  # noqa: E402
from server.db import Database  # noqa: E402
from server.record_store import RECORDS  # noqa: E402
from sync.client.engine import SyncEngine  # noqa: E402
from sync.protocol import API, PROTOCOL_HEADER, PROTOCOL_VERSION, PULL_PAGE  # noqa: E402
from tools.demo_server import MUNICIPALITY, ORGANISATIONS  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"
NOOP_RUNS = 20
OFFLINE_EDITS = 1000
EDITS_PER_DEVICE = 3
TARGETS = {"initial_sync_s": 10, "noop_sync_ms": 100, "push_1000_s": 2, "p95_200_devices_ms": 300,
           "burst_200_p95_ms": 2000, "devices_1000_p95_ms": 300, "autosave_during_sync_p95_ms": 20}
MODES = ("classic", "burst", "devices", "autosave", "all")

# The office's people, in turn: (role, organisation kind). The chain is the demo server's.
ROLE_CYCLE = (("klantmanager", "gemeente"), ("begeleider", "maatschappelijke_begeleiding"),
              ("begeleider", "maatschappelijke_begeleiding"), ("partner", "taalschool"),
              ("klantmanager", "gemeente"), ("partner", "jobhunter"), ("partner", "budgetcoach"),
              ("begeleider", "maatschappelijke_begeleiding"), ("partner", "welzijn"), ("coordinator", "gemeente"))
PLAN_ACTIONS = ("Huurtoeslag en zorgtoeslag aanvragen", "Intake bij de taalschool", "KNM-lessen volgen",
                "Wegwijs in de wijk: huisarts, school, bibliotheek", "Cv maken en diploma laten waarderen",
                "Budgetplan maken", "Post en rekeningen samen doorlopen", "Werkervaringsplek zoeken",
                "Taalmaatje koppelen", "Participatieverklaringstraject (PVT) plannen")
VISIT_NOTES = ("Gesprek verliep goed; de tolk vertaalde via de telefoon.",
               "Post ligt ongeopend op tafel; samen doorgenomen.", "Kinderen gaan naar school in de buurt.",
               "Heeft vragen over de zorgverzekering en de toeslagen.", "Wil graag zo snel mogelijk aan het werk.")




# -- accounts --------------------------------------------------------------------------------
@dataclass
class Office:
    tenant_id: str
    usernames: list[str]  # the first is the office's own, the second the new device's


def make_office(database_url: str, people: int) -> Office:
    """A municipality, its chain, and `people` users of the chain (one per simulated device)."""
    tag = uuid.uuid4().hex[:6]
    db = Database(database_url)
    try:
        with db.writing() as session:
            tenant = accounts.create_tenant(session, f"Gemeente {MUNICIPALITY} {tag}")
            orgs = {}
            for name, kind in ORGANISATIONS:
                orgs.setdefault(kind, accounts.create_organisation(session, tenant, name, kind))
            usernames = []
            for i in range(people):
                role, kind = ROLE_CYCLE[i % len(ROLE_CYCLE)]
                username = f"medewerker{i:03d}-{tag}"
                accounts.create_user(session, tenant, orgs[kind], username, f"Medewerker {i:03d}", role, PASSWORD)
                usernames.append(username)
        return Office(tenant.id, usernames)
    finally:
        db.dispose()


def tenant_rows(database_url: str, table, tenant_id: str) -> int:
    """How many rows of a server table (records, audit lines) belong to the tenant."""
    db = Database(database_url)
    try:
        with db.reading() as session:
            return session.execute(select(func.count()).select_from(table)
                                   .where(table.c.tenant_id == tenant_id)).scalar_one()
    finally:
        db.dispose()


def server_records(database_url: str, tenant_id: str) -> int:
    return tenant_rows(database_url, RECORDS, tenant_id)


# -- the caseload ------------------------------------------------------------------------------
def local_records(store: Store) -> int:
    with store.engine.connect() as conn:
        return sum(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in SYNCED_TABLES)


def pending(store: Store) -> int:
    return store.sync.pending_count()


def _main_persons(store: Store) -> list[dict]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(
            "SELECT id, stage, klantmanager_id, begeleider_id, address_street, address_city, azc_location "
            "FROM clients WHERE household_role = 'hoofdpersoon' AND deleted = 0 ORDER BY id")).mappings()]


def _month_of_work(store: Store, rng: random.Random, person: dict, day: date, today: date,
                   organisations: list[str]) -> None:
    """What a month adds to a household's file: a home visit and its report, sometimes a follow-up,
    and a step in the plan (an action added, an earlier one done: the plan's history records both)."""
    visitor = person["begeleider_id"] or person["klantmanager_id"]
    if visitor:
        address = (f"{person['address_street']}, {person['address_city']}" if person["address_street"]
                   else person["azc_location"])
        visit_id = store.visits.plan(person["id"], {"planned_on": day.isoformat(), "address": address,
                                                    "planned_time": f"{rng.randint(9, 16):02d}:00",
                                                    "visitor_ids": [visitor]})
        if rng.random() < 0.85:
            store.visits.report(visit_id, "done", visitor, today=today)
            for topic in rng.sample(TOPICS, 3):
                store.visits.save_part(visit_id, person["id"], topic,
                                       {"state": rng.choice(("fine", "attention"))}, rng.choice(VISIT_NOTES))
            store.visits.save_part(visit_id, person["id"], "summary", {"observations": rng.choice(VISIT_NOTES),
                                                                      "agreements": rng.choice(VISIT_NOTES)})
            if rng.random() < 0.4:
                store.visits.add_follow_up(visit_id, {"description": rng.choice(VISIT_NOTES), "owner_id": visitor,
                                                      "due_on": (day + timedelta(days=14)).isoformat()})
        else:
            store.visits.report(visit_id, "not_home", visitor, today=today)
    if person["stage"] in ("plan", "gevestigd", "zelfstandig"):
        plan_id = store.plans.start(person["id"])
        due = day + timedelta(days=rng.randint(14, 90))
        store.plans.actions.add(plan_id, {"description": rng.choice(PLAN_ACTIONS), "due_on": due.isoformat(),
                                          "organisation_id": rng.choice(organisations), "status": "planned"})
        with store.engine.connect() as conn:
            open_actions = list(conn.execute(text(
                "SELECT id FROM plan_actions WHERE plan_id = :plan AND status = 'planned' AND deleted = 0 "
                "ORDER BY id"), {"plan": plan_id}).scalars())
        if len(open_actions) > 2:
            store.plans.actions.update(rng.choice(open_actions), {
                "status": "done", "done_on": min(day, today).isoformat(), "result_note": rng.choice(VISIT_NOTES)})


def fill_caseload(store_dir: Path, clients: int, records: int, already: int, seed: int = 2019) -> dict:
    """A demo store of `clients` clients in households, and months of work for each household
    (newest month last) until `records` records with what the server holds already."""
    summary = fill_demo_store(store_dir, PASSPHRASE, clients=clients, seed=seed, municipality=MUNICIPALITY)
    store = Store.unlock(store_dir, PASSPHRASE, durable=False)
    try:
        rng, today = random.Random(seed), date.today()
        people = _main_persons(store)
        organisations = [o["id"] for o in store.directory.organisations() if o["kind"] != "coa"]
        months = 0
        day = today - timedelta(days=720)
        while pending(store) + already < records:
            for i, person in enumerate(people):
                if i % 25 == 0 and pending(store) + already >= records:  # counting is a scan: not for each
                    break
                _month_of_work(store, rng, person, min(day + timedelta(days=rng.randint(0, 27)), today), today,
                               organisations)
            months += 1
            day += timedelta(days=30)
        return {**summary, "months_of_work": months, "records": pending(store) + already}
    finally:
        store.close()


# -- the desktop's sync, measured -------------------------------------------------------------
@dataclass
class Timed:
    seconds: float
    report: object
    push_s: float | None = None  # until the last push batch was answered


def timed_sync(engine: SyncEngine) -> Timed:
    marks: dict[str, float] = {}

    def progress(p) -> None:
        if p.phase == "push":
            marks["push"] = time.perf_counter()

    start = time.perf_counter()
    report = engine.sync(progress=progress)
    end = time.perf_counter()
    return Timed(end - start, report, marks["push"] - start if "push" in marks else None)


def offline_edits(store: Store, count: int) -> int:
    """Half on clients' notes, half on visit reports' notes: one outbox entry each (no plan history)."""
    with store.engine.connect() as conn:
        client_ids = list(conn.execute(text("SELECT id FROM clients WHERE deleted = 0 ORDER BY id")).scalars())
        parts = [dict(r) for r in conn.execute(text(
            "SELECT owner_id, client_id, part, answers, notes FROM form_parts "
            "WHERE form = 'visit' AND deleted = 0 ORDER BY id LIMIT :n"), {"n": count}).mappings()]
    made = 0
    for client_id in client_ids[:count // 2]:
        store.clients.update(client_id, {"notes": "Belt terug over de huurtoeslag (offline genoteerd)."})
        made += 1
    for part in parts[:count - made]:
        store.visits.save_part(part["owner_id"], part["client_id"], part["part"], json.loads(part["answers"]),
                               (part["notes"] + " Nagebeld.").strip())
        made += 1
    return made


# -- many devices at once ------------------------------------------------------------------------
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json", "Accept-Encoding": "gzip"}
# httpx reads the CA bundle into a new TLS context for every client: some 35 ms of CPU that each
# desktop spends on its own computer, but that here would queue up in this one process. So the
# simulated devices share one context; each still opens a connection of its own per sync.
_TLS = ssl.create_default_context(cafile=certifi.where())


@dataclass
class SimDevice:
    """A signed-in device as the server sees it: a token, a cursor, and the records it edits."""

    url: str
    token: str
    worker_id: str
    cursor: int
    records: list[tuple[str, dict]] = field(default_factory=list)  # (entity, the record as the server gave it)


def sign_in(url: str, username: str, name: str) -> tuple[str, str]:
    answer = httpx.post(f"{url}{API}/login", headers=HEADERS, timeout=60,
                        json={"username": username, "password": PASSWORD, "device_name": name})
    answer.raise_for_status()
    body = answer.json()
    return body["token"], body["account"]["worker_id"]


def editable_records(store: Store, count: int) -> list[tuple[str, dict]]:
    """Clients and visit-report parts as the store holds them after a sync (what the server gave)."""
    out = []
    with store.engine.connect() as conn:
        for entity in ("clients", "form_parts"):
            rows = conn.execute(text(f'SELECT * FROM "{entity}" WHERE deleted = 0 ORDER BY id DESC LIMIT :n'),
                                {"n": count}).mappings()
            out += [(entity, decode(entity, dict(r))) for r in rows]
    random.Random(5).shuffle(out)
    return out[:count]


@dataclass
class DeviceSync:
    seconds: float
    push_s: float = 0.0  # until the push was answered
    pages: int = 0
    changes: int = 0
    error: str | None = None


async def device_sync(device: SimDevice, round_no: int, delay: float = 0.0) -> DeviceSync:
    """One sync as the desktop does it: a connection of its own, a push of a few edits, then every page."""
    await asyncio.sleep(delay)
    stamp = now_stamp()
    ops = [{"op_id": uuid.uuid4().hex, "entity": entity, "record_id": base["id"], "op": "update", "base": base,
            "fields": {**base, "notes": f"Ronde {round_no}: besproken.", "updated_at": stamp},
            "author_id": device.worker_id, "created_at": stamp} for entity, base in device.records]
    headers = {**HEADERS, "Authorization": f"Bearer {device.token}"}
    body = gzip.compress(json.dumps({"ops": ops}).encode(), compresslevel=6)
    start = time.perf_counter()
    timing = DeviceSync(0.0)
    try:
        async with httpx.AsyncClient(base_url=device.url, timeout=300, headers=headers, verify=_TLS) as http:
            answer = await http.post(f"{API}/sync/push", content=body, headers={
                "Content-Type": "application/json", "Content-Encoding": "gzip"}) if ops else None
            timing.push_s = time.perf_counter() - start
            if answer is None:  # nothing to send: the desktop does not push either
                pass
            elif answer.status_code != 200:
                timing.error = f"push answered {answer.status_code}"
            else:
                results = answer.json()["results"]
                if any(r["status"] != "applied" for r in results):
                    timing.error = "push " + ",".join(sorted({r["status"] for r in results}))
                device.records = [(entity, r["record"] or base)
                                  for (entity, base), r in zip(device.records, results, strict=True)]
            while timing.error is None:
                answer = await http.get(f"{API}/sync/pull", params={"after": device.cursor, "limit": PULL_PAGE})
                if answer.status_code != 200:
                    timing.error = f"pull answered {answer.status_code}"
                    break
                page = answer.json()
                timing.pages += 1
                timing.changes += len(page["changes"])
                device.cursor = page["cursor"]
                if not page["more"]:
                    break
    except httpx.HTTPError as exc:
        timing.error = exc.__class__.__name__
    timing.seconds = time.perf_counter() - start
    return timing


async def _together(devices: list[SimDevice], round_no: int, delays: list[float]) -> list[DeviceSync]:
    return await asyncio.gather(*(device_sync(d, round_no, delay) for d, delay in zip(devices, delays, strict=True)))


@dataclass
class Crowd:
    burst: list[DeviceSync]  # every round's syncs
    round_s: list[float]  # how long each round took, until the last device was done
    steady: dict[float, list[DeviceSync]]  # a round spread over each interval

    @staticmethod
    def errors(syncs: list[DeviceSync]) -> list[str]:
        return [s.error for s in syncs if s.error]


def sign_in_devices(urls: list[str], usernames: list[str], store: Store, head: int) -> list[SimDevice]:
    """A device for every user, on server process i % n, up to date at `head`, each with records of its own."""
    with ThreadPoolExecutor(4) as pool:
        signed = list(pool.map(lambda iu: sign_in(urls[iu[0] % len(urls)], iu[1], f"Laptop {iu[0]:03d}"),
                               enumerate(usernames)))
    # Partners may change only the plan actions given to them, and the demo caseload has no consents
    # for them: their devices send nothing, and receive only the directory's changes.
    writers = [i for i in range(len(usernames)) if ROLE_CYCLE[i % len(ROLE_CYCLE)][0] != "partner"]
    records = editable_records(store, len(writers) * EDITS_PER_DEVICE)
    own = {i: records[n * EDITS_PER_DEVICE:(n + 1) * EDITS_PER_DEVICE] for n, i in enumerate(writers)}
    return [SimDevice(urls[i % len(urls)], token, worker_id, head, own.get(i, []))
            for i, (token, worker_id) in enumerate(signed)]


def many_devices(devices: list[SimDevice], rounds: int, intervals: list[float]) -> Crowd:
    """`rounds` rounds of every device syncing at the same moment; then, for each interval, one
    round as the desktop's timer spreads them: each device at a random moment within it."""
    burst, walls = [], []
    for round_no in range(1, rounds + 1):
        started = time.perf_counter()
        burst += asyncio.run(_together(devices, round_no, [0.0] * len(devices)))
        walls.append(time.perf_counter() - started)
        time.sleep(1)
    rng = random.Random(3)
    steady = {}
    for n, interval in enumerate(intervals, start=rounds + 1):
        steady[interval] = asyncio.run(_together(devices, n, [rng.uniform(0, interval) for _ in devices]))
    return Crowd(burst, walls, steady)


# -- the run -----------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--records", type=int, default=50_000, help="records in the caseload, about")
    parser.add_argument("--devices", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of all devices syncing at the same moment")
    parser.add_argument("--interval", type=float, nargs="*", default=[120.0, 20.0],
                        help="then a round spread over each of these many seconds: the desktop syncs every "
                             "2 minutes (give or take 20 %%); 20 s is six times that rate")
    parser.add_argument("--server-processes", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3,
                        help="new devices' first syncs, rounds of 1,000 offline edits, burst rounds, spread rounds "
                             "and slow syncs (medians, with the spread)")
    parser.add_argument("--mode", nargs="+", choices=MODES, default=["all"],
                        help="classic: the figures above; burst, devices, autosave: see bench/README.md")
    parser.add_argument("--burst-devices", type=int, default=200)
    parser.add_argument("--spread-devices", type=int, default=1000)
    parser.add_argument("--pool", type=int, default=4, help="pooled encrypted stores per kind of account")
    parser.add_argument("--device-processes", type=int, default=2,
                        help="devices mode: processes the simulated devices are dealt out over")
    parser.add_argument("--crowd-clients", type=int, default=200)
    parser.add_argument("--crowd-records", type=int, default=10_000)
    parser.add_argument("--slow", type=float, default=3.0, help="autosave: the server's delay per request")
    args = parser.parse_args()
    modes = set(MODES[:-1]) if "all" in args.mode else set(args.mode)
    if "classic" not in modes:
        args.interval = args.interval[0] if args.interval else 120.0
        args.server_processes = max(args.server_processes, 2)
    print(f"machine: {os.cpu_count()} cores, load average {', '.join(f'{v:.2f}' for v in os.getloadavg())} "
          f"at the start")
    folder = Path(tempfile.mkdtemp(prefix="ketenplan-bench-sync-"))
    figures: dict = {"spread": {}}
    try:
        if "autosave" in modes:
            from bench.sync_autosave import run_autosave
            add(figures, run_autosave(f"sqlite:///{folder / 'slow.sqlite3'}", args.repeat, args.slow, folder))
        if modes - {"autosave"}:
            with postgresql(folder) as (database_url, postmaster_pid):
                servers = start_servers(database_url, args.server_processes, folder)
                try:
                    if "classic" in modes:
                        add(figures, run(args, database_url, servers, CpuMeter(servers, postmaster_pid), folder))
                    if modes & {"burst", "devices"}:
                        from bench.sync_crowd import run_crowd
                        add(figures, run_crowd(servers.urls, database_url, args, folder, modes,
                                               CpuMeter(servers, postmaster_pid)))
                except BaseException:
                    print("server log:\n" + servers.log_tail(), file=sys.stderr)
                    raise
                finally:
                    servers.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for key, target in TARGETS.items():
        if key in figures:
            print(f"  {key}: {figures[key]} (target under {target}){'' if figures[key] < target else '  MISSED'}")
    figures["load_average_end"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps({k: v for k, v in figures.items() if k != "spread"} | {"spread": figures["spread"]}))


def add(figures: dict, found: dict) -> None:
    figures["spread"].update(found.pop("spread", {}))
    figures.update(found)


def seed(url: str, database_url: str, office: Office, args: argparse.Namespace, folder: Path) -> int:
    """The office's device: the directory first, then the caseload, then all of it to the server.
    Returns the records the server holds."""
    source_dir = folder / "office"
    source = Store.create(source_dir, PASSPHRASE, kdf=FAST_KDF, durable=False)
    account = SyncEngine(StoreReplica(source)).enrol(url, office.usernames[0], PASSWORD, "Kantoor")
    SyncEngine(StoreReplica(source)).sync()
    directory = local_records(source)
    source.close()
    start = time.perf_counter()
    made = fill_caseload(source_dir, args.clients, args.records, directory)
    print(f"caseload: {made} in {time.perf_counter() - start:.1f} s")
    source = Store.unlock(source_dir, PASSPHRASE, durable=False)
    source.set_current_worker(account.worker_id)
    sent = timed_sync(SyncEngine(StoreReplica(source)))
    source.close()
    on_server = server_records(database_url, office.tenant_id)
    print(f"sent by the office: {sent.report.pushed} changes in {sent.seconds:.1f} s "
          f"({sent.report.pushed / sent.seconds:.0f}/s); the server holds {on_server} records")
    return on_server


def _crowd_line(label: str, syncs: list[DeviceSync]) -> str:
    total = [s.seconds * 1000 for s in syncs]
    pushes = [s.push_s * 1000 for s in syncs]
    errors = Crowd.errors(syncs)
    return (f"{label}: per sync median {statistics.median(total):.0f} ms, p95 {p95(total):.0f} ms, "
            f"max {max(total):.0f} ms (its push: median {statistics.median(pushes):.0f} ms, "
            f"p95 {p95(pushes):.0f} ms); {statistics.mean(s.changes for s in syncs):.0f} changes and "
            f"{statistics.mean(s.pages for s in syncs):.1f} pages received per sync; errors {len(errors)}"
            + (f" ({', '.join(sorted(set(errors)))})" if errors else ""))


def run(args: argparse.Namespace, database_url: str, servers: Servers, cpu: CpuMeter, folder: Path) -> dict:
    where = "$" + PG_URL_ENV if os.environ.get(PG_URL_ENV) else "pgserver's, over its unix socket"
    print(f"server: {len(servers.urls)} process(es) of `python -m server` ({', '.join(servers.urls)}); "
          f"PostgreSQL: {where}")
    url = servers.urls[0]
    office = make_office(database_url, max(args.devices, 2))
    print(f"accounts: a tenant, {len(ORGANISATIONS)} organisations, {len(office.usernames)} users")
    on_server = seed(url, database_url, office, args, folder)

    # New devices, one after another: sign in, pull everything into a new encrypted store (the
    # passphrase's derivation is left out: bench/store.py reports it). The first goes on.
    initial_s, firsts, enrols = [], [], []
    for n in range(args.repeat):
        device = Store.create(folder / f"new-device-{n}", PASSPHRASE, kdf=FAST_KDF)
        device_engine = SyncEngine(StoreReplica(device))
        with cpu.measure() as used:
            start = time.perf_counter()
            device_engine.enrol(url, office.usernames[1], PASSWORD, f"Nieuwe laptop {n + 1}")
            enrols.append(time.perf_counter() - start)
            first = timed_sync(device_engine)
        firsts.append(first)
        initial_s.append(enrols[-1] + first.seconds)
        print(f"first sync of a new device ({n + 1} of {args.repeat}): {initial_s[-1]:.2f} s (sign-in "
              f"{enrols[-1]:.2f} s, pull {first.seconds:.2f} s: {first.report.pulled} changes in "
              f"{first.report.pages} pages); the store holds {local_records(device)} records; {cpu.line(used)}")
        if n == 0:
            store, engine = device, device_engine
        else:
            device.close()
    print(f"first sync of a new device: {describe(initial_s, 's')}")

    with cpu.measure() as used:
        noop = [timed_sync(engine) for _ in range(NOOP_RUNS)]
    noop_ms = [t.seconds * 1000 for t in noop]
    print(f"sync with nothing new: {describe(noop_ms, 'ms', digits=1)} (changes moved: "
          f"{sum(t.report.pushed + t.report.pulled for t in noop)}); {cpu.line(used)}")

    sents = []
    for n in range(args.repeat):
        edits = offline_edits(store, OFFLINE_EDITS)
        queued = pending(store)
        with cpu.measure() as used:
            sent = timed_sync(engine)
        sents.append(sent)
        print(f"{edits} offline edits ({queued} in the outbox, {n + 1} of {args.repeat}): sync {sent.seconds:.2f} s, "
              f"of which the push {sent.push_s:.2f} s; {sent.report.pushed} applied, {sent.report.push_conflicts} "
              f"conflicts, {sent.report.rejected} rejected, {sent.report.pulled} received back; {cpu.line(used)}")
    print(f"the offline edits synced: {describe([t.seconds for t in sents], 's')}")

    start = time.perf_counter()
    devices = sign_in_devices(servers.urls, office.usernames[:args.devices], store, engine.sync().cursor)
    store.close()
    editing = sum(1 for d in devices if d.records)
    print(f"{len(devices)} devices signed in in {time.perf_counter() - start:.1f} s; {editing} of them edit "
          f"{EDITS_PER_DEVICE} records of their own each round, the partners' only pull")
    with cpu.measure() as used:
        crowd = many_devices(devices, args.rounds, args.interval)
    print(_crowd_line(f"{args.rounds} rounds of all syncing at the same moment "
                      f"(a round took {', '.join(f'{w:.1f}' for w in crowd.round_s)} s)", crowd.burst))
    for interval, syncs in crowd.steady.items():
        print(_crowd_line(f"one round spread over {interval:.0f} s ({len(syncs) / interval:.1f} syncs/s)", syncs))
    print(f"  {cpu.line(used)}")

    burst_ms = [s.seconds * 1000 for s in crowd.burst]
    push_s = [t.seconds for t in sents]
    figures = {
        "initial_sync_s": spread(initial_s)["median"],
        "noop_sync_ms": spread(noop_ms, digits=1)["median"],
        "push_1000_s": spread(push_s)["median"],
        "p95_200_devices_ms": round(p95(burst_ms), 1),
        "errors": len(Crowd.errors(crowd.burst + [s for r in crowd.steady.values() for s in r]))
        + sum(t.report.rejected for t in sents),
    }
    extra = {f"p95_200_devices_spread_{interval:.0f}s_ms": round(p95([s.seconds * 1000 for s in syncs]), 1)
             for interval, syncs in crowd.steady.items()}
    return {
        **figures, **extra,
        "records": on_server, "clients": args.clients, "devices": args.devices, "rounds": args.rounds,
        "interval_s": args.interval, "server_processes": len(servers.urls), "repeat": args.repeat,
        "enrol_s": spread(enrols)["median"], "initial_pull_s": spread([f.seconds for f in firsts])["median"],
        "push_phase_1000_s": spread([t.push_s or 0 for t in sents])["median"],
        "median_200_devices_ms": round(statistics.median(burst_ms), 1),
        "spread": {"initial_sync_s": spread(initial_s), "noop_sync_ms": spread(noop_ms, digits=1),
                   "push_1000_s": spread(push_s), "round_s": spread(crowd.round_s)},
    }


if __name__ == "__main__":
    main()
