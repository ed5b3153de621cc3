"""The worker thread: results arrive on the GUI thread, stale searches are dropped."""

import threading

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
