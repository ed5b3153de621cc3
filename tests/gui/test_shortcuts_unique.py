"""No key is defined twice where both could fire: walk every screen of the real window and check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.shell.work_pages import PLAN_TAB
from tests.gui.conftest import TIMEOUT_MS, start_window, two_clients_one_with_plan, unlock_window
from tests.gui.shortcut_scope import clashes, live_mnemonics, live_shortcuts


@pytest.fixture
def client_ids(store_dir):
    return two_clients_one_with_plan(store_dir)


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, client_ids):
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, win)
    return win


def _screens(qtbot, win, client_ids):
    """Yield a name for each screen as it is shown."""
    yield "caseload"
    for client_id, label in zip(client_ids, ("with a plan", "without a plan"), strict=True):
        win.workspace.open_client(client_id)
        qtbot.waitUntil(lambda c=client_id: win.editor.client_id == c, timeout=TIMEOUT_MS)
        for tab in range(win.workspace.tabs.count()):
            win.workspace.show_tab(tab)
            QApplication.processEvents()
            if tab == PLAN_TAB:
                expected = "plan" if label == "with a plan" else "start"
                qtbot.waitUntil(lambda e=expected: win.workspace.plan.page == e, timeout=TIMEOUT_MS)
                if expected == "plan":
                    for section in range(win.workspace.plan.sections.count()):
                        win.workspace.plan.show_section(section)
                        yield f"client {label}, plan section {section}"
                    continue
            yield f"client {label}, tab {tab}"
    win.show_agenda()
    yield "agenda"
    win.show_my_actions()
    yield "my actions"
    win.show_caseload()
    dialog = win.open_settings()
    yield "settings dialog"
    dialog.reject()
    for opener in (win.open_conflicts, win.open_rejects, win.open_duplicates):
        dialog = opener()
        yield f"dialog {type(dialog).__name__}"
        dialog.reject()


# What one walk over every screen found, per language: (clashes of shortcuts, clashes of shortcuts and
# Alt+letters) per screen. Both checks read the same screens, so a process walks once per language.
_WALKS: dict[str, dict[str, tuple[list[str], list[str]]]] = {}


def _walk(qtbot, language, app_worker, settings, store_dir, client_ids) -> dict[str, tuple[list[str], list[str]]]:
    if language not in _WALKS:
        win = start_window(qtbot, app_worker, settings, store_dir)
        unlock_window(qtbot, win)
        walk = {}
        for screen in _screens(qtbot, win, client_ids):
            shortcuts = live_shortcuts()
            walk[screen] = (clashes(shortcuts), clashes(shortcuts + live_mnemonics()))
        _WALKS[language] = walk
    return _WALKS[language]


@pytest.fixture
def english():
    from desktop.app import install_translators

    install_translators(QApplication.instance(), "en")
    return "en"


def test_no_shortcut_is_ambiguous_on_any_screen(qtbot, english, app_worker, settings, store_dir, client_ids):
    walk = _walk(qtbot, english, app_worker, settings, store_dir, client_ids)
    assert len(walk) > 10  # every screen was shown
    found = {screen: problems for screen, (problems, _) in walk.items() if problems}
    assert found == {}


def test_alt_1_2_3_switch_pages_with_the_plan_open(qtbot, window, client_ids):
    window.workspace.open_client(client_ids[0], PLAN_TAB)
    qtbot.waitUntil(lambda: window.workspace.plan.page == "plan", timeout=TIMEOUT_MS)
    window.workspace.plan.sections.widget(1).setFocus()  # focus inside the plan
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.agenda is not None and window.work_pages.currentWidget() is window.agenda,
                    timeout=TIMEOUT_MS)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.work_pages.currentWidget() is window.splitter


@pytest.fixture(params=["en", "nl"])
def language(request):
    from desktop.app import install_translators

    app = QApplication.instance()
    installed = install_translators(app, request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    install_translators(app, "en")  # the source language again, for the tests after


def test_no_alt_letter_is_taken_twice_on_any_screen(qtbot, language, app_worker, settings, store_dir, client_ids):
    # Alt+letter of a label or button: two on one screen and Qt only moves between them.
    walk = _walk(qtbot, language, app_worker, settings, store_dir, client_ids)
    assert len(walk) > 10  # every screen was shown
    found = {screen: problems for screen, (_, problems) in walk.items() if problems}
    assert found == {}
