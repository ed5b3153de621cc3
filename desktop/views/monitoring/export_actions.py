"""Export of the dashboard's figures as CSV (every table), a spreadsheet (every table as a sheet) or
JSON (all figures), through desktop/monitoring/export.py and spreadsheet.py. Where to: the app's
export dialog (documents folder, the warning that the file leaves the encrypted store). The files
are written on the database worker and recorded in the store's export log. Counts only: no names,
no person ids."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.monitoring.compute import MonitoringRun
from desktop.monitoring.export import csv_text, to_json
from desktop.monitoring.tables import TABLES
from desktop.tasks import DbWorker
from desktop.views.common.export_file import ask_export_path


def csv_paths(chosen: Path) -> dict[str, Path]:
    """The targets table in the chosen file, the other tables beside it: name-reasons.csv, ..."""
    chosen = chosen if chosen.suffix.lower() == ".csv" else chosen.with_suffix(".csv")
    return {table: chosen if table == "targets" else chosen.with_name(f"{chosen.stem}-{table}.csv")
            for table in TABLES}


def write_export(store, run: MonitoringRun, kind: str, path: Path) -> list[Path]:
    """On the worker: the files, then their names in the export log."""
    if kind == "csv":
        written = []
        for table, target in csv_paths(path).items():
            target.write_text(csv_text(run, table), encoding="utf-8")
            written.append(target)
    elif kind == "xlsx":
        from desktop.monitoring.spreadsheet import write_xlsx
        written = [write_xlsx(run, path)]
    else:
        path.write_text(json.dumps(to_json(run), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written = [path]
    store.export_log.record("monitoring", None, written)
    return written


class ExportActions(QWidget):
    exported = Signal(list)  # the files written (tests wait on it)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._run: MonitoringRun | None = None
        self.csv_button = QPushButton(self.tr("Export CSV..."), self)
        self.csv_button.setToolTip(self.tr("Every table of figures as CSV files, for the municipality's analysts"))
        self.xlsx_button = QPushButton(self.tr("Export spreadsheet..."), self)
        self.xlsx_button.setToolTip(self.tr("Every table of figures as a sheet of one .xlsx file"))
        self.json_button = QPushButton(self.tr("Export JSON..."), self)
        self.json_button.setToolTip(self.tr("All figures in one JSON file, for scripted reporting"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.xlsx_button)
        layout.addWidget(self.json_button)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.set_run(None)

    def set_run(self, run: MonitoringRun | None) -> None:
        self._run = run
        for button in (self.csv_button, self.xlsx_button, self.json_button):
            button.setEnabled(run is not None)

    def export(self, kind: str) -> None:
        run = self._run
        if run is None:
            return
        name = f"monitoring-{run.options.ref.isoformat()}-{run.options.cohort_by.value}.{kind}"
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Spreadsheets (*.xlsx)")}.get(
            kind, self.tr("JSON files (*.json)"))
        path = ask_export_path(self, self.tr("Save the figures"), name, filters, f".{kind}")
        if not path:
            return
        self._set_enabled(False)
        self._worker.write(lambda store: write_export(store, run, kind, Path(path)), {"export_log"},
                           on_done=self._done, on_error=self._failed, asker=self)

    def _set_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.xlsx_button, self.json_button):
            button.setEnabled(enabled and self._run is not None)

    def _done(self, written: list[Path]) -> None:
        self._set_enabled(True)
        self.exported.emit(written)
        QMessageBox.information(self, self.tr("Export figures"), self.tr("Saved:\n{files}").format(
            files="\n".join(str(p) for p in written)))

    def _failed(self, error: BaseException) -> None:
        self._set_enabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error.__class__.__name__
        QMessageBox.critical(self, self.tr("Export figures"),
                             self.tr("The file could not be written: {reason}").format(reason=reason))
