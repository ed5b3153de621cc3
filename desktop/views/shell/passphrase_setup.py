"""First start: choose the passphrase that protects the encrypted store on this laptop.

NewPassphraseFields (new + repeat, strength, problems) is shared with the settings dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

from desktop.store import Store, StoreExists
from desktop.store.keyfile import KdfParams
from desktop.tasks import DbWorker
from desktop.views.common.busy_button_row import BusyButtonRow
from desktop.views.common.style import card_page, repolish, set_role
from desktop.views.shell.first_start import step_label
from domain.passphrase import MIN_LENGTH, PassphraseProblem, check_new_passphrase, strength


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, with its strength and problems shown as you type."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_edit.setAccessibleName(self.tr("New passphrase"))
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.show_check = QCheckBox(self.tr("Show passphrase"), self)

        self.strength_bar = QProgressBar(self)
        self.strength_bar.setObjectName("strengthBar")
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(self)
        set_role(self.strength_label, "hint")
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        set_role(self.problems_label, "problem")

        strength_row = QHBoxLayout()
        strength_row.addWidget(self.strength_bar, 1)
        strength_row.addWidget(self.strength_label)
        strength_row.setSpacing(10)
        # A grid rather than a form layout: labels centred on their (padded) fields.
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(1, 1)
        self._row(1, self.tr("New passphrase"), self.new_edit)
        self._row(2, self.tr("Repeat it"), self.confirm_edit)
        self._grid.addWidget(self.show_check, 3, 1)
        self._row(4, self.tr("Strength"), strength_row)
        self._grid.addWidget(self.problems_label, 5, 0, 1, 2)

        self.new_edit.textChanged.connect(self._on_new_changed)
        self.confirm_edit.textChanged.connect(self._update_problems)
        self.show_check.toggled.connect(self._show_passphrase)
        self._problems: list[PassphraseProblem] = []
        self._on_new_changed("")

    def passphrase(self) -> str:
        return self.new_edit.text()

    def problems(self) -> list[PassphraseProblem]:
        return list(self._problems)

    def is_acceptable(self) -> bool:
        return not self._problems

    def clear(self) -> None:
        self.new_edit.clear()
        self.confirm_edit.clear()
        self.show_check.setChecked(False)

    def add_leading_row(self, label: str, field: QWidget) -> None:
        """A field above the new passphrase (the current one, say), aligned with the rest."""
        self._row(0, label, field)  # row 0 is kept free for it

    def _row(self, row: int, label: str, field) -> None:
        text = QLabel(label, self)
        if isinstance(field, QWidget):
            text.setBuddy(field)
            self._grid.addWidget(field, row, 1)
        else:
            self._grid.addLayout(field, row, 1)
        self._grid.addWidget(text, row, 0, Qt.AlignmentFlag.AlignVCenter)

    def focus_first(self) -> None:
        self.new_edit.setFocus()

    def _show_passphrase(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.new_edit.setEchoMode(mode)
        self.confirm_edit.setEchoMode(mode)

    def _on_new_changed(self, text: str) -> None:
        score = strength(text).score if text else 0
        self.strength_bar.setValue(score if text else 0)
        self.strength_bar.setProperty("level", str(score))
        repolish(self.strength_bar)
        self.strength_label.setText(self._strength_word(score) if text else "")
        self._update_problems()

    def _strength_word(self, score: int) -> str:
        return (self.tr("very weak"), self.tr("weak"), self.tr("reasonable"), self.tr("strong"),
                self.tr("very strong"))[max(0, min(4, score))]

    def _update_problems(self) -> None:
        new, confirm = self.new_edit.text(), self.confirm_edit.text()
        self._problems = check_new_passphrase(new, confirm)
        shown = []
        # Only nag about what has been typed: no "does not match" before the second field.
        if new and PassphraseProblem.TOO_SHORT in self._problems:
            shown.append(self.tr("Too short: use at least {n} characters.").format(n=MIN_LENGTH))
        if new and PassphraseProblem.TOO_WEAK in self._problems:
            shown.append(self.tr("Too easy to guess: add another word or two that do not "
                                 "belong together."))
        if confirm and PassphraseProblem.MISMATCH in self._problems:
            shown.append(self.tr("The two passphrases do not match."))
        self.problems_label.setText("\n".join(shown))
        self.problems_label.setVisible(bool(shown))
        self.changed.emit()


class PassphraseSetupPage(QWidget):
    """Creates the encrypted store on the worker; `created` once it is open there."""

    created = Signal()

    def __init__(self, worker: DbWorker, data_dir: Path, kdf: KdfParams | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._data_dir = Path(data_dir)
        self._kdf = kdf  # None: tuned to this machine; tests pass a fast one
        self._busy = False

        layout = card_page(self, max_width=560)
        title = QLabel(self.tr("Choose a passphrase"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "The client files on this laptop are stored encrypted, so a lost laptop exposes "
            "nothing. Choose a passphrase to protect them: it cannot be recovered, so if you "
            "forget it, the data on this laptop cannot be opened again."), self)
        intro.setWordWrap(True)
        self.policy = QLabel(self.tr(
            "The rules: at least {n} characters, and not easy to guess; the strength shows as you type. "
            "You type it every time Ketenplan starts and after it locks itself when not used for a while. "
            "Nobody can reset it, not the municipality and not a helpdesk.").format(n=MIN_LENGTH), self)
        self.policy.setObjectName("passphrasePolicy")
        self.policy.setWordWrap(True)
        self.fields = NewPassphraseFields(self)
        tip = QLabel(self.tr(
            "Tip: a sentence of four or five ordinary words is easier to remember and harder "
            "to guess than a short password full of symbols."), self)
        tip.setWordWrap(True)
        set_role(tip, "hint")

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "problem")
        self.action_row = BusyButtonRow(self.tr("Create encrypted store"), self)
        self.create_button = self.action_row.button
        folder = QLabel(self.tr("Stored in: {folder}").format(folder=self._data_dir), self)
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(folder, "path")

        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.policy)
        layout.addSpacing(4)
        layout.addWidget(self.fields)
        layout.addWidget(tip)
        layout.addWidget(self.error_label)
        layout.addWidget(self.action_row)
        layout.addWidget(folder)
        layout.addWidget(step_label(self, 2, 2))

        self.fields.changed.connect(self._update_button)
        self.fields.new_edit.returnPressed.connect(self.fields.confirm_edit.setFocus)
        self.fields.confirm_edit.returnPressed.connect(self._create_if_ready)
        self.create_button.clicked.connect(self.create_store)
        self._set_busy(False)
        self.error_label.hide()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fields.focus_first()

    def create_store(self) -> None:
        if self._busy or not self.fields.is_acceptable():
            return
        passphrase, data_dir, kdf = self.fields.passphrase(), self._data_dir, self._kdf
        self.error_label.hide()
        self._set_busy(True)
        self._worker.open(lambda: Store.create(data_dir, passphrase, kdf=kdf),
                          on_done=self._on_created, on_error=self._on_failed)

    def _create_if_ready(self) -> None:
        if self.create_button.isEnabled():
            self.create_store()

    def _on_created(self, _store) -> None:
        self._set_busy(False)
        self.fields.clear()  # the passphrase need not linger in a widget
        self.created.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, StoreExists):
            text = self.tr("There is already an encrypted store in this folder. Restart "
                           "Ketenplan to unlock it.")
        else:
            text = self.tr("The encrypted store could not be created: {error}").format(error=error)
        self.error_label.setText(text)
        self.error_label.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.action_row.set_busy(busy, self.tr("Creating the encrypted store…"))
        self.fields.setEnabled(not busy)
        self._update_button()

    def _update_button(self) -> None:
        self.create_button.setEnabled(not self._busy and self.fields.is_acceptable())
