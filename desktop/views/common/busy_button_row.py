"""The foot of a card page: its primary button, and while the work runs a moving bar and a line
saying what is happening (creating the store, unlocking it)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.views.common.style import set_role


class BusyButtonRow(QWidget):
    def __init__(self, button_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no end known: a moving bar
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(6)
        self.label = QLabel(self)
        set_role(self.label, "hint")
        self.button = QPushButton(button_text, self)
        self.button.setProperty("primary", True)
        self.button.setDefault(True)

        row = QHBoxLayout()
        row.addWidget(self.label)
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)  # the card's own spacing, so the bar sits as its other rows do
        layout.addWidget(self.bar)
        layout.addLayout(row)
        self.set_busy(False)

    def set_busy(self, busy: bool, text: str | None = None) -> None:
        """Show or hide the bar and the line; `text` replaces the line when given."""
        if text is not None:
            self.label.setText(text)
        self.bar.setVisible(busy)
        self.label.setVisible(busy)
