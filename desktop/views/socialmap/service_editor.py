"""Editing one service of the sociale kaart (coordinators and administrators): what a worker reads
on its card, where it is and when it is open. Phones, languages and documents are edited as plain
lines; what HSDS holds beyond these fields (cost options, other phones, schedules the week cannot
show) is kept as it was. The service, its location and their link are written together or not at
all. Enter in a field does not save: only the Save button does."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from desktop.views.socialmap.place_fields import LocationFields, WeekFields
from domain.arrival.model import (
    Directory,
    Language,
    Organization,
    Phone,
    RequiredDocument,
    Service,
    ServiceAtLocation,
    ServiceStatus,
)
from domain.errors import RecordInvalid

_TEXTS = ("description", "eligibility_description", "fees_description", "application_process")


def _new_id() -> str:
    return str(uuid.uuid4())


class ServiceEditor(QDialog):
    saved = Signal(str)

    def __init__(self, worker: DbWorker, service: Service, parent: QWidget | None = None,
                 organization: Organization | None = None, chain: list[dict] | None = None,
                 organizations: tuple[Organization, ...] = (), directory: Directory | None = None):
        super().__init__(parent)
        self.setObjectName("serviceEditor")
        self.setWindowTitle(self.tr("New service") if organizations else self.tr("Edit service"))
        # a new service: which of the kaart's organisations offers it
        self.organization = QComboBox(self)
        self.organization.setObjectName("serviceOrganization")
        for org in sorted(organizations, key=lambda o: o.name.casefold()):
            self.organization.addItem(org.name, org.id)
        self.organization.setCurrentIndex(max(0, self.organization.findData(service.organization_id)))
        self.organization.setVisible(bool(organizations))
        self._worker, self._service, self._organization = worker, service, organization
        # Which of the chain's organisations (with accounts) the service's organisation is: what a
        # referral to it shares goes there, under the person's consent.
        self.chain = QComboBox(self)
        self.chain.setObjectName("serviceChainOrganisation")
        self.chain.addItem(self.tr("Not a partner of the chain"), None)
        for org in chain or []:
            self.chain.addItem(org["name"], org["id"])
        self.chain.setCurrentIndex(max(0, self.chain.findData(organization.chain_organisation_id
                                                              if organization else None)))
        self.chain.setEnabled(organization is not None)
        self.name = QLineEdit(service.name, self)
        self.status = QComboBox(self)
        for status, label in ((ServiceStatus.ACTIVE, self.tr("Active")), (ServiceStatus.INACTIVE, self.tr("Inactive")),
                              (ServiceStatus.TEMPORARILY_CLOSED, self.tr("Temporarily closed")),
                              (ServiceStatus.DEFUNCT, self.tr("Stopped"))):
            self.status.addItem(label, status.value)
        self.status.setCurrentIndex(max(0, self.status.findData(service.status)))
        self.texts = {key: QPlainTextEdit(getattr(service, key) or "", self) for key in _TEXTS}
        for edit in self.texts.values():
            edit.setMaximumHeight(64)
        self.email = QLineEdit(service.email or "", self)
        self.phone = QLineEdit(service.phones[0].number if service.phones else "", self)
        self.languages = QLineEdit(", ".join(lang.code for lang in service.languages if lang.code), self)
        self.languages.setPlaceholderText(self.tr("Language codes, e.g. nl, en, ar, ti, fa"))
        self.documents = QPlainTextEdit("\n".join(d.document or "" for d in service.required_documents), self)
        self.documents.setPlaceholderText(self.tr("One document per line"))
        self.documents.setMaximumHeight(64)
        self.card_line = QLineEdit(service.card_lines.get("nl", ""), self)
        self.problem = QLabel(self)
        self.problem.setObjectName("serviceEditorProblem")
        self.problem.setWordWrap(True)
        set_role(self.problem, "problem")
        self.problem.hide()
        self.place = LocationFields(directory, service, self)
        self.hours = WeekFields(service.schedules, self)
        self._links = directory.service_at_locations if directory else ()
        details = QWidget(self)
        form = QFormLayout(details)
        if organizations:
            form.addRow(self.tr("&Organisation"), self.organization)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("S&tatus"), self.status)
        form.addRow(self.tr("&What it offers"), self.texts["description"])
        form.addRow(self.tr("For &whom"), self.texts["eligibility_description"])
        form.addRow(self.tr("What it &costs"), self.texts["fees_description"])
        form.addRow(self.tr("How to &refer"), self.texts["application_process"])
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Languages spoken"), self.languages)
        form.addRow(self.tr("What to &bring"), self.documents)
        form.addRow(self.tr("Card line (Dutch)"), self.card_line)
        form.addRow(self.tr("Partner in the &chain"), self.chain)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.tabs = QTabWidget(self)
        for page, title in ((details, self.tr("Ser&vice")), (self.place, self.tr("Whe&re")),
                            (self.hours, self.tr("Opening &hours"))):
            scroller = QScrollArea(self.tabs)  # the form scrolls on a small screen; the dialog stays on it
            scroller.setWidgetResizable(True)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidget(page)
            self.tabs.addTab(scroller, title)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(680, 630)

    def edited(self) -> Service:
        s = self._service
        texts = {key: edit.toPlainText().strip() or None for key, edit in self.texts.items()}
        number = self.phone.text().strip()
        phones = (replace(s.phones[0], number=number), *s.phones[1:]) if s.phones and number else \
            ((Phone(_new_id(), number, type="voice"),) if number else s.phones[1:])
        known = {lang.code: lang for lang in s.languages}
        codes = [c.strip().lower() for c in self.languages.text().replace(";", ",").split(",") if c.strip()]
        languages = tuple(known.get(code) or Language(_new_id(), code=code) for code in dict.fromkeys(codes))
        held = {d.document: d for d in s.required_documents}
        lines = [line.strip() for line in self.documents.toPlainText().splitlines() if line.strip()]
        documents = tuple(held.get(line) or RequiredDocument(_new_id(), document=line) for line in lines)
        card = dict(s.card_lines)
        if self.card_line.text().strip():
            card["nl"] = self.card_line.text().strip()
        else:
            card.pop("nl", None)
        organization_id = self.organization.currentData() or s.organization_id
        return replace(s, organization_id=organization_id, name=self.name.text().strip(),
                       status=self.status.currentData(), **texts,
                       email=self.email.text().strip() or None, phones=phones, languages=languages,
                       required_documents=documents, card_lines=card)

    def _place(self, service: Service) -> tuple[list[tuple[str, object]], list[str]]:
        """The location and link items to write with the service, or what is wrong with them."""
        location, changed, errors = self.place.location(service.organization_id)
        if errors:
            return [], self.place.problems(errors)
        items: list[tuple[str, object]] = [("location", location)] if changed else []
        if location is not None and location.id != self.place.current_id:
            link = next((sal for sal in self._links if sal.service_id == service.id
                         and sal.location_id == self.place.current_id), None) if self.place.current_id else None
            items.append(("service_at_location", replace(link, location_id=location.id) if link else
                          ServiceAtLocation(_new_id(), service.id, location.id)))
        return items, []

    def submit(self) -> None:
        schedules, hour_errors = self.hours.schedules()
        service = replace(self.edited(), schedules=schedules)
        place, place_problems = self._place(service)
        problems = [*self.hours.problems(hour_errors), *place_problems]
        if problems:  # nothing is written
            self.problem.setText(self.tr("Not saved:") + "\n" + "\n".join(problems))
            self.problem.show()
            return
        organization = self._organization
        if organization is not None and organization.chain_organisation_id != self.chain.currentData():
            organization = replace(organization, chain_organisation_id=self.chain.currentData())
        else:
            organization = None  # unchanged: not written

        def work(store):
            items = [("service", service), *place]
            if organization is not None:
                items.append(("organization", organization))
            store.social_map.save_items(items)
        self._worker.write(work, {"social_map_items"}, lambda _: (self.saved.emit(service.id), self.accept()),
                           self._failed, asker=self)

    def _failed(self, error: Exception) -> None:
        if isinstance(error, RecordInvalid):
            fields = ", ".join(sorted(error.errors))
            self.problem.setText(self.tr("Not saved: check {fields}.").format(fields=fields))
        else:
            self.problem.setText(self.tr("Not saved. Try again."))
        self.problem.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter in a field never saves half an edit (a dialog would press its default button):
        # only the Save button does. Enter in a text box makes a new line before it gets here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._worker.forget(self)
        super().done(result)
