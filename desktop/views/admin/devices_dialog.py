"""The municipality's signed-in devices, for an administrator: sign off a lost laptop, or one of
someone who left. A device signed off is refused at its next contact and removes its data.

Also the notice a signed-off device shows before its data goes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.server_calls import ServerCalls
from desktop.tasks import DbWorker
from desktop.views.common.prompts import confirm
from desktop.views.common.style import set_role
from desktop.views.common.sync_texts import when_text

COLUMNS = 5  # device, person, signed in, last seen, state


def signed_off_notice(parent: QWidget) -> QMessageBox:
    """Shown (window-modal) on a device an administrator signed off, as its store is removed."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DevicesDialog", "Signed off"),
                      QCoreApplication.translate(
                          "DevicesDialog", "This device was signed off by the administrator; the data on it is "
                                           "removed."), QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(QCoreApplication.translate(
        "DevicesDialog", "Changes not yet sent are lost. To work on this device again, create a new encrypted "
                         "store and sign in; the chain's records come back with the first sync."))
    box.setObjectName("signedOffNotice")
    box.open()
    return box


class DevicesDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._server = ServerCalls(worker, self)  # the store's worker never waits on the network
        self._devices: list = []  # sync.protocol.DeviceInfo, in the table's order
        self._busy = False
        self.setWindowTitle(self.tr("Devices"))
        self.resize(820, 420)

        intro = QLabel(self.tr(
            "The devices signed in to your municipality's server. Sign off a device that is lost or no longer "
            "used: the server refuses it from then on, and at its next connection it removes the client files "
            "on it. Changes it had not sent yet are lost."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Device"), self.tr("Person"), self.tr("Signed in"),
                                              self.tr("Last seen"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.revoke_button = QPushButton(self.tr("Sign off device"), self)
        self.buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.revoke_button.clicked.connect(self.ask_to_revoke)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.reload()

    # -- the list ----------------------------------------------------------------------
    def reload(self) -> None:
        self._set_busy(True)
        self._show_message(self.tr("Fetching the devices from the server..."), "hint")
        self._server.call(lambda server: server.devices().devices, on_done=self._show_devices,
                          on_error=self._on_error)

    def _show_devices(self, devices: list) -> None:
        self._set_busy(False)
        self.message.hide()
        self._devices = sorted(devices, key=lambda d: (d.revoked_at is not None, d.display_name, d.created_at))
        self.table.setRowCount(len(self._devices))
        for row, device in enumerate(self._devices):
            name = self.tr("{name} (this device)").format(name=device.name) if device.this_device else device.name
            state = (self.tr("Signed off {when}").format(when=when_text(device.revoked_at)) if device.revoked_at
                     else self.tr("Signed in"))
            cells = (name, f"{device.display_name} ({device.username})", when_text(device.created_at),
                     when_text(device.last_seen_at), state)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self._update_button()

    def selected_device(self):
        rows = self.table.selectionModel().selectedRows()
        return self._devices[rows[0].row()] if rows else None

    # -- signing off -------------------------------------------------------------------
    def ask_to_revoke(self) -> None:
        device = self.selected_device()
        if device is None or not self.revoke_button.isEnabled():
            return
        question = confirm(self, self.tr("Sign off device"), self.tr(
            "Sign off {device} of {person}? The device can no longer sync, and removes the client files on it "
            "at its next connection.").format(device=device.name, person=device.display_name),
            self.tr("Sign off"), lambda: self.revoke(device.device_id))
        question.setObjectName("confirmSignOff")

    def revoke(self, device_id: str) -> None:
        self._set_busy(True)
        self._server.call(lambda server: server.revoke_device(device_id), on_done=lambda _d: self.reload(),
                          on_error=self._on_error)

    # -- helpers -----------------------------------------------------------------------
    def _on_error(self, error: BaseException) -> None:
        self._set_busy(False)
        code = getattr(error, "code", None)
        if code == "devices_not_allowed":
            text = self.tr("Only an administrator of your municipality can see and sign off devices.")
        elif code == "offline":
            text = self.tr("The server could not be reached. Try again when there is a connection.")
        elif code == "no_server":
            text = self.tr("This device does not sync with a server. Sign in to the server first (Settings).")
        else:
            text = self.tr("The server did not answer as expected: {reason}").format(
                reason=getattr(error, "message", error.__class__.__name__))
        self._show_message(text, "problem")

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        device = self.selected_device() if self._devices else None
        self.revoke_button.setEnabled(not self._busy and device is not None and device.revoked_at is None
                                      and not device.this_device)
