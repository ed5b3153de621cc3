"""Monitoring benchmark: the figures of a whole municipality's store, read and computed on the desktop.

    python bench/monitoring.py [--clients 10000] [--base 500] [--runs 7]

A demo store of `--base` clients is made through the store's API (plans, milestones, debt
signals, handovers and intakes included), then copied inside the encrypted store with SQL
until it holds `--clients` clients: every copy gets its own ids, and the records point at
them. (Making 10,000 through the API would take some 15 minutes on a shared machine.)
Then, `--runs` times: every client's facts read from the store and the figures computed
(`figures_ms`, with its parts `read_ms` and `evaluate_ms`), and the JSON export with every
breakdown (`export_ms`). `figures_cpu_ms` is the process time of `figures_ms`: on a
shared machine the fairer figure. `dashboard_ms`: the real dashboard (offscreen, 1280x720) opened
again after a worker recorded a milestone, from the request to the figures painted, computed on the
database worker with the facts kept between openings (desktop/monitoring/fact_cache.py);
`dashboard_cold_ms` the first opening after unlock with nothing made ready, `dashboard_unchanged_ms` an
opening with nothing written since. `dashboard_first_open_ms`: the first opening after unlock as the
app has it, the figures made ready in the background first (desktop/views/monitoring/warmup.py);
`warmup_ms` how long that took on the worker, `warmup_step_max_ms` the longest of its steps (what a
search asked for meanwhile waits at most). The `_cpu_ms` figures are the process's CPU time of the same work.
`report_s`: the monitoring meeting's report PDF made from the store (figures computed, every
chart and table drawn), as `python -m desktop monitoring --report` does, with a meeting and stories.
`region_s`: the server's regional figures of 10 municipalities after one changed, its counts kept ready
by the server (bench/region.py; `region_one_changed_s` counted in the request, `region_cold_s` all).
Prints median and spread, the figures, and one line of JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.demo import fill_demo_store  # noqa: E402
from desktop.monitoring.compute import compute_from_facts  # noqa: E402
from desktop.monitoring.export import to_json  # noqa: E402
from desktop.monitoring.options import MonitoringOptions  # noqa: E402
from desktop.monitoring.tables import target_rows  # noqa: E402
from desktop.store import Store  # noqa: E402
from desktop.store.keyfile import FAST_KDF  # noqa: E402
from desktop.store.monitoring_source import organisation_names, read_facts  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"
TARGET_MS = 500
# Tables copied, and the columns that point at a copied record (given the copy's suffix too).
COPIED = ("households", "clients", "handovers", "intakes", "plans", "plan_goals", "plan_actions", "plan_versions",
          "plan_milestones", "plan_debt_signals", "form_parts")  # in the order the foreign keys need
POINTERS = {"id", "household_id", "client_id", "plan_id", "goal_id", "intake_id", "owner_id"}


def multiply(store: Store, copies: int) -> None:
    """Add `copies` copies of every client and their records, with ids suffixed "~k"."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO sync_applying (flag) VALUES (1)")  # no outbox, no plan history
        for table in COPIED:
            columns = [row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")]
            only = " AND form IN ('handover', 'intake')" if table == "form_parts" else ""
            for k in range(1, copies + 1):
                values = ", ".join(f"{c} || '~{k}'" if c in POINTERS else c for c in columns)
                conn.exec_driver_sql(f"INSERT INTO {table} ({', '.join(columns)}) "
                                     f"SELECT {values} FROM {table} WHERE id NOT LIKE '%~%'{only}")
        conn.exec_driver_sql("DELETE FROM sync_applying")


def _stats(values: list[float]) -> dict:
    return {"median": round(statistics.median(values), 1), "min": round(min(values), 1),
            "max": round(max(values), 1)}


def _until(signal, start, timeout_ms: int = 120_000) -> None:
    """Call `start` and run Qt's event loop until `signal` fires (or the timeout passes)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def dashboard_times(store: Store, runs: int) -> dict[str, list[float]]:
    """Open the dashboard `runs` times each way, from the request to the figures painted, computed on
    the database worker: `cold` (the first opening after unlock: every table read, every person
    evaluated), `written` (opened again after a worker recorded a milestone: what the coordinator
    meets during a working day) and `unchanged` (opened again, nothing written since)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.monitoring import fact_cache
    from desktop.tasks import DbWorker
    from desktop.views.monitoring.dashboard_view import DashboardView
    from desktop.views.monitoring.warmup import DashboardWarmup

    app = QApplication.instance() or QApplication([])
    worker = DbWorker()
    worker.open(lambda: store)
    worker.wait_idle()
    view = DashboardView(worker)
    view.resize(1280, 720)
    view.show()
    with store.engine.connect() as conn:
        plan_id = conn.exec_driver_sql("SELECT id FROM plans WHERE deleted = 0 LIMIT 1").fetchone()[0]

    def open_once() -> float:
        t0 = time.perf_counter()
        _until(view.figures_shown, view.reload)
        view.repaint()  # painted, as the user sees it
        app.processEvents()
        return (time.perf_counter() - t0) * 1000

    times: dict[str, list[float]] = {"cold": [], "written": [], "unchanged": [], "cold_cpu": [], "written_cpu": [],
                                     "first_open": [], "first_open_cpu": [], "warmup": [], "warmup_cpu": [],
                                     "warmup_step_max": [], "warmup_step_max_cpu": []}
    warmup = DashboardWarmup(worker)
    for k in range(runs):
        worker.call(lambda s: fact_cache.drop(s.engine)).result()  # as after an unlock
        c0 = time.process_time()
        times["cold"].append(open_once())
        times["cold_cpu"].append((time.process_time() - c0) * 1000)
        day = date(2025, 1, 1 + k).isoformat()
        worker.write(lambda s, day=day: s.plans.milestones.add(plan_id, {"kind": "socially_active", "reached_on": day}),
                     changes={"plan_milestones"})
        worker.wait_idle()
        app.processEvents()
        view._refresh_timer.stop()  # the reload the write asks for is the one timed next
        c0 = time.process_time()
        times["written"].append(open_once())
        times["written_cpu"].append((time.process_time() - c0) * 1000)
        times["unchanged"].append(open_once())
        # After an unlock as the app has it: the figures made ready in the background, then opened.
        worker.call(lambda s: fact_cache.drop(s.engine)).result()
        t0 = time.perf_counter()
        _until(warmup.finished, warmup.start)
        times["warmup"].append((time.perf_counter() - t0) * 1000)
        times["warmup_cpu"].append(sum(warmup.step_cpu_ms))
        times["warmup_step_max"].append(max(warmup.step_ms))
        times["warmup_step_max_cpu"].append(max(warmup.step_cpu_ms))
        c0 = time.process_time()
        times["first_open"].append(open_once())
        times["first_open_cpu"].append((time.process_time() - c0) * 1000)
    view.close()
    worker.shutdown()  # a shut-down worker leaves the store open: the caller closes it
    return times


def report_times(store: Store, runs: int, folder: Path, cpu: list[float]) -> list[float]:
    """Make the meeting's report `runs` times: figures read and computed, the PDF drawn (seconds, wall;
    the process time of each run is added to `cpu`)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.monitoring.report.make import make_report
    from domain.monitoring.journey import DEFAULT_STAGES, StageRatingCount, StoryChoice

    _app = QApplication.instance() or QApplication([])
    stories = [StoryChoice(f"s{i}", key, None, "person", date.today(), f"Verhaal {i}", "Wat er veranderde. " * 20,
                           None, None, "anonymous", None) for i, (key, _) in enumerate(DEFAULT_STAGES)]
    ratings = [StageRatingCount(key, kind, 40, 25, 12) for key, _ in DEFAULT_STAGES for kind in ("person", "partner")]
    meeting = {"held_on": date.today().isoformat(), "title": "Benchmark", "participants": [], "figures": None,
               "stories": [{"story_id": s.id, "reason": "Waarom dit verhaal telt"} for s in stories],
               "decisions": ["Een besluit"] * 5, "actions": [], "carried_actions": []}
    times = []
    for i in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        make_report(store, folder / f"report-{i}.pdf", MonitoringOptions(ref=date.today()), meeting=meeting,
                    stories=lambda _s: stories, ratings=lambda _s: ratings)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return times


def region_seconds(tenants: int = 10, clients: int = 1000, runs: int = 3) -> dict:
    """region_s: the server's regional figures of 10 municipalities (10,000 clients) after one changed and
    the server counted it in the background; region_one_changed_s the same counted in the request, as
    before; region_cold_s every municipality counted in the request (bench/region.py)."""
    from bench.region import run as region_run
    figures = region_run(tenants, clients, runs)
    return {"region_s": figures["kept_s"]["median"], "region_s_min": figures["kept_s"]["min"],
            "region_s_max": figures["kept_s"]["max"], "region_one_changed_s": figures["one_changed_s"]["median"],
            "region_cold_s": figures["cold_s"]["median"]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--base", type=int, default=500, help="clients made through the API, then copied")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-dashboard", action="store_true", help="skip the dashboard's timing (no Qt)")
    parser.add_argument("--no-report", action="store_true", help="skip the meeting report's timing")
    args = parser.parse_args()
    base = min(args.base, args.clients)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "store"
        start = time.perf_counter()
        fill_demo_store(data_dir, PASSPHRASE, clients=base, kdf=FAST_KDF)
        store = Store.unlock(data_dir, PASSPHRASE)
        try:
            copies = -(-args.clients // base) - 1
            multiply(store, copies)
            print(f"store: {base} demo clients x {copies + 1} in {time.perf_counter() - start:.1f} s")
            options = MonitoringOptions(ref=date.today())
            read_ms, evaluate_ms, figures_ms, export_ms, cpu_ms = [], [], [], [], []
            for _ in range(args.runs):
                t0, c0 = time.perf_counter(), time.process_time()  # what a screen would do: read, compute
                run = compute_from_facts(read_facts(store.engine), options, organisation_names(store.engine))
                figures_ms.append((time.perf_counter() - t0) * 1000)
                cpu_ms.append((time.process_time() - c0) * 1000)  # on a shared machine, the fairer figure
                # The same again in its two parts, to see where the time goes.
                t1 = time.perf_counter()
                facts = read_facts(store.engine)
                read_ms.append((time.perf_counter() - t1) * 1000)
                t1 = time.perf_counter()
                run = compute_from_facts(facts, options)
                evaluate_ms.append((time.perf_counter() - t1) * 1000)
                t1 = time.perf_counter()
                to_json(run)
                export_ms.append((time.perf_counter() - t1) * 1000)
            dashboard = {} if args.no_dashboard else dashboard_times(store, args.runs)
            report_cpu_s: list[float] = []
            report_s = [] if args.no_report else report_times(store, args.runs, Path(tmp), report_cpu_s)
        finally:
            store.close()
    print(f"clients: {run.persons}, cohorts: {run.figures.cohorts()}")
    print(f"{'target':6} {'cohort':>7} {'realised':>9} {'N':>5} {'%':>6} {'open':>5} {'late':>5} "
          f"{'excl':>5} {'unkn':>5}")
    for row in target_rows(run):
        pct = "" if row["realised_pct"] is None else f"{row['realised_pct']:.1f}"
        print(f"{row['target']:6} {row['cohort']!s:>7} {row['realised_n']:>9} {row['closed_n']:>5} {pct:>6} "
              f"{row['open_n']:>5} {row['late']:>5} {row['excluded']:>5} {row['unknown']:>5}")
    for name, values in (("figures_ms (read + compute)", figures_ms), ("  its CPU time", cpu_ms),
                         ("  read_ms", read_ms),
                         ("  evaluate_ms", evaluate_ms), ("export_ms (JSON, all breakdowns)", export_ms),
                         ("dashboard_ms, opened after a write (request to figures shown)", dashboard.get("written")),
                         ("  its CPU time", dashboard.get("written_cpu")),
                         ("dashboard_cold_ms, first opening after unlock", dashboard.get("cold")),
                         ("  its CPU time", dashboard.get("cold_cpu")),
                         ("dashboard_unchanged_ms, opened again, nothing written", dashboard.get("unchanged")),
                         ("dashboard_first_open_ms, first opening after unlock, made ready in the background",
                          dashboard.get("first_open")),
                         ("  its CPU time", dashboard.get("first_open_cpu")),
                         ("  warmup_ms, the background work on the worker", dashboard.get("warmup")),
                         ("    the worker's CPU time of it", dashboard.get("warmup_cpu")),
                         ("  warmup_step_max_ms, its longest step", dashboard.get("warmup_step_max")),
                         ("    the worker's CPU time of it", dashboard.get("warmup_step_max_cpu")),
                         ("report_s (meeting report PDF from the store)", report_s),
                         ("  its CPU time (s)", report_cpu_s)):
        if not values:
            continue
        s = _stats(values)
        print(f"{name}: median {s['median']} (min {s['min']}, max {s['max']}) over {len(values)} runs")
    figures = _stats(figures_ms)
    print(f"target: figures under {TARGET_MS} ms: {'met' if figures['median'] < TARGET_MS else 'NOT met'}")
    none = {"median": None, "min": None, "max": None}
    written, cold = (_stats(dashboard[k]) if dashboard else none for k in ("written", "cold"))
    print(f"target: dashboard under {TARGET_MS} ms: "
          f"{'met' if written['median'] is not None and written['median'] < TARGET_MS else 'NOT met'}")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    report = ({k: round(statistics.median(report_s) if k == "median" else f(report_s), 2)
               for k, f in (("median", None), ("min", min), ("max", max))} if report_s else dict.fromkeys(
        ("median", "min", "max")))
    print(json.dumps({"figures_ms": figures["median"], "figures_ms_min": figures["min"],
                      "figures_ms_max": figures["max"], "figures_cpu_ms": _stats(cpu_ms)["median"],
                      "read_ms": _stats(read_ms)["median"],
                      "evaluate_ms": _stats(evaluate_ms)["median"], "export_ms": _stats(export_ms)["median"],
                      "clients": run.persons, "dashboard_ms": written["median"],
                      "dashboard_ms_min": written["min"], "dashboard_ms_max": written["max"],
                      "dashboard_cpu_ms": _stats(dashboard["written_cpu"])["median"] if dashboard else None,
                      "dashboard_cold_ms": cold["median"],
                      "dashboard_cold_cpu_ms": _stats(dashboard["cold_cpu"])["median"] if dashboard else None,
                      "dashboard_unchanged_ms": _stats(dashboard["unchanged"])["median"] if dashboard else None,
                      **{f"dashboard_first_open_ms{end}": _stats(dashboard["first_open"])[k] if dashboard else None
                         for end, k in (("", "median"), ("_min", "min"), ("_max", "max"))},
                      **{key: _stats(dashboard[name])["median"] if dashboard else None for key, name in (
                          ("dashboard_first_open_cpu_ms", "first_open_cpu"), ("warmup_ms", "warmup"),
                          ("warmup_cpu_ms", "warmup_cpu"), ("warmup_step_max_ms", "warmup_step_max"),
                          ("warmup_step_max_cpu_ms", "warmup_step_max_cpu"))},
                      "load": round(os.getloadavg()[0], 1),
                      "report_s": report["median"], "report_s_min": report["min"], "report_s_max": report["max"],
                      "report_cpu_s": round(statistics.median(report_cpu_s), 2) if report_cpu_s else None,
                      **region_seconds()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
