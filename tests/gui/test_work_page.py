"""The work page as a whole: a client's tabs, the agenda and My actions, and what a lock leaves."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, start_window, unlock_window
from tests.gui.screen_text import shown, texts

# The client's name, and words typed into each kind of fieldwork: none may outlive a lock.
PRIVATE = ("Haddad", "Kapperszaak", "Huurachterstand", "Taalmaatje zoeken", "Marieke van COA")


def in_tab(tab, text: str) -> bool:
    return any(text in t for widget in [tab, *tab.findChildren(QWidget)] for t in texts(widget))


@pytest.fixture
def filled(store_dir):
    store = new_store(store_dir)
    try:
        joost = store.directory.add_worker("Joost Bakker", "begeleider", None)
        store.set_current_worker(joost)
        amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "begeleider_id": joost})
        handover = store.handovers.start(amina, {"coa_name": "Marieke van COA"})
        store.handovers.save_part(handover, amina, "education_work", {"profession": "Kapperszaak"})
        intake = store.intakes.start(amina, {"held_on": "2026-11-02"})
        store.intakes.save_part(intake, amina, "wishes", {"own_wishes": "Taalmaatje zoeken"})
        visit = store.visits.plan(amina, {"planned_on": date.today().isoformat(), "visitor_ids": [joost]})
        store.visits.save_part(visit, amina, "money", {"state": "urgent"}, "Huurachterstand")
        plan = store.plans.start(amina, seed_goals=False)
        store.plans.actions.add(plan, {"description": "Taalmaatje zoeken", "worker_id": joost,
                                       "due_on": (date.today() - timedelta(days=2)).isoformat()})
    finally:
        store.close()
    return {"amina": amina, "joost": joost}


def test_every_tab_and_page_shows_its_part_and_a_lock_leaves_nothing(qtbot, app_worker, settings, store_dir,
                                                                     filled):
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    workspace = window.workspace
    workspace.open_client(filled["amina"])
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Amina Haddad"), timeout=TIMEOUT_MS)

    for index, text in ((1, "Marieke van COA"), (2, "Taalmaatje zoeken"), (3, "Taalmaatje zoeken"),
                        (4, date.today().strftime("%d-%m-%Y"))):
        qtbot.keyClick(workspace, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert workspace.tabs.currentIndex() == index
        # Loaded into the tab's widgets (on a part or section not in view, maybe).
        qtbot.waitUntil(lambda t=text: in_tab(workspace.tabs.currentWidget(), t), timeout=TIMEOUT_MS)

    window.actions_page_action.trigger()  # Alt+3
    assert window.work_pages.currentWidget() is window.my_actions
    qtbot.waitUntil(lambda: bool(shown(("Taalmaatje zoeken",), visible_only=True)), timeout=TIMEOUT_MS)
    window.agenda_page_action.trigger()  # Alt+2
    qtbot.waitUntil(lambda: bool(shown(("Haddad",), visible_only=True)), timeout=TIMEOUT_MS)

    window.lock()
    assert shown(PRIVATE, visible_only=False) == []
    unlock_window(qtbot, window)
    assert window.work_pages.currentWidget() is window.agenda  # back on the page left at the lock


def test_a_new_client_has_no_fieldwork_until_saved(qtbot, app_worker, settings, store_dir, filled):
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    window.new_client_action.trigger()
    tabs = window.workspace.tabs
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [True] + [False] * (tabs.count() - 1)
    window.workspace.open_client(filled["amina"])
    qtbot.waitUntil(lambda: tabs.isTabEnabled(4), timeout=TIMEOUT_MS)
