"""Changes the server refused, grouped by cause: whose they are, why in plain words, and what to
do, with actions on a whole group or a selection (send again, discard, open the client's file).
The list is the store's set-aside list (store.sync.rejects()), whatever put a change there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.refusal_texts import CAUSES, cause_of, cause_text
from desktop.views.common.style import set_role
from desktop.views.common.sync_texts import when_text
from desktop.views.sync.reject_rows import record_text

CLIENT, RECORD, WHEN = range(3)
_REJECT = Qt.ItemDataRole.UserRole  # on a line: the reject's id; on a group: its cause
_CLIENT_ID = Qt.ItemDataRole.UserRole + 1


class RejectsDialog(QDialog):
    open_client = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._rejects: list[dict] = []
        self.setWindowTitle(self.tr("Changes the server refused"))
        self.resize(900, 520)

        self.intro = QLabel(self.tr(
            "The server did not take these changes. They are kept on this device as they are, but the "
            "rest of the chain does not see them. Choose a group or lines, then what to do."), self)
        self.intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("rejectsTree")
        self.tree.setHeaderLabels([self.tr("Client"), self.tr("Record"), self.tr("When")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CLIENT, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RECORD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(CLIENT, 240)

        self.cause_title = QLabel(self)
        font = self.cause_title.font()
        font.setBold(True)
        self.cause_title.setFont(font)
        self.why = QLabel(self)
        self.todo = QLabel(self)
        for label in (self.why, self.todo):
            label.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_role(self.message, "hint")
        self.empty_label = QLabel(self.tr("The server has refused no changes."), self)
        set_role(self.empty_label, "success")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.retry_button = QPushButton(self.tr("Send again"), self)
        self.retry_button.setToolTip(self.tr("Send the chosen changes again at the next sync, as the "
                                             "records now stand on this device"))
        self.dismiss_button = QPushButton(self.tr("Discard"), self)
        self.dismiss_button.setToolTip(self.tr("Take the chosen changes off this list; the records on "
                                               "this device stay as they are"))
        self.open_button = QPushButton(self.tr("Open client file"), self)
        for button in (self.retry_button, self.dismiss_button, self.open_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.cause_title)
        layout.addWidget(self.why)
        layout.addWidget(self.todo)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.retry_button.clicked.connect(self.retry_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _col: self._open_item(item))
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        def read(store):
            rejects = store.sync.rejects()
            return rejects, store.rejects.subjects(rejects)

        self._worker.read(read, key="sync-rejects", on_done=self._show, on_error=lambda _e: None, asker=self)

    def _show(self, answer) -> None:
        rejects, subjects = answer
        self._rejects = rejects
        self.tree.clear()
        groups: dict[str, list[dict]] = {}
        for r in rejects:
            groups.setdefault(cause_of(r.get("reason")), []).append(r)
        for cause in CAUSES:
            lines = groups.get(cause)
            if not lines:
                continue
            clients = {subjects.get(r["id"], {}).get("client_id") for r in lines} - {None}
            changes = self.tr("1 change") if len(lines) == 1 else self.tr("{n} changes").format(n=len(lines))
            people = "" if not clients else self.tr("1 client") if len(clients) == 1 else \
                self.tr("{n} clients").format(n=len(clients))
            title = " · ".join(t for t in (cause_text(cause).title, changes, people) if t)
            group = QTreeWidgetItem(self.tree, [title, "", ""])
            group.setData(0, _REJECT, cause)
            group.setFirstColumnSpanned(True)  # the heading reads across: never cut off
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for r in lines:
                subject = subjects.get(r["id"], {})
                name = subject.get("client_name") or self.tr("(no client)")
                line = QTreeWidgetItem(group, [name, record_text(r), when_text(r["rejected_at"])])
                line.setData(0, _REJECT, r["id"])
                line.setData(0, _CLIENT_ID, subject.get("client_id"))
                line.setToolTip(RECORD, record_text(r))
            group.setExpanded(len(groups) == 1 or len(lines) <= 5)
        self.tree.setVisible(bool(rejects))
        self.empty_label.setVisible(not rejects)
        if rejects:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.topLevelItem(0).setSelected(True)
        self._selection_changed()

    # -- the selection ---------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The chosen lines; a chosen group stands for all of its lines."""
        ids: list[int] = []
        for item in self.tree.selectedItems():
            children = [item.child(i) for i in range(item.childCount())] if item.parent() is None else [item]
            ids.extend(c.data(0, _REJECT) for c in children if c.data(0, _REJECT) not in ids)
        return ids

    def _selected_clients(self) -> list[str]:
        chosen = set(self.selected_ids())
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                line = group.child(j)
                client_id = line.data(0, _CLIENT_ID)
                if line.data(0, _REJECT) in chosen and client_id and client_id not in out:
                    out.append(client_id)
        return out

    def _selection_changed(self) -> None:
        item = self.tree.currentItem()
        if item is not None and item.parent() is not None:
            item = item.parent()
        cause = item.data(0, _REJECT) if item is not None else None
        for label in (self.cause_title, self.why, self.todo):
            label.setVisible(cause is not None)
        if cause is not None:
            text = cause_text(cause)
            self.cause_title.setText(text.title)
            self.why.setText(self.tr("Why: {why}").format(why=text.why))
            self.todo.setText(self.tr("What to do: {todo}").format(todo=text.todo))
        ids = self.selected_ids()
        self.retry_button.setEnabled(bool(ids))
        self.dismiss_button.setEnabled(bool(ids))
        self.open_button.setEnabled(len(self._selected_clients()) == 1)

    # -- acting ----------------------------------------------------------------------------
    def retry_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._busy()
        self._worker.write(lambda s: s.rejects.retry(ids), changes={"sync_rejects", "outbox"},
                           on_done=self._retried, on_error=lambda _e: self._failed(), asker=self)

    def dismiss_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._busy()
        self._worker.write(lambda s: s.rejects.dismiss(ids), changes={"sync_rejects"},
                           on_done=self._dismissed, on_error=lambda _e: self._failed(), asker=self)

    def _retried(self, counts: tuple[int, int]) -> None:
        queued, kept = counts
        # Whole sentences rather than "%n change(s)": English loads no translator.
        text = self.tr("1 change will be sent again at the next sync.") if queued == 1 else \
            self.tr("{n} changes will be sent again at the next sync.").format(n=queued)
        if kept:
            text += " " + self.tr("{n} could not be sent again: the record is not on this device, or is of a "
                                  "kind this version cannot send. Discard those.").format(n=kept)
        self.message.setText(text)
        self.reload()

    def _dismissed(self, count: int) -> None:
        self.message.setText(self.tr("1 change taken off the list.") if count == 1 else
                             self.tr("{n} changes taken off the list.").format(n=count))
        self.reload()

    def _failed(self) -> None:
        self.message.setText(self.tr("That did not work; the list is as it was."))
        self.reload()

    def _busy(self) -> None:
        self.retry_button.setEnabled(False)
        self.dismiss_button.setEnabled(False)

    def _open_selected(self) -> None:
        clients = self._selected_clients()
        if len(clients) == 1:
            self.open_client.emit(clients[0])
            self.accept()

    def _open_item(self, item: QTreeWidgetItem) -> None:
        client_id = item.data(0, _CLIENT_ID)
        if client_id:
            self.open_client.emit(client_id)
            self.accept()
