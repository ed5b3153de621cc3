"""One list of the agenda: a title with its count, the rows, and a word when it is empty."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass
class AgendaRow:
    texts: list[str]
    record: dict  # handed back when the row is opened
    warn_column: int | None = None  # shown in the colour of something late
    tooltips: dict[int, str] = field(default_factory=dict)


class AgendaSection(QFrame):
    """Enter or a double-click on a row emits `activated` with the row's record."""

    activated = Signal(dict)
    WARN_COLOUR = "#a12622"

    def __init__(self, title: str, columns: list[str], empty_text: str, stretch_column: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("agendaSection")
        self.setStyleSheet("QFrame#agendaSection { background: #ffffff; border: 1px solid #d8dde3; "
                           "border-radius: 6px; }")
        self._title_text = title
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: 600; color: #1d2b36;")
        self.list = QTreeWidget(self)
        self.list.setColumnCount(len(columns))
        self.list.setHeaderLabels(columns)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setAccessibleName(title.replace("&", ""))
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch_column
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemActivated.connect(self._activated)
        self.title.setBuddy(self.list)
        self.empty = QLabel(empty_text, self)
        self.empty.setProperty("role", "hint")
        self.empty.setWordWrap(True)
        self.footer = QLabel(self)
        self.footer.setProperty("role", "hint")
        self.footer.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.footer)
        self.set_rows([])

    def set_rows(self, rows: list[AgendaRow], count: int | None = None, footer: str = "") -> None:
        """count: the number in the title when there are more than the rows shown."""
        self.list.clear()
        for row in rows:
            item = QTreeWidgetItem(row.texts)
            item.setData(0, Qt.ItemDataRole.UserRole, row.record)
            for column, text in row.tooltips.items():
                item.setToolTip(column, text)
            if row.warn_column is not None:
                item.setForeground(row.warn_column, QBrush(QColor(self.WARN_COLOUR)))
            self.list.addTopLevelItem(item)
        shown = len(rows) if count is None else count
        self.title.setText(f"{self._title_text} ({shown})" if shown else self._title_text)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        # an empty list gives its room to the others
        self.setSizePolicy(QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Expanding if rows else QSizePolicy.Policy.Maximum)
        self.footer.setText(footer)
        self.footer.setVisible(bool(footer))

    def records(self) -> list[dict]:
        return [self.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.list.topLevelItemCount())]

    def texts(self, column: int) -> list[str]:
        return [self.list.topLevelItem(i).text(column) for i in range(self.list.topLevelItemCount())]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.activated.emit(item.data(0, Qt.ItemDataRole.UserRole))
