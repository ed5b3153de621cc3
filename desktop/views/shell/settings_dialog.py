"""Settings: when to lock, the language, quick unlock on this device, the chain's server, and the passphrase."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.settings import IDLE_MINUTES_RANGE, Settings
from desktop.store import KeyringUnavailable, WrongPassphrase
from desktop.store.keychain import keyring_available
from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from desktop.views.shell.passphrase_setup import NewPassphraseFields

log = logging.getLogger(__name__)

# Each language in its own words: someone who cannot read the current one can still switch.
_LANGUAGE_NAMES = (("nl", "Nederlands"), ("en", "English"))


class SettingsDialog(QDialog):
    """OK stores the preferences; the passphrase changes at once with its own button."""

    remembered_changed = Signal(bool)  # the device now keeps (or no longer keeps) the key
    connect_requested = Signal()  # the person wants to sign this device in to a server

    def __init__(self, worker: DbWorker, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self._remembered: bool | None = None  # unknown until the worker answers
        self._changing = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(500)

        general = QGroupBox(self.tr("Locking and language"), self)
        self.idle_spin = QSpinBox(general)
        self.idle_spin.setObjectName("idleMinutes")
        self.idle_spin.setRange(*IDLE_MINUTES_RANGE)
        self.idle_spin.setSuffix(self.tr(" min"))
        self.idle_spin.setMaximumWidth(120)
        self.language_combo = QComboBox(general)
        self.language_combo.setObjectName("language")
        for code, name in _LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setMaximumWidth(200)
        language_note = QLabel(self.tr("The language changes when you restart Ketenplan."),
                               general)
        language_note.setWordWrap(True)
        set_role(language_note, "hint")
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Lock after this long without use"), self.idle_spin)
        general_form.addRow(self.tr("Language"), self.language_combo)
        general_form.addRow("", language_note)

        device = QGroupBox(self.tr("This device"), self)
        self.remember_check = QCheckBox(self.tr("Remember on this device"), device)
        self.remember_check.setToolTip(self.tr(
            "Keep the key in this computer's keyring, so Ketenplan opens without the passphrase "
            "when you are logged in. After a lock the passphrase is still asked."))
        self.keyring_note = QLabel(self.tr(
            "This computer has no keyring; you unlock with your passphrase."), device)
        self.keyring_note.setWordWrap(True)
        set_role(self.keyring_note, "hint")
        # Until accounts arrive with sync, the worker of this device is chosen here; their
        # name goes with every change and fills in "who" on handovers, intakes and visits.
        self.worker_combo = QComboBox(device)
        self.worker_combo.setAccessibleName(self.tr("Who works on this device"))
        self.worker_combo.setMinimumContentsLength(24)
        worker_row = QFormLayout()
        worker_row.addRow(self.tr("Who works on this device"), self.worker_combo)
        device_layout = QVBoxLayout(device)
        device_layout.addLayout(worker_row)
        device_layout.addWidget(self.remember_check)
        device_layout.addWidget(self.keyring_note)

        server = QGroupBox(self.tr("The chain's server"), self)
        self.server_label = QLabel(server)
        self.server_label.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect to the chain's server..."), server)
        self.connect_button.setAutoDefault(False)
        server_layout = QHBoxLayout(server)
        server_layout.addWidget(self.server_label, 1)
        server_layout.addWidget(self.connect_button)

        change = QGroupBox(self.tr("Change passphrase"), self)
        self.old_edit = QLineEdit(change)
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.old_edit.setAccessibleName(self.tr("Current passphrase"))
        self.new_fields = NewPassphraseFields(change)
        self.change_button = QPushButton(self.tr("Change passphrase"), change)
        self.change_button.setAutoDefault(False)
        self.change_busy = QProgressBar(change)
        self.change_busy.setRange(0, 0)
        self.change_busy.setTextVisible(False)
        self.change_busy.setMaximumHeight(6)
        self.change_message = QLabel(change)
        self.change_message.setWordWrap(True)
        self.new_fields.add_leading_row(self.tr("Current passphrase"), self.old_edit)
        change_row = QHBoxLayout()
        change_row.addWidget(self.change_busy, 1)
        change_row.addStretch(1)
        change_row.addWidget(self.change_button)
        change_layout = QVBoxLayout(change)
        change_layout.addWidget(self.new_fields)
        change_layout.addWidget(self.change_message)
        change_layout.addLayout(change_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(device)
        layout.addWidget(server)
        layout.addWidget(change)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.old_edit.textChanged.connect(self._update_change_button)
        self.new_fields.changed.connect(self._update_change_button)
        self.change_button.clicked.connect(self.change_passphrase)
        self.connect_button.clicked.connect(self.connect_requested)
        self.reset()

    def event(self, event: QEvent) -> bool:
        # Qt sizes the dialog from its minimum, not counting the lines its wrapped hints take
        # at this width (nor a hint that arrives later): the passphrase rows were squeezed to
        # slivers. Grow to what the rows need whenever it is shown or its layout changes.
        handled = super().event(event)
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and self.layout() is not None:
            needed = self.layout().totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)
        return handled

    def held_input(self) -> dict:
        """What a lock keeps of the choices not yet confirmed (never a passphrase)."""
        return {"idle_minutes": self.idle_spin.value(), "language": self.language_combo.currentData()}

    def put_back(self, held: dict) -> None:
        self.idle_spin.setValue(held["idle_minutes"])
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(held["language"])))

    def reset(self) -> None:
        """Fill in the current values; empty every passphrase field."""
        self.idle_spin.setValue(self._settings.idle_lock_minutes)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(self._settings.language)))
        self.old_edit.clear()
        self.new_fields.clear()
        self.change_message.hide()
        self._set_changing(False)
        has_keyring = keyring_available()
        self.keyring_note.setVisible(not has_keyring)
        self.remember_check.setChecked(False)
        self.remember_check.setEnabled(False)  # until we know what the device keeps
        self._remembered = None
        self._current_worker: str | None = None
        self.worker_combo.clear()
        self.worker_combo.setEnabled(False)
        self._worker.read(lambda s: (s.directory.workers(), s.current_worker()), on_done=self._on_workers,
                          on_error=lambda e: log.warning("workers unknown: %s", e))
        self.server_label.setText("")
        self._worker.read(lambda s: (s.sync.summary(), s.sync.account()), on_done=self._on_server,
                          on_error=lambda e: log.warning("sync state unknown: %s", e))
        if has_keyring:
            self._worker.read(lambda s: s.is_remembered(), on_done=self._on_remembered,
                              on_error=lambda e: log.warning("keyring state unknown: %s", e))

    # -- preferences -------------------------------------------------------------
    def accept(self) -> None:
        self._settings.idle_lock_minutes = self.idle_spin.value()
        self._settings.language = self.language_combo.currentData()
        self._settings.sync()
        chosen = self.worker_combo.currentData() if self.worker_combo.isEnabled() else self._current_worker
        if chosen != self._current_worker:
            self._worker.write(lambda s: s.set_current_worker(chosen), changes={"device_state"},
                               on_error=lambda e: log.error("could not set the worker", exc_info=e))
        remember = self.remember_check.isChecked()
        if self._remembered is not None and remember != self._remembered:
            task = (lambda s: s.remember_on_device()) if remember else (
                lambda s: s.forget_on_device())
            self._worker.read(task, on_done=lambda _r: self.remembered_changed.emit(remember),
                              on_error=self._on_remember_error)
        self._clear_passphrases()
        super().accept()

    def reject(self) -> None:
        self._clear_passphrases()
        super().reject()

    def _on_workers(self, result) -> None:
        workers, current = result
        self._current_worker = current
        self.worker_combo.addItem(self.tr("(nobody chosen)"), None)
        for worker in workers:
            self.worker_combo.addItem(worker["name"], worker["id"])
        self.worker_combo.setCurrentIndex(max(0, self.worker_combo.findData(current)))
        self.worker_combo.setEnabled(True)

    def _on_server(self, result) -> None:
        summary, account = result
        if summary.enrolled and summary.server_url:
            name = account.get("display_name") if account else ""
            self.server_label.setText(self.tr("This device syncs with {server} as {name}.").format(
                server=summary.server_url, name=name or "-"))
            self.connect_button.setText(self.tr("Switch user or server..."))
        else:
            self.server_label.setText(self.tr("This device works on its own: it does not sync with the chain yet."))
            self.connect_button.setText(self.tr("Connect to the chain's server..."))

    def _on_remembered(self, remembered: bool) -> None:
        self._remembered = bool(remembered)
        self.remember_check.setChecked(self._remembered)
        self.remember_check.setEnabled(True)

    def _on_remember_error(self, error: BaseException) -> None:
        if not isinstance(error, KeyringUnavailable):
            log.error("could not change what this device remembers", exc_info=error)

    # -- the passphrase ------------------------------------------------------------
    def change_passphrase(self) -> None:
        if not self.change_button.isEnabled():
            return
        old, new = self.old_edit.text(), self.new_fields.passphrase()
        self.change_message.hide()
        self._set_changing(True)
        # The key is re-wrapped with the store's own KDF settings; Argon2 takes a moment.
        self._worker.write(lambda s: s.change_passphrase(old, new), changes=frozenset(),
                           on_done=self._on_changed, on_error=self._on_change_failed)

    def _on_changed(self, _result) -> None:
        self._set_changing(False)
        self._clear_passphrases()
        self._show_change_message(self.tr("Your passphrase has been changed. Use the new one "
                                          "from now on."), "success")

    def _on_change_failed(self, error: BaseException) -> None:
        self._set_changing(False)
        if isinstance(error, WrongPassphrase):
            self.old_edit.clear()
            self.old_edit.setFocus()
            text = self.tr("The current passphrase is not right. Nothing was changed.")
        else:
            log.error("changing the passphrase failed", exc_info=error)
            text = self.tr("The passphrase could not be changed: {error}. Nothing was "
                           "changed.").format(error=error)
        self._show_change_message(text, "problem")

    def _show_change_message(self, text: str, role: str) -> None:
        self.change_message.setText(text)
        set_role(self.change_message, role)
        self.change_message.show()

    def _clear_passphrases(self) -> None:
        self.old_edit.clear()
        self.new_fields.clear()

    def _set_changing(self, changing: bool) -> None:
        self._changing = changing
        self.change_busy.setVisible(changing)
        self.old_edit.setEnabled(not changing)
        self.new_fields.setEnabled(not changing)
        self._update_change_button()

    def _update_change_button(self) -> None:
        self.change_button.setEnabled(
            not self._changing and bool(self.old_edit.text()) and self.new_fields.is_acceptable())
