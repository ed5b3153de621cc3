"""Region benchmark: the server's regional figures for several sharing municipalities.

    python bench/region.py [--tenants 5] [--clients 2000] [--runs 5] [--database-url URL]

Each tenant's records (clients, plans, milestones, debt signals, goals, intakes with their form
parts) are written straight into the server's record store (SQLite in a temporary folder unless
--database-url names a PostgreSQL), as a device's pushes would leave them. Then, `--runs` times:
`cold_s`, every municipality's counts computed and the tables suppressed with an empty cache;
`one_changed_s`, one municipality changed (its sequence moved on) and the request counts it again
itself, as before the server kept the counts ready; `kept_s`, one municipality changed and the
server's warmer (server/region_warmer.py) counted it in the background after the change, so the
request only lays the kept counts side by side (what a request pays now: `region_s`); `warm_s`, that
background count; `cached_s`, nothing changed. Prints median and spread, and one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, update  # noqa: E402

from domain.monitoring.cohorts import CohortBy  # noqa: E402
from domain.monitoring.targets import Settings  # noqa: E402
from server import accounts, region_settings  # noqa: E402
from server.db import Database, sqlite_url  # noqa: E402
from server.models import TenantSequence  # noqa: E402
from server.record_store import RECORDS  # noqa: E402
from server.region_figures import Member, RegionCache, members_now  # noqa: E402
from server.region_warmer import RegionWarmer  # noqa: E402

STAMP = "2026-03-02T09:00:00.000000Z"
KINDS = ("paid_work_parttime", "paid_work_fulltime", "socially_active", "exam_passed", "knows_sociale_kaart",
         "own_network", "duty_met")


def _records(rng: random.Random, n: int):
    """(entity, id, client id, fields) of n persons as a chain records them."""
    for _ in range(n):
        cid, plan, intake = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
        settled = date(2019, 1, 1) + timedelta(days=rng.randint(0, 365 * 7))
        base = {"created_at": STAMP, "updated_at": STAMP, "deleted": False}
        yield "clients", cid, cid, {"id": cid, "given_names": "X", "family_name": "Y", "stage": "gevestigd",
                                    "date_of_birth": f"{rng.randint(1960, 2015)}-05-05",
                                    "koppeling_date": (settled - timedelta(days=rng.randint(20, 200))).isoformat(),
                                    "vestiging_date": settled.isoformat(), "sex": rng.choice("MV"),
                                    "country_of_origin": rng.choice(("SY", "ER", "AF", "TR")), **base}
        if rng.random() < 0.1:
            continue  # no plan yet
        yield "plans", plan, cid, {"id": plan, "client_id": cid, "leerroute": rng.choice("BOZ"),
                                   "literacy_education": rng.choice(("A", "NVT", "AA")),
                                   "duty_start_on": settled.isoformat(), **base}
        for kind in rng.sample(KINDS, rng.randint(0, 4)):
            mid = str(uuid.uuid4())
            yield "plan_milestones", mid, cid, {"id": mid, "plan_id": plan, "client_id": cid, "kind": kind,
                                                "reached_on": (settled + timedelta(days=rng.randint(30, 1500)))
                                                .isoformat(), **base}
        if rng.random() < 0.2:
            did = str(uuid.uuid4())
            yield "plan_debt_signals", did, cid, {"id": did, "plan_id": plan, "client_id": cid,
                                                  "noticed_on": (settled + timedelta(days=200)).isoformat(), **base}
        gid = str(uuid.uuid4())
        yield "plan_goals", gid, cid, {"id": gid, "plan_id": plan, "client_id": cid, "domain": "work", **base}
        yield "intakes", intake, cid, {"id": intake, "client_id": cid, "status": "complete",
                                       "held_on": (settled + timedelta(days=20)).isoformat(), **base}
        pid = str(uuid.uuid4())
        yield "form_parts", pid, cid, {"id": pid, "form": "intake", "owner_id": intake, "client_id": cid,
                                       "part": "language", "answers": json.dumps({"literacy": "literate"}), **base}


def fill(db: Database, region: str, tenants: int, clients: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    now = datetime.now(UTC)
    for t in range(tenants):
        with db.writing() as session:
            tenant = accounts.create_tenant(session, f"Gemeente {t} {uuid.uuid4().hex[:6]}")
            region_settings.set_region(session, tenant, region, True)
            rows = [{"tenant_id": tenant.id, "entity": entity, "record_id": rid, "version": seq, "deleted": False,
                     "data": data, "client_id": cid, "organisation_id": None, "part": None, "updated_by": None,
                     "author_id": None, "created_at": now, "updated_at": now}
                    for seq, (entity, rid, cid, data) in enumerate(_records(rng, clients), start=1)]
            session.execute(insert(RECORDS), rows)
            session.execute(update(TenantSequence).where(TenantSequence.tenant_id == tenant.id)
                            .values(last_seq=len(rows)))


def _stats(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
            "max": round(max(values), 3)}


def measure(db: Database, region: str, runs: int) -> dict[str, dict]:
    with db.reading() as session:
        members = members_now(session.connection(), region_settings.sharing_members(session, region))
    connect, ref, settings = db.engine.connect, date.today(), Settings()
    times: dict[str, list[float]] = {"cold_s": [], "one_changed_s": [], "cached_s": [], "kept_s": [], "warm_s": []}
    for run in range(runs):
        cache = RegionCache()
        t0 = time.perf_counter()
        cache.region_tables(connect, members, ref, CohortBy.VESTIGING, settings, 5)
        times["cold_s"].append(time.perf_counter() - t0)
        changed = [Member(m.tenant_id, m.name, m.seq + (run + 1 if i == 0 else 0)) for i, m in enumerate(members)]
        t0 = time.perf_counter()
        cache.region_tables(connect, changed, ref, CohortBy.VESTIGING, settings, 5)
        times["one_changed_s"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        cache.region_tables(connect, changed, ref, CohortBy.VESTIGING, settings, 5)
        times["cached_s"].append(time.perf_counter() - t0)
        # As the server has it now: every member's counts kept for both cohort choices (since start-up),
        # then a push changed one municipality, and its counts and the region's tables are made again
        # in the background.
        for m in changed[1:]:
            cache.keep(connect, m, ref, settings)
        warmer = RegionWarmer(db, cache, 5, delay=0)
        with db.writing() as session:
            session.execute(update(TenantSequence).where(TenantSequence.tenant_id == members[0].tenant_id)
                            .values(last_seq=TenantSequence.last_seq + 1000))  # a sequence not met before
        t0 = time.perf_counter()
        warmer.start(count_everyone=False)
        warmer.changed(members[0].tenant_id)
        warmer.wait_idle(600)
        times["warm_s"].append(time.perf_counter() - t0)
        warmer.stop()
        with db.reading() as session:
            now = members_now(session.connection(), region_settings.sharing_members(session, region))
        t0 = time.perf_counter()
        cache.region_tables(connect, now, ref, CohortBy.VESTIGING, settings, 5)
        times["kept_s"].append(time.perf_counter() - t0)
    return {name: _stats(values) for name, values in times.items()}


def run(tenants: int, clients: int, runs: int, database_url: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(database_url or sqlite_url(Path(tmp)))
        try:
            db.migrate()
            region = f"Bench {uuid.uuid4().hex[:6]}"
            start = time.perf_counter()
            fill(db, region, tenants, clients)
            print(f"{tenants} tenants x {clients} clients written in {time.perf_counter() - start:.1f} s")
            return measure(db, region, runs)
        finally:
            db.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tenants", type=int, default=5)
    parser.add_argument("--clients", type=int, default=2000, help="clients per tenant")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", help="a PostgreSQL to measure on (default: SQLite in a temporary folder)")
    args = parser.parse_args()
    figures = run(args.tenants, args.clients, args.runs, args.database_url)
    for name, s in figures.items():
        print(f"{name}: median {s['median']} s (min {s['min']}, max {s['max']}) over {args.runs} runs")
    print(json.dumps({"tenants": args.tenants, "clients_per_tenant": args.clients,
                      **{name: s["median"] for name, s in figures.items()},
                      **{f"{name}_min": s["min"] for name, s in figures.items()},
                      **{f"{name}_max": s["max"] for name, s in figures.items()},
                      "region_s": figures["kept_s"]["median"]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
