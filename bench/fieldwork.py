"""Fieldwork benchmark: opening a client's intake, and autosaving while someone types.

    python bench/fieldwork.py [--clients 10000] [--runs 15]

On a demo store of N clients, one client gets a brede intake with every domain filled.
open_intake: from IntakePanel.load_client() until the panel shows the filled form, in a
real (offscreen) Qt window with the worker thread, as the app does it.
autosave: each save as the worker runs it while someone types (a growing note and a
changing answer), on that store. Ends with one JSON line: open_intake_ms, autosave_p95_ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.figures import spread  # noqa: E402
from desktop.demo import fill_demo_store  # noqa: E402
from desktop.demo_fieldwork import _answer  # noqa: E402
from desktop.store import CaseloadQuery, Store  # noqa: E402
from domain.intake import INTAKE  # noqa: E402

PASSPHRASE = "benchmark passphrase 2026"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def filled_intake(store: Store, rng: random.Random) -> tuple[str, str]:
    """A client with an intake whose every question and note is answered."""
    client_id = store.clients.search(CaseloadQuery(text="", limit=1)).rows[0]["id"]
    # The panel shows a client's newest intake: this one.
    intake_id = store.intakes.start(client_id, {"held_on": "2026-11-02", "conversation_language": "ar",
                                                "interpreter_present": True})
    for part in INTAKE.parts:
        answers = {q.key: _answer(q, rng, date.today()) for q in part.questions}
        store.intakes.save_part(intake_id, client_id, part.key, answers, "Aantekening bij " + part.key * 3)
    return client_id, intake_id


def autosave_latencies(store: Store, client_id: str, intake_id: str, saves: int) -> list[float]:
    """What the worker runs per autosave while a note grows and an answer changes."""
    text, timings = "", []
    for i in range(saves):
        text += "woord "
        answers = {"own_wishes": text.strip() + ("." if i % 2 else "")}
        start = time.perf_counter()
        store.intakes.save_part(intake_id, client_id, "wishes", answers, text)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def open_intake_times(data_dir: Path, client_id: str, runs: int) -> list[float]:
    from PySide6.QtWidgets import QApplication

    from desktop.tasks import DbWorker
    from desktop.views.conversation.intake_panel import IntakePanel

    app = QApplication.instance() or QApplication([])
    worker = DbWorker()
    worker.open(lambda: Store.unlock(data_dir, PASSPHRASE))
    worker.wait_idle(60)
    panel = IntakePanel(worker)
    panel.resize(900, 620)
    panel.show()
    timings = []
    for _ in range(runs):
        panel.load_client(None)
        app.processEvents()
        start = time.perf_counter()
        panel.load_client(client_id)
        while panel.page != "form":
            app.processEvents()
        app.processEvents()  # the filled form painted once
        timings.append((time.perf_counter() - start) * 1000)
    panel.clear()
    worker.shutdown()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "store"
        summary = fill_demo_store(data_dir, PASSPHRASE, clients=args.clients)
        print(f"demo store: {summary}")
        store = Store.unlock(data_dir, PASSPHRASE)  # durable, as the app opens it
        client_id, intake_id = filled_intake(store, rng)
        saves = autosave_latencies(store, client_id, intake_id, args.saves)
        store.close()
        print(f"autosave: {len(saves)} saves, median {statistics.median(saves):.1f} ms, p95 {p95(saves):.1f} ms")
        opens = open_intake_times(data_dir, client_id, args.runs)
        first, rest = opens[0], opens[1:]
        print(f"open intake (all {len(INTAKE.parts)} domains filled): first {first:.0f} ms, "
              f"then median {statistics.median(rest):.0f} ms, worst {max(rest):.0f} ms")
    print(json.dumps({"clients": args.clients, "open_intake_ms": round(first, 1),
                      "open_intake_median_ms": round(statistics.median(rest), 1),
                      "autosave_p95_ms": round(p95(saves), 2),
                      "autosave_median_ms": round(statistics.median(saves), 2),
                      # the first open is cold, one a run of this script; the others repeat it warm
                      "spread": {"open_intake_ms": spread(rest, digits=1), "autosave_ms": spread(saves)}}))


if __name__ == "__main__":
    main()
