"""The sociale kaart page: find a service by need, language or free text, read its card, and for
coordinators and administrators edit it and import or export the kaart as HSDS JSON. Everyone else
reads it, and is told why they cannot change it. Reads and writes go through the DbWorker."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.export_file import ask_export_path
from desktop.views.common.prompts import PromptSlot, confirm
from desktop.views.common.style import set_role
from desktop.views.socialmap.kaart_files import read_import, write_export
from desktop.views.socialmap.kaart_filters import KaartQuery, find_services, need_of, spoken_languages
from desktop.views.socialmap.service_card import language_name, need_label, service_card_html
from desktop.views.socialmap.service_editor import ServiceEditor
from domain.arrival.model import Directory, Service

EDITORS = ("coordinator", "administrator")
TABLES = frozenset({"social_map_items"})


def _read(store) -> tuple[Directory, int, str | None, list[dict]]:
    directory, problems = store.social_map.directory()
    account = store.sync.account() or {}
    return directory, len(problems), account.get("role"), store.directory.organisations()


class SocialMapView(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("socialMapView")
        self._worker = worker
        self._directory: Directory | None = None
        self._role: str | None = None
        self._chain: list[dict] = []  # the chain's organisations, to link a kaart organisation to
        self._wanted: str | None = None
        title = QLabel(self.tr("Sociale kaart"), self)
        title.setObjectName("pageTitle")
        self.search = QLineEdit(self)
        self.search.setObjectName("kaartSearch")
        self.search.setPlaceholderText(self.tr("Search: service, organisation, street, what it is for"))
        self.search.setClearButtonEnabled(True)
        self.need = QComboBox(self)
        self.need.setObjectName("kaartNeed")
        self.need.setAccessibleName(self.tr("Need"))
        self.language = QComboBox(self)
        self.language.setObjectName("kaartLanguage")
        self.language.setAccessibleName(self.tr("Language spoken"))
        for box in (self.need, self.language):  # wide enough for the longest need without jumping
            box.setMinimumContentsLength(22)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search.textChanged.connect(self._show_list)
        self.need.currentIndexChanged.connect(self._show_list)
        self.language.currentIndexChanged.connect(self._show_list)
        self.import_button = QPushButton(self.tr("&Import HSDS…"), self)
        self.import_button.setObjectName("kaartImport")
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport HSDS…"), self)
        self.export_button.setObjectName("kaartExport")
        self.export_button.clicked.connect(self.export_file)
        self.edit_button = QPushButton(self.tr("&Edit service…"), self)
        self.edit_button.setObjectName("kaartEdit")
        self.edit_button.clicked.connect(self.edit_current)
        self.new_button = QPushButton(self.tr("&New service…"), self)
        self.new_button.setObjectName("kaartNew")
        self.new_button.clicked.connect(self.new_service)
        self.remove_button = QPushButton(self.tr("&Remove service"), self)
        self.remove_button.setObjectName("kaartRemove")
        self.remove_button.clicked.connect(self.remove_current)
        self._prompt = PromptSlot()
        self.notice = QLabel(self)
        self.notice.setObjectName("kaartNotice")
        self.notice.setWordWrap(True)
        set_role(self.notice, "hint")
        self.services = QListWidget(self)
        self.services.setObjectName("kaartServices")
        self.services.currentItemChanged.connect(lambda *_: self._show_card())
        self.count = QLabel(self)
        self.count.setObjectName("kaartCount")
        set_role(self.count, "hint")
        self.card = QTextBrowser(self)
        self.card.setObjectName("kaartCard")
        self.card.setOpenExternalLinks(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.need)
        filters.addWidget(self.language)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        for button in (self.new_button, self.edit_button, self.remove_button, self.import_button,
                       self.export_button):
            head.addWidget(button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.services, 1)
        left_layout.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.setObjectName("kaartSplit")
        split.addWidget(left)
        split.addWidget(self.card)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        worker.changed.connect(self._store_changed)
        self._show_role()

    # -- public ------------------------------------------------------------------
    def reload(self) -> None:
        self._worker.read(_read, self._loaded, asker=self)

    def clear(self) -> None:
        self._prompt.close()
        self._worker.forget(self)
        self._directory = None
        self.services.clear()
        self.card.clear()

    def current_service_id(self) -> str | None:
        item = self.services.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # -- reading -----------------------------------------------------------------
    def _store_changed(self, tables) -> None:
        if self._directory is not None and TABLES & set(tables):
            self.reload()

    def _loaded(self, answer: tuple[Directory, int, str | None, list[dict]]) -> None:
        directory, bad, self._role, self._chain = answer
        self._wanted = self.current_service_id() or self._wanted
        self._directory = directory
        self._fill_filters(directory)
        self._show_role(bad)
        self._show_list()

    def _fill_filters(self, directory: Directory) -> None:
        for box, values, everything, label in (
                (self.need, sorted({need_of(directory, s) or "anders" for s in directory.services},
                                   key=need_label), self.tr("Every need"), need_label),
                (self.language, spoken_languages(directory), self.tr("Every language"), language_name)):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(label(value), value)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _show_role(self, bad: int = 0) -> None:
        editor = self._role in EDITORS
        for button in (self.new_button, self.edit_button, self.remove_button, self.import_button):
            button.setVisible(editor)
        self.new_button.setEnabled(bool(self._directory and self._directory.organizations))
        if editor:
            text = self.tr("You keep the sociale kaart: what you change reaches every device of the "
                           "municipality, partners included, with the next sync.")
        else:
            text = self.tr("Read only: the sociale kaart is kept by the municipality's coordinators and "
                           "administrators. Ask a coordinator to add or correct a service.")
        if bad:
            text += " " + self.tr("{n} items of the kaart on this device are incomplete and not shown.").format(n=bad)
        self.notice.setText(text)

    def _show_list(self) -> None:
        directory = self._directory
        wanted = self.current_service_id() or self._wanted
        self.services.blockSignals(True)
        self.services.clear()
        found = [] if directory is None else find_services(directory, KaartQuery(
            self.search.text(), self.need.currentData(), self.language.currentData()))
        for service in found:
            org = directory.organization(service.organization_id)
            item = QListWidgetItem(f"{service.name} — {org.name}" if org else service.name, self.services)
            item.setData(Qt.ItemDataRole.UserRole, service.id)
            if service.status != "active":
                item.setForeground(Qt.GlobalColor.gray)
            if service.id == wanted:
                self.services.setCurrentItem(item)
        if self.services.currentItem() is None and self.services.count():
            self.services.setCurrentRow(0)
        self.services.blockSignals(False)
        total = len(directory.services) if directory else 0
        self.count.setText(self.tr("{shown} of {total} services").format(shown=len(found), total=total))
        if directory is not None and not directory.services:
            self.count.setText(self.tr("The sociale kaart on this device is empty."))
        self._show_card()

    def _show_card(self) -> None:
        service_id = self.current_service_id()
        service = self._directory.service(service_id) if self._directory and service_id else None
        self._wanted = service_id or self._wanted
        self.edit_button.setEnabled(service is not None)
        self.remove_button.setEnabled(service is not None)
        self.card.setHtml(service_card_html(self._directory, service) if service else "")

    # -- changing ----------------------------------------------------------------
    def edit_current(self) -> None:
        service = self._directory.service(self.current_service_id() or "") if self._directory else None
        if service is None or self._role not in EDITORS:
            return
        editor = ServiceEditor(self._worker, service, self, self._directory.organization(service.organization_id),
                               self._chain, directory=self._directory)
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def new_service(self) -> None:
        if self._directory is None or not self._directory.organizations or self._role not in EDITORS:
            return
        current = self._directory.service(self.current_service_id() or "")
        organization_id = current.organization_id if current else self._directory.organizations[0].id
        service = Service(str(uuid.uuid4()), organization_id, "", "active")
        editor = ServiceEditor(self._worker, service, self, None, self._chain, self._directory.organizations,
                               directory=self._directory)
        editor.saved.connect(lambda service_id: setattr(self, "_wanted", service_id))
        editor.finished.connect(editor.deleteLater)
        editor.open()

    def remove_current(self) -> None:
        service = self._directory.service(self.current_service_id() or "") if self._directory else None
        if service is None or self._role not in EDITORS:
            return
        self._prompt.hold(confirm(
            self, self.tr("Remove service"),
            self.tr("Remove {name} from the sociale kaart on every device? Referrals made to it stay in the "
                    "client files.").format(name=service.name),
            self.tr("Remove"), lambda: self._worker.write(
                lambda store: store.social_map.remove_item(service.id), TABLES, on_error=self._failed, asker=self),
            "confirmRemoveService"))

    def import_file(self) -> None:
        if self._role not in EDITORS:
            return
        dialog = QFileDialog(self, self.tr("Import the sociale kaart (HSDS JSON)"))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("HSDS JSON (*.json)"))
        try:
            if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return
            path = Path(dialog.selectedFiles()[0])
        finally:
            dialog.deleteLater()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            QMessageBox.warning(self, self.tr("Import"), self.tr("This file cannot be read as text."))
            return
        self._worker.write(lambda store: read_import(store, text), TABLES, self._imported, self._failed, asker=self)

    def _imported(self, answer) -> None:
        result, saved = answer
        kept = len(result.directory.organizations) + len(result.directory.services)
        lines = [self.tr("{orgs} organisations and {services} services read.").format(
            orgs=len(result.directory.organizations), services=len(result.directory.services))]
        if saved is not None:
            lines.append(self.tr("{added} new, {changed} changed, {same} already the same.").format(
                added=saved.added, changed=saved.changed, same=saved.unchanged))
        if result.problems:
            lines.append(self.tr("Left out, with the reason (field and rule):"))
            lines += [f"• {problem.reason}" for problem in result.problems[:20]]
            if len(result.problems) > 20:
                lines.append(self.tr("… and {n} more.").format(n=len(result.problems) - 20))
        box = QMessageBox(QMessageBox.Icon.Information if kept and not result.problems else QMessageBox.Icon.Warning,
                          self.tr("Import"), "\n".join(lines), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("kaartImportResult")
        box.finished.connect(box.deleteLater)
        box.open()

    def export_file(self) -> None:
        name = (self._directory.municipality_name if self._directory else "") or "gemeente"
        path = ask_export_path(self, self.tr("Export the sociale kaart"), f"sociale-kaart-{name.lower()}.json",
                               self.tr("HSDS JSON (*.json)"), ".json")
        if path:
            self._worker.write(lambda store: write_export(store, path), {"export_log"},
                               lambda n: self.count.setText(self.tr("Exported {n} services.").format(n=n)),
                               self._failed, asker=self)

    def _failed(self, _error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Sociale kaart"), self.tr("That did not work; nothing was changed."))
