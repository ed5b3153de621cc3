"""The sync status in the status bar: online or not, changes waiting, the last sync, and what
waits for a person (conflicts, refused changes, likely duplicates), each a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.sync_service import SyncStatus
from desktop.views.common.style import repolish, set_role
from desktop.views.common.sync_texts import failure_explanation, failure_reason, when_text

_STYLE = """
QToolButton { border: none; padding: 0 5px; color: #2f6690; text-decoration: underline; }
QToolButton:hover { color: #1d4461; }
QToolButton[role="attention"] { color: #9a4b00; font-weight: 600; }
QLabel#syncDot { font-size: 14px; padding: 0 0 0 6px; color: #8a949e; }
QLabel#syncDot[online="true"] { color: #2e7d32; }
QLabel#syncDot[online="false"] { color: #a12622; }
QProgressBar { border: 1px solid #c9d0d6; border-radius: 3px; background: #eef1f4; max-height: 10px; }
QProgressBar::chunk { background: #2f6690; border-radius: 2px; }
"""


def _link(parent: QWidget, role: str = "") -> QToolButton:
    button = QToolButton(parent)
    button.setAutoRaise(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    if role:
        button.setProperty("role", role)
    return button


class SyncStatusWidget(QWidget):
    sign_in_requested = Signal()
    conflicts_requested = Signal()
    rejects_requested = Signal()
    duplicates_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setStyleSheet(_STYLE)
        self.dot = QLabel("\u25cf", self)
        self.dot.setObjectName("syncDot")
        self.state_label = QLabel(self)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setFixedWidth(110)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setAccessibleName(self.tr("Sync progress"))
        self.connect_button = _link(self)
        self.connect_button.setText(self.tr("Connect to the chain's server"))
        self.pending_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.failure_label = QLabel(self)
        set_role(self.failure_label, "problem")
        self.sign_in_button = _link(self)
        self.sign_in_button.setText(self.tr("Sign in again"))
        self.conflicts_button = _link(self, "attention")
        self.rejects_button = _link(self, "attention")
        self.duplicates_button = _link(self, "attention")

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (self.conflicts_button, self.rejects_button, self.duplicates_button, self.failure_label,
                       self.sign_in_button, self.pending_label, self.last_sync_label, self.progress_bar,
                       self.dot, self.state_label, self.connect_button):
            layout.addWidget(widget)

        self.connect_button.clicked.connect(self.sign_in_requested)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.rejects_button.clicked.connect(self.rejects_requested)
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        self.clear()

    def clear(self) -> None:
        """Locked: nothing shown, not even a count."""
        for label in (self.state_label, self.pending_label, self.last_sync_label, self.failure_label):
            label.clear()
        for widget in (self.dot, self.progress_bar, self.connect_button, self.sign_in_button, self.failure_label,
                       self.conflicts_button, self.rejects_button, self.duplicates_button, self.last_sync_label):
            widget.hide()
        self.setToolTip("")

    # -- the status ------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        self.pending_label.setText(self._pending_text(status.pending))
        self._show_state(status)
        self._show_attention(self.conflicts_button, status.open_conflicts,
                             self.tr("1 conflict to resolve"), self.tr("{n} conflicts to resolve"))
        self._show_attention(self.rejects_button, status.rejects,
                             self.tr("1 change refused"), self.tr("{n} changes refused"))
        self._show_attention(self.duplicates_button, status.duplicates,
                             self.tr("1 possible duplicate"), self.tr("{n} possible duplicates"))

    def _show_state(self, status: SyncStatus) -> None:
        enrolled = status.enrolled
        self.connect_button.setVisible(not enrolled)
        self.dot.setVisible(enrolled and not status.running)
        self.last_sync_label.setVisible(enrolled)
        if not enrolled:
            self.state_label.setText(self.tr("Not connected to a server:"))
            self.failure_label.hide()
            self.sign_in_button.hide()
            self.progress_bar.hide()
            self.setToolTip("")
            return
        if status.running:
            self.state_label.setText(self.tr("Syncing..."))
        elif status.online is None:
            self.state_label.setText(self.tr("Connected"))
        else:
            self.state_label.setText(self.tr("Online") if status.online else self.tr("Offline"))
        self.dot.setProperty("online", "" if status.online is None else ("true" if status.online else "false"))
        repolish(self.dot)
        if not status.running:
            self.progress_bar.hide()
        elif not self.progress_bar.isVisible():
            self.progress_bar.setRange(0, 0)  # busy until the engine says how far it is
            self.progress_bar.show()
        self.last_sync_label.setText(
            self.tr("Last sync: {when}").format(when=when_text(status.last_success_at))
            if status.last_success_at else self.tr("Never synced"))
        failure = status.failure
        self.failure_label.setVisible(failure is not None and not status.running)
        self.sign_in_button.setVisible(failure is not None and failure.get("code") == "not_signed_in")
        if failure is not None:
            self.failure_label.setText(self.tr("Sync failed: {reason}").format(
                reason=failure_reason(failure.get("code"))))
            self.failure_label.setToolTip(failure_explanation(failure.get("code"), failure.get("message")))
        who = status.account_name or ""
        self.setToolTip(self.tr("Signed in to {server} as {name}").format(server=status.server_url or "",
                                                                          name=who) if who else
                        self.tr("Signed in to {server}").format(server=status.server_url or ""))

    def _pending_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No changes waiting to sync")
        if count == 1:
            return self.tr("1 change waiting to sync")
        return self.tr("{n} changes waiting to sync").format(n=count)  # Dutch splits the same way

    @staticmethod
    def _show_attention(button: QToolButton, count: int, one: str, many: str) -> None:
        button.setVisible(count > 0)
        button.setText(one if count == 1 else many.format(n=count))

    # -- progress --------------------------------------------------------------------
    def show_progress(self, progress) -> None:
        """sync.engine.SyncProgress: sending counts the outbox, receiving follows the server's head."""
        bar = self.progress_bar
        bar.show()
        self.dot.hide()
        if progress.phase == "push" and progress.ops_total:
            bar.setRange(0, progress.ops_total)
            bar.setValue(min(progress.ops_sent, progress.ops_total))
            self.state_label.setText(self.tr("Sending changes..."))
        elif progress.fraction is not None:
            bar.setRange(0, 1000)
            bar.setValue(int(progress.fraction * 1000))
            self.state_label.setText(self.tr("Receiving changes..."))
        else:
            bar.setRange(0, 0)
