"""The monitoring dashboard in the real window on a real demo store (encrypted, unlocked through
the unlock screen): every target, cohorts, drill-down to the persons and back, off the GUI thread,
and export."""

import csv
import json
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

import desktop.views.monitoring.dashboard_view as dashboard_module
import desktop.views.monitoring.export_actions as export_module
from desktop.monitoring.compute import compute
from desktop.monitoring.options import MonitoringOptions
from desktop.views.monitoring.monitoring_texts import reason_label
from domain.monitoring.cohorts import CohortBy
from domain.monitoring.evaluate import Outcome
from tests.demo_stores import demo_store
from tests.gui.conftest import TIMEOUT_MS, start_window, unlock_window

CODES = ["E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "H1", "H2"]
WAIT_MS = 4 * TIMEOUT_MS  # the figures of 80 persons on a shared machine


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    return demo_store(tmp_path_factory.mktemp("monitoring") / "store", clients=80)


@pytest.fixture
def window(qtbot, app_worker, settings, demo_dir):
    window = start_window(qtbot, app_worker, settings, demo_dir)
    unlock_window(qtbot, window)
    return window


def shown(qtbot, window):
    view = window.monitoring
    qtbot.waitUntil(lambda: view.run is not None and not view.progress.isVisible(), timeout=WAIT_MS)
    return view


def tree_rows(view) -> dict:
    """{(code, cohort): texts of the row} as the tree shows them."""
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(i)
        for node in (top, *(top.child(j) for j in range(top.childCount()))):
            out[node.data(0, dashboard_module._KEY)] = [node.text(c) for c in range(view.tree.columnCount())]
    return out


def test_the_dashboard_shows_every_target_with_the_figures_of_the_store(qtbot, window, app_worker):
    window.monitoring_page_action.trigger()  # the toolbar's entry (Alt+4)
    view = shown(qtbot, window)
    assert window.work_pages.currentWidget() is view
    codes = [view.tree.topLevelItem(i).data(0, dashboard_module._KEY)[0] for i in range(view.tree.topLevelItemCount())]
    assert codes == CODES
    expected = app_worker.call(lambda store: compute(store.engine, MonitoringOptions(ref=view.options()[0]))).result()
    rows = tree_rows(view)
    for target in expected.figures.targets:
        for cohort in expected.figures.cohorts():
            cell = expected.figures.cell(target.code, cohort)
            row = rows.get((target.code, cohort))
            if row is None:  # only cohorts nobody counts in are left out
                assert not any(cell.n(o) for o in Outcome if o != Outcome.NOT_APPLICABLE)
                continue
            closed = cell.closed
            assert row[1] == (f"{cell.n(Outcome.REALISED)}/{closed}" if closed else "")
            assert row[4] == (str(cell.n(Outcome.ON_TRACK)) if cell.n(Outcome.ON_TRACK) else "")
            assert row[8] == (str(cell.n(Outcome.UNKNOWN)) if cell.n(Outcome.UNKNOWN) else "")
    view.select("S1", dashboard_module.ALL)
    unknown = view.cell("S1", dashboard_module.ALL).n(Outcome.UNKNOWN)
    assert unknown > 0 and f"{unknown}" in rows["S1", dashboard_module.ALL][8]
    assert "Unknown" in view.detail.reasons.text()  # and why: the missing data, with its count


def test_switching_the_cohort_kind_changes_the_numbers(qtbot, window):
    window.show_monitoring()
    view = shown(qtbot, window)
    before = tree_rows(view)
    assert view.run.options.cohort_by == CohortBy.VESTIGING
    with qtbot.waitSignal(view.figures_shown, timeout=WAIT_MS):
        view.cohort_box.setCurrentIndex(1)
    assert view.run.options.cohort_by == CohortBy.DUTY_START
    after = tree_rows(view)
    assert before != after
    vestiging_years = {c for _code, c in before if isinstance(c, int)}
    duty_years = {c for _code, c in after if isinstance(c, int)}
    assert vestiging_years != duty_years or any(before[k] != after.get(k) for k in before)


def test_a_figure_drills_down_to_its_persons_and_back_to_their_targets(qtbot, window, app_worker):
    window.show_monitoring()
    view = shown(qtbot, window)
    figures = view.run.figures
    code, cohort = next((t.code, c) for t in figures.targets for c in figures.cohorts()
                        if figures.cell(t.code, c).n(Outcome.UNKNOWN) >= 2)
    with qtbot.waitSignal(view.drill.names_shown, timeout=WAIT_MS):
        view.select(code, cohort, "unknown")
    wanted = sorted(figures.cell(code, cohort).ids[Outcome.UNKNOWN])
    assert sorted(view.drill.ids()) == wanted

    def name(store, cid):
        record = store.clients.get(cid)
        return " ".join(p for p in (record.get("given_names_usual") or record["given_names"],
                                    record.get("family_name_usual") or record["family_name"]) if p)
    names = app_worker.call(lambda store: sorted(name(store, cid) for cid in wanted)).result()
    assert sorted(n.split("  -  ")[0] for n in view.drill.names()) == names
    cell = figures.cell(code, cohort)
    missing = {cid: {m for m, ids in cell.unknown.items() if cid in ids} for cid in wanted}
    for cid, line in zip(view.drill.ids(), view.drill.names(), strict=True):  # each says which data is missing
        assert line.split("  -  ")[1] == ", ".join(reason_label(m) for m in sorted(missing[cid]))

    view.drill.persons.setCurrentRow(0)
    person = view.drill.ids()[0]
    assert f"{code} " in view.drill.counting_label.text()
    counted = figures.targets_counting(person)
    assert all(f"{c} " in view.drill.counting_label.text() for c in counted)

    view.drill.open_button.click()
    assert window.work_pages.currentWidget() is window.splitter
    qtbot.waitUntil(lambda: window.editor.client_id == person, timeout=WAIT_MS)


def test_a_breakdown_number_lists_the_persons_of_that_group(qtbot, window):
    window.show_monitoring()
    view = shown(qtbot, window)
    view.dimension_box.setCurrentIndex(view.dimension_box.findData("sex"))
    view.select("S1", dashboard_module.ALL, "unknown")
    table = view.detail.breakdown
    assert table.rowCount() >= 1
    groups = view.groups("S1", dashboard_module.ALL, "sex")
    row = next(r for r in range(table.rowCount()) if table.item(r, 8).text())
    group = table.item(row, 0).data(dashboard_module.Qt.ItemDataRole.UserRole)
    with qtbot.waitSignal(view.drill.names_shown, timeout=WAIT_MS):
        table.cellClicked.emit(row, 8)
    assert sorted(view.drill.ids()) == sorted(groups[group].ids[Outcome.UNKNOWN])


def test_the_figures_are_computed_off_the_gui_thread_with_progress_shown(qtbot, window, monkeypatch):
    threads = []
    real = dashboard_module.fact_cache.compute_cached

    def watched(engine, options):
        threads.append(threading.current_thread())
        return real(engine, options)
    monkeypatch.setattr(dashboard_module.fact_cache, "compute_cached", watched)
    window.show_monitoring()
    view = window.monitoring
    assert view.progress.isVisible()
    assert view.status.text()
    shown(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert not view.progress.isVisible()
    assert view.shown_ms is not None and view.shown_ms > 0


def test_export_writes_csv_and_json_where_asked_and_records_it(qtbot, window, app_worker, monkeypatch, tmp_path):
    window.show_monitoring()
    view = shown(qtbot, window)
    asked = []

    def ask(parent, title, name, name_filter, suffix):
        asked.append((name, suffix))
        return str(tmp_path / f"figures{suffix}")
    monkeypatch.setattr(export_module, "ask_export_path", ask)  # the app's dialog, with the warning
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with qtbot.waitSignal(view.exports.exported, timeout=WAIT_MS):
        view.exports.csv_button.click()
    assert asked[0] == (f"monitoring-{view.run.options.ref.isoformat()}-vestiging.csv", ".csv")
    rows = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8")))
    assert {r["target"] for r in rows} == set(CODES) - {"H2"}
    assert (tmp_path / "figures-breakdowns.csv").exists() and (tmp_path / "figures-taakstelling.csv").exists()

    with qtbot.waitSignal(view.exports.exported, timeout=WAIT_MS):
        view.exports.json_button.click()
    data = json.loads((tmp_path / "figures.json").read_text(encoding="utf-8"))
    assert data["format"] == "ketenplan-monitoring/1" and data["persons"] == view.run.persons
    assert "ids" not in data["figures"][0]  # counts only: the file leaves the store
    log = app_worker.call(lambda store: store.export_log.entries()).result()
    assert [e["kind"] for e in log[:2]] == ["monitoring", "monitoring"]
    assert log[0]["files"] == ["figures.json"] and log[0]["client_id"] is None


def test_export_cancelled_in_the_dialog_writes_nothing(qtbot, window, app_worker, monkeypatch, tmp_path):
    window.show_monitoring()
    view = shown(qtbot, window)
    before = app_worker.call(lambda store: store.export_log.entries()).result()
    monkeypatch.setattr(export_module, "ask_export_path", lambda *a: None)
    view.exports.export("csv")
    app_worker.wait_idle()
    assert app_worker.call(lambda store: store.export_log.entries()).result() == before
    assert not list(tmp_path.glob("*.csv"))
    assert view.exports.csv_button.isEnabled()


def test_lock_takes_the_figures_and_names_off_the_screen(qtbot, window):
    window.show_monitoring()
    view = shown(qtbot, window)
    with qtbot.waitSignal(view.drill.names_shown, timeout=WAIT_MS):
        view.select("S1", dashboard_module.ALL, "unknown")
    window.lock()
    assert view.run is None and view.tree.topLevelItemCount() == 0 and view.drill.persons.count() == 0
    assert not view.exports.csv_button.isEnabled()


def test_a_write_while_shown_recomputes_from_the_kept_facts_and_the_lock_drops_them(qtbot, window, app_worker):
    from desktop.monitoring import fact_cache
    from desktop.store import CaseloadQuery

    window.show_monitoring()
    view = shown(qtbot, window)
    first = view.run
    engine = app_worker.call(lambda s: s.engine).result(10)
    assert fact_cache.has_cache(engine)
    plan_id = app_worker.call(lambda s: next(
        p for p in (s.plans.for_client(r["id"]) for r in s.clients.search(CaseloadQuery(limit=200)).rows) if p
    )).result(10)
    app_worker.write(lambda s: s.plans.milestones.add(plan_id, {"kind": "own_network", "reached_on": "2025-02-03"}),
                     changes={"plan_milestones"})
    qtbot.waitUntil(lambda: view.run is not first and not view.progress.isVisible(), timeout=WAIT_MS)
    fresh = app_worker.call(lambda s: compute(s.engine, view.run.options)).result(30)
    assert view.run.figures.table().keys() == fresh.figures.table().keys()
    assert {k: c.counts() for k, c in view.run.figures.cells.items()} == {
        k: c.counts() for k, c in fresh.figures.cells.items()}
    window.lock()
    qtbot.waitUntil(lambda: not fact_cache.has_cache(engine), timeout=WAIT_MS)
    assert view.run is None
