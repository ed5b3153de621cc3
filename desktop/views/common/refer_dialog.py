"""Verwijzen: refer a person to a service of the sociale kaart, from the client file, a plan action
or a home visit. Shared by those features (a feature never imports another), opened with the
client, or with the plan action or visit it comes from (the client is then read from it).

What of the file goes along is chosen per part, and only parts the person's consent in force for
the service's organisation covers can be chosen: the dialog says why the others cannot. Health
never goes. The store and the server check the same (desktop/store/referrals.py,
server/referral_consent.py).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from domain.arrival.errors import ArrivalError
from domain.consent_parts import ConsentPart
from domain.errors import FieldError, RecordInvalid

SHAREABLE = (ConsentPart.CONTACT, ConsentPart.PLAN, ConsentPart.INTAKE, ConsentPart.FINANCES, ConsentPart.VISITS)


def _load(store, client_id: str | None, origin: str, origin_id: str | None) -> dict:
    """Runs on the database thread: the client, the kaart's services and the consents in force."""
    from sqlalchemy import select

    from desktop.store.schema import plan_actions, visits
    if client_id is None and origin_id:
        table = plan_actions if origin == "plan_action" else visits
        with store.engine.connect() as conn:
            client_id = conn.execute(select(table.c.client_id).where(table.c.id == origin_id)).scalar()
    directory, _ = store.social_map.directory()
    organisations = {o["id"]: o["name"] for o in store.directory.organisations()}
    consented: dict[str, set[str]] = {}
    for consent in store.consents.for_client(client_id) if client_id else []:
        if consent["in_force"]:
            consented.setdefault(consent["organisation_id"], set()).update(consent["parts"])
    services = []
    for service in directory.services:
        org = directory.organization(service.organization_id)
        chain = org.chain_organisation_id if org else None
        services.append({"id": service.id, "name": service.name, "organisation": org.name if org else "",
                         "chain_id": chain if chain in organisations else None,
                         "chain_name": organisations.get(chain, ""), "active": service.status == "active"})
    services.sort(key=lambda s: (not s["active"], s["name"].casefold()))
    return {"client_id": client_id, "services": services, "consented": consented}


