"""Export of the dashboard's figures as CSV (every table) or JSON (all figures), through
desktop/monitoring/export.py. The file leaves the encrypted store, so the user is told first.
Counts only: no names, no person ids (the JSON's ids are for the command line's --ids)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from desktop.monitoring.compute import MonitoringRun
from desktop.monitoring.export import csv_text, to_json
from desktop.monitoring.tables import TABLES


def csv_paths(chosen: Path) -> dict[str, Path]:
    """The targets table in the chosen file, the other tables beside it: name-reasons.csv, ..."""
    chosen = chosen if chosen.suffix.lower() == ".csv" else chosen.with_suffix(".csv")
    return {table: chosen if table == "targets" else chosen.with_name(f"{chosen.stem}-{table}.csv")
            for table in TABLES}


class ExportActions(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._run: MonitoringRun | None = None
        self.csv_button = QPushButton(self.tr("Export CSV..."), self)
        self.csv_button.setToolTip(self.tr("Every table of figures as CSV files, for the municipality's analysts"))
        self.json_button = QPushButton(self.tr("Export JSON..."), self)
        self.json_button.setToolTip(self.tr("All figures in one JSON file, for scripted reporting"))
        self.written: list[Path] = []  # the files of the last export (tests)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.json_button)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.json_button.clicked.connect(lambda: self.export("json"))
        self.set_run(None)

    def set_run(self, run: MonitoringRun | None) -> None:
        self._run = run
        self.csv_button.setEnabled(run is not None)
        self.json_button.setEnabled(run is not None)

    def export(self, kind: str) -> list[Path]:
        run = self._run
        if run is None:
            return []
        answer = QMessageBox.warning(
            self, self.tr("Export figures"),
            self.tr("The exported file is not encrypted: it leaves Ketenplan's protected store. It holds counts "
                    "only, no names. Save it only where the municipality allows, and delete it when done."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Ok:
            return []
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = f"monitoring-{run.options.ref.isoformat()}-{run.options.cohort_by.value}.{kind}"
        filters = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the figures"), str(Path(folder) / name),
                                                    filters)
        if not path:
            return []
        try:
            if kind == "csv":
                written = []
                for table, target in csv_paths(Path(path)).items():
                    target.write_text(csv_text(run, table), encoding="utf-8")
                    written.append(target)
            else:
                target = Path(path)
                target.write_text(json.dumps(to_json(run), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
                written = [target]
        except OSError as error:
            QMessageBox.critical(self, self.tr("Export figures"),
                                 self.tr("The file could not be written: {reason}").format(
                                     reason=error.strerror or error.__class__.__name__))
            return []
        self.written = written
        QMessageBox.information(self, self.tr("Export figures"), self.tr("Saved:\n{files}").format(
            files="\n".join(str(p) for p in written)))
        return written
