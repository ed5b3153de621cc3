"""The shell's one application-wide event filter: input for the idle lock, the lock key from
inside a modal dialog, and the wheel guard.

Every event of the app (paints, timers, layout requests: thousands while a screen is built) passes
an application-wide filter, and in PySide each `event.type()` makes a Python enum anew. One filter
asks the type once and hands each duty only the kinds it needs; three filters made three Python calls
and three enums per event, some 8 % of the GUI thread's time while screens were built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence

from desktop.idle import ACTIVITY
from desktop.views.common.wheel_guard import WHEEL_KINDS, guard_wheel

if TYPE_CHECKING:
    from desktop.views.shell.main_window import MainWindow

KEY_PRESS = QEvent.Type.KeyPress


class InputFilter(QObject):
    """Install once per window: QApplication.instance().installEventFilter(InputFilter(window))."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in ACTIVITY:
            self._window.idle_watcher.note_input()
            if kind == KEY_PRESS:
                return self._lock_key(event)
        if kind in WHEEL_KINDS:
            return guard_wheel(watched, event, kind)  # a wheel scrolls; it never changes an unfocused field
        return False

    def _lock_key(self, event: QEvent) -> bool:
        """The lock key from inside a modal dialog too, where the window's shortcuts are blocked:
        a shortcut that fires never arrives as a key press; one that a modal blocked does."""
        window = self._window
        if window.is_locked:
            return False
        pressed = QKeySequence(event.keyCombination())
        if pressed.matches(window.lock_action.shortcut()) == QKeySequence.SequenceMatch.ExactMatch:
            window.lock()
            return True
        return False
