"""First start, step 1: who you are and where your data goes. Sign in to the chain's server
(its address and your user name; your organisation and role come with the account), or work
offline with a store on this laptop only. Step 2 is the passphrase (passphrase_setup.py); on
the server path the sign-in then follows, with the address and user name already filled in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desktop.views.common.style import card_page, set_role
from desktop.views.sync.sync_sign_in import ADDRESS_HINT, address_problem

SERVER, OFFLINE = "server", "offline"


def step_label(parent: QWidget, step: int, steps: int) -> QLabel:
    label = QLabel(QCoreApplication.translate("FirstStart", "Step {step} of {steps}").format(step=step, steps=steps),
                   parent)
    label.setObjectName("stepLabel")
    set_role(label, "hint")
    return label


class WelcomePage(QWidget):
    """`chosen(address, user name)` when the person goes on; both empty to work offline."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = card_page(self, max_width=600)
        title = QLabel(self.tr("Welcome to Ketenplan"), self)
        title.setObjectName("pageTitle")
        intro = QLabel(self.tr(
            "Ketenplan keeps the files of your clients on this laptop, encrypted, and shares them with "
            "the chain (municipality, social support, language school and other partners) through the "
            "chain's server. Your municipality gives you an account on it: the server's address, your "
            "user name and a password. Your organisation and your role come with that account."), self)
        intro.setWordWrap(True)

        self.server_choice = QRadioButton(self.tr("&Sign in to the chain's server"), self)
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText(ADDRESS_HINT)
        self.address_edit.setAccessibleName(self.tr("Server address"))
        self.username_edit = QLineEdit(self)
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.address_problem = QLabel(self)
        self.address_problem.setWordWrap(True)
        self.address_problem.hide()
        set_role(self.address_problem, "problem")
        server_form = QFormLayout()
        server_form.setContentsMargins(26, 0, 0, 0)
        server_form.addRow(self.tr("Server &address"), self.address_edit)
        server_form.addRow("", self.address_problem)
        server_form.addRow(self.tr("&User name"), self.username_edit)
        server_note = QLabel(self.tr("Your password is asked after the next step, when this laptop signs in."),
                             self)
        server_note.setWordWrap(True)
        server_note.setContentsMargins(26, 0, 0, 0)
        set_role(server_note, "hint")

        self.offline_choice = QRadioButton(self.tr("Work &offline on this laptop for now"), self)
        offline_note = QLabel(self.tr(
            "The clients you register stay on this laptop only. You can sign in to the server later, "
            "in the settings; what you made is then sent along."), self)
        offline_note.setWordWrap(True)
        offline_note.setContentsMargins(26, 0, 0, 0)
        set_role(offline_note, "hint")

        self._choices = QButtonGroup(self)
        self._choices.addButton(self.server_choice)
        self._choices.addButton(self.offline_choice)
        self.next_button = QPushButton(self.tr("&Next: choose a passphrase"), self)
        self.next_button.setProperty("primary", True)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(step_label(self, 1, 2))
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addWidget(self.server_choice)
        layout.addLayout(server_form)
        layout.addWidget(server_note)
        layout.addSpacing(4)
        layout.addWidget(self.offline_choice)
        layout.addWidget(offline_note)
        layout.addSpacing(6)
        layout.addLayout(buttons)

        # Nothing is chosen for the person: the two ways are different enough to ask.
        self._choices.buttonToggled.connect(self._update)
        for edit in (self.address_edit, self.username_edit):
            edit.textChanged.connect(self._update)
            edit.textEdited.connect(lambda _text: self.server_choice.setChecked(True))
            edit.returnPressed.connect(self._go_on)
        self.next_button.clicked.connect(self._go_on)
        self._update()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.address_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> str | None:
        if self.server_choice.isChecked():
            return SERVER
        return OFFLINE if self.offline_choice.isChecked() else None

    def _update(self, *_args) -> None:
        problem = address_problem(self.address_edit.text())
        self.address_problem.setText(problem or "")
        self.address_problem.setVisible(problem is not None)
        server_ready = (problem is None and bool(self.address_edit.text().strip())
                        and bool(self.username_edit.text().strip()))
        choice = self.choice()
        self.next_button.setEnabled(choice == OFFLINE or (choice == SERVER and server_ready))

    def _go_on(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.choice() == SERVER:
            self.chosen.emit(self.address_edit.text().strip(), self.username_edit.text().strip())
        else:
            self.chosen.emit("", "")
