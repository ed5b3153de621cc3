"""Signing this device in to the chain's server: address, user name, password; then the first
sync, with how far it has come.

Plain http is refused (except to this computer) before anything is sent, and says why.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.sync_service import SyncService
from desktop.views.common.style import set_role
from desktop.views.common.sync_texts import failure_explanation, incomplete_address, insecure_address, sign_in_error

ADDRESS_HINT = "https://ketenplan.gemeente.nl"


def address_problem(text: str) -> str | None:
    """Why this server address cannot be used, or None."""
    from sync.client.transport import server_base_url
    from sync.errors import InsecureServer

    text = text.strip()
    if not text:
        return None
    if "://" not in text:
        return incomplete_address()
    try:
        server_base_url(text)
    except InsecureServer:
        return incomplete_address() if text.lower().startswith("https://") else insecure_address()
    return None


class SignInDialog(QDialog):
    def __init__(self, service: SyncService, parent: QWidget | None = None):
        super().__init__(parent)
        self._service = service
        self._signing_in = False
        self._syncing = False
        self._account_name = ""
        self.setWindowTitle(self.tr("Connect to the chain's server"))
        self.setFixedWidth(560)  # the height follows what the dialog has to say

        intro = QLabel(self.tr(
            "Sign in with the account your municipality gave you. Ketenplan then shares your changes with "
            "the chain and receives theirs; it keeps working when there is no connection."), self)
        intro.setWordWrap(True)
        self.switch_note = QLabel(self)  # who is signed in now, and what signing in as another means
        self.switch_note.setObjectName("switchNote")
        self.switch_note.setWordWrap(True)
        set_role(self.switch_note, "hint")
        self.address_edit = QLineEdit(self)
        self.address_edit.setObjectName("signInAddress")
        self.address_edit.setPlaceholderText(ADDRESS_HINT)
        self.address_problem = QLabel(self)
        self.address_problem.setWordWrap(True)
        self.address_problem.hide()
        set_role(self.address_problem, "problem")
        self.username_edit = QLineEdit(self)
        self.username_edit.setObjectName("signInUser")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("signInPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Server &address"), self.address_edit)
        form.addRow("", self.address_problem)
        form.addRow(self.tr("&User name"), self.username_edit)
        form.addRow(self.tr("&Password"), self.password_edit)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        self.progress_label = QLabel(self)
        set_role(self.progress_label, "hint")

        self.buttons = QDialogButtonBox(self)
        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.switch_note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (self.address_edit, self.username_edit, self.password_edit):
            edit.textChanged.connect(self._update)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.close_button.clicked.connect(self.reject)
        service.progress_changed.connect(self._on_progress)
        service.sync_finished.connect(self._on_synced)
        self.reset()

    def reset(self) -> None:
        """Empty, but for the address this device used before."""
        self._signing_in = self._syncing = False
        status = self._service.status
        self.address_edit.setText(status.server_url or "")
        self.switch_note.setText(self.tr(
            "Signed in now as {name}. Someone else can sign in here: the device then starts over with what the "
            "server gives them, once the changes of {name} have been sent.").format(name=status.account_name)
            if status.enrolled and status.account_name else "")
        self.switch_note.setVisible(bool(self.switch_note.text()))
        self.username_edit.clear()
        self.password_edit.clear()
        for widget in (self.message, self.progress_bar, self.progress_label):
            widget.hide()
        self._set_fields_enabled(True)
        self.close_button.setText(self.tr("Cancel"))
        self.sign_in_button.show()
        self._update()
        self._fit()
        (self.username_edit if self.address_edit.text() else self.address_edit).setFocus()

    def prefill(self, address: str, username: str) -> None:
        """As the first start chose them: only the password is left to type."""
        self.address_edit.setText(address)
        self.username_edit.setText(username)
        self.password_edit.setFocus()

    def reject(self) -> None:
        self.password_edit.clear()
        super().reject()

    def held_input(self) -> dict | None:
        """What a lock keeps of what was typed (never the password); None once signed in."""
        if self._syncing:
            return None
        return {"address": self.address_edit.text(), "username": self.username_edit.text()}

    def put_back(self, held: dict) -> None:
        self.address_edit.setText(held["address"])
        self.username_edit.setText(held["username"])
        (self.password_edit if held["address"] and held["username"] else
         self.username_edit if held["address"] else self.address_edit).setFocus()

    # -- signing in ------------------------------------------------------------------
    def _update(self) -> None:
        problem = address_problem(self.address_edit.text())
        if self.address_problem.text() != (problem or ""):
            self.address_problem.setText(problem or "")
            self.address_problem.setVisible(problem is not None)
            self._fit()
        ready = (problem is None and bool(self.address_edit.text().strip()) and bool(self.username_edit.text().strip())
                 and bool(self.password_edit.text()))
        self.sign_in_button.setEnabled(ready and not self._signing_in and not self._syncing)

    def sign_in(self) -> None:
        if not self.sign_in_button.isEnabled():
            return
        self._signing_in = True
        self._set_fields_enabled(False)
        self._update()
        self._show_message(self.tr("Signing in..."), "hint")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self._service.enrol(self.address_edit.text().strip(), self.username_edit.text().strip(),
                            self.password_edit.text(), on_done=self._on_signed_in, on_error=self._on_failed)

    def _on_signed_in(self, account) -> None:
        self._signing_in = False
        self._syncing = True
        self._account_name = account.display_name
        self.password_edit.clear()
        self.sign_in_button.hide()
        self.close_button.setText(self.tr("Close"))
        self._show_message(self.tr("Signed in as {name}. The first sync runs now; you can close this window, "
                                   "it goes on in the background.").format(name=account.display_name), "success")
        self.progress_label.setText(self.tr("Checking the connection..."))
        self.progress_label.show()
        self._fit()

    def _on_failed(self, error: BaseException) -> None:
        self._signing_in = False
        self.progress_bar.hide()
        self._set_fields_enabled(True)
        self.password_edit.clear()
        self._show_message(sign_in_error(error), "problem")
        (self.password_edit if getattr(error, "code", None) == "bad_login" else self.address_edit).setFocus()
        self._update()

    # -- the first sync ----------------------------------------------------------------
    def _on_progress(self, progress) -> None:
        if not self._syncing:
            return
        bar = self.progress_bar
        if progress.phase == "push" and progress.ops_total:
            bar.setRange(0, progress.ops_total)
            bar.setValue(min(progress.ops_sent, progress.ops_total))
            self.progress_label.setText(self.tr("Sending this device's changes: {done} of {total}").format(
                done=progress.ops_sent, total=progress.ops_total))
        elif progress.fraction is not None:
            bar.setRange(0, 1000)
            bar.setValue(int(progress.fraction * 1000))
            self.progress_label.setText(self.tr("Receiving the chain's records: {count} so far ({percent}%)")
                                        .format(count=progress.changes_applied,
                                                percent=int(progress.fraction * 100)))

    def _on_synced(self, ok: bool) -> None:
        if not self._syncing:
            return
        self._syncing = False
        self.progress_bar.hide()
        if ok:
            self.progress_label.hide()
            self._show_message(self.tr("Signed in as {name}. Everything is synced.").format(
                name=self._account_name), "success")
        else:
            failure = self._service.status.failure or {}
            self.progress_label.hide()
            self._show_message(self.tr("Signed in as {name}, but the first sync did not complete. {why}").format(
                name=self._account_name, why=failure_explanation(failure.get("code"), failure.get("message"))),
                "problem")

    # -- helpers ---------------------------------------------------------------------
    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()
        self._fit()

    def _fit(self) -> None:
        QTimer.singleShot(0, self.adjustSize)  # once the labels have their new text

    def _set_fields_enabled(self, enabled: bool) -> None:
        for edit in (self.address_edit, self.username_edit, self.password_edit):
            edit.setEnabled(enabled)
