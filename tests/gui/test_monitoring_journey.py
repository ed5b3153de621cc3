"""The journey in the monitoring room: the ratings chart and the stories the persons agreed to share,
never one kept in the file, a name only where the person agreed to be named; filtered by stage and
period; a story opens its person's file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from desktop.views.monitoring.dashboard_view import DashboardView
from desktop.views.monitoring.journey_view import PERSON, TITLE, JourneyView
from tests.gui.conftest import TIMEOUT_MS

DAY = date.today() - timedelta(days=10)


@pytest.fixture
def told(store):
    worker = store.directory.add_worker("Joost Bakker", "coordinator", None)
    store.set_current_worker(worker)
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    omar = store.clients.create({"given_names": "Omar", "family_name": "Said"})

    def tell(client, title, use, stage="arrival_housing", day=DAY):
        return store.journey.tell(client, {"stage": stage, "told_by_kind": "person", "told_on": day.isoformat(),
                                           "title": title, "text_nl": "Tekst", "consent_use": use,
                                           "consent_on": day.isoformat() if use != "none" else None})
    ids = {"kept": tell(amina, "Alleen in het dossier", "none"), "anonymous": tell(amina, "Zonder naam", "anonymous"),
           "named": tell(omar, "Met naam", "named", stage="work_school"),
           "old": tell(omar, "Lang geleden", "named", day=DAY - timedelta(days=800))}
    for kind, rating in (("person", "+"), ("partner", "-"), ("worker", "0")):
        store.journey.rate(amina, {"stage": "arrival_housing", "rating": rating, "rated_by_kind": kind,
                                   "reason": "omdat", "rated_on": DAY.isoformat()})
    return {"amina": amina, "omar": omar, **ids}


@pytest.fixture
def view(qtbot, worker, told):
    widget = JourneyView(worker)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitSignal(widget.shown, timeout=TIMEOUT_MS):
        widget.show()  # read when shown
    return widget


def _rows(view) -> dict[str, str]:
    return {view.stories.topLevelItem(i).text(TITLE): view.stories.topLevelItem(i).text(PERSON)
            for i in range(view.stories.topLevelItemCount())}


def test_only_consented_stories_are_listed_and_a_name_only_by_consent(view):
    assert _rows(view) == {"Met naam": "Omar Said", "Zonder naam": "(anonymous)"}  # not the kept nor the old one


def test_the_chart_counts_each_voice_of_each_stage(view):
    groups = dict(view.chart.groups)
    assert len(view.chart.groups) == 8
    housing = [group for label, group in view.chart.groups if label in ("Arrival and housing",
                                                                       "Aankomst en huisvesting")][0]
    assert [(c.plus, c.neutral, c.minus) for _, c in housing] == [(1, 0, 0), (0, 0, 1), (0, 1, 0)]
    assert groups and view.chart.height() > 300


def test_the_stage_and_the_period_filter_the_stories(qtbot, view):
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.stage_box.setCurrentIndex(view.stage_box.findData("work_school"))
    assert _rows(view) == {"Met naam": "Omar Said"}
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.stage_box.setCurrentIndex(0)
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.since.setDate(QDate(DAY - timedelta(days=900)))
    assert set(_rows(view)) == {"Met naam", "Zonder naam", "Lang geleden"}
    with qtbot.waitSignal(view.shown, timeout=TIMEOUT_MS):
        view.until.setDate(QDate(DAY - timedelta(days=1)))
    assert set(_rows(view)) == {"Lang geleden"}


def test_a_story_opens_the_file_of_its_person(qtbot, view, told):
    for i in range(view.stories.topLevelItemCount()):
        if view.stories.topLevelItem(i).text(TITLE) == "Zonder naam":
            view.stories.setCurrentItem(view.stories.topLevelItem(i))
    assert "Amina" not in view.story_text.toPlainText()  # anonymous: no name in the text shown either
    with qtbot.waitSignal(view.open_client, timeout=TIMEOUT_MS) as opened:
        view.open_button.click()
    assert opened.args == [told["amina"]]


def test_the_dashboard_holds_the_journey_beside_the_figures_and_a_lock_empties_it(qtbot, worker, told):
    dashboard = DashboardView(worker)
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 700)
    dashboard.show()
    with qtbot.waitSignal(dashboard.journey.shown, timeout=TIMEOUT_MS):
        dashboard.pages.setCurrentWidget(dashboard.journey)
    assert dashboard.journey.stories.topLevelItemCount() == 2
    dashboard.clear()
    assert dashboard.journey.stories.topLevelItemCount() == 0 and dashboard.journey.chart.groups == []
