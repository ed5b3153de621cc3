"""Where an export goes: asked every time, in the documents folder unless the person chooses
otherwise, with the warning that the file leaves the encrypted store.

Qt's own file dialog (not the system's): it speaks the interface language like the rest of
the app, and it can carry the warning beside the file name.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QDir, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QGridLayout, QLabel, QWidget

from desktop.views.common.style import set_role


def documents_folder() -> str:
    """The user's documents folder, made if the system names it but it is not there yet (a fresh
    account); the home folder where the system names none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if folder and QDir().mkpath(folder):
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)


class ExportFileDialog(QFileDialog):
    """Save mode, in the documents folder, with the export warning under the file name."""

    def __init__(self, parent: QWidget | None, title: str, file_name: str, name_filter: str, suffix: str):
        super().__init__(parent, title, documents_folder())
        self.setObjectName("exportFileDialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.setNameFilter(name_filter)
        self.setDefaultSuffix(suffix.lstrip("."))
        self.selectFile(file_name)
        # Qt's Dutch lacks some of the dialog's labels: ours, so none is left in English.
        labels = QFileDialog.DialogLabel
        for label, text in ((labels.LookIn, self.tr("Look in:")), (labels.FileName, self.tr("File name:")),
                            (labels.FileType, self.tr("Files of type:")), (labels.Accept, self.tr("&Save")),
                            (labels.Reject, self.tr("Cancel"))):
            self.setLabelText(label, text)
        self.resize(780, 500)
        self.warning = QLabel(self.tr(
            "This file leaves the encrypted store: anyone who gets it can read it. Save it only "
            "where it is safe, hand it over safely and delete it when it is no longer needed. "
            "The export is recorded."), self)
        self.warning.setObjectName("exportWarning")
        self.warning.setWordWrap(True)
        set_role(self.warning, "problem")
        layout = self.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(self.warning, layout.rowCount(), 0, 1, layout.columnCount())

    def chosen_path(self) -> str | None:
        files = self.selectedFiles()
        return files[0] if files else None


def ask_export_path(parent: QWidget | None, title: str, file_name: str, name_filter: str,
                    suffix: str = ".pdf") -> str | None:
    """The path chosen, or None when the person cancelled. Blocks like QFileDialog's own."""
    dialog = ExportFileDialog(parent, title, file_name, name_filter, suffix)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        path = dialog.chosen_path()
    finally:
        dialog.deleteLater()
    if path and not Path(path).suffix:
        path += suffix
    return path


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not in a file name on any of the three systems


def safe_file_name(text: str) -> str:
    """A client's name as part of a file name: what no file system takes becomes a space."""
    return _UNSAFE.sub(" ", text).strip()
