"""An administrator's choice, in the regional comparison: the municipality's region and whether its
aggregate figures are shared there. Shown to administrators only; the server checks the role again
and audits every change."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.server_calls import ServerCalls
from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from sync.protocol import RegionSetting


def account_role(store) -> str | None:
    """The role of the person this device is signed in for; on the worker thread."""
    from desktop.store.replica import StoreReplica
    from sync.client.replica import ACCOUNT

    raw = StoreReplica(store).read_state(ACCOUNT)[ACCOUNT]
    try:
        return (json.loads(raw) or {}).get("role") if raw else None
    except ValueError:
        return None


class RegionShare(QWidget):
    changed = Signal()  # the choice was saved: the figures are worth fetching again

    def __init__(self, worker: DbWorker, server: ServerCalls, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionShare")
        self._worker, self._server = worker, server
        self.region_edit = QLineEdit(self)
        self.region_edit.setPlaceholderText(self.tr("Region name or code"))
        self.region_edit.setMaxLength(100)
        self.share_box = QCheckBox(self.tr("Share this municipality's figures with the region (counts only)"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.message = QLabel(self)
        set_role(self.message, "hint")
        label = QLabel(self.tr("Region"), self)
        label.setBuddy(self.region_edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.region_edit)
        row.addWidget(self.share_box)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        self.save_button.clicked.connect(self.save)
        self.hide()

    def start(self) -> None:
        """Shown when this device's person is an administrator, with the choice as the server has it."""
        self._worker.read(account_role, on_done=self._on_role, on_error=lambda _e: None, asker=self)

    def _on_role(self, role: str | None) -> None:
        if role != "administrator":
            self.hide()
            return
        self._server.call(lambda server: server.region_setting(), on_done=self._show, on_error=lambda _e: None)

    def _show(self, setting: RegionSetting) -> None:
        self.region_edit.setText(setting.region or "")
        self.share_box.setChecked(setting.share)
        self.show()

    def save(self) -> None:
        setting = RegionSetting(region=self.region_edit.text().strip() or None, share=self.share_box.isChecked())
        self.save_button.setEnabled(False)
        self._server.call(lambda server: server.choose_region(setting), on_done=self._saved, on_error=self._failed)

    def _saved(self, setting: RegionSetting) -> None:
        self.save_button.setEnabled(True)
        self._show(setting)
        self._say(self.tr("Saved."), "hint")
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        code = getattr(error, "code", None)
        if code == "region_needed":
            text = self.tr("Sharing needs a region: fill in the region's name.")
        elif code == "region_setting_not_allowed":
            text = self.tr("Only an administrator can change this.")
        else:
            text = self.tr("Not saved: the server could not be reached or refused it.")
        self._say(text, "problem")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
