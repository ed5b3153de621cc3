import pytest

from desktop.tasks import DbWorker

TIMEOUT_MS = 5000  # one shared wait for background work in GUI tests


@pytest.fixture
def worker(qtbot, store):
    """A DbWorker owning the test store, as the app has after unlock."""
    w = DbWorker()
    with qtbot.waitSignal(w.busy_changed, timeout=TIMEOUT_MS, check_params_cb=lambda b: not b):
        w.open(lambda: store)
    yield w
    w.wait_idle()
    w.shutdown()
