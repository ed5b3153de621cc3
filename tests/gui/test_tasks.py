"""The worker thread: results arrive on the GUI thread, stale searches are dropped."""

import re
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject

from desktop.store import CaseloadQuery, StoreLocked
from desktop.tasks import DbWorker
from tests.gui.conftest import TIMEOUT_MS


def test_reads_run_off_the_gui_thread_and_answer_on_it(qtbot, worker):
    seen = {}

    def work(store):
        seen["thread"] = threading.current_thread().name
        return store.clients.search(CaseloadQuery()).total

    with qtbot.waitCallback(timeout=TIMEOUT_MS) as done:
        worker.read(work, on_done=done)
    assert done.args == [0]
    assert seen["thread"].startswith("ketenplan-db")


def test_writes_announce_what_changed(qtbot, worker):
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS) as changed:
        worker.write(lambda s: s.clients.create({"given_names": "A", "family_name": "B"}),
                     changes={"clients"})
    assert changed.args == [frozenset({"clients"})]


def test_a_newer_search_supersedes_the_older(qtbot, worker):
    results = []
    gate = threading.Event()
    worker.read(lambda s: gate.wait(2), key="other")  # holds the thread while we queue
    for text in ("a", "am", "ami"):
        worker.read(lambda s, t=text: t, on_done=results.append, key="search")
    gate.set()
    worker.wait_idle()
    qtbot.waitUntil(lambda: results == ["ami"], timeout=TIMEOUT_MS)


def test_errors_come_back_to_the_caller(qtbot, worker):
    with qtbot.waitCallback(timeout=TIMEOUT_MS) as failed:
        worker.read(lambda s: 1 / 0, on_error=failed)
    assert isinstance(failed.args[0], ZeroDivisionError)


def test_after_close_work_is_refused_as_locked(qtbot, worker):
    worker.close()
    with qtbot.waitCallback(timeout=TIMEOUT_MS) as failed:
        worker.read(lambda s: s.clients, on_error=failed)
    assert isinstance(failed.args[0], StoreLocked)


def test_results_still_on_their_way_at_shutdown_are_dropped(qtbot, store):
    w = DbWorker()
    w.open(lambda: store)
    delivered = []
    w.read(lambda s: s.pending_changes(), on_done=delivered.append)
    w.shutdown()  # the read has run; its result waits in the GUI thread's queue
    qtbot.wait(50)
    assert delivered == []


def test_a_request_after_shutdown_is_dropped_without_an_error(qtbot, store):
    # A timer still running as the app closes (a sync, a refresh) must not raise in the event loop.
    w = DbWorker()
    w.open(lambda: store)
    w.shutdown()
    answers = []
    w.read(lambda s: s.pending_changes(), on_done=answers.append, on_error=answers.append)
    w.write(lambda s: None, changes={"clients"}, on_done=answers.append, on_error=answers.append)
    qtbot.wait(50)
    assert answers == []


# -- answers tied to the view that asked ---------------------------------------------------------
def hold_the_thread(worker) -> threading.Event:
    """Keep the worker busy until the returned gate opens, so requests queue up behind it."""
    gate = threading.Event()
    worker.read(lambda s: gate.wait(2))
    return gate


def test_a_view_that_moved_on_gets_no_answer_to_what_it_asked_before(qtbot, worker):
    view, answers = QObject(), []
    gate = hold_the_thread(worker)
    worker.read(lambda s: "before", on_done=answers.append, on_error=answers.append, asker=view)
    worker.read(lambda s: 1 / 0, on_done=answers.append, on_error=answers.append, asker=view)
    worker.forget(view)  # shows another client now
    worker.read(lambda s: "after", on_done=answers.append, asker=view)
    gate.set()
    worker.wait_idle()
    qtbot.waitUntil(lambda: answers == ["after"], timeout=TIMEOUT_MS)
    qtbot.wait(20)
    assert answers == ["after"]


def test_a_newer_request_supersedes_only_the_same_askers_request_of_that_kind(qtbot, worker):
    first, second, answers = QObject(), QObject(), []
    gate = hold_the_thread(worker)
    for asker, text in ((first, "1a"), (second, "2a"), (first, "1b")):
        worker.read(lambda s, t=text: t, on_done=answers.append, key="load", asker=asker)
    worker.read(lambda s: "1 other", on_done=answers.append, key="other", asker=first)
    gate.set()
    worker.wait_idle()
    qtbot.waitUntil(lambda: len(answers) == 3, timeout=TIMEOUT_MS)
    assert answers == ["2a", "1b", "1 other"]


def test_a_view_that_is_gone_gets_nothing_and_its_writes_still_count(qtbot, worker, store):
    view, answers = QObject(), []
    gate = hold_the_thread(worker)
    worker.read(lambda s: "read", on_done=answers.append, key="load", asker=view)
    worker.write(lambda s: s.clients.create({"given_names": "A", "family_name": "B"}), changes={"clients"},
                 on_done=answers.append, asker=view)
    shiboken6.delete(view)
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS) as changed:
        gate.set()
    assert changed.args == [frozenset({"clients"})]
    qtbot.wait(20)
    assert answers == []
    assert store.clients.search(CaseloadQuery()).total == 1  # the write ran


def test_a_write_of_a_view_that_moved_on_still_runs_and_announces_its_change(qtbot, worker, store):
    view, answers = QObject(), []
    gate = hold_the_thread(worker)
    worker.write(lambda s: s.clients.create({"given_names": "A", "family_name": "B"}), changes={"clients"},
                 on_done=answers.append, asker=view)
    worker.forget(view)
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS):
        gate.set()
    qtbot.wait(20)
    assert answers == []
    assert store.clients.search(CaseloadQuery()).total == 1


def test_no_view_keeps_a_staleness_counter_of_its_own():
    views = Path(__file__).resolve().parents[2] / "desktop" / "views"
    counting = [str(p.relative_to(views)) for p in views.rglob("*.py")
                if re.search(r"self\._(epoch|generation)\b", p.read_text(encoding="utf-8"))]
    assert counting == []  # ask with asker=self and call worker.forget(self) instead
