"""The date field's calendar: made when the picker first opens, and a picked day fills the field."""

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QCalendarWidget

from desktop.views.common.field_widgets import DateField


def _open_picker_and(qtbot, field: DateField, then) -> None:
    """Click the picker's button; its menu runs a loop of its own, so `then` runs inside it."""
    seen = {}

    def inside():
        calendars = field.findChildren(QCalendarWidget)
        seen["calendars"] = len(calendars)
        seen["selected"] = calendars[0].selectedDate() if calendars else None
        seen["visible"] = bool(calendars) and calendars[0].isVisible()
        then(calendars[0] if calendars else None)
        field._menu.hide()  # a pick hides it itself; this ends the loop otherwise

    QTimer.singleShot(100, inside)
    field.button.click()
    qtbot.waitUntil(lambda: "calendars" in seen, timeout=5000)
    return seen


def test_a_date_field_builds_no_calendar_until_its_picker_opens_then_shows_the_typed_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.set_value("2026-03-02")
    assert field.findChildren(QCalendarWidget) == []  # a screen of many dates builds none

    seen = _open_picker_and(qtbot, field, lambda _calendar: None)
    assert seen["calendars"] == 1 and seen["visible"]
    assert seen["selected"] == QDate(2026, 3, 2)

    seen = _open_picker_and(qtbot, field, lambda _calendar: None)
    assert seen["calendars"] == 1  # made once, opened again


def test_a_day_picked_in_the_calendar_fills_the_field(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    changes = []
    field.changed.connect(lambda: changes.append(field.value()))

    _open_picker_and(qtbot, field, lambda calendar: calendar.clicked.emit(QDate(2027, 1, 15)))
    assert field.value() == date(2027, 1, 15).isoformat()
    assert field.edit.text() == "15-01-2027" and changes[-1] == "2027-01-15"
    assert not field._menu.isVisible()
