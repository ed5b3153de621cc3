"""Keyboard shortcuts with the scope they are meant to have.

PySide6 drops the context given to QShortcut(keys, parent, slot, context) (positional or by
keyword): every such shortcut silently became window-wide, and two sections' Alt+1 or Del then
made the key "ambiguous" everywhere. Build them here: the context is set after construction.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def shortcut(keys: QKeySequence | QKeySequence.StandardKey | str, parent: QWidget, slot: Callable[[], object],
             context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut live only where `context` says (by default: while the focus is inside `parent`)."""
    made = QShortcut(QKeySequence(keys), parent)
    made.setContext(context)
    made.activated.connect(slot)
    return made
