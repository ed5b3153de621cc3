"""Likely the same person twice (same V-nummer or BSN, registered on two devices while offline):
both files side by side; merge them into the one chosen, or say they are two people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.style import set_role
from desktop.views.common.sync_texts import when_text

# Every kind of record a merge may move: their views refresh afterwards.
MERGE_CHANGES = frozenset({"clients", "households", "handovers", "intakes", "visits", "follow_ups", "form_parts",
                           "plans", "plan_goals", "plan_actions", "plan_tranches", "plan_debt_signals",
                           "plan_milestones", "duplicate_dismissals"})
_STYLE = """
QFrame#pairGrid { background: #ffffff; border: 1px solid #d8dde3; border-radius: 6px; }
QLabel[same="true"] { font-weight: 600; color: #9a4b00; }
"""


def _name(client: dict) -> str:
    return f"{client.get('given_names') or ''} {client.get('family_name') or ''}".strip()


class DuplicatesDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._pairs: list[dict] = []
        self._index = 0
        self._busy = False
        self.setWindowTitle(self.tr("Possibly the same person twice"))
        self.setStyleSheet(_STYLE)
        self.resize(760, 400)

        intro = QLabel(self.tr(
            "These two client files share a V-nummer or BSN. Usually that means one person was registered "
            "twice, for example on two devices without a connection. Compare them. If they are one person, "
            "choose the file to keep: everything of the other file moves to it."), self)
        intro.setWordWrap(True)
        self.position_label = QLabel(self)
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        nav = QHBoxLayout()
        nav.addWidget(self.position_label, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)

        self.grid_frame = QFrame(self)
        self.grid_frame.setObjectName("pairGrid")
        grid = QGridLayout(self.grid_frame)
        grid.setHorizontalSpacing(24)
        self.keep_a = QRadioButton(self.tr("Keep this file"), self.grid_frame)
        self.keep_b = QRadioButton(self.tr("Keep this file"), self.grid_frame)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_a)
        self.keep_group.addButton(self.keep_b)
        grid.addWidget(self.keep_a, 0, 1)
        grid.addWidget(self.keep_b, 0, 2)
        self._rows = (("name", self.tr("Name")), ("date_of_birth", self.tr("Date of birth")),
                      ("v_number", self.tr("V-nummer")), ("bsn", self.tr("BSN")), ("phone", self.tr("Phone")),
                      ("created_at", self.tr("Registered")))
        self.cells: dict[str, tuple[QLabel, QLabel]] = {}
        for row, (key, label) in enumerate(self._rows, start=1):
            caption = QLabel(label, self.grid_frame)
            set_role(caption, "hint")
            a, b = QLabel(self.grid_frame), QLabel(self.grid_frame)
            for cell in (a, b):
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(caption, row, 0)
            grid.addWidget(a, row, 1)
            grid.addWidget(b, row, 2)
            self.cells[key] = (a, b)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.empty_label = QLabel(self.tr("No possible duplicates are left."), self)
        set_role(self.empty_label, "success")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.merge_button = QPushButton(self.tr("Same person: merge"), self)
        self.merge_button.setProperty("primary", True)
        self.dismiss_button = QPushButton(self.tr("Not the same person"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        actions = QHBoxLayout()
        actions.addWidget(self.merge_button)
        actions.addWidget(self.dismiss_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(nav)
        layout.addWidget(self.grid_frame)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(actions)

        self.buttons.rejected.connect(self.reject)
        self.previous_button.clicked.connect(lambda: self._go(self._index - 1))
        self.next_button.clicked.connect(lambda: self._go(self._index + 1))
        self.merge_button.clicked.connect(self.merge)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.reload()

    # -- the pairs -----------------------------------------------------------------------
    def reload(self) -> None:
        self._worker.read(lambda s: s.duplicates.likely_duplicates(), key="sync-duplicates", on_done=self._show,
                          on_error=lambda e: self._show_message(str(e), "problem"))

    def _show(self, pairs: list[dict]) -> None:
        self._pairs = pairs
        self._go(min(self._index, len(pairs) - 1))

    def current_pair(self) -> dict | None:
        return self._pairs[self._index] if 0 <= self._index < len(self._pairs) else None

    def _go(self, index: int) -> None:
        self._index = max(0, index)
        pair = self.current_pair()
        for widget in (self.grid_frame, self.merge_button, self.dismiss_button, self.position_label,
                       self.previous_button, self.next_button):
            widget.setVisible(pair is not None)
        self.empty_label.setVisible(pair is None)
        if pair is None:
            return
        count = len(self._pairs)
        self.position_label.setText(self.tr("Pair {n} of {count}").format(n=self._index + 1, count=count))
        self.previous_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < count - 1)
        a, b = pair["a"], pair["b"]
        for key, _label in self._rows:
            values = [self._value(key, client) for client in (a, b)]
            same = values[0] == values[1] and values[0] != ""
            for cell, value in zip(self.cells[key], values, strict=True):
                cell.setText(value or "-")
                cell.setProperty("same", "true" if same and key in pair["matched_on"] else "false")
                cell.style().unpolish(cell)
                cell.style().polish(cell)
        # The file registered first is usually the one the chain already works with.
        (self.keep_a if (a.get("created_at") or "") <= (b.get("created_at") or "") else self.keep_b).setChecked(True)
        self._set_busy(self._busy)

    @staticmethod
    def _value(key: str, client: dict) -> str:
        if key == "name":
            return _name(client)
        if key == "date_of_birth":
            return format_date(client.get(key))
        if key == "created_at":
            return when_text(client.get(key))
        return client.get(key) or ""

    # -- deciding ------------------------------------------------------------------------
    def merge(self) -> None:
        pair = self.current_pair()
        if pair is None or self._busy:
            return
        keep, drop = (pair["a"], pair["b"]) if self.keep_a.isChecked() else (pair["b"], pair["a"])
        keep_id, drop_id = keep["id"], drop["id"]
        self._set_busy(True)
        self._worker.write(lambda s: s.duplicates.merge_clients(keep_id, drop_id), changes=MERGE_CHANGES,
                           on_done=lambda _r: self._done(self.tr("Merged: {name} now holds both files.").format(
                               name=_name(keep))),
                           on_error=self._failed)

    def dismiss(self) -> None:
        pair = self.current_pair()
        if pair is None or self._busy:
            return
        a, b = pair["client_a"], pair["client_b"]
        self._set_busy(True)
        self._worker.write(lambda s: s.duplicates.dismiss(a, b), changes={"duplicate_dismissals"},
                           on_done=lambda _r: self._done(self.tr("Noted: they are two people. This pair is not "
                                                                 "shown again, on any device.")),
                           on_error=self._failed)

    def _done(self, text: str) -> None:
        self._set_busy(False)
        self._show_message(text, "success")
        self.reload()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_message(self.tr("That did not work: {error}").format(error=error), "problem")
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.merge_button.setEnabled(not busy)
        self.dismiss_button.setEnabled(not busy)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()
