"""Exporting everything held about one person (their request under the AVG): ask where, then
write the PDF and the JSON beside it on the store's worker, both or neither; a lock stops it."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.store import StoreLocked
from desktop.store.person_export import export_person, to_json
from desktop.tasks import DbWorker
from desktop.views.common.export_file import ask_export_path, safe_file_name
from desktop.views.export.person_export_pdf import save_export_pdf

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class ExportCancelled(Exception):
    """The app was locked while the export was on its way: nothing is written."""


def export_paths(chosen: str) -> tuple[Path, Path]:
    """The PDF and the JSON file beside it, whichever of the two (or neither) the name chosen ends in."""
    path = Path(chosen)
    if path.suffix.lower() in (".pdf", ".json"):
        path = path.with_suffix("")
    return path.with_name(path.name + ".pdf"), path.with_name(path.name + ".json")


def write_export(store, client_id: str, chosen: str, cancelled: threading.Event) -> tuple[Path, Path]:
    """Read the export and write both files (on the worker's thread). Each is written aside first and
    put in place only when both are done, so a failure or a lock leaves no half export behind."""
    if cancelled.is_set():
        raise ExportCancelled()
    export = export_person(store, client_id)
    pdf, data = export_paths(chosen)
    pdf_part, data_part = (p.with_name(p.name + ".part") for p in (pdf, data))
    try:
        save_export_pdf(export, str(pdf_part))
        if not pdf_part.exists():
            raise OSError(translate("PersonExportPdf", "The PDF could not be written to {path}.").format(path=pdf))
        data_part.write_text(to_json(export), encoding="utf-8")
        if cancelled.is_set():
            raise ExportCancelled()
        os.replace(pdf_part, pdf)
        try:
            os.replace(data_part, data)
        except OSError:
            pdf.unlink(missing_ok=True)  # the two go together, or neither
            raise
    finally:
        for part in (pdf_part, data_part):
            part.unlink(missing_ok=True)
    store.export_log.record("person_export", client_id, [pdf, data])
    return pdf, data


def default_file_name(name: str) -> str:
    return safe_file_name(translate("PersonExportPdf", "Personal data {name}").format(name=name))


# -- the action -----------------------------------------------------------------------------
class PersonDataExport(QObject):
    """Ask where, write the PDF and the JSON on the worker, then say where they are or what went wrong."""

    finished = Signal(bool)  # written or not; after the message is up

    def __init__(self, worker: DbWorker, parent: QWidget):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._cancelled = threading.Event()
        self.running = False
        self.message: QMessageBox | None = None

    def start(self, client_id: str, name: str) -> None:
        if self.running:
            return
        # Not written if the app locked while the dialog was open (cancel() came in between).
        write = self._worker.bound(self, lambda path: self._write(client_id, name, path))
        chosen = ask_export_path(self._parent, self.tr("Export personal data (GDPR)"), default_file_name(name),
                                 self.tr("PDF and JSON (*.pdf *.json)"), ".pdf")
        if chosen:
            write(chosen)

    def _write(self, client_id: str, name: str, chosen: str) -> None:
        self.running = True
        cancelled = self._cancelled = threading.Event()
        self._worker.read(lambda store: write_export(store, client_id, chosen, cancelled), asker=self,
                          on_done=lambda paths: self._done(name, paths), on_error=self._failed)

    def cancel(self) -> None:
        """Lock: an export not yet written is not written, and no message names the person."""
        self._worker.forget(self)
        self._cancelled.set()
        self.running = False
        if self.message is not None:
            self.message.close()
            self.message = None

    def _done(self, name: str, paths: tuple[Path, Path]) -> None:
        self.running = False
        pdf, data = paths
        self._show(QMessageBox.Icon.Information, self.tr("Personal data exported"),
                   self.tr("Everything held about {name} is saved as:\n{pdf}\n{json}").format(
                       name=name, pdf=pdf, json=data),
                   self.tr("These files are not encrypted. Hand them over safely and delete them afterwards."))
        self.finished.emit(True)

    def _failed(self, error: BaseException) -> None:
        self.running = False
        if isinstance(error, ExportCancelled | StoreLocked):
            text = self.tr("The export was stopped because the app was locked. Nothing was saved.")
        else:
            log.error("exporting personal data failed", exc_info=error)
            text = self.tr("The personal data could not be exported. Nothing was saved.")
            if isinstance(error, OSError) and (error.strerror or error.args):
                text += "\n" + str(error.strerror or error.args[0])
        self._show(QMessageBox.Icon.Warning, self.tr("Export failed"), text)
        self.finished.emit(False)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, detail: str = "") -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._parent)
        box.setObjectName("personExportMessage")
        if detail:
            box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.finished.connect(lambda _result: setattr(self, "message", None) if self.message is box else None)
        box.open()
