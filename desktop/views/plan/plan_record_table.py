"""The list half of a plan record section: one row per record, columns from its Spec."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMessageBox, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.views.common.prompts import confirm
from desktop.views.plan.plan_record_fields import Column

translate = QCoreApplication.translate


class RecordTable(QTreeWidget):
    def __init__(self, columns: tuple[Column, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self._columns = columns
        self.decorate: Callable[[QTreeWidgetItem, dict], None] | None = None
        self.shows: Callable[[dict], bool] = lambda _record: True
        self.max_rows: int | None = None  # in a scrolling page: as tall as its rows, up to this many
        self.setColumnCount(len(columns))
        self.setHeaderLabels([c.title for c in columns])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(False)
        for index, column in enumerate(columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
            elif column.width:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(index, column.width)
            else:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)

    def show_records(self, records: list[dict]) -> int:
        """Rows for the records `shows` lets through, keeping the scroll position; returns how many."""
        self.blockSignals(True)
        scroll = self.verticalScrollBar().value()
        self.clear()
        items = []
        for record in records:
            if not self.shows(record):
                continue
            item = QTreeWidgetItem([column.text(record) for column in self._columns])
            item.setData(0, Qt.ItemDataRole.UserRole, record["id"])
            for index, column in enumerate(self._columns):
                if column.stretch or column.width:
                    item.setToolTip(index, item.text(index))
            if self.decorate is not None:
                self.decorate(item, record)
            items.append(item)
        self.addTopLevelItems(items)
        self.verticalScrollBar().setValue(scroll)
        self.blockSignals(False)
        if self.max_rows:
            row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 8)
            rows = min(max(len(items), 2), self.max_rows)
            self.setFixedHeight(self.header().sizeHint().height() + rows * row_height + 2 * self.frameWidth() + 2)
        return len(items)

    def select_id(self, record_id: str) -> None:
        """Make the record's row current without announcing it."""
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == record_id:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                return

    def unselect(self) -> None:
        self.blockSignals(True)
        self.setCurrentItem(None)
        self.clearSelection()
        self.blockSignals(False)

    def describe(self, record: dict) -> str:
        """The record as its first columns show it, for a question about it."""
        return " · ".join(t for t in (c.text(record) for c in self._columns[:3]) if t)


def confirm_remove(parent: QWidget, what: str, button_name: str, on_remove: Callable[[], None]) -> QMessageBox:
    """Ask before removing; Cancel is the default. The box is opened and returned (close it on lock)."""
    return confirm(parent, translate("PlanRecords", "Remove"),
                   translate("PlanRecords", "Remove this from the plan?\n\n{what}").format(what=what),
                   translate("PlanRecords", "Remove"), on_remove, button_name=button_name)
