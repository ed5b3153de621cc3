"""The plan's own fields on screen (route, dates, money), each saved on its own as it is edited.

One write per field, so a refusal (A2 with the onderwijsroute, a PIP date before the duty)
names the field just changed and nothing else is held back. A refused value stays in its
widget, marked, and is not stored; once another field is saved it is offered again, since
the other field may have been what made it wrong.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QWidget

from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import CheckList, DateField, FieldSlot, value_changed_signal
from desktop.views.common.plan_labels import plan_error_message
from desktop.views.plan.plan_widgets import set_combo_value
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)

CHANGES = {"plans"}


def read_widget(widget: QWidget):
    if isinstance(widget, DateField):
        return widget.value()
    if isinstance(widget, CheckList):
        return widget.value()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QLineEdit):
        if widget.validator() is not None:  # a number
            text = widget.text().strip()
            return int(text) if text.isdigit() else (text or None)
        return widget.text()
    raise TypeError(type(widget).__name__)


def write_widget(widget: QWidget, value) -> None:
    if isinstance(widget, DateField):
        widget.set_value(value)
    elif isinstance(widget, CheckList):
        widget.set_value(value or [])
    elif isinstance(widget, QComboBox):
        set_combo_value(widget, value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    else:
        raise TypeError(type(widget).__name__)


class HeaderFields(QObject):
    """Binds header fields to their FieldSlots and saves each through the Autosaver."""

    edited = Signal(str)  # a field the person changed

    def __init__(self, autosaver: Autosaver, parent: QObject | None = None):
        super().__init__(parent)
        self._autosaver = autosaver
        self._slots: dict[str, FieldSlot] = {}
        self._plan_id: str | None = None
        self._loading = False
        self._refused: dict[str, str] = {}  # field -> code: typed here, not stored
        self._stored_problems: dict[str, str] = {}  # rules the stored plan breaks now
        self._edited: set[str] = set()  # changed here since last shown from the store
        self._last: dict[str, object] = {}  # each field's value when last shown or scheduled
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)

    def add(self, field: str, slot: FieldSlot) -> None:
        self._slots[field] = slot
        value_changed_signal(slot.field).connect(lambda *_args, f=field: self._changed(f))

    def slot(self, field: str) -> FieldSlot:
        return self._slots[field]

    def fields(self) -> list[str]:
        return list(self._slots)

    def set_plan(self, plan_id: str | None) -> None:
        if plan_id != self._plan_id:
            self._plan_id = plan_id
            self._refused.clear()
            self._edited.clear()

    def show(self, plan: dict, problems: dict | None = None) -> None:
        """Show the stored values, except where the person's own value must stay: a refused one,
        or one being typed and not yet written back."""
        self._stored_problems = {f: str(c) for f, c in (problems or {}).items() if f in self._slots}
        busy = self._autosaver.has_pending() or self._autosaver.is_saving()
        focused = QApplication.focusWidget()
        self._loading = True
        try:
            for field, slot in self._slots.items():
                if field in self._refused:
                    continue
                if field in self._edited and (busy or self._holds_focus(slot, focused)):
                    continue
                write_widget(slot.field, plan.get(field))
                self._last[field] = self.value(field)
                self._edited.discard(field)
        finally:
            self._loading = False
        self._mark_all()

    def clear(self) -> None:
        self._plan_id = None
        self._refused.clear()
        self._stored_problems.clear()
        self._edited.clear()
        self._last.clear()
        self._loading = True
        try:
            for slot in self._slots.values():
                write_widget(slot.field, None)
                slot.clear_error()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for slot in self._slots.values():
            slot.field.setEnabled(not read_only)

    def value(self, field: str):
        return read_widget(self._slots[field].field)

    def show_problems(self, problems: dict) -> None:
        """Mark fields the store refused something else on (agreeing without a leerroute, say)."""
        for name, code in problems.items():
            if name in self._slots:
                self._stored_problems[name] = str(code)
                self._mark(name)

    def refused(self) -> dict[str, str]:
        return dict(self._refused)

    # -- inside --------------------------------------------------------------------
    @staticmethod
    def _holds_focus(slot: FieldSlot, focused: QWidget | None) -> bool:
        return focused is not None and (focused is slot.field or slot.field.isAncestorOf(focused))

    def _key(self, field: str) -> str:
        return f"{self._plan_id}/plan/{field}"

    def _changed(self, field: str) -> None:
        if self._loading or self._plan_id is None:
            return
        if field in self._last and self.value(field) == self._last[field]:
            return  # a widget announcing a change that changed nothing (a list laid out anew)
        self._edited.add(field)
        self._refused.pop(field, None)
        self._schedule(field)
        self.edited.emit(field)

    def _schedule(self, field: str) -> None:
        plan_id, value = self._plan_id, self.value(field)
        self._last[field] = value
        self._autosaver.schedule(self._key(field), lambda store: store.plans.update(plan_id, {field: value}),
                                 CHANGES)

    def _field_of(self, key: str) -> str | None:
        prefix = f"{self._plan_id}/plan/"
        return key[len(prefix):] if self._plan_id and key.startswith(prefix) else None

    def _saved(self, key: str) -> None:
        field = self._field_of(key)
        if field is None:
            return
        self._refused.pop(field, None)
        self._stored_problems.pop(field, None)
        self._mark(field)
        for other in list(self._refused):  # the change may have made it right
            self._schedule(other)

    def _failed(self, key: str, error: BaseException) -> None:
        field = self._field_of(key)
        if field is None:
            return
        if not isinstance(error, RecordInvalid):
            log.error("saving the plan failed", exc_info=error)
            return
        for name, code in error.errors.items():
            if name in self._slots:
                self._refused[name] = str(code)
                self._mark(name)

    def _mark_all(self) -> None:
        for field in self._slots:
            self._mark(field)

    def _mark(self, field: str) -> None:
        code = self._refused.get(field) or self._stored_problems.get(field)
        slot = self._slots[field]
        if code:
            slot.set_error(plan_error_message(code))
        else:
            slot.clear_error()


def bind(fields: HeaderFields, mapping: dict[str, FieldSlot]) -> None:
    for name, slot in mapping.items():
        fields.add(name, slot)

