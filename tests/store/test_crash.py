"""A kill -9 in the middle of writing loses no committed write and leaves a store that opens."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from desktop.store import CaseloadQuery, Store
from tests.conftest import PASSPHRASE

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_loses_no_committed_write(store, store_dir):
    store.close()
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(store_dir), PASSPHRASE],
        stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    committed = []
    try:
        for line in proc.stdout:
            committed.append(line.strip())
            if len(committed) >= 150:
                break
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert len(committed) >= 150

    reopened = Store.unlock(store_dir, PASSPHRASE)
    try:
        with reopened.engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        stored = {r["id"] for r in reopened.clients.search(
            CaseloadQuery(text="Crash", limit=100_000)).rows}
        assert set(committed) <= stored
        # each committed client has its outbox entry: the two were one transaction
        with reopened.engine.connect() as conn:
            in_outbox = set(conn.execute(text("SELECT record_id FROM outbox")).scalars())
        assert stored <= in_outbox
    finally:
        reopened.close()
