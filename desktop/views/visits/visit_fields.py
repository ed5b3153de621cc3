"""Small pieces the visit screens share: the time field, who goes, marking refused fields,
and how a visit reads."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from desktop.views.common.field_widgets import CheckList, FieldSlot, format_date
from desktop.views.common.labels import field_error_message
from domain.errors import FieldError

_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.h ]?(\d{2}))?\s*$")


def parse_time(text: str) -> str:
    """A time as people type it (14:30, 1430, 14.30, 9:30, 9) as hh:mm; "" when empty; the
    text as typed when it is no time, so the check reports it instead of it vanishing."""
    text = text.strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2) or 0)
        if hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}"
    return text


class TimeField(QLineEdit):
    """An optional time of day, tidied to hh:mm when the field is left."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)
        self.textEdited.connect(lambda _text: self.changed.emit())
        self.editingFinished.connect(self._tidy)

    def value(self) -> str:
        return parse_time(self.text())

    def set_value(self, value: str | None) -> None:
        self.setText(value or "")

    def _tidy(self) -> None:
        tidy = parse_time(self.text())
        if tidy != self.text():
            self.setText(tidy)


class VisitorList(CheckList):
    """Who goes on a visit: workers from store.directory.workers(), checked with Space."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, columns=3)

    def set_workers(self, workers: list[dict]) -> None:
        self.set_items([(w["id"], w["name"]) for w in workers])


def show_slot_errors(slots: dict[str, FieldSlot], errors: dict) -> None:
    """Mark each field with its FieldError and clear the others; the first one wrong gets the focus."""
    for key, slot in slots.items():
        if key in errors:
            slot.set_error(field_error_message(FieldError(errors[key])))
        else:
            slot.clear_error()
    first = next((key for key in slots if key in errors), None)
    if first:
        slots[first].setFocus()


def client_address(record: dict) -> str:
    """Where the client lives, as written on a visit: street, postcode and city."""
    place = " ".join(p for p in (record.get("address_postcode"), record.get("address_city")) if p)
    return ", ".join(p for p in (record.get("address_street"), place) if p)


def worker_names(worker_ids: list[str] | None, names: dict[str, str]) -> str:
    return ", ".join(names.get(w, "?") for w in worker_ids or [])


def day_text(iso: str | None) -> str:
    """The date with its weekday, as a visit is talked about: "wo 11-03-2026"."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {format_date(iso)}"
