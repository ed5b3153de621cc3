"""Autosave: each change reaches the encrypted store within about a second, and flush() at once."""

import time

import pytest

from desktop.views.common.autosave import Autosaver
from domain.errors import FieldError, RecordInvalid
from tests.gui.conftest import TIMEOUT_MS


@pytest.fixture
def handover(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    return client_id, store.handovers.start(client_id, {"variant": "quick_start"})


def _save_name(handover_id: str, name: str):
    return lambda s: s.handovers.update(handover_id, {"coa_name": name})


def _stored_name(store, handover_id: str) -> str:
    return store.handovers.get(handover_id)["coa_name"]


def test_a_change_is_written_once_typing_pauses_and_only_the_newest(qtbot, worker, store, handover):
    _, handover_id = handover
    saver = Autosaver(worker, delay_ms=150, max_wait_ms=2000)
    ran = []

    def save(name):
        def fn(s):
            ran.append(name)
            s.handovers.update(handover_id, {"coa_name": name})
        return fn

    for name in ("J", "Jo", "Joost"):
        saver.schedule("header", save(name), {"handovers"})
    assert saver.has_pending()
    worker.wait_idle()
    assert _stored_name(store, handover_id) == ""  # nothing before the pause
    with qtbot.waitSignal(saver.saved, timeout=TIMEOUT_MS) as signal:
        pass
    assert signal.args == ["header"]
    assert ran == ["Joost"] and _stored_name(store, handover_id) == "Joost"
    assert not saver.has_pending()


def test_typing_on_without_a_pause_is_still_written_by_the_deadline(qtbot, worker, store, handover):
    _, handover_id = handover
    saver = Autosaver(worker, delay_ms=300, max_wait_ms=700)
    start = time.monotonic()
    written_at = None
    text = ""
    while time.monotonic() - start < 2.0:  # a keystroke every 100 ms: never a 300 ms pause
        text += "x"
        saver.schedule("header", _save_name(handover_id, text), {"handovers"})
        qtbot.wait(100)
        if written_at is None and _stored_name(store, handover_id):
            written_at = time.monotonic() - start
    # Written while the keystrokes went on (the 300 ms pause never came): the deadline wrote it.
    # How soon after the deadline is a figure for bench/fieldwork.py, not a pass mark here.
    assert written_at is not None
    saver.flush()
    worker.wait_idle()
    qtbot.waitUntil(lambda: _stored_name(store, handover_id) == text, timeout=TIMEOUT_MS)


def test_flush_writes_at_once(qtbot, worker, store, handover):
    _, handover_id = handover
    saver = Autosaver(worker, delay_ms=60_000, max_wait_ms=60_000)
    saver.schedule("header", _save_name(handover_id, "Joost de Wit"), {"handovers"})
    saver.flush()
    assert not saver.has_pending() and saver.is_saving()
    worker.wait_idle()
    assert _stored_name(store, handover_id) == "Joost de Wit"
    qtbot.waitUntil(lambda: not saver.is_saving(), timeout=TIMEOUT_MS)


def test_keys_are_saved_apart_and_changes_are_announced(qtbot, worker, store, handover):
    client_id, handover_id = handover
    saver = Autosaver(worker, delay_ms=50, max_wait_ms=500)
    announced = []
    worker.changed.connect(announced.append)
    saver.schedule("header", _save_name(handover_id, "Joost"), {"handovers"})
    saver.schedule("languages", lambda s: s.handovers.save_part(
        handover_id, client_id, "languages", {"dutch_level": "a1"}), {"form_parts"})
    qtbot.waitUntil(lambda: not saver.has_pending() and not saver.is_saving(), timeout=TIMEOUT_MS)
    record = store.handovers.get(handover_id)
    assert record["coa_name"] == "Joost"
    assert record["parts"]["languages"]["answers"] == {"dutch_level": "a1"}
    assert set().union(*announced) >= {"handovers", "form_parts"}


def test_a_refused_write_is_reported_with_its_errors(qtbot, worker, store, handover):
    client_id, handover_id = handover
    saver = Autosaver(worker, delay_ms=10, max_wait_ms=100)
    saver.schedule("pre_integration", lambda s: s.handovers.save_part(
        handover_id, client_id, "pre_integration", {"hours_followed": 99_999}), {"form_parts"})
    with qtbot.waitSignal(saver.failed, timeout=TIMEOUT_MS) as signal:
        pass
    key, error = signal.args
    assert key == "pre_integration" and isinstance(error, RecordInvalid)
    assert error.errors == {"hours_followed": FieldError.NUMBER_OUT_OF_RANGE}
    assert "pre_integration" not in store.handovers.get(handover_id)["parts"]
