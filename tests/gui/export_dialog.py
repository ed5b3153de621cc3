"""Answer the export file dialog in tests: the real dialog is made, then accepted with a path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop.views.common.export_file import ExportFileDialog


def answer_export_dialog(monkeypatch, path: Path | str | None) -> list[dict]:
    """Each dialog shown is accepted with `path` (cancelled when None); returns what each showed."""
    shown = []

    def exec_(dialog: ExportFileDialog) -> int:
        shown.append({"title": dialog.windowTitle(), "folder": dialog.directory().absolutePath(),
                      "name": dialog.selectedFiles()[0] if dialog.selectedFiles() else "",
                      "warning": dialog.warning.text(), "warning_shown": dialog.warning.parent() is dialog,
                      "native": not dialog.testOption(dialog.Option.DontUseNativeDialog)})
        if path is None:
            return QDialog.DialogCode.Rejected
        dialog.selectFile(str(path))
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(ExportFileDialog, "exec", exec_)
    return shown