class ReferDialog(QDialog):
    """Choose a service, what to share and a note; Verwijzen records the referral."""

    referred = Signal(str)  # the new referral's id

    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, client_id: str | None = None,
                 origin: str = "client_file", origin_id: str | None = None, service_id: str | None = None):
        super().__init__(parent)
        self.setObjectName("referDialog")
        self.setWindowTitle(self.tr("Refer to a service"))
        self._worker, self._origin, self._origin_id = worker, origin, origin_id
        self._data = {"client_id": client_id, "services": [], "consented": {}}
        self._wanted = service_id
        intro = QLabel(self.tr("Choose a service of the sociale kaart. The person gets its address; parts of "
                               "their file go along only where they consented to share them with that "
                               "organisation. Health data never goes along."), self)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("referSearch")
        self.search.setPlaceholderText(self.tr("Search a service or organisation"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._show_services)
        self.services = QListWidget(self)
        self.services.setObjectName("referServices")
        self.services.currentItemChanged.connect(lambda *_: self._show_choice())
        self.receiver = QLabel(self)
        self.receiver.setObjectName("referReceiver")
        self.receiver.setWordWrap(True)
        set_role(self.receiver, "hint")
        self.parts = {part: QCheckBox(self._part_label(part), self) for part in SHAREABLE}
        for part, box in self.parts.items():
            box.setObjectName(f"referShare_{part.value}")
        self.day = QDateEdit(QDate.currentDate(), self)
        self.day.setObjectName("referDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("referNote")
        self.note.setPlaceholderText(self.tr("What the person is referred for, what was agreed"))
        self.note.setMaximumHeight(90)
        self.problem = QLabel(self)
        self.problem.setObjectName("referProblem")
        self.problem.setWordWrap(True)
        set_role(self.problem, "problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(self)
        self.refer_button = self.buttons.addButton(self.tr("&Refer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.refer_button.setObjectName("referButton")
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        share = QGridLayout()
        for n, box in enumerate(self.parts.values()):
            share.addWidget(box, n // 3, n % 3)
        when = QHBoxLayout()
        date_label = QLabel(self.tr("Referred &on"), self)
        date_label.setBuddy(self.day)
        when.addWidget(date_label)
        when.addWidget(self.day)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.services, 1)
        layout.addWidget(self.receiver)
        layout.addWidget(QLabel(self.tr("Share with the organisation:"), self))
        layout.addLayout(share)
        layout.addLayout(when)
        note_label = QLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self.refer_button.setEnabled(False)
        worker.read(lambda store: _load(store, client_id, origin, origin_id), self._loaded, asker=self)

    def _part_label(self, part: str) -> str:
        return {
            ConsentPart.CONTACT: self.tr("Name and contact details"),
            ConsentPart.PLAN: self.tr("Plan"),
            ConsentPart.INTAKE: self.tr("Handover and intake"),
            ConsentPart.FINANCES: self.tr("Finances"),
            ConsentPart.VISITS: self.tr("Home visits"),
        }[part]

    def _loaded(self, data: dict) -> None:
        self._data = data
        self._show_services()
        if not data["services"]:
            self._say(self.tr("The sociale kaart on this device is empty: a coordinator imports it, then it "
                              "arrives with the next sync."))

    def _show_services(self) -> None:
        text = self.search.text().strip().casefold()
        chosen = self._chosen()
        wanted = chosen["id"] if chosen else self._wanted
        self.services.clear()
        for service in self._data["services"]:
            if text and text not in f"{service['name']} {service['organisation']}".casefold():
                continue
            label = f"{service['name']} — {service['organisation']}"
            if not service["active"]:
                label += " " + self.tr("(not active)")
            item = QListWidgetItem(label, self.services)
            item.setData(Qt.ItemDataRole.UserRole, service["id"])
            if service["id"] == wanted:
                self.services.setCurrentItem(item)
        if self.services.currentItem() is None and self.services.count():
            self.services.setCurrentRow(0)  # what the search found first
        self._show_choice()

    def _chosen(self) -> dict | None:
        item = self.services.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((s for s in self._data["services"] if s["id"] == wanted), None)

    def _show_choice(self) -> None:
        service = self._chosen()
        chain = service["chain_id"] if service else None
        consented = self._data["consented"].get(chain, set()) if chain else set()
        for part, box in self.parts.items():
            box.setEnabled(part in consented)
            if part not in consented:
                box.setChecked(False)
        if service is None:
            self.receiver.setText(self.tr("No service chosen."))
        elif not service["chain_id"]:
            self.receiver.setText(self.tr("{org} is not a partner of the chain: the person gets the address, "
                                          "nothing of the file is shared.").format(org=service["organisation"]))
        elif not consented:
            self.receiver.setText(self.tr("The person has not consented to share anything with {org}: record "
                                          "their consent in the client file first to share parts of the file.")
                                  .format(org=service["chain_name"]))
        else:
            self.receiver.setText(self.tr("Shared parts go to {org}, as the person consented.")
                                  .format(org=service["chain_name"]))
        self.refer_button.setEnabled(service is not None and bool(self._data["client_id"]))

    def submit(self) -> None:
        service = self._chosen()
        if service is None or not self._data["client_id"]:
            return
        fields = {"service_id": service["id"], "organisation_id": service["chain_id"],
                  "referred_on": self.day.date().toPython().isoformat(), "origin": self._origin,
                  "origin_id": self._origin_id if self._origin != "client_file" else None,
                  "shared_parts": [p.value for p, box in self.parts.items() if box.isChecked()],
                  "note": self.note.toPlainText()}
        client_id = self._data["client_id"]
        self.refer_button.setEnabled(False)
        self._worker.write(lambda store: store.referrals.refer(client_id, fields, today=date.today()),
                           {"referrals"}, self._done, self._failed, asker=self)

    def _done(self, referral_id: str) -> None:
        self.referred.emit(referral_id)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.refer_button.setEnabled(True)
        if not isinstance(error, RecordInvalid):
            self._say(self.tr("The referral could not be saved. Try again."))
            return
        self._say(" ".join(dict.fromkeys(self._error_text(code) for code in error.errors.values())))

    def _error_text(self, code: str) -> str:
        return {
            ArrivalError.CONSENT_MISSING: self.tr("The person's consent in force does not cover what you chose "
                                                  "to share with this organisation."),
            ArrivalError.CONSENT_AFTER_REFERRAL: self.tr("The consent was given after the referral date."),
            ArrivalError.UNKNOWN_REFERENCE: self.tr("This service is no longer on the sociale kaart."),
            FieldError.DATE_IN_FUTURE: self.tr("The referral date cannot lie in the future."),
            FieldError.TOO_LONG: self.tr("The note is too long."),
        }.get(code, self.tr("The referral could not be saved: check the fields."))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def done(self, result: int) -> None:
        self._worker.forget(self)
        super().done(result)


def open_refer_dialog(worker: DbWorker, parent: QWidget, **where) -> ReferDialog:
    """Open the dialog (window-modal, deleted when closed): client_id, or origin and origin_id."""
    dialog = ReferDialog(worker, parent, **where)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
