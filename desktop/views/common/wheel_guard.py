"""The mouse wheel scrolls the page; it never changes a field the user is not in.

A wheel turned over a closed drop-down, a spin box, a date edit or a slider would otherwise
change its value while the user only meant to scroll the form (a client's sex changed that
way). The shell's application-wide event filter (desktop/views/shell/input_filter.py) passes every
Polish and Wheel event to `guard_wheel`, which covers every screen and every dialog: such a widget
takes focus only by click or Tab, and a wheel over it while it has no focus goes to the scroll area
around it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget


def is_value_widget(widget: QObject) -> bool:
    """A widget whose value a wheel would change."""
    if isinstance(widget, QScrollBar):
        return False  # scrolling is what a scroll bar's wheel is for
    return isinstance(widget, QComboBox | QAbstractSpinBox | QAbstractSlider)


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


POLISH, WHEEL = QEvent.Type.Polish, QEvent.Type.Wheel
WHEEL_KINDS = frozenset({POLISH, WHEEL})  # the kinds guard_wheel judges


def guard_wheel(watched: QObject, event: QEvent, kind: QEvent.Type) -> bool:
    """For a Polish or Wheel event (`kind`, its type): True when the wheel is swallowed."""
    if kind == POLISH:
        # Without the wheel bit: turning the wheel over it no longer gives it focus first.
        wheel_focus = Qt.FocusPolicy.WheelFocus
        if is_value_widget(watched) and watched.focusPolicy() & wheel_focus == wheel_focus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False
    if kind != WHEEL or not isinstance(watched, QWidget):
        return False
    target = watched
    if not is_value_widget(target):  # a spin box's line edit, say: its owner decides
        parent = target.parentWidget()
        if parent is None or not is_value_widget(parent):
            return False
        target = parent
    if target.hasFocus():
        return False  # the user is in it: the wheel may step its value
    area = _scroll_area_around(target)
    if area is not None:
        vertical = abs(event.angleDelta().y()) >= abs(event.angleDelta().x())
        bar = area.verticalScrollBar() if vertical else area.horizontalScrollBar()
        if bar is not None and bar.isVisible():
            QCoreApplication.sendEvent(bar, event)
    return True  # swallowed: never the value


class WheelGuard(QObject):
    """The guard alone, as a filter of its own, where a screen is shown without the shell (the tests
    of one screen): QApplication.instance().installEventFilter(WheelGuard(parent))."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        return kind in WHEEL_KINDS and guard_wheel(watched, event, kind)
