"""Access rules and audit log benchmark: what scoping a pull costs the server, and logging adds to a sync.

    python bench/access.py [--clients 500] [--records 50000] [--repeat 5]

PostgreSQL as in bench/sync.py: pgserver's, started in a temporary folder, or the one at
$KETENPLAN_BENCH_PG_URL. Two server processes serve that one database, each on a free loopback
port: `python -m server` as deployed, and the same server started through this script
(`--serve-without-audit`) with server.audit's answered_before, record_push and read_lines
replaced by no-ops: the baseline without the audit log. Two processes rather than one switched
in place, so both are the real server measured from outside in the same way, the device's work
stays in this process, and runs can alternate between them on the same data and caches.

One tenant: the gemeente (klantmanagers), two organisations for maatschappelijke begeleiding
(begeleiders), a language school and a jobhunter (a partner each). --clients clients in
households, each main person with an intake, a plan and goals; about a third consent to share
with the language school (with various parts, some consents withdrawn), a fifth with the
jobhunter. Then months of work per household -- a home visit and its report, sometimes a
follow-up, a plan action (for the gemeente, the begeleiding or a partner) and the plan's
history -- until about --records records. A klantmanager's device sends it all through the push
endpoint: 200 operations a request, gzip JSON, as the desktop does. The records are ones the
desktop's store takes and edits as its own: valid BSNs and stages, a form's parts under the id
every device gives them (domain.ids.part_id).

scoped_pull_ratio: a new device of a begeleider (its organisation's caseload) and one of the
language school (its consented clients, reduced to the consented parts) pull their whole scope
from cursor 0. Each is divided by a new klantmanager device pulling, from cursor 0, a tenant of
its own that holds exactly the records that device received, seeded with them in the same order
(the same records, bytes and clients per page). The klantmanager's is the unscoped path: the
tenant filter alone. The ratio is thus what the scope adds: working it out on the first page,
finding its records in a larger tenant, reducing them, and any changes without fields it is
sent (drops of plan actions and goals it may have held; the second tenant does not hold those,
and a new device gets none). Each repetition runs the pair back to back, scoped and unscoped first
in turn, on both servers; per pair scoped / unscoped, the median over --scoped-repeat (15: a
partner's pull takes tenths of a second). The figure is the worst of the four (two devices, with
and without the log).

audit_overhead_ratio: what the log adds to a sync as the desktop does it. Each repetition, on
each server in turn first, a new klantmanager device: a new encrypted store (desktop.store.Store,
FAST_KDF as bench/sync.py) and sync.engine.SyncEngine, enrolled (not timed). Timed: (a) its first
sync, the whole tenant into the store; then (b), after 1,000 offline edits made in the store as
bench/sync.py makes them (clients' and visit reports' notes; not timed: no server involved), the
sync that pushes them and pulls them back. Per pair (with the log - without) / without of
(a) + (b), the median over --repeat. Pairs rather than medians of each side: on a shared machine
the load comes and goes, and moves both runs of a pair alike.

audit_overhead_server_ratio: the same sync by a device that only decodes JSON (it pulls the whole
tenant, pushes 1,000 edits of clients' and visit reports' notes, 200 a request, and pulls them
back), in pairs as above: the log's share of the server's and the wire's part of a sync alone. A
desktop also applies every record to its encrypted store, while it fetches the next page, so this
is an upper bound of the log's share of what a caseworker waits for, not that share.

A default run takes 3 to 4 minutes on a quiet 2-core machine. Ends with one JSON line:
scoped_pull_ratio, audit_overhead_ratio, audit_overhead_server_ratio (and details).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bench.access_chain import (  # noqa: E402
    ORGANISATIONS,
    PEOPLE,
    SCOPED,
    Caseload,
    Chain,
    insert,
    make_chain,
    store_directory,
)
from bench.common import PG_URL_ENV, CpuMeter, Servers, _free_port, postgresql, spread  # noqa: E402
from bench.no_audit import NO_AUDIT  # noqa: E402
from bench.sync import (  # noqa: E402
    HEADERS,
    PASSPHRASE,
    PASSWORD,
    local_records,
    pending,
    server_records,
    sign_in,
    tenant_rows,
    timed_sync,
)
from desktop.store import Store  # noqa: E402
from desktop.store.keyfile import FAST_KDF  # noqa: E402
from desktop.store.records import now_stamp  # noqa: E402
from desktop.store.replica import StoreReplica  # noqa: E402
from server.models import AuditLogEntry  # noqa: E402
from server.visibility import DIRECTORY  # noqa: E402
from sync.client.engine import SyncEngine  # noqa: E402
from sync.protocol import API, PULL_PAGE, PUSH_BATCH  # noqa: E402

WITHOUT_AUDIT = "--serve-without-audit"
EDITS = 1000
TARGETS = {"scoped_pull_ratio": 1.5, "audit_overhead_ratio": 0.2}

def median(values: list[float]) -> float:
    return statistics.median(values)


# -- the servers -------------------------------------------------------------------------------
def serve_without_audit(argv: list[str]) -> int:
    """`python -m server` with the audit log's three calls made no-ops (the endpoints look them up
    on the module at each request): the baseline. Nothing else of the server changes."""
    from server import audit
    from server.__main__ import main as serve

    for name, stub in NO_AUDIT.items():
        setattr(audit, name, stub)
    return serve(argv)


def start_server(database_url: str, folder: Path, *, audited: bool) -> Servers:
    """One server process on a free loopback port, once /health answers."""
    port, log = _free_port(), folder / f"server-{'audited' if audited else 'unaudited'}.log"
    command = [sys.executable, "-m", "server"] if audited else [sys.executable, str(Path(__file__)), WITHOUT_AUDIT]
    with log.open("wb") as out:
        proc = subprocess.Popen([*command, "--database-url", database_url, "--port", str(port), "--log-level",
                                 "warning"], cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                                stdout=out, stderr=subprocess.STDOUT)
    server = Servers([f"http://127.0.0.1:{port}"], [proc], [log])
    deadline = time.monotonic() + 60
    while True:
        if proc.poll() is not None or time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("the server did not start:\n" + server.log_tail())
        try:
            if httpx.get(f"{server.urls[0]}/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.05)


def audit_lines(database_url: str, tenant_id: str) -> int:
    return tenant_rows(database_url, AuditLogEntry.__table__, tenant_id)


# -- a device over HTTP ----------------------------------------------------------------------------
@dataclass
class Pulled:
    seconds: float
    first_page_s: float
    pages: int
    changes: list[dict[str, Any]]
    drops: int
    cursor: int

    @property
    def records(self) -> list[dict[str, Any]]:
        """The changes that handed out a record (not the ones that tell the device to drop one)."""
        return [c for c in self.changes if c["fields"] is not None]


class Device:
    """A new device, signed in (not timed: the password hash costs the same everywhere)."""

    def __init__(self, url: str, username: str, name: str = "Laptop"):
        token, self.worker_id = sign_in(url, username, name)
        self.http = httpx.Client(base_url=url, timeout=600, headers={**HEADERS, "Authorization": f"Bearer {token}"})

    def push(self, ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
        results = []
        for i in range(0, len(ops), PUSH_BATCH):
            body = gzip.compress(json.dumps({"ops": ops[i:i + PUSH_BATCH]}).encode(), compresslevel=6)
            answer = self.http.post(f"{API}/sync/push", content=body, headers={
                "Content-Type": "application/json", "Content-Encoding": "gzip"})
            answer.raise_for_status()
            results += answer.json()["results"]
        return results

    def pull_all(self, after: int = 0) -> Pulled:
        start = time.perf_counter()
        first, pages, changes, drops = 0.0, 0, [], 0
        while True:
            answer = self.http.get(f"{API}/sync/pull", params={"after": after, "limit": PULL_PAGE})
            answer.raise_for_status()
            page = answer.json()
            pages += 1
            first = first or time.perf_counter() - start
            changes += page["changes"]
            drops += len(page["drop"])
            after = page["cursor"]
            if not page["more"]:
                return Pulled(time.perf_counter() - start, first, pages, changes, drops, after)

    def close(self) -> None:
        self.http.close()


def pull_whole(url: str, username: str) -> Pulled:
    device = Device(url, username)
    try:
        return device.pull_all()
    finally:
        device.close()


def send_all(url: str, username: str, ops: list[dict[str, Any]]) -> tuple[float, Counter]:
    device = Device(url, username, "Kantoor")
    try:
        start = time.perf_counter()
        results = device.push(ops)
        return time.perf_counter() - start, Counter(r["status"] for r in results)
    finally:
        device.close()


# -- scoped against unscoped -----------------------------------------------------------------------
@dataclass
class Scoped:
    label: str
    username: str  # the scoped device's user
    mirror_username: str  # the klantmanager of the tenant holding exactly what it received
    received: int
    without_fields: int
    times: dict[tuple[str, str], list[float]]  # (server, "scoped" or "unscoped") -> seconds
    first_pages: dict[tuple[str, str], list[float]]

    def ratios(self, server: str) -> list[float]:
        """Each repetition's scoped / unscoped: the two ran back to back, so a load that comes and goes
        on a shared machine moves both."""
        return [s / u for s, u in zip(self.times[(server, "scoped")], self.times[(server, "unscoped")], strict=True)]

    def ratio(self, server: str) -> float:
        return median(self.ratios(server))


def mirror(url: str, database_url: str, chain: Chain, label: str, org: str) -> Scoped:
    """What a new device of `org` receives, and a tenant of its own holding exactly those records."""
    username = chain.usernames[org]
    pulled = pull_whole(url, username)
    records = pulled.records
    copy = make_chain(database_url, f"Gemeente Spiegel {label}", ORGANISATIONS[:1], PEOPLE[:1])
    author = copy.workers["gemeente"][0]
    # The directory is the accounts' (docs/decisions/0017): stored as the server's own accounts store it.
    directory = [c for c in records if c["entity"] in DIRECTORY]
    store_directory(database_url, copy.tenant_id, directory)
    seconds, statuses = send_all(url, copy.usernames["gemeente"], [
        insert(c["entity"], c["fields"], author) for c in records if c["entity"] not in DIRECTORY])
    check = pull_whole(url, copy.usernames["gemeente"])
    kinds = Counter(c["entity"] for c in records)
    print(f"{label}'s scope: {len(pulled.changes)} changes in {pulled.pages} pages, {len(records)} of them records "
          f"({kinds['clients']} clients, {kinds['plan_actions']} plan actions, {kinds['visits']} visits), "
          f"{len(pulled.changes) - len(records)} without fields, {pulled.drops} drops; copied to a tenant of its "
          f"own in {seconds:.1f} s ({dict(statuses)}): its klantmanager receives {len(check.changes)} changes "
          f"(its own organisation and worker besides)")
    if statuses.get("applied") != len(records) - len(directory):
        raise RuntimeError(f"the copy of the {label}'s records was not all applied: {dict(statuses)}")
    return Scoped(label, username, copy.usernames["gemeente"], len(records), len(pulled.changes) - len(records),
                  {}, {})


def measure_scoped(servers: dict[str, str], scoped: list[Scoped], repeat: int) -> None:
    # The set-up's heap (50,000 operations, the pulled scopes) frozen out of the collector: its full
    # collections, landing at random in a timed pull, made one side of a pair up to 0.2 s slower.
    gc.collect()
    gc.freeze()
    for rep in range(repeat):
        for server, url in servers.items():
            for item in scoped:
                sides = [("scoped", item.username), ("unscoped", item.mirror_username)]
                for side, username in sides if rep % 2 == 0 else sides[::-1]:
                    pulled = pull_whole(url, username)
                    item.times.setdefault((server, side), []).append(pulled.seconds)
                    item.first_pages.setdefault((server, side), []).append(pulled.first_page_s)


# -- the server's and the wire's part of a sync, with and without the audit log -------------------
@dataclass
class SyncRun:
    pull_s: float
    pulled: int
    push_s: float
    applied: int
    back_s: float
    received_back: int
    lines: int  # audit lines written
    cpu: dict[str, float]

    @property
    def seconds(self) -> float:
        return self.pull_s + self.push_s + self.back_s


def edits(changes: list[dict[str, Any]], worker_id: str, count: int) -> list[dict[str, Any]]:
    """Half clients' notes, half visit reports' notes, each on the record as this device received it."""
    clients = [c["fields"] for c in changes if c["entity"] == "clients" and c["fields"]]
    parts = [c["fields"] for c in changes if c["entity"] == "form_parts" and c["fields"]
             and c["fields"].get("form") == "visit"]
    chosen = [("clients", f) for f in clients[:count // 2]]
    chosen += [("form_parts", f) for f in parts[:count - len(chosen)]]
    stamp = now_stamp()
    return [{"op_id": uuid.uuid4().hex, "entity": entity, "record_id": base["id"], "op": "update", "base": base,
             "fields": {**base, "notes": (base.get("notes") or "") + " Nagebeld.", "updated_at": stamp},
             "author_id": worker_id, "created_at": stamp} for entity, base in chosen]


def one_sync(url: str, username: str, meter: CpuMeter, database_url: str, tenant_id: str) -> SyncRun:
    device = Device(url, username)
    lines_before = audit_lines(database_url, tenant_id)
    try:
        with meter.measure() as used:
            first = device.pull_all()
            ops = edits(first.changes, device.worker_id, EDITS)
            start = time.perf_counter()
            results = device.push(ops)
            push_s = time.perf_counter() - start
            back = device.pull_all(first.cursor)
    finally:
        device.close()
    applied = sum(r["status"] == "applied" for r in results)
    return SyncRun(first.seconds, len(first.changes), push_s, applied, back.seconds, len(back.changes),
                   audit_lines(database_url, tenant_id) - lines_before, used)


def measure_server_part(servers: dict[str, tuple[str, CpuMeter]], username: str, database_url: str, tenant_id: str,
                  repeat: int) -> dict[str, list[SyncRun]]:
    runs: dict[str, list[SyncRun]] = {name: [] for name in servers}
    names = list(servers)
    for rep in range(repeat):
        for name in names if rep % 2 == 0 else names[::-1]:
            url, meter = servers[name]
            runs[name].append(one_sync(url, username, meter, database_url, tenant_id))
    return runs


def _sync_line(label: str, runs: list[SyncRun]) -> str:
    cpu: dict[str, float] = {}
    for run in runs:
        for group, seconds in run.cpu.items():
            cpu[group] = cpu.get(group, 0.0) + seconds / len(runs)
    return (f"  {label}: sync median {median([r.seconds for r in runs]):.2f} s (pull of "
            f"{runs[0].pulled} changes {median([r.pull_s for r in runs]):.2f} s, push of {runs[0].applied} applied "
            f"{median([r.push_s for r in runs]):.2f} s, {runs[0].received_back} pulled back "
            f"{median([r.back_s for r in runs]):.2f} s); {median([r.lines for r in runs]):.0f} audit lines a sync; "
            f"per sync {CpuMeter.line(cpu)}")


# -- a desktop's sync, with and without the audit log ----------------------------------------------
@dataclass
class DesktopRun:
    """A new klantmanager device: (a) its first sync, then (b) the sync of its offline edits."""

    first_s: float  # (a): the whole tenant pulled into the new encrypted store
    first_pulled: int
    held: int  # records the store holds after (a)
    edit_s: float  # making the edits in the store: no server involved, so not part of the sync
    queued: int  # outbox entries they made
    sync_s: float  # (b): the push of the edits and the pull that brings them back
    push_s: float
    pushed: int
    not_applied: int  # conflicts and rejects: none expected
    received_back: int
    lines: int  # audit lines written during (a) and (b)
    cpu: dict[str, float]  # during (a) and (b)

    @property
    def seconds(self) -> float:
        return self.first_s + self.sync_s


def offline_edits(store: Store, count: int) -> int:
    """bench/sync.py's offline edits -- half on clients' notes, half on visit reports' notes, one
    outbox entry each -- except that each adds to the note instead of setting it: the devices after
    this one edit the same records, and a note set to what it already says is no edit."""
    with store.engine.connect() as conn:
        people = [dict(r) for r in conn.execute(text(
            "SELECT id, notes FROM clients WHERE deleted = 0 ORDER BY id LIMIT :n"), {"n": count // 2}).mappings()]
        parts = [dict(r) for r in conn.execute(text(
            "SELECT owner_id, client_id, part, answers, notes FROM form_parts "
            "WHERE form = 'visit' AND deleted = 0 ORDER BY id LIMIT :n"), {"n": count - len(people)}).mappings()]
    for person in people:
        store.clients.update(person["id"], {
            "notes": f"{person['notes']} Belt terug over de huurtoeslag (offline genoteerd).".strip()})
    for part in parts:
        store.visits.save_part(part["owner_id"], part["client_id"], part["part"], json.loads(part["answers"]),
                               f"{part['notes']} Nagebeld.".strip())
    return len(people) + len(parts)


def desktop_sync(url: str, username: str, meter: CpuMeter, database_url: str, tenant_id: str,
                 folder: Path) -> DesktopRun:
    """A new store and SyncEngine, enrolled (not timed: the password hash costs the same on both
    servers); (a) and (b) timed, the edits made in between are not."""
    store = Store.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        engine = SyncEngine(StoreReplica(store))
        engine.enrol(url, username, PASSWORD, "Laptop klantmanager")
        lines_before = audit_lines(database_url, tenant_id)
        with meter.measure() as used_first:
            first = timed_sync(engine)
        held = local_records(store)
        start = time.perf_counter()
        offline_edits(store, EDITS)
        edit_s = time.perf_counter() - start
        queued = pending(store)
        with meter.measure() as used_sync:
            sent = timed_sync(engine)
        lines = audit_lines(database_url, tenant_id) - lines_before
        engine.sign_out()
    finally:
        store.close()
        shutil.rmtree(folder, ignore_errors=True)
    report = sent.report
    cpu = {group: used_first.get(group, 0.0) + used_sync.get(group, 0.0) for group in {*used_first, *used_sync}}
    return DesktopRun(first.seconds, first.report.pulled, held, edit_s, queued, sent.seconds, sent.push_s or 0.0,
                      report.pushed, report.push_conflicts + report.rejected, report.pulled, lines, cpu)


def measure_desktop(servers: dict[str, tuple[str, CpuMeter]], username: str, database_url: str, tenant_id: str,
                    repeat: int, folder: Path) -> dict[str, list[DesktopRun]]:
    runs: dict[str, list[DesktopRun]] = {name: [] for name in servers}
    names = list(servers)
    for rep in range(repeat):
        for n, name in enumerate(names if rep % 2 == 0 else names[::-1]):
            url, meter = servers[name]
            runs[name].append(desktop_sync(url, username, meter, database_url, tenant_id,
                                           folder / f"device-{rep}-{n}"))
    return runs


def _desktop_line(label: str, runs: list[DesktopRun]) -> str:
    cpu: dict[str, float] = {}
    for run in runs:
        for group, seconds in sorted(run.cpu.items()):
            cpu[group] = cpu.get(group, 0.0) + seconds / len(runs)
    return (f"  {label}: (a)+(b) median {median([r.seconds for r in runs]):.2f} s; (a) the first sync "
            f"{median([r.first_s for r in runs]):.2f} s ({runs[0].first_pulled} changes, the store then holds "
            f"{runs[0].held} records); (b) {runs[0].queued} edits in the outbox synced in "
            f"{median([r.sync_s for r in runs]):.2f} s (the push {median([r.push_s for r in runs]):.2f} s, "
            f"{runs[0].pushed} applied, {runs[0].received_back} received back); the edits themselves took "
            f"{median([r.edit_s for r in runs]):.2f} s (not timed: no server involved); "
            f"{median([r.lines for r in runs]):.0f} audit lines a device; per device {CpuMeter.line(cpu)}")


# -- the run -----------------------------------------------------------------------------------
def main() -> None:
    if sys.argv[1:2] == [WITHOUT_AUDIT]:
        sys.exit(serve_without_audit(sys.argv[2:]))
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--records", type=int, default=50_000, help="records in the caseload, about")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each measurement (medians)")
    parser.add_argument("--scoped-repeat", type=int, default=15,
                        help="pairs of scoped pulls (a partner's whole scope takes a few tenths of a second)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ketenplan-bench-access-"))
    try:
        with postgresql(folder) as (database_url, postmaster_pid):
            audited = start_server(database_url, folder, audited=True)  # the first migrates the database
            try:
                unaudited = start_server(database_url, folder, audited=False)
            except BaseException:
                audited.stop()
                raise
            try:
                run(args, database_url, {"with the log": audited, "without the log": unaudited}, postmaster_pid,
                    folder)
            except BaseException:
                print("server logs:\n" + audited.log_tail() + "\n" + unaudited.log_tail(), file=sys.stderr)
                raise
            finally:
                audited.stop()
                unaudited.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run(args: argparse.Namespace, database_url: str, servers: dict[str, Servers], postmaster_pid: int | None,
        folder: Path) -> None:
    began = time.perf_counter()
    where = "$" + PG_URL_ENV if os.environ.get(PG_URL_ENV) else "pgserver's, over its unix socket"
    load_start = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load_start:.1f} at the start")
    print(f"servers: `python -m server` with the audit log ({servers['with the log'].urls[0]}) and the same "
          f"without it: its answered_before, record_push and read_lines made no-ops "
          f"({servers['without the log'].urls[0]}); one PostgreSQL: {where}")
    urls = {name: s.urls[0] for name, s in servers.items()}
    url = urls["with the log"]
    chain = make_chain(database_url, "Gemeente Amersfoort")
    print(f"accounts: a tenant, {len(ORGANISATIONS)} organisations, {sum(n for *_, n in PEOPLE)} users")

    ops = Caseload(chain).build(args.clients, args.records)
    seconds, statuses = send_all(url, chain.usernames["gemeente"], ops)
    on_server = server_records(database_url, chain.tenant_id)
    kinds = Counter(op["entity"] for op in ops)
    print(f"caseload: {len(ops)} records ({', '.join(f'{n} {e}' for e, n in kinds.most_common())}) sent by a "
          f"klantmanager in {seconds:.1f} s ({len(ops) / seconds:.0f}/s, {dict(statuses)}); the server holds "
          f"{on_server} records")

    scoped = [mirror(urls["without the log"], database_url, chain, label, org) for label, org in SCOPED]
    start = time.perf_counter()
    measure_scoped(urls, scoped, args.scoped_repeat)
    print(f"pulls of the whole scope from cursor 0 by a new device, medians of {args.scoped_repeat} "
          f"({time.perf_counter() - start:.0f} s):")
    for item in scoped:
        for server in urls:
            t, f = item.times, item.first_pages
            print(f"  {item.label}, {server}: scoped {median(t[(server, 'scoped')]):.2f} s (first page "
                  f"{median(f[(server, 'scoped')]) * 1000:.0f} ms), the same records unscoped "
                  f"{median(t[(server, 'unscoped')]):.2f} s (first page {median(f[(server, 'unscoped')]) * 1000:.0f}"
                  f" ms): {item.ratio(server):.2f}x")

    meters = {name: (s.urls[0], CpuMeter(s, postmaster_pid)) for name, s in servers.items()}
    start = time.perf_counter()
    runs = measure_server_part(meters, chain.usernames["gemeente"], database_url, chain.tenant_id, args.repeat)
    print(f"the server's and the wire's part of a new klantmanager's sync (a device that only decodes JSON: the "
          f"whole tenant, {EDITS} edits pushed and pulled back), medians of {args.repeat}, in turn first "
          f"({time.perf_counter() - start:.0f} s):")
    for name, server_runs in runs.items():
        print(_sync_line(name, server_runs))

    start = time.perf_counter()
    desktop = measure_desktop(meters, chain.usernames["gemeente"], database_url, chain.tenant_id, args.repeat, folder)
    print(f"a desktop's sync: a new klantmanager device (an encrypted store and sync.engine.SyncEngine), (a) its "
          f"first sync, then (b) {EDITS} offline edits synced; medians of {args.repeat}, in turn first "
          f"({time.perf_counter() - start:.0f} s):")
    for name, desktop_runs in desktop.items():
        print(_desktop_line(name, desktop_runs))
    load_end = os.getloadavg()[0]
    print(f"machine: load average {load_end:.1f} at the end")

    def pairs(with_log: list, without: list, part: str) -> list[float]:
        """Each repetition's (with - without) / without: its two runs went back to back."""
        return [(getattr(on, part) - getattr(off, part)) / getattr(off, part)
                for on, off in zip(with_log, without, strict=True)]

    def overhead(with_log: list, without: list, part: str) -> float:
        return median(pairs(with_log, without, part))

    def wire(part: str) -> float:
        return overhead(runs["with the log"], runs["without the log"], part)

    def sync(part: str) -> float:
        return overhead(desktop["with the log"], desktop["without the log"], part)

    ratios = {f"scoped_pull_ratio_{item.label}{'' if server == 'without the log' else '_audited'}":
              round(item.ratio(server), 2) for item in scoped for server in urls}
    figures = {"scoped_pull_ratio": max(ratios.values()), "audit_overhead_ratio": round(sync("seconds"), 3)}
    print(f"audit_overhead_ratio: the log adds {sync('seconds'):.1%} to a desktop's sync ((a) {sync('first_s'):+.1%}, "
          f"(b) {sync('sync_s'):+.1%}), the median of the pairs: the requirement's figure")
    print(f"audit_overhead_server_ratio: the log adds {wire('seconds'):.1%} to the server's and the wire's part of a "
          f"sync alone (pull {wire('pull_s'):+.1%}, push {wire('push_s'):+.1%}, pull back {wire('back_s'):+.1%}): "
          f"its share of what the server does, not of what a caseworker waits for")
    for key, target in TARGETS.items():
        print(f"  {key}: {figures[key]} (target under {target}){'' if figures[key] < target else '  MISSED'}")
    with_log, without = desktop["with the log"], desktop["without the log"]
    errors = (sum(r.applied != EDITS for r in runs["with the log"] + runs["without the log"])
              + sum(r.queued != EDITS or r.pushed != EDITS or r.not_applied for r in with_log + without)
              + (statuses.get("applied") != len(ops)))
    run_s = time.perf_counter() - began
    print(f"the run took {run_s:.0f} s")
    print(json.dumps({
        **figures, "audit_overhead_server_ratio": round(wire("seconds"), 3), **ratios,
        "spread": {**{f"scoped_pull_ratio_{item.label}{'' if server == 'without the log' else '_audited'}":
                      spread(item.ratios(server)) for item in scoped for server in urls},
                   "audit_overhead_ratio": spread(pairs(desktop["with the log"], desktop["without the log"],
                                                        "seconds"), digits=3)},
        "audit_overhead_first_sync": round(sync("first_s"), 3), "audit_overhead_edit_sync": round(sync("sync_s"), 3),
        "audit_overhead_pairs": [round(r, 3) for r in pairs(desktop["with the log"], desktop["without the log"],
                                                            "seconds")],
        "audit_overhead_server_pairs": [round(r, 3) for r in pairs(runs["with the log"], runs["without the log"],
                                                                   "seconds")],
        "sync_with_log_s": round(median([r.seconds for r in with_log]), 2),
        "sync_without_log_s": round(median([r.seconds for r in without]), 2),
        "audit_lines_per_sync": round(median([r.lines for r in with_log])),
        "audit_overhead_server_pull": round(wire("pull_s"), 3), "audit_overhead_server_push": round(wire("push_s"), 3),
        "audit_overhead_server_pull_back": round(wire("back_s"), 3),
        "server_part_with_log_s": round(median([r.seconds for r in runs["with the log"]]), 2),
        "server_part_without_log_s": round(median([r.seconds for r in runs["without the log"]]), 2),
        **{f"{item.label}_records": item.received for item in scoped},
        **{f"{item.label}_without_fields": item.without_fields for item in scoped},
        "records": on_server, "clients": args.clients, "repeat": args.repeat, "errors": errors,
        "load_start": round(load_start, 2), "load_end": round(load_end, 2), "run_s": round(run_s),
    }))


if __name__ == "__main__":
    main()
