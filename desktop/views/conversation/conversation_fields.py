"""The header fields of the conversation panels: who of the chain was present, and how any
header field is emptied and made read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from desktop.views.common.field_widgets import CheckList, DateField

PRESENT_ROWS = 3  # rows of the chain's workers shown before the list scrolls


class PresentList(CheckList):
    """The chain's workers, to tick who was present; a long directory scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, columns=3)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        super().set_items(items)
        self._cap()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cap()

    def _cap(self) -> None:
        row_height = self.fontMetrics().height() + 8
        cap = PRESENT_ROWS * row_height + 2 * max(self.frameWidth(), 2) + 6  # as CheckList sizes itself
        if self.height() > cap:
            self.setFixedHeight(cap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def empty_field(field: QWidget) -> None:
    """A header field as on a form not yet shown."""
    if isinstance(field, QLineEdit):
        field.clear()
    elif isinstance(field, DateField):
        field.set_value(None)
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(0)
    elif isinstance(field, QAbstractButton):
        field.setChecked(False)
    elif isinstance(field, CheckList):
        field.set_items([])  # the chain's names are client detail too: forgotten on lock


def set_read_only(field: QWidget, read_only: bool) -> None:
    """A completed form is read: text stays selectable, choices are disabled."""
    if isinstance(field, QLineEdit):
        field.setReadOnly(read_only)
    elif isinstance(field, DateField):
        field.edit.setReadOnly(read_only)
    else:
        field.setEnabled(not read_only)
