"""A form's parts as a list to open them by, each with how much of it is answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.views.common.fieldwork_labels import part_title
from domain.forms import Form, missing_required, progress

DONE_COLOUR, OPEN_COLOUR = "#1f6f3a", "#55606b"


class PartList(QTreeWidget):
    """One row a part with its progress on the right, ✓ once its required questions are
    answered; rows after the parts open pages of another kind (the intake's summary).
    A row's key (part key or the key it was added by) is its data in column 0."""

    def __init__(self, form: Form, special_tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._form = form
        self.items: dict[str, QTreeWidgetItem] = {}
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setColumnCount(2)
        self.setIndentation(0)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for part in form.parts:
            item = self._add(part.key, part_title(form.key, part.key))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if part.special:
                item.setToolTip(0, special_tip)

    def add_row(self, key: str, title: str) -> QTreeWidgetItem:
        """A row after the parts, in bold."""
        item = self._add(key, title)
        bold = QFont(item.font(0))
        bold.setBold(True)
        item.setFont(0, bold)
        return item

    def show_progress(self, answers_by_part: dict[str, dict]) -> None:
        for part in self._form.parts:
            done, asked = progress(part, answers_by_part[part.key])
            finished = done > 0 and not missing_required(part, answers_by_part[part.key])
            self.items[part.key].setText(1, f"✓ {done}/{asked}" if finished else f"{done}/{asked}")
            self.items[part.key].setForeground(1, QBrush(QColor(DONE_COLOUR if finished else OPEN_COLOUR)))

    def _add(self, key: str, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self, [title, ""])
        item.setData(0, Qt.ItemDataRole.UserRole, key)
        self.items[key] = item
        return item
