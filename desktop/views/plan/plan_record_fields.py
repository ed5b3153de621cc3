"""What a list of plan records is made of: its fields, its columns, and the editor's inputs.

Goals, actions, tranches, debt signals and milestones are each a list with an editor
under it (plan_records.py); a Spec says which fields, columns and checks one of them has.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.views.common.field_widgets import DateField
from desktop.views.plan.plan_widgets import choice_combo, format_euros, parse_euros, set_combo_value


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text, date, choice, check, money
    choices: tuple = ()  # (code, label) pairs; set_choices() for those known only later
    empty: str | None = ""  # the label of "nothing chosen"; None: always a choice
    stretch: int = 1  # share of the editor row's width
    placeholder: str = ""
    max_length: int = 500


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[dict], str]
    stretch: bool = False
    field: str = ""  # the field it shows, for tests and tooltips
    width: int = 0  # a starting width people may change; 0: as wide as its contents


@dataclass(frozen=True)
class Spec:
    part: str  # the store's repository: store.plans.<part>
    entity: str  # its table, the change announced after a write
    fields: tuple[Field, ...]
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]  # the editor: field keys per row
    check: Callable[[dict], dict]  # the domain's check of a whole record
    empty_text: str = ""  # what the empty list says
    new_text: str = ""  # the New button
    add_text: str = ""  # the Add button; its own letter where two sections share a page
    defaults: Callable[[], dict] = field(default=dict)  # a new record's values


def make_input(spec: Field, parent: QWidget) -> QWidget:
    if spec.kind == "date":
        widget = DateField(parent)
        widget.edit.setAccessibleName(spec.label)
        widget.edit.setObjectName(f"{spec.key}_edit")
    elif spec.kind == "choice":
        widget = choice_combo(parent, spec.choices, spec.empty)
    elif spec.kind == "check":
        widget = QCheckBox(spec.label, parent)
    else:
        widget = QLineEdit(parent)
        widget.setMaxLength(spec.max_length)
        if spec.placeholder:
            widget.setPlaceholderText(spec.placeholder)
    widget.setObjectName(spec.key)
    widget.setAccessibleName(spec.label)
    return widget


def read_input(spec: Field, widget: QWidget):
    if spec.kind == "date":
        return widget.value()
    if spec.kind == "choice":
        return widget.currentData()
    if spec.kind == "check":
        return widget.isChecked()
    if spec.kind == "money":
        return parse_euros(widget.text())
    return widget.text().strip()


def write_input(spec: Field, widget: QWidget, value) -> None:
    if spec.kind == "date":
        widget.set_value(value)
    elif spec.kind == "choice":
        set_combo_value(widget, value)
    elif spec.kind == "check":
        widget.setChecked(bool(value))
    elif spec.kind == "money":
        widget.setText(format_euros(value) if isinstance(value, int) else (value or ""))
    else:
        widget.setText(value or "")


def focus_target(widget: QWidget) -> QWidget:
    return widget.edit if isinstance(widget, DateField) else widget
