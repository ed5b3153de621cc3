"""A strip above a form someone is typing in: the record changed underneath, from another device.

A sync never closes, resets or reloads a form with unsaved input. The view keeps the user's
text and shows this beside it; the user chooses: read the stored version again, or keep what
they typed (a save then writes only the fields they changed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.views.common.style import set_role


class ChangedBanner(QFrame):
    reload_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("changedBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#changedBanner { background: #fff4d6; border: 1px solid #e3c77a;"
                           " border-radius: 4px; }")
        self.label = QLabel(self)
        self.label.setObjectName("changedBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        set_role(self.label, "hint")
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setObjectName("changedReload")
        self.reload_button.setToolTip(self.tr("Show the stored version; what you typed here is thrown away"))
        self.keep_button = QPushButton(self.tr("Keep mine"), self)
        self.keep_button.setObjectName("changedKeepMine")
        self.keep_button.setToolTip(self.tr("Keep what you typed; saving writes only the fields you changed"))
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)  # an Enter in the form chooses neither
        self.reload_button.clicked.connect(self._reload)
        self.keep_button.clicked.connect(self._keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.reload_button)
        row.addWidget(self.keep_button)
        self.hide()

    def show_changed(self, what: list[str]) -> None:
        text = (self.tr("Changed on another device: {fields}.").format(fields=", ".join(what)) if what
                else self.tr("Changed on another device."))
        self.label.setText(text)
        self.show()

    def dismiss(self) -> None:
        self.label.clear()  # it may name a field of the client: gone with the banner
        self.hide()

    def _reload(self) -> None:
        self.dismiss()
        self.reload_requested.emit()

    def _keep(self) -> None:
        self.dismiss()
        self.keep_requested.emit()
