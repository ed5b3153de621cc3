"""Autosave while a slow sync runs: the store never waits on the network.

The desktop's own parts: an encrypted store (durable commits, as the app opens it), its one
database worker (desktop/tasks.py) and its sync service (desktop/sync_service.py), which runs the
engine on a thread of its own and each store step on the worker. The server is the real one in a
process of its own (bench/slow_server.py), answering every push and pull only after --slow
seconds (3). While each sync runs, an autosave (a write through the worker, as the forms make
it) is asked every 50 ms. Per sync, the p95 of the time from asking to committed; over --repeat
syncs, the median of those with their spread. Also the p95 of the wait behind other work on the
worker alone, and of the same autosaves for 3 s with no sync just before each: on a shared
machine the disk's flush alone may take longer than the goal, and this says how much is the sync's.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

from bench.common import PASSWORD, p95, spread, start_servers

AUTOSAVE_EVERY_MS = 50
IDLE_MS = 3000  # autosaves with no sync before each sync: the machine's own figure beside it
ROOT = Path(__file__).resolve().parent.parent


def run_autosave(database_url: str, rounds: int, slow: float, folder: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.sync_office import PASSPHRASE, make_office
    from desktop.store import Store
    from desktop.store.keyfile import FAST_KDF
    from desktop.store.replica import StoreReplica
    from desktop.sync_service import SyncService
    from desktop.tasks import DbWorker
    from sync.client.engine import SyncEngine

    app = QApplication.instance() or QApplication([])
    servers = start_servers(database_url, 1, folder, [str(ROOT / "bench" / "slow_server.py"), "--slow", "0"])
    servers.stop()  # the first start migrated the database; now the slow one
    servers = start_servers(database_url, 1, folder, [str(ROOT / "bench" / "slow_server.py"), "--slow", str(slow)])
    try:
        office = make_office(database_url, 0)
        store = Store.create(folder / "desktop", PASSPHRASE, kdf=FAST_KDF)
        SyncEngine(StoreReplica(store)).enrol(servers.urls[0], office.seeder, PASSWORD, "Laptop")
        clients = [store.clients.create({"given_names": f"Amina {n}", "family_name": "Haddad"}) for n in range(50)]
        worker = DbWorker()
        loop = QEventLoop()
        worker.open(lambda: store, on_done=lambda _s: loop.quit())
        loop.exec()
        service = SyncService(worker, interval_ms=3_600_000, changes_delay_ms=3_600_000,
                              first_delay_ms=3_600_000, probe=lambda _url: True)
        service.start()
        p95s, behind_p95s, medians, tooks, failed, idle_p95s = [], [], [], [], 0, []
        for round_no in range(rounds):
            waits, queued = [], []

            def autosave(waits=waits, queued=queued, round_no=round_no) -> None:
                asked, n = time.monotonic(), len(waits)

                def save(s):
                    queued.append(time.monotonic() - asked)
                    s.clients.update(clients[n % len(clients)], {"notes": f"Aantekening {round_no}.{n}"})
                    waits.append(time.monotonic() - asked)
                worker.write(save, changes={"clients"})

            for client_id in clients[:10]:  # something to push
                store_update = worker.call(lambda s, c=client_id: s.clients.update(c, {"phone": "0612345678"}))
                store_update.result(10)
            tick = QTimer()
            tick.setInterval(AUTOSAVE_EVERY_MS)
            tick.timeout.connect(autosave)
            # First the same autosaves with no sync at all: what the disk and the machine give now.
            tick.start()
            QTimer.singleShot(IDLE_MS, loop.quit)
            loop.exec()
            tick.stop()
            worker.wait_idle()
            idle_p95s.append(p95([w * 1000 for w in waits]))
            waits.clear()
            queued.clear()
            results = []
            service.sync_finished.connect(loop.quit)
            service.sync_finished.connect(results.append)
            started = time.monotonic()
            while not service.sync_now():  # the previous sync is still winding down
                app.processEvents()
                time.sleep(0.05)
            tick.start()
            loop.exec()
            tick.stop()
            service.sync_finished.disconnect(loop.quit)
            service.sync_finished.disconnect(results.append)
            tooks.append(time.monotonic() - started)
            worker.wait_idle()
            failed += 0 if results == [True] else 1
            ms = [w * 1000 for w in waits]
            p95s.append(p95(ms))
            medians.append(statistics.median(ms))
            behind_p95s.append(p95([q * 1000 for q in queued]))
            print(f"sync {round_no + 1} of {rounds}: {tooks[-1]:.1f} s with the server {slow:.0f} s slow per "
                  f"request; {len(ms)} autosaves: median {medians[-1]:.1f} ms, p95 {p95s[-1]:.1f} ms, max "
                  f"{max(ms):.1f} ms; waiting behind other work p95 {behind_p95s[-1]:.1f} ms; the same "
                  f"autosaves with no sync just before: p95 {idle_p95s[-1]:.1f} ms"
                  + ("" if results == [True] else "; the sync FAILED"))
        service.shutdown()
        worker.shutdown()
    finally:
        servers.stop()
    return {"autosave_during_sync_p95_ms": round(statistics.median(p95s), 1),
            "autosave_behind_sync_p95_ms": round(statistics.median(behind_p95s), 1),
            "autosave_without_sync_p95_ms": round(statistics.median(idle_p95s), 1),
            "autosave_sync_failures": failed,
            "spread": {"autosave_during_sync_p95_ms": spread(p95s, digits=1),
                       "autosave_behind_sync_p95_ms": spread(behind_p95s, digits=1),
                       "autosave_without_sync_p95_ms": spread(idle_p95s, digits=1),
                       "autosave_sync_s": spread(tooks)}}
