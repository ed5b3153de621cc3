"""My actions: every open action of the worker on this device, or of a partner organisation,
across all clients' plans, by due date; overdue ones stand out. Enter opens the client."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.plan_labels import action_status_label
from desktop.views.common.style import set_role
from desktop.views.plan.plan_widgets import OVERDUE_BACKGROUND, OVERDUE_COLOUR, PLAN_STYLE

log = logging.getLogger(__name__)

LOAD_KEY = "my-actions"
LIMIT = 500
DUE, CLIENT, WHAT, WHO, STATUS = range(5)
ME = "me"  # the chooser's entry for the worker on this device
READ_AGAIN = {"plan_actions", "plans", "clients", "device_state", "workers", "organisations"}


def read_actions(owner: str | None):
    """`owner`: ME, an organisation id, or None for the first choice there is."""
    def work(store):
        me = store.current_worker()
        workers, organisations = store.directory.workers(), store.directory.organisations()
        chosen = owner or (ME if me else (organisations[0]["id"] if organisations else None))
        if chosen == ME and me:
            rows = store.plans.my_actions(worker_id=me, limit=LIMIT)
        elif chosen and chosen != ME:
            rows = store.plans.my_actions(organisation_id=chosen, limit=LIMIT)
        else:
            rows = []
        return me, workers, organisations, chosen, rows
    return work


class MyActionsView(QWidget):
    open_client = Signal(str)  # the client id of the action chosen
    shown = Signal(int)  # the number of actions shown, once read

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._rows: list[dict] = []
        self._names: dict[str, str] = {}
        self._active = False  # read again on changes only between reload() and clear()
        self.setStyleSheet(PLAN_STYLE)
        title = QLabel(self.tr("My actions"), self)
        title.setObjectName("panelTitle")
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("actionsOwner")
        self.chooser.setMinimumContentsLength(28)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.activated.connect(lambda _index: self._fetch(self.chooser.currentData()))
        label = QLabel(self.tr("&Whose"), self)
        label.setBuddy(self.chooser)
        self.summary = QLabel(self)
        self.summary.setObjectName("myActionsSummary")
        set_role(self.summary, "hint")
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(label)
        top.addWidget(self.chooser)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.table = QTreeWidget(self)
        self.table.setObjectName("myActions")
        self.table.setHeaderLabels([self.tr("Due"), self.tr("Client"), self.tr("What"), self.tr("Who"),
                                    self.tr("Status")])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Open actions, by due date"))
        self.table.setToolTip(self.tr("Enter opens the client"))
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in (DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((CLIENT, 190), (WHO, 190)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(self._activated)
        self.empty = QLabel(self)
        self.empty.setObjectName("myActionsEmpty")
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        QWidget.setTabOrder(self.chooser, self.table)
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- public ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the actions again, for whom the chooser shows (first time: this device's worker)."""
        self._active = True
        self._fetch(self.chooser.currentData())

    def clear(self) -> None:
        """Lock: forget every client detail."""
        self._worker.forget(self)
        self._active = False
        self._rows = []
        self.table.clear()
        self.chooser.clear()
        self.summary.clear()
        self.empty.hide()

    def rows(self) -> list[dict]:
        return list(self._rows)

    def choose(self, owner: str) -> None:
        """Show the actions of ME or of an organisation id."""
        index = self.chooser.findData(owner)
        if index >= 0:
            self.chooser.setCurrentIndex(index)
        self._active = True
        self._fetch(owner)

    # -- inside ------------------------------------------------------------------
    def _fetch(self, owner: str | None) -> None:
        self._worker.read(read_actions(owner), key=LOAD_KEY, asker=self,
                          on_done=lambda result: self._loaded(*result), on_error=self._failed)

    def _store_changed(self, changes) -> None:
        if self._active and READ_AGAIN & set(changes):
            self._fetch(self.chooser.currentData())

    def _failed(self, error: BaseException) -> None:
        log.error("reading the open actions failed", exc_info=error)
        self.summary.setText(self.tr("The actions could not be read."))

    def _loaded(self, me, workers, organisations, chosen, rows) -> None:
        self._names = {w["id"]: w["name"] for w in workers}
        self._names.update({o["id"]: o["name"] for o in organisations})
        self._fill_chooser(me, organisations, chosen)
        current = self.table.currentItem().data(0, Qt.ItemDataRole.UserRole) if self.table.currentItem() else None
        self._rows = rows
        items = [self._item(row) for row in rows]
        self.table.clear()
        self.table.addTopLevelItems(items)
        for item in items:
            if item.data(0, Qt.ItemDataRole.UserRole) == current:
                self.table.setCurrentItem(item)
        overdue = sum(1 for r in rows if r["overdue"])
        text = self.tr("{count} open").format(count=len(rows)) if len(rows) < LIMIT else \
            self.tr("The first {count} open").format(count=LIMIT)
        if overdue:
            text += " · " + self.tr("{count} overdue").format(count=overdue)
        self.summary.setText(text)
        if chosen == ME or chosen is None:
            self.empty.setText(self.tr("Nothing open for you. Actions given to you in a plan show here.") if me
                               else self.tr("Choose who works on this device in Settings to see your actions, or "
                                            "choose an organisation above."))
        else:
            self.empty.setText(self.tr("This organisation has no open actions."))
        self.empty.setVisible(not rows)
        self.shown.emit(len(rows))

    def _fill_chooser(self, me: str | None, organisations: list[dict], chosen: str | None) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        if me:
            self.chooser.addItem(self.tr("Me ({name})").format(name=self._names.get(me, "?")), ME)
        for organisation in organisations:
            self.chooser.addItem(organisation["name"], organisation["id"])
        self.chooser.setCurrentIndex(max(self.chooser.findData(chosen), 0))
        self.chooser.blockSignals(False)

    def _item(self, row: dict) -> QTreeWidgetItem:
        who = self._names.get(row.get("worker_id")) or self._names.get(row.get("organisation_id")) or ""
        if row.get("worker_id") and row.get("organisation_id") in self._names:
            who = f"{who} ({self._names[row['organisation_id']]})"
        item = QTreeWidgetItem([format_date(row.get("due_on")), row.get("client_name") or "",
                                row.get("description") or "", who, action_status_label(row.get("status"))])
        item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
        item.setData(CLIENT, Qt.ItemDataRole.UserRole, row["client_id"])
        item.setToolTip(WHAT, row.get("description") or "")
        item.setToolTip(WHO, who)
        if row["overdue"]:
            font = QFont(item.font(DUE))
            font.setBold(True)
            item.setFont(DUE, font)
            item.setText(DUE, f"⚠ {item.text(DUE)}")
            item.setToolTip(DUE, self.tr("Overdue: the due date has passed"))
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(QColor(OVERDUE_COLOUR)))
                item.setBackground(column, QBrush(QColor(OVERDUE_BACKGROUND)))
        return item

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        client_id = item.data(CLIENT, Qt.ItemDataRole.UserRole)
        if client_id:
            self.open_client.emit(client_id)
