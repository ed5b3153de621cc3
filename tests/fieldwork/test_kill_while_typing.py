"""A kill -9 in the middle of typing loses at most about the last second of it."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store import Store
from tests.conftest import PASSPHRASE, new_store

TYPIST = Path(__file__).with_name("typist.py")
TEXT = ("Wil graag als kapper werken en eerst de taal goed leren; zoekt een taalmaatje in de buurt "
        "en wil de kinderen helpen met hun huiswerk op school.")
LOSS_ALLOWED_S = 1.0


@pytest.fixture
def intake_client(store_dir):
    store = new_store(store_dir)
    try:
        client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
        intake_id = store.intakes.start(client_id, {"held_on": "2026-11-02"})
    finally:
        store.close()
    return client_id, intake_id


@pytest.mark.parametrize("kill_after_keys", [45, 90])
def test_a_killed_app_keeps_what_was_typed_up_to_a_second_before(tmp_path, store_dir, intake_client,
                                                                   kill_after_keys):
    client_id, intake_id = intake_client
    proc = subprocess.Popen(
        [sys.executable, str(TYPIST), str(store_dir), PASSPHRASE, client_id, TEXT, str(tmp_path / "s.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    typed_at: list[float] = []  # when each key had been typed, by the parent's clock
    try:
        deadline = time.monotonic() + 60
        for line in proc.stdout:
            assert time.monotonic() < deadline, "the app did not start typing"
            if line.strip().isdigit():
                typed_at.append(time.monotonic())
                if len(typed_at) >= kill_after_keys:
                    break
        else:
            pytest.fail(f"the app ended before typing: {proc.stderr.read()[-2000:]}")
        os.kill(proc.pid, signal.SIGKILL)
        killed_at = time.monotonic()
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()

    store = Store.unlock(store_dir, PASSPHRASE)  # the killed store opens
    try:
        wishes = store.intakes.get(intake_id)["parts"].get("wishes", {}).get("answers", {})
    finally:
        store.close()
    saved = wishes.get("own_wishes", "")
    typed_a_second_before = sum(1 for t in typed_at if t <= killed_at - LOSS_ALLOWED_S)
    assert TEXT.startswith(saved), "what was saved is what was typed"
    assert len(saved) >= typed_a_second_before, (
        f"saved {len(saved)} of {len(typed_at)} keys; {typed_a_second_before} were typed over a second before the kill")
