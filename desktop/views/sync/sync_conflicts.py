"""Conflicts to resolve: a field changed on two devices before they synced. The record kept
the value that reached the server first and the other was set aside; the person sees both
side by side and chooses. Nothing is overwritten without that choice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
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
from desktop.views.common.sync_labels import field_label, record_label, value_text
from desktop.views.common.sync_texts import when_text

_VALUE_STYLE = """
QFrame#conflictSide { background: #ffffff; border: 1px solid #d8dde3; border-radius: 6px; }
QLabel#conflictValue { font-size: 14px; padding: 6px; background: #f6f8fa; border-radius: 4px; }
QLabel#sideTitle { font-weight: 600; }
"""


def _names(store) -> dict[str, str]:
    """Workers and organisations by id: a conflict over a worker shows their name."""
    names = {w["id"]: w["name"] for w in store.directory.workers()}
    names.update({o["id"]: o["name"] for o in store.directory.organisations()})
    return names


class _Side(QFrame):
    """One of the two values, who gave it, and the button that keeps it."""

    def __init__(self, title: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("conflictSide")
        self.title = QLabel(title, self)
        self.title.setObjectName("sideTitle")
        self.author = QLabel(self)
        set_role(self.author, "hint")
        self.value = QLabel(self)
        self.value.setObjectName("conflictValue")
        self.value.setWordWrap(True)
        self.value.setTextFormat(Qt.TextFormat.PlainText)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setMinimumHeight(48)
        self.value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.keep_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.author)
        layout.addWidget(self.value, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        layout.addLayout(row)


class ConflictsDialog(QDialog):
    COLUMNS = 5  # client, record, field, changed by, noticed

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._conflicts: list[dict] = []
        self._names: dict[str, str] = {}
        self._busy = False
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.setStyleSheet(_VALUE_STYLE)
        self.resize(900, 560)

        intro = QLabel(self.tr(
            "Each field below was changed on two devices before they synced. The record kept the value that "
            "reached the server first; the other value was set aside. Choose the value the record keeps: "
            "everyone in the chain then sees your choice."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Client"), self.tr("Record"), self.tr("Field"),
                                              self.tr("Changed by"), self.tr("Noticed")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(200)
        self.empty_label = QLabel(self.tr("There are no conflicts to resolve."), self)
        set_role(self.empty_label, "success")

        self.detail = QWidget(self)
        self.detail_title = QLabel(self.detail)
        self.detail_title.setObjectName("pageTitle")
        self.current = _Side(self.tr("In the record now"), self.detail)
        self.current.keep_button.setText(self.tr("Keep this value"))
        self.set_aside = _Side(self.tr("Set aside"), self.detail)
        self.set_aside.keep_button.setText(self.tr("Use this value instead"))
        self.base_label = QLabel(self.detail)
        self.base_label.setWordWrap(True)
        set_role(self.base_label, "hint")
        sides = QGridLayout()
        sides.addWidget(self.current, 0, 0)
        sides.addWidget(self.set_aside, 0, 1)
        sides.setColumnStretch(0, 1)
        sides.setColumnStretch(1, 1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addLayout(sides, 1)
        detail_layout.addWidget(self.base_label)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.current.keep_button.clicked.connect(lambda: self.keep("theirs"))
        self.set_aside.keep_button.clicked.connect(lambda: self.keep("mine"))
        worker.changed.connect(self._on_store_changed)
        self.reload()

    # -- the list ------------------------------------------------------------------------
    def reload(self) -> None:
        self._worker.read(lambda s: (s.sync.open_conflicts(), _names(s)), key="sync-conflicts",
                          on_done=self._show, on_error=lambda e: self._show_message(str(e), "problem"))

    def _show(self, result) -> None:
        conflicts, self._names = result
        selected = self.selected_conflict()
        self._conflicts = conflicts
        self.table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            names = [n for n in (c.get("theirs_author_name"), c.get("mine_author_name")) if n]
            who = self.tr("{first} and {second}").format(first=names[0], second=names[1]) \
                if len(names) == 2 and names[0] != names[1] else (names[0] if names else "")
            cells = (c["client_name"] or "-", record_label(c["entity"]), field_label(c["field"]), who,
                     when_text(c["created_at"]))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setVisible(bool(conflicts))
        self.empty_label.setVisible(not conflicts)
        self.detail.setVisible(bool(conflicts))
        if conflicts:
            ids = [c["id"] for c in conflicts]
            row = ids.index(selected["id"]) if selected and selected["id"] in ids else 0
            self.table.selectRow(row)
            self._show_selected()

    def selected_conflict(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self._conflicts):
            return None
        return self._conflicts[rows[0].row()]

    def _show_selected(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        field = c["field"]
        title = f"{record_label(c['entity'])}: {field_label(field)}"
        if c["client_name"]:
            title = f"{c['client_name']} \u2013 {title}"
        self.detail_title.setText(title)
        self.current.author.setText(self._by(c.get("theirs_author_name")))
        self.current.value.setText(value_text(field, c["theirs"], self._names))
        self.set_aside.author.setText(self._by(c.get("mine_author_name")))
        self.set_aside.value.setText(value_text(field, c["mine"], self._names))
        self.base_label.setText(self.tr("Before both changes: {value}").format(
            value=value_text(field, c["base"], self._names)))
        self._set_busy(self._busy)

    def _by(self, name: str | None) -> str:
        return self.tr("Changed by {name}").format(name=name) if name else self.tr("Changed on another device")

    # -- resolving ----------------------------------------------------------------------
    def keep(self, which: str) -> None:
        """"theirs": the value in the record now; "mine": the value set aside."""
        c = self.selected_conflict()
        if c is None or self._busy:
            return
        self._set_busy(True)
        conflict_id = c["id"]
        self._worker.write(lambda s: s.sync.resolve_conflict(conflict_id, which),
                           changes={c["entity"], "sync_conflicts"}, on_done=self._on_resolved,
                           on_error=self._on_failed)

    def _on_resolved(self, _result) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Resolved. The choice goes to the chain with the next sync."), "success")
        self.reload()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_message(self.tr("The conflict could not be resolved: {error}").format(error=error), "problem")
        self.reload()

    def _on_store_changed(self, changes) -> None:
        if "sync_conflicts" in changes and self.isVisible() and not self._busy:
            self.reload()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for side in (self.current, self.set_aside):
            side.keep_button.setEnabled(not busy)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()
