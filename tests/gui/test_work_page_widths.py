"""The work page keeps the widths the person sees: no tab of a client widens the file beside the caseload."""

from __future__ import annotations

import pytest

from tests.gui.conftest import TIMEOUT_MS, start_window, two_clients_one_with_plan, unlock_window

PLAN_TAB = 3


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_no_tab_or_plan_section_of_a_client_narrows_the_caseload(qtbot, app_worker, settings, store_dir, size):
    with_plan, _ = two_clients_one_with_plan(store_dir)
    window = start_window(qtbot, app_worker, settings, store_dir)
    window.resize(*size)
    unlock_window(qtbot, window)
    workspace = window.workspace
    workspace.open_client(with_plan)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Amina Yusuf"), timeout=TIMEOUT_MS)
    caseload_width = window.splitter.sizes()[0]
    seen = []
    for tab in range(workspace.tabs.count()):
        workspace.show_tab(tab)
        qtbot.wait(50)  # a built panel's size hints reach the splitter on the next layout pass
        seen.append((tab, window.splitter.sizes()[0]))
    plan = workspace.plan
    qtbot.waitUntil(lambda: plan.page == "plan", timeout=TIMEOUT_MS)
    workspace.show_tab(PLAN_TAB)
    for section in range(plan.sections.count()):
        plan.sections.setCurrentIndex(section)
        qtbot.wait(50)
        seen.append((f"plan {section}", window.splitter.sizes()[0]))
    assert all(width == caseload_width for _, width in seen), (caseload_width, seen)
    # and every page of the file fits the width the work page gives it
    assert workspace.minimumSizeHint().width() <= window.splitter.sizes()[1]


@pytest.mark.parametrize("page", ["agenda", "my_actions", "monitoring", "workshops", "socialmap"])
def test_no_work_page_makes_the_window_taller_than_a_1280x720_screen(qtbot, app_worker, settings, store_dir, page):
    """A page whose forms or lists need more height scrolls inside itself: at 1280x720 the window stays
    within the screen (a form that grew once made the workshop page 823 pixels tall)."""
    two_clients_one_with_plan(store_dir)
    window = start_window(qtbot, app_worker, settings, store_dir)
    window.resize(1280, 720)
    unlock_window(qtbot, window)
    getattr(window, f"show_{page}")()
    widget = getattr(window, page)
    qtbot.wait(100)
    assert widget.minimumSizeHint().height() <= window.work_pages.height(), page
    assert window.height() == 720, page
