"""The unlock screen, at start and after a lock: the passphrase, or the key kept on this device."""

from __future__ import annotations

import logging
import math
import time
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.store import KeyringUnavailable, Store, WrongPassphrase
from desktop.store.keychain import keyring_available
from desktop.tasks import DbWorker
from desktop.views.common.busy_button_row import BusyButtonRow
from desktop.views.common.style import card_page, set_role
from domain.throttle import unlock_delay_seconds

log = logging.getLogger(__name__)


class UnlockPanel(QWidget):
    """Opens the store on the worker; `unlocked` once it is open there.

    Wrong attempts are counted for as long as the app runs, and from the third on the
    Unlock button waits a little longer each time (domain.throttle).
    """

    unlocked = Signal()
    notice = Signal(str)  # something worth a line in the status bar

    def __init__(self, worker: DbWorker, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._data_dir = Path(data_dir)
        self._busy = False
        self._failures = 0
        self._retry_at = 0.0
        self._remembered = False
        self._has_keyring = keyring_available()

        layout = card_page(self, max_width=480)
        title = QLabel(self.tr("Unlock Ketenplan"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr("The client files on this laptop are encrypted. Enter your "
                               "passphrase to open them."), self)
        intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.remember_check = QCheckBox(self.tr("Remember on this device"), self)
        self.remember_check.setToolTip(self.tr(
            "Keep the key in this computer's keyring, so Ketenplan opens without the passphrase "
            "when you are logged in. After a lock the passphrase is still asked."))
        self.keyring_note = QLabel(self.tr(
            "This computer has no keyring; you unlock with your passphrase."), self)
        self.keyring_note.setWordWrap(True)
        set_role(self.keyring_note, "hint")
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        set_role(self.message_label, "problem")
        self.countdown_label = QLabel(self)
        self.countdown_label.setWordWrap(True)
        set_role(self.countdown_label, "hint")
        self.action_row = BusyButtonRow(self.tr("Unlock"), self)
        self.unlock_button = self.action_row.button

        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.passphrase_edit)
        layout.addWidget(self.message_label)
        layout.addWidget(self.countdown_label)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.action_row)

        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.passphrase_edit.textChanged.connect(self._update_button)
        self.passphrase_edit.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.message_label.hide()
        self.countdown_label.hide()
        self._set_busy(False)
        self.prepare()

    # -- public ------------------------------------------------------------------
    @property
    def failed_attempts(self) -> int:
        return self._failures

    def prepare(self) -> None:
        """Ready the form for showing: empty field, keyring state checked afresh."""
        self.passphrase_edit.clear()
        self._has_keyring = keyring_available()
        self.remember_check.setEnabled(self._has_keyring and not self._busy)
        self.remember_check.setChecked(self._has_keyring and self._remembered)
        self.keyring_note.setVisible(not self._has_keyring)
        self.passphrase_edit.setFocus()

    def set_remembered(self, remembered: bool) -> None:
        """Whether this device keeps the key, so the checkbox shows the truth after a lock."""
        self._remembered = bool(remembered)
        self.remember_check.setChecked(self._has_keyring and self._remembered)

    def try_keyring(self) -> None:
        """At start: open with the key remembered on this device; else ask the passphrase."""
        if self._busy:
            return
        data_dir = self._data_dir
        self._set_busy(True, self.tr("Opening with the key remembered on this device…"))
        self._worker.open(lambda: Store.unlock_with_keyring(data_dir),
                          on_done=self._on_keyring_result, on_error=self._on_keyring_error)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """What typing the passphrase and pressing Unlock does (benchmarks and tests)."""
        self.passphrase_edit.setText(passphrase)
        self.unlock()

    def unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        if self._busy or not passphrase or self._waiting():
            return
        data_dir, remember = self._data_dir, self.remember_check.isChecked()
        self.message_label.hide()
        self._set_busy(True, self.tr("Unlocking…"))
        self._worker.open(lambda: Store.unlock(data_dir, passphrase),
                          on_done=lambda _store: self._on_unlocked(remember),
                          on_error=self._on_unlock_error)

    # -- results -----------------------------------------------------------------
    def _on_keyring_result(self, store) -> None:
        self._set_busy(False)
        if store is None:
            self.prepare()
            return
        self.set_remembered(True)
        self.unlocked.emit()

    def _on_keyring_error(self, error: BaseException) -> None:
        log.warning("quick unlock failed, asking the passphrase: %s", error)
        self._set_busy(False)
        self.prepare()

    def _on_unlocked(self, remember: bool) -> None:
        self._set_busy(False)
        self._failures = 0
        self.passphrase_edit.clear()
        self.message_label.hide()
        if remember:
            self._worker.read(lambda s: s.remember_on_device(),
                              on_done=lambda _r: self.set_remembered(True),
                              on_error=self._on_remember_error)
        elif self._remembered:
            # Unticked: this device should no longer open without the passphrase.
            self._worker.read(lambda s: s.forget_on_device(),
                              on_done=lambda _r: self.set_remembered(False))
        self.unlocked.emit()

    def _on_remember_error(self, error: BaseException) -> None:
        if isinstance(error, KeyringUnavailable):
            self.notice.emit(self.tr("This computer's keyring could not keep the key; you will "
                                     "unlock with your passphrase."))
        else:
            log.error("could not remember the key on this device", exc_info=error)

    def _on_unlock_error(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
        if isinstance(error, WrongPassphrase):
            self._failures += 1
            self._show_message(self.tr("That passphrase is not right. Nothing was changed."))
            delay = unlock_delay_seconds(self._failures)
            if delay > 0:
                self._retry_at = time.monotonic() + delay
                self._tick()
                self._countdown.start()
        else:
            log.error("the store could not be opened", exc_info=error)
            self._show_message(
                self.tr("The store could not be opened: {error}").format(error=error))

    # -- state -------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _waiting(self) -> bool:
        return time.monotonic() < self._retry_at

    def _tick(self) -> None:
        remaining = self._retry_at - time.monotonic()
        if remaining <= 0:
            self._countdown.stop()
            self.countdown_label.hide()
        else:
            seconds = math.ceil(remaining)
            # Two whole sentences rather than "%n second(s)": English loads no translator.
            self.countdown_label.setText(
                self.tr("Too many wrong attempts. You can try again in 1 second.")
                if seconds == 1 else
                self.tr("Too many wrong attempts. You can try again in {n} seconds.")
                .format(n=seconds))
            self.countdown_label.show()
        self._update_button()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.action_row.set_busy(busy, text)
        self.passphrase_edit.setEnabled(not busy)
        self.remember_check.setEnabled(not busy and self._has_keyring)
        self._update_button()

    def _update_button(self) -> None:
        self.unlock_button.setEnabled(
            not self._busy and not self._waiting() and bool(self.passphrase_edit.text()))
