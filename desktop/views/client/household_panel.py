"""The household of the open client: who belongs to it, and a way to add someone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.labels import household_role_label
from domain.client import HouseholdRole, display_name

ROLE, NAME, BORN = range(3)
_ROLE_ORDER = {role.value: i for i, role in enumerate(HouseholdRole)}


class HouseholdPanel(QWidget):
    """Members of one household, read through the worker. Enter or double-click opens one."""

    add_member_requested = Signal()
    open_member = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._household_id: str | None = None
        self._current_id: str | None = None

        self._title = QLabel(self.tr("Household"), self)
        font = self._title.font()
        font.setBold(True)
        self._title.setFont(font)
        # No Alt letter: the client form above has taken each of its letters.
        self._add = QPushButton(self.tr("Add household member"), self)
        self._add.setObjectName("addHouseholdMember")
        self._add.clicked.connect(self.add_member_requested)

        self._list = QTreeWidget(self)
        self._list.setObjectName("householdMembers")
        self._list.setColumnCount(3)
        self._list.setHeaderLabels([self.tr("Role"), self.tr("Name"), self.tr("Date of birth")])
        self._list.setRootIsDecorated(False)
        self._list.setUniformRowHeights(True)
        self._list.setAllColumnsShowFocus(True)
        self._list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._list.setAccessibleName(self.tr("Household members"))
        header = self._list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(BORN, QHeaderView.ResizeMode.ResizeToContents)
        self._list.itemActivated.connect(self._activated)  # Enter, or (double-)click per platform

        self._empty = QLabel(self.tr("Not linked to a household yet."), self)
        self._empty.setProperty("role", "hint")

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._title)
        bar.addStretch(1)
        bar.addWidget(self._add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._empty)
        self.clear()
        worker.changed.connect(self._store_changed)

    # -- public ------------------------------------------------------------------
    def show_household(self, household_id: str | None, current_id: str | None = None) -> None:
        """List the household's members; current_id marks the client open in the editor."""
        self._worker.forget(self)  # answers about the household shown before are dropped
        self._household_id, self._current_id = household_id, current_id
        if household_id is None:
            self._show_rows([])
            return
        self._worker.read(lambda store: store.clients.household_members(household_id),
                          on_done=self._loaded, on_error=lambda _error: self._loaded(None), asker=self)

    def refresh(self) -> None:
        if self._household_id is not None:
            self.show_household(self._household_id, self._current_id)

    def clear(self) -> None:
        self._worker.forget(self)
        self._household_id = self._current_id = None
        self._list.clear()
        self._list.hide()
        self._empty.show()
        self._add.setEnabled(False)

    def set_add_enabled(self, enabled: bool) -> None:
        self._add.setEnabled(enabled)

    def member_names(self) -> list[str]:
        return [self._list.topLevelItem(i).text(NAME)
                for i in range(self._list.topLevelItemCount())]

    @property
    def household_id(self) -> str | None:
        return self._household_id

    # -- internals ---------------------------------------------------------------
    def _loaded(self, rows: list[dict] | None) -> None:
        if rows is None:
            self._empty.setText(self.tr("The household could not be loaded."))
            self._list.hide()
            self._empty.show()
            return
        self._show_rows(rows)

    def _store_changed(self, changes) -> None:
        if "clients" in changes:
            self.refresh()

    def _show_rows(self, rows: list[dict]) -> None:
        self._list.clear()
        rows = sorted(rows, key=lambda r: (_ROLE_ORDER.get(r.get("household_role"), 9),
                                           r.get("date_of_birth") or "9999"))
        for row in rows:
            item = QTreeWidgetItem([household_role_label(row.get("household_role")),
                                    display_name(row), format_date(row.get("date_of_birth"))])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            if row["id"] == self._current_id:
                font = item.font(NAME)
                font.setBold(True)
                for column in range(3):
                    item.setFont(column, font)
                item.setToolTip(NAME, self.tr("Open now"))
            self._list.addTopLevelItem(item)
        # A short list keeps the editor's room: the list grows with its rows, up to a limit.
        row_height = self._list.sizeHintForRow(0) if rows else 0
        visible = min(max(len(rows), 2), 5)
        self._list.setFixedHeight(self._list.header().sizeHint().height()
                                  + visible * max(row_height, self.fontMetrics().height() + 6)
                                  + 2 * self._list.frameWidth() + 2)
        self._list.setVisible(bool(rows))
        self._empty.setText(self.tr("Not linked to a household yet."))
        self._empty.setVisible(not rows)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        member_id = item.data(0, Qt.ItemDataRole.UserRole)
        if member_id and member_id != self._current_id:
            self.open_member.emit(member_id)
