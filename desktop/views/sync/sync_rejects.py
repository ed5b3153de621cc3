"""Changes the server refused, with its reason. They stay on this device as they are; the
person reads why, does what is needed, and dismisses them from the list."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from desktop.views.common.sync_labels import record_label
from desktop.views.common.sync_texts import when_text


class RejectsDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._rejects: list[dict] = []
        self.setWindowTitle(self.tr("Changes the server refused"))
        self.resize(820, 420)

        intro = QLabel(self.tr(
            "The server did not accept these changes, for the reason given. They are kept on this device "
            "as they are, but the rest of the chain does not see them. Dismiss a line once you have read it."),
            self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Record"), self.tr("Change"),
                                              self.tr("Reason")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("The server has refused no changes."), self)
        set_role(self.empty_label, "success")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.buttons.addButton(self.dismiss_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reload()

    def reload(self) -> None:
        self._worker.read(lambda s: s.sync.rejects(), key="sync-rejects", on_done=self._show,
                          on_error=lambda _e: None)

    def _show(self, rejects: list[dict]) -> None:
        self._rejects = rejects
        self.table.setRowCount(len(rejects))
        kinds = {"insert": self.tr("New"), "update": self.tr("Change"), "delete": self.tr("Removal")}
        for row, r in enumerate(rejects):
            for column, text in enumerate((when_text(r["rejected_at"]), record_label(r["entity"]),
                                           kinds.get(r["op"], r["op"]), r["reason"])):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rejects))
        self.empty_label.setVisible(not rejects)
        if rejects:
            self.table.selectRow(0)
        self._update_button()

    def dismiss_selected(self) -> None:
        ids = [self._rejects[i.row()]["id"] for i in self.table.selectionModel().selectedRows()]
        if not ids:
            return
        self.dismiss_button.setEnabled(False)

        def dismiss(store):
            for reject_id in ids:
                store.sync.dismiss_reject(reject_id)

        self._worker.write(dismiss, changes={"sync_rejects"}, on_done=lambda _r: self.reload(),
                           on_error=lambda _e: self.reload())

    def _update_button(self) -> None:
        self.dismiss_button.setEnabled(bool(self.table.selectionModel().selectedRows()))
