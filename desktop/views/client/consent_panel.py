"""The client's consent to share with partner organisations: the list, recording one, withdrawing.

What a partner organisation's laptops receive follows these records (the server decides by
them), so the list says plainly what is shared with whom, and since when.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.client.referral_list import ReferralList
from desktop.views.common.field_widgets import DateField, format_date
from desktop.views.common.refer_dialog import open_refer_dialog
from domain.consent_parts import ConsentPart, HowGiven
from domain.errors import FieldError, RecordInvalid

log = logging.getLogger(__name__)

ORGANISATION, PARTS, GIVEN, HOW, WITHDRAWN = range(5)
CHANGES = {"consents"}
MUNICIPALITY_KIND = "gemeente"  # the municipality directs the chain: it needs no consent to see


class ConsentPanel(QWidget):
    edited = Signal()  # the consent form was opened, typed in or closed: the file's draft follows

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._consents: list[dict] = []
        self._pending_organisation = None  # a restored form's choice, until the organisations are read
        self._build()
        for box in self.part_boxes.values():
            box.toggled.connect(self._form_edited)
        for signal in (self.organisation.activated, self.how_given.activated, self.given_on.changed,
                       self.notes.textEdited):
            signal.connect(self._form_edited)
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- labels ------------------------------------------------------------------
    def part_label(self, part: str) -> str:
        return {
            ConsentPart.CONTACT: self.tr("Name and contact details"),
            ConsentPart.PLAN: self.tr("Plan goals and assigned actions"),
            ConsentPart.INTAKE: self.tr("Handover and intake"),
            ConsentPart.HEALTH: self.tr("Health"),
            ConsentPart.FINANCES: self.tr("Finances"),
            ConsentPart.VISITS: self.tr("Home visits"),
            ConsentPart.STORIES: self.tr("Experiences (stories and ratings)"),
        }.get(part, part)

    def how_label(self, how: str) -> str:
        return {HowGiven.MONDELING: self.tr("Spoken"), HowGiven.SCHRIFTELIJK: self.tr("In writing"),
                HowGiven.DIGITAAL: self.tr("Digitally")}.get(how, how)

    def _error_text(self, field: str, error: FieldError) -> str:
        if field == "organisation_id":
            return self.tr("Choose the organisation the consent is for.")
        if field == "parts":
            return self.tr("Choose at least one part to share.")
        if field == "how_given":
            return self.tr("Choose how the consent was given.")
        if field == "given_on" and error == FieldError.REQUIRED:
            return self.tr("Enter the date the consent was given.")
        if field == "given_on":
            return self.tr("Enter the date as dd-mm-yyyy.")
        if error == FieldError.DATE_IN_FUTURE:
            return self.tr("The date cannot be in the future.")
        if error == FieldError.END_BEFORE_START:
            return self.tr("Consent cannot be withdrawn before it was given.")
        if field == "notes":
            return self.tr("The note is too long.")
        return self.tr("The consent could not be recorded.")

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Consent to share"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        hint = QLabel(self.tr("Partner organisations receive only what the client agreed to share with them."), self)
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record consent…"), self)
        self.record_button.setObjectName("recordConsent")
        self.record_button.clicked.connect(self.start_recording)
        self.withdraw_button = QPushButton(self.tr("Withdraw"), self)
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.setToolTip(self.tr("The partner organisation receives nothing more from today"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.refer_button = QPushButton(self.tr("Refer…"), self)  # to a service of the sociale kaart
        self.refer_button.setObjectName("referClient")
        self.refer_button.setToolTip(self.tr("Refer the client to a service of the sociale kaart"))
        self.refer_button.clicked.connect(lambda: self._client_id and open_refer_dialog(
            self._worker, self, client_id=self._client_id))

        self.list = QTreeWidget(self)
        self.list.setObjectName("consentList")
        self.list.setColumnCount(5)
        self.list.setHeaderLabels([self.tr("Organisation"), self.tr("Shares"), self.tr("Given on"), self.tr("How"),
                                   self.tr("Withdrawn on")])
        self.list.setAccessibleName(self.tr("Consents"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(130)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PARTS, QHeaderView.ResizeMode.Stretch)
        for column in (ORGANISATION, GIVEN, HOW, WITHDRAWN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.form = QWidget(self)
        self.form.setObjectName("consentForm")
        self.organisation = QComboBox(self.form)
        self.organisation.setObjectName("consentOrganisation")
        self.part_boxes: dict[str, QCheckBox] = {}
        parts = QGridLayout()
        for i, part in enumerate(ConsentPart):
            box = QCheckBox(self.part_label(part), self.form)
            box.setObjectName(f"consentPart_{part.value}")
            self.part_boxes[part.value] = box
            parts.addWidget(box, i // 3, i % 3)
        # Date and way start empty: a consent is recorded as the client gave it, never by default.
        self.given_on = DateField(self.form)
        self.given_on.edit.setObjectName("consentGivenOn")
        self.how_given = QComboBox(self.form)
        self.how_given.setObjectName("consentHowGiven")
        self.how_given.addItem(self.tr("Choose…"), None)
        for how in HowGiven:
            self.how_given.addItem(self.how_label(how), how.value)
        self.notes = QLineEdit(self.form)
        self.notes.setObjectName("consentNotes")
        self.notes.setPlaceholderText(self.tr("For example: signed form in the paper file"))
        self.error = QLabel(self.form)
        self.error.setObjectName("consentError")
        self.error.setProperty("role", "problem")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save consent"), self.form)
        self.save_button.setObjectName("saveConsent")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = cancel = QPushButton(self.tr("Cancel"), self.form)
        cancel.clicked.connect(self._stop_recording)
        fields = QFormLayout()
        fields.addRow(self.tr("Organisation"), self.organisation)
        fields.addRow(self.tr("Shares"), parts)
        fields.addRow(self.tr("Given on"), self.given_on)
        fields.addRow(self.tr("How"), self.how_given)
        fields.addRow(self.tr("Note"), self.notes)
        form_buttons = QHBoxLayout()
        form_buttons.addWidget(self.error, 1)
        form_buttons.addWidget(cancel)
        form_buttons.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(fields)
        form_layout.addLayout(form_buttons)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.withdraw_button)
        top.addWidget(self.record_button)
        top.addWidget(self.refer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        self.referrals = ReferralList(self._worker, self.part_label, self)  # shown when there are any
        layout.addWidget(self.referrals)
        layout.addWidget(self.form)

    # -- loading -----------------------------------------------------------------
    def load_client(self, client_id: str | None) -> None:
        if client_id is not None and client_id == self._client_id:
            self._reload()  # the same client read again (after a sync): a form being filled in stays
            return
        self._worker.forget(self)  # answers asked for another client, or before a clear, are dropped
        self._client_id = client_id
        self._stop_recording()
        self.list.clear()
        self._consents = []
        self.record_button.setEnabled(client_id is not None)
        self.referrals.load_client(client_id)
        self._update_buttons()
        if client_id is not None:
            self._reload()

    def clear(self) -> None:
        self.load_client(None)

    def flush(self) -> None:
        """Nothing is kept as a draft: a consent is saved whole or not at all."""

    def _reload(self) -> None:
        client_id = self._client_id

        def work(store):
            return store.consents.for_client(client_id), store.directory.organisations()
        self._worker.read(work, on_done=lambda r: self._show(*r),
                          on_error=lambda e: log.error("reading consents failed", exc_info=e), asker=self)

    def _show(self, consents: list[dict], organisations: list[dict]) -> None:
        self._consents = consents
        self.list.clear()
        for consent in consents:
            item = QTreeWidgetItem([
                consent["organisation_name"] or "", ", ".join(self.part_label(p) for p in consent["parts"]),
                format_date(consent["given_on"]), self.how_label(consent["how_given"]),
                format_date(consent["withdrawn_on"]) if consent["withdrawn_on"] else ""])
            item.setData(ORGANISATION, Qt.ItemDataRole.UserRole, consent["id"])
            if not consent["in_force"]:
                for column in range(self.list.columnCount()):
                    item.setForeground(column, self.palette().placeholderText())
            self.list.addTopLevelItem(item)
        current = self.organisation.currentData()
        self.organisation.clear()
        self.organisation.addItem(self.tr("Choose…"), None)
        for org in organisations:
            if org["kind"] != MUNICIPALITY_KIND:
                self.organisation.addItem(org["name"], org["id"])
        if self._pending_organisation is not None:
            current, self._pending_organisation = self._pending_organisation, None
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(current)))
        self._update_buttons()

    def _store_changed(self, entities) -> None:
        if self._client_id is not None and entities & {"consents", "organisations"}:
            self._reload()

    # -- recording and withdrawing -------------------------------------------------
    def start_recording(self) -> None:
        self.error.clear()
        for box in self.part_boxes.values():
            box.setChecked(False)
        self.given_on.set_value(None)
        self.how_given.setCurrentIndex(0)  # "Choose…"
        self.notes.clear()
        self.form.show()
        self.record_button.setEnabled(False)
        self.organisation.setFocus()

    def _stop_recording(self) -> None:
        was_open = not self.form.isHidden()
        self.form.hide()
        self.error.clear()
        self.record_button.setEnabled(self._client_id is not None)
        if was_open:
            self.edited.emit()

    def form_state(self) -> dict | None:
        """The consent form as filled in so far; None when it is closed."""
        if self.form.isHidden():
            return None
        return {"organisation_id": self.organisation.currentData(),
                "parts": [p for p, box in self.part_boxes.items() if box.isChecked()],
                "given_on": self.given_on.edit.text(), "how_given": self.how_given.currentData(),
                "notes": self.notes.text()}

    def restore_form(self, state: dict) -> None:
        """Open the form again as it was (after a lock or a crash)."""
        self.start_recording()
        index = self.organisation.findData(state.get("organisation_id"))
        if index >= 0:
            self.organisation.setCurrentIndex(index)
        else:
            self._pending_organisation = state.get("organisation_id")
        for part, box in self.part_boxes.items():
            box.setChecked(part in (state.get("parts") or []))
        self.given_on.edit.setText(state.get("given_on") or "")
        self.how_given.setCurrentIndex(max(0, self.how_given.findData(state.get("how_given"))))
        self.notes.setText(state.get("notes") or "")

    def _form_edited(self, *_args) -> None:
        if not self.form.isHidden():
            self.edited.emit()

    def save(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        fields = {"organisation_id": self.organisation.currentData(),
                  "parts": [p for p, box in self.part_boxes.items() if box.isChecked()],
                  "given_on": self.given_on.value(),
                  "how_given": self.how_given.currentData(), "notes": self.notes.text()}
        self.save_button.setEnabled(False)
        self._worker.write(lambda store: store.consents.give(client_id, fields), CHANGES,
                           on_done=lambda _id: self._saved(), on_error=self._save_failed)

    def _saved(self) -> None:
        self.save_button.setEnabled(True)
        self._stop_recording()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordInvalid):
            order = ("organisation_id", "parts", "given_on", "how_given", "notes")  # as the form reads
            field, code = min(error.errors.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99)
            self.error.setText(self._error_text(field, code))
            return
        log.error("recording consent failed", exc_info=error)
        self.error.setText(self.tr("The consent could not be recorded."))

    def selected(self) -> dict | None:
        items = self.list.selectedItems()
        if not items:
            return None
        consent_id = items[0].data(ORGANISATION, Qt.ItemDataRole.UserRole)
        return next((c for c in self._consents if c["id"] == consent_id), None)

    def withdraw_selected(self) -> None:
        consent = self.selected()
        if consent is None or not consent["in_force"]:
            return
        today = date.today()
        self.withdraw_button.setEnabled(False)
        self._worker.write(lambda store: store.consents.withdraw(consent["id"], on=today), CHANGES,
                           on_error=lambda e: log.error("withdrawing consent failed", exc_info=e))

    def _update_buttons(self) -> None:
        self.refer_button.setEnabled(self._client_id is not None)
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent["in_force"])
