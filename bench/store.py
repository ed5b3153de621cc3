"""Store benchmark: start-up, search-as-you-type, memory, and what encryption costs.

    python bench/store.py [--clients 10000] [--runs 5] [--words 40]

Start-up is timed as the app starts (desktop/app.py: style sheet, Dutch translators, worker,
main window) from process start to the caseload's first rows painted, --runs fresh processes.
Search is timed in a real main window from the keystroke in the search field to the rows painted
(bench/ui.py), --runs rounds of --words typed words; its debounce delay is reported apart too.
The SQLCipher cost is --runs plain/cipher pairs. Ends with one JSON line: startup_s,
search_p50_ms, search_p95_ms, peak_rss_mb, cipher_ratio (medians or pooled percentiles), and
"spread" (median, min, max, runs of each).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.figures import p95, spread  # noqa: E402
from bench.ui import over_rounds, search_in_window  # noqa: E402
from desktop.demo import fill_demo_store  # noqa: E402
from desktop.store import (  # noqa: E402
    CaseloadQuery,
    Store,
    migrate,  # noqa: E402
)
from desktop.store.clients import ClientRepository  # noqa: E402
from desktop.store.engine import open_engine  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"


def typing_prefixes(names: list[str], count: int, rng: random.Random) -> list[str]:
    """What a caseworker types: growing prefixes of real names and numbers."""
    out = []
    for word in rng.sample(names, min(count, len(names))):
        out += [word[:n] for n in range(1, min(len(word), 6) + 1)]
    return out


def search_latencies(repo: ClientRepository, prefixes: list[str]) -> list[float]:
    timings = []
    for prefix in prefixes:
        start = time.perf_counter()
        repo.search(CaseloadQuery(text=prefix, limit=200))
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def startup(data_dir: Path, runs: int) -> dict:
    """--runs starts of the app, each a process of its own: the median and spread of each figure."""
    figures = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:  # the app's settings: fresh, and not the user's
            env = {**os.environ, "XDG_CONFIG_HOME": tmp, "QT_QPA_PLATFORM": "offscreen"}
            out = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "startup_probe.py"), str(data_dir), PASSPHRASE],
                capture_output=True, text=True, check=True, cwd=ROOT, env=env)
        figures.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "startup_s": spread([f["rows_s"] - f["derive_s"] for f in figures], digits=3),
        "startup_with_derivation_s": spread([f["rows_s"] for f in figures], digits=3),
        "unlock_screen_s": spread([f["window_s"] for f in figures], digits=3),
        "keyring_s": spread([f["keyring_s"] for f in figures], digits=3),
        "derive_s": spread([f["derive_s"] for f in figures], digits=3),
        "peak_rss_mb": spread([f["peak_rss_mb"] for f in figures], digits=1),
    }


def cipher_ratios(clients: int, runs: int) -> dict:
    """--runs pairs, each plain SQLite then SQLCipher back to back: the median and spread of the
    pairs' ratios (one pair alone swung from 1.02 to 1.41 on a shared machine)."""
    pairs = [cipher_ratio(clients, 11 + run) for run in range(runs)]
    return {key: spread([pair[key] for pair in pairs], digits=3) for key in pairs[0]}


