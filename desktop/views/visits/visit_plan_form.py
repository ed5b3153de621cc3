"""Planning a home visit: date, time, address and who goes. The form only holds values;
the visits panel checks and stores them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import DateField, FieldSlot
from desktop.views.common.shortcuts import shortcut
from desktop.views.visits.visit_fields import TimeField, VisitorList, show_slot_errors


class VisitPlanForm(QFrame):
    """New plan or a change to one; `submitted` carries the plan's fields, unchecked."""

    submitted = Signal(dict)
    cancelled = Signal()
    edited = Signal()  # typed into (not filled by the program): the panel keeps the draft

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visitPlanForm")
        self.setStyleSheet("QFrame#visitPlanForm { background: #ffffff; border: 1px solid #d8dde3; "
                           "border-radius: 6px; }")
        self.visit_id: str | None = None  # the visit whose plan is changed; None: a new one
        self._filling = False

        self._title = QLabel(self)
        self._title.setStyleSheet("font-weight: 600;")
        self.date = DateField(self)
        self.date.setObjectName("planDate")
        self.date.edit.setObjectName("planDateEdit")
        self.date.edit.setAccessibleName(self.tr("Date of the visit"))
        self.time = TimeField(self)
        self.time.setObjectName("planTime")
        self.time.setAccessibleName(self.tr("Time of the visit"))
        self.time.setMaximumWidth(90)
        self.address = QLineEdit(self)
        self.address.setObjectName("planAddress")
        self.address.setMaxLength(300)
        self.address.setAccessibleName(self.tr("Address of the visit"))
        self.visitors = VisitorList(self)
        self.visitors.setObjectName("planVisitors")
        self.visitors.setAccessibleName(self.tr("Who goes"))
        self.visitors.setToolTip(self.tr("Space checks the worker under the cursor"))
        self._slots = {
            "planned_on": FieldSlot(self.date, self),
            "planned_time": FieldSlot(self.time, self),
            "address": FieldSlot(self.address, self),
            "visitor_ids": FieldSlot(self.visitors, self),
        }

        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitPlan")
        self.submit_button.setProperty("primary", True)
        self.submit_button.clicked.connect(self._submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelPlan")
        self.cancel_button.clicked.connect(self.cancelled)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut(keys, self, self._submit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut(Qt.Key.Key_Escape, self, self.cancelled.emit, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for signal in (self.date.changed, self.time.changed, self.address.textEdited, self.visitors.changed):
            signal.connect(self._edited)
        # Enter in a one-line field plans the visit, as in a dialog.
        for edit in (self.date.edit, self.time, self.address):
            edit.returnPressed.connect(self._submit)

        when = QHBoxLayout()
        when.setSpacing(12)
        self._slots["planned_on"].setMinimumWidth(210)  # room for its error message on one line
        when.addWidget(self._slots["planned_on"], 0, Qt.AlignmentFlag.AlignTop)
        time_label = QLabel(self.tr("&Time"), self)
        time_label.setBuddy(self.time)
        time_label.setMinimumHeight(self.time.sizeHint().height())  # level with the fields, errors below
        when.addSpacing(6)
        when.addWidget(time_label, 0, Qt.AlignmentFlag.AlignTop)
        when.addWidget(self._slots["planned_time"], 0, Qt.AlignmentFlag.AlignTop)
        when.addStretch(1)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        date_label = QLabel(self.tr("&Date *"), self)
        date_label.setBuddy(self.date.edit)
        form.addRow(date_label, when)
        form.addRow(self._label(self.tr("&Address"), self.address), self._slots["address"])
        form.addRow(self._label(self.tr("&Who goes *"), self.visitors), self._slots["visitor_ids"])
        buttons = QHBoxLayout()
        hint = QLabel(self.tr("Ctrl+Enter plans, Esc cancels"), self)
        hint.setProperty("role", "hint")
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.date.edit, self.time)
        QWidget.setTabOrder(self.time, self.address)
        QWidget.setTabOrder(self.address, self.visitors)
        QWidget.setTabOrder(self.visitors, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.submit_button)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- public ------------------------------------------------------------------
    def set_workers(self, workers: list[dict]) -> None:
        self.visitors.set_workers(workers)

    def start_new(self, address: str, visitor_ids: list[str]) -> None:
        self.visit_id = None
        self._title.setText(self.tr("Plan a visit"))
        self.submit_button.setText(self.tr("Plan &visit"))
        self._fill({"planned_on": None, "planned_time": "", "address": address, "visitor_ids": visitor_ids})
        self.date.edit.setFocus()

    def start_change(self, visit: dict) -> None:
        self.visit_id = visit["id"]
        self._title.setText(self.tr("Change the plan"))
        self.submit_button.setText(self.tr("Sa&ve plan"))
        self._fill(visit)
        self.date.edit.setFocus()

    def values(self) -> dict:
        return {"planned_on": self.date.value() or "", "planned_time": self.time.value(),
                "address": self.address.text().strip(), "visitor_ids": self.visitors.value()}

    def restore(self, values: dict) -> None:
        """Fill in again what was typed before a lock."""
        self._fill(values)

    def show_errors(self, errors: dict) -> None:
        show_slot_errors(self._slots, errors)

    def error(self, key: str) -> str:
        return self._slots[key].error

    def clear(self) -> None:
        self.visit_id = None
        self._fill({"planned_on": None, "planned_time": "", "address": "", "visitor_ids": []})
        self.visitors.set_items([])

    # -- inside ------------------------------------------------------------------
    def _fill(self, values: dict) -> None:
        self._filling = True
        try:
            self.date.set_value(values.get("planned_on"))
            self.time.set_value(values.get("planned_time"))
            self.address.setText(values.get("address") or "")
            self.visitors.set_value(values.get("visitor_ids") or [])
        finally:
            self._filling = False
        self.show_errors({})

    def _edited(self, *_args) -> None:
        if not self._filling and not self.isHidden():
            self.edited.emit()

    def _submit(self) -> None:
        if self.isVisible():
            self.submitted.emit(self.values())
