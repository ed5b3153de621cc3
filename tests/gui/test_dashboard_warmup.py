"""After an unlock the dashboard's figures are made ready in the background, once the caseload's rows
are shown and at low priority (the user's requests go first), for a role that may see the dashboard;
a lock drops them. The coordinator's first opening of the dashboard then computes nothing."""

from __future__ import annotations

import json
import threading

import pytest

from desktop.monitoring import fact_cache
from desktop.monitoring.fact_cache import FactCache
from desktop.store import Store
from desktop.store.schema import device_state
from desktop.store.sync_state import ACCOUNT
from desktop.views.monitoring.warmup import DashboardWarmup, dashboard_options, may_see_dashboard
from desktop.views.shell import work_pages
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, start_window, two_clients_one_with_plan, unlock_window


def _as(store_dir, role: str | None) -> None:
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        with store.engine.begin() as conn:
            conn.execute(device_state.delete().where(device_state.c.key == ACCOUNT))
            if role is not None:
                conn.execute(device_state.insert().values(key=ACCOUNT, value=json.dumps({"role": role})))
    finally:
        store.close()


@pytest.fixture(autouse=True)
def quick_start(monkeypatch):
    """Warming starts 0.3 s after the unlock rather than 1.5 s: the order is the same, the waits shorter."""
    monkeypatch.setattr(work_pages, "WARM_AFTER_MS", 300)


@pytest.fixture
def order(monkeypatch):
    """What ran on the database worker, in order: the caseload's first page and each warming step."""
    ran: list[str] = []
    warm_step, first_page = FactCache.warm_step, None
    from desktop.views.caseload import caseload_view
    first_page = caseload_view._first_page

    def step(self, engine, options):
        ran.append("warm")
        return warm_step(self, engine, options)

    def page(store, query):
        ran.append("caseload")
        return first_page(store, query)
    monkeypatch.setattr(FactCache, "warm_step", step)
    monkeypatch.setattr(caseload_view, "_first_page", page)
    return ran


def _engine(window):
    return window._worker.call(lambda store: store.engine).result(10)


def _warm(window) -> bool:
    return window._worker.call(lambda store: fact_cache.has_cache(store.engine) and fact_cache.cache_for(
        store.engine).is_warm(dashboard_options(store))).result(10)


@pytest.mark.parametrize("role", ["coordinator", None])
def test_after_unlock_the_dashboard_is_made_ready_and_a_lock_drops_it(
        qtbot, app_worker, settings, store_dir, order, role):
    two_clients_one_with_plan(store_dir)
    _as(store_dir, role)
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: window.warmup is not None and not window.warmup.active, timeout=TIMEOUT_MS)
    assert window.monitoring is None  # the dashboard was never opened
    assert order[0] == "caseload" and order.count("warm") == window.warmup.steps > 1  # the rows came first
    assert _warm(window)
    engine = _engine(window)

    window.show_monitoring()  # the first opening finds the figures made: nothing is evaluated again
    with qtbot.waitSignal(window.monitoring.figures_shown, timeout=TIMEOUT_MS):
        pass
    assert fact_cache.cache_for(engine).evaluated == 0
    assert window.monitoring.run.persons == 2

    window.lock()
    app_worker.wait_idle()
    assert not fact_cache.has_cache(engine)  # the store closed: the facts went with it


def test_a_role_that_does_not_see_the_dashboard_gets_no_warming(qtbot, app_worker, settings, store_dir, order):
    two_clients_one_with_plan(store_dir)
    _as(store_dir, "begeleider")
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: window.warmup is not None and not window.warmup.active, timeout=TIMEOUT_MS)
    assert "warm" not in order and not _warm(window)
    assert not may_see_dashboard("partner") and may_see_dashboard("administrator")


def test_a_lock_while_warming_stops_it(qtbot, app_worker, settings, store_dir, order):
    two_clients_one_with_plan(store_dir)
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: "warm" in order, timeout=TIMEOUT_MS)
    window.lock()
    assert not window.warmup.active
    steps = len(order)
    app_worker.wait_idle()
    qtbot.wait(100)
    assert len(order) <= steps + 1  # at most the step that was running: no more are asked for


def test_a_search_asked_for_while_warming_waits_for_one_step_only(qtbot, worker, store, order, monkeypatch):
    """The warming is many short tasks, not one long one: a search asked for during a step runs
    right after that step, before the rest of the warming."""
    store.clients.create({"given_names": "Amina", "family_name": "Yusuf"})
    warmup = DashboardWarmup(worker)
    in_step, release = threading.Event(), threading.Event()
    step = FactCache.warm_step

    def first_step_held(self, engine, options):
        if not in_step.is_set():
            in_step.set()
            release.wait(5)
        return step(self, engine, options)
    monkeypatch.setattr(FactCache, "warm_step", first_step_held)
    warmup.start()
    qtbot.waitUntil(in_step.is_set, timeout=TIMEOUT_MS)
    searched = []
    worker.read(lambda s: order.append("search") or s.clients.search, on_done=searched.append)
    release.set()
    with qtbot.waitSignal(warmup.finished, timeout=TIMEOUT_MS) as ready:
        pass
    assert ready.args == [True] and searched
    assert order.index("search") == 1 and order.count("warm") == warmup.steps > 2


def test_the_dashboard_in_dutch_fits_a_1280_pixel_screen(qtbot, worker):
    """Its choices and its buttons in two rows: in one they needed a window 1,800 pixels wide."""
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.views.monitoring.dashboard_view import DashboardView
    app = QApplication.instance()
    translators = install_translators(app, "nl")
    try:
        view = DashboardView(worker)
        qtbot.addWidget(view)
        assert view.minimumSizeHint().width() <= 1280 - 24  # the window's frame and margins beside it
    finally:
        for translator in translators:
            app.removeTranslator(translator)
