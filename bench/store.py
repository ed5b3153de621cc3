"""Store benchmark: start-up, search-as-you-type, memory, and what encryption costs.

    python bench/store.py [--clients 10000] [--runs 3]

Ends with one JSON line: startup_s, search_p95_ms, peak_rss_mb, cipher_ratio (and details).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def startup(data_dir: Path, runs: int) -> dict:
    figures = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "startup_probe.py"), str(data_dir),
                 PASSPHRASE, str(Path(tmp) / "settings.ini")],
                capture_output=True, text=True, check=True, cwd=ROOT)
        figures.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(figures, key=lambda f: f["shown_s"])
    return {
        "startup_s": round(best["shown_s"] - best["derive_s"], 3),
        "startup_with_derivation_s": round(best["shown_s"], 3),
        "derive_s": round(best["derive_s"], 3),
        "peak_rss_mb": round(max(f["peak_rss_mb"] for f in figures), 1),
    }


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
    parser.add_argument("--runs", type=int, default=3)
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
        print(f"search-as-you-type: {len(timings)} queries, median "
              f"{statistics.median(timings):.1f} ms, p95 {p95(timings):.1f} ms")

        boot = startup(data_dir, args.runs)
        print(f"start-up to caseload shown: {boot['startup_s']} s without the passphrase "
              f"derivation ({boot['derive_s']} s, reported apart); "
              f"peak RSS {boot['peak_rss_mb']} MB")

    ratio = cipher_ratio(min(args.clients, 5000), 11)
    print(f"SQLCipher against plain SQLite on the same workload: {ratio['cipher_ratio']}x "
          f"(writes {ratio['cipher_write_ratio']}x, searches {ratio['cipher_search_ratio']}x)")
    print(json.dumps({
        "clients": args.clients,
        "startup_s": boot["startup_s"],
        "search_p95_ms": round(p95(timings), 2),
        "peak_rss_mb": boot["peak_rss_mb"],
        "cipher_ratio": ratio["cipher_ratio"],
        "derive_s": boot["derive_s"],
        "startup_with_derivation_s": boot["startup_with_derivation_s"],
    }))


if __name__ == "__main__":
    main()
