"""Where the worker was when the lock came: the page, the client, the tab, the field and the cursor.

Only references to widgets and record ids are held while locked, never what a widget showed;
the client file's unsaved text itself waits in the encrypted draft (client/client_draft.py).
After the unlock the same place is shown again once its panel has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from desktop.views.common.form_draft import cursor_of, put_cursor

RETRY_MS = 100
RETRIES = 50  # five seconds for the panel to load


@dataclass
class WorkPlace:
    page: str  # "caseload", "agenda" or "my_actions"
    client_id: str | None
    tab: int
    tabs: list[tuple[QTabWidget, int]] = field(default_factory=list)  # every tab widget around the focus
    focus: QWidget | None = None
    cursor: int | None = None


def capture(page: str, workspace) -> WorkPlace:
    focus = QApplication.focusWidget()
    place = WorkPlace(page, workspace.client_id, workspace.tabs.currentIndex())
    if focus is not None and workspace.isAncestorOf(focus):
        place.focus, place.cursor = focus, cursor_of(focus)
        parent = focus.parentWidget()
        while parent is not None and parent is not workspace:
            if isinstance(parent, QTabWidget):
                place.tabs.append((parent, parent.currentIndex()))
            parent = parent.parentWidget()
    return place


def restore_focus(place: WorkPlace, editor: QWidget, tries: int = RETRIES) -> None:
    """Focus the field and cursor once the panel shows it again (the client file does its own,
    with the draft)."""
    widget = place.focus
    if widget is None or not shiboken6.isValid(widget) or editor.isAncestorOf(widget):
        return
    for tab_widget, index in reversed(place.tabs):
        if shiboken6.isValid(tab_widget) and tab_widget.isVisible() and tab_widget.currentIndex() != index:
            tab_widget.setCurrentIndex(index)
    if widget.isVisible() and widget.isEnabled():
        widget.setFocus()
        put_cursor(widget, place.cursor)
    elif tries > 0:
        QTimer.singleShot(RETRY_MS, lambda: restore_focus(place, editor, tries - 1))