def cipher_ratio(clients: int, rng_seed: int) -> dict:
    """The same writes and searches on an SQLCipher file and on plain SQLite."""
    results = {}
    for label, key in (("plain", None), ("cipher", bytes(range(32)))):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            engine = open_engine(path, key)
            migrate.upgrade(engine, path, Path(tmp) / "backups")
            repo = ClientRepository(engine)
            rng = random.Random(rng_seed)
            start = time.perf_counter()
            for i in range(clients):
                repo.create({
                    "given_names": f"Naam{rng.randrange(10**6)}", "family_name": f"Familie{i}",
                    "v_number": f"{rng.randrange(10**10):010d}",
                    "phone": f"06-{rng.randrange(10**8):08d}"})
            write_s = time.perf_counter() - start
            prefixes = [f"Familie{rng.randrange(clients)}"[:n] for n in range(1, 10)] * 20
            read_ms = sum(search_latencies(repo, prefixes))
            engine.dispose()
            results[label] = {"write_s": write_s, "search_ms": read_ms}
    total = {k: v["write_s"] * 1000 + v["search_ms"] for k, v in results.items()}
    return {
        "cipher_ratio": round(total["cipher"] / total["plain"], 3),
        "cipher_write_ratio": round(results["cipher"]["write_s"] / results["plain"]["write_s"], 3),
        "cipher_search_ratio": round(
            results["cipher"]["search_ms"] / results["plain"]["search_ms"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5,
                        help="starts, rounds of typing, and SQLCipher/SQLite pairs (medians)")
    parser.add_argument("--words", type=int, default=40, help="words typed per round of search")
    args = parser.parse_args()
    rng = random.Random(7)

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "store"
        start = time.perf_counter()
        summary = fill_demo_store(data_dir, PASSPHRASE, clients=args.clients, kdf=None)
        print(f"demo store: {summary} in {time.perf_counter() - start:.1f} s")

        store = Store.unlock(data_dir, PASSPHRASE)
        rows = store.clients.search(CaseloadQuery(limit=100_000)).rows
        words = [r[k] for r in rows for k in ("family_name", "given_names", "v_number", "phone")
                 if r[k]]
        prefixes = typing_prefixes(words, 200, rng)
        search_latencies(store.clients, prefixes[:50])  # warm the page cache
        timings = search_latencies(store.clients, prefixes)
        store.close()
        print(f"the search query alone (the store, no window): {len(timings)} queries, median "
              f"{statistics.median(timings):.1f} ms, p95 {p95(timings):.1f} ms")

        # Words of two characters or more: the first key after select-all always changes the text.
        long_enough = [w for w in words if len(w) >= 2]
        typed = [w[:6] for w in rng.sample(long_enough, min(len(long_enough), args.words * args.runs + 10))]
        ui = search_in_window(data_dir, PASSPHRASE, Path(tmp) / "settings.ini",
                              [typed[10 + i * args.words:10 + (i + 1) * args.words] for i in range(args.runs)],
                              typed[:10])
        every = ui["all"]
        print(f"search-as-you-type, keystroke to rows painted, {every['keystrokes']} keystrokes in "
              f"{args.runs} rounds: p50 {every['p50_ms']} ms, p95 {every['p95_ms']} ms (rounds' p95: "
              f"{text(over_rounds(ui, 'p95_ms'), 'ms')}); of which the debounce timer "
              f"({ui['delay_ms']} ms set, {every['debounce_p50_ms']} ms measured), and after it p50 "
              f"{every['after_debounce_p50_ms']} ms, p95 {every['after_debounce_p95_ms']} ms")

        boot = startup(data_dir, args.runs)
        print(f"start-up (translations, style sheet) to the caseload's rows painted, {args.runs} starts: "
              f"{text(boot['startup_s'], 's')} without the passphrase derivation "
              f"({text(boot['derive_s'], 's')}, reported apart), {text(boot['startup_with_derivation_s'], 's')} "
              f"with it; the unlock screen at {text(boot['unlock_screen_s'], 's')}; "
              f"peak RSS {text(boot['peak_rss_mb'], 'MB')}")

    ratio = cipher_ratios(min(args.clients, 5000), args.runs)
    print(f"SQLCipher against plain SQLite on the same workload, {args.runs} pairs: "
          f"{text(ratio['cipher_ratio'], 'x')} (writes {text(ratio['cipher_write_ratio'], 'x')}, "
          f"searches {text(ratio['cipher_search_ratio'], 'x')})")
    print(json.dumps({
        "clients": args.clients,
        "runs": args.runs,
        "startup_s": boot["startup_s"]["median"],
        "search_p50_ms": every["p50_ms"],
        "search_p95_ms": every["p95_ms"],
        "search_debounce_ms": ui["delay_ms"],
        "search_after_debounce_p95_ms": every["after_debounce_p95_ms"],
        "search_query_p95_ms": round(p95(timings), 2),
        "peak_rss_mb": boot["peak_rss_mb"]["median"],
        "cipher_ratio": ratio["cipher_ratio"]["median"],
        "derive_s": boot["derive_s"]["median"],
        "startup_with_derivation_s": boot["startup_with_derivation_s"]["median"],
        "spread": {"startup_s": boot["startup_s"], "peak_rss_mb": boot["peak_rss_mb"],
                   "cipher_ratio": ratio["cipher_ratio"], "search_query_ms": spread(timings),
                   "search_p50_ms": over_rounds(ui, "p50_ms"), "search_p95_ms": over_rounds(ui, "p95_ms"),
                   "search_after_debounce_p95_ms": over_rounds(ui, "after_debounce_p95_ms"),
                   "startup_with_derivation_s": boot["startup_with_derivation_s"],
                   "derive_s": boot["derive_s"], "unlock_screen_s": boot["unlock_screen_s"],
                   "keyring_s": boot["keyring_s"]},
    }))


def text(figure: dict, unit: str) -> str:
    return f"median {figure['median']} {unit} ({figure['min']}-{figure['max']}, {figure['runs']} runs)"


if __name__ == "__main__":
    main()
