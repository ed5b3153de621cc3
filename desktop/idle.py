"""Lock on idle: any key or mouse input anywhere in the app counts as activity.

The watcher is told of input (`note_input`) by the shell's one application-wide event filter
(desktop/views/shell/input_filter.py); it installs no filter of its own.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


class IdleWatcher(QObject):
    """Emits `idle()` once after the set time without input; starts paused (nothing to lock).

    Input only records a timestamp: mouse moves arrive by the hundred, and restarting a
    timer for each would cost more than this check when the timer fires.
    """

    idle = Signal()

    def __init__(self, minutes: int = 5, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = time.monotonic  # the time input is judged by; a test sets its own
        self._interval = minutes * 60.0
        self._last_input = self.clock()
        self._paused = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def interval_seconds(self) -> float:
        return self._interval

    @property
    def is_paused(self) -> bool:
        return self._paused

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_seconds(minutes * 60.0)

    def set_interval_seconds(self, seconds: float) -> None:
        """Seconds rather than minutes, so tests need not wait minutes."""
        self._interval = max(0.05, float(seconds))
        if not self._paused:
            self._timer.start(0)  # re-judge against the new interval

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self._last_input = self.clock()
        self._timer.start(self._ms(self._interval))

    @property
    def last_input(self) -> float:
        """When input was last seen, by `clock`."""
        return self._last_input

    def note_input(self) -> None:
        """Input was seen (a kind in ACTIVITY)."""
        self._last_input = self.clock()

    def _check(self) -> None:
        if self._paused:
            return
        remaining = self._interval - (self.clock() - self._last_input)
        if remaining > 0:
            self._timer.start(self._ms(remaining))
            return
        self.pause()  # once per resume: whoever locks resumes after the unlock
        self.idle.emit()

    @staticmethod
    def _ms(seconds: float) -> int:
        return max(1, int(seconds * 1000) + 1)
