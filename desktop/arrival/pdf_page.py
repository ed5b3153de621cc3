"""A4 PDF pages in millimetres: the writer both layouts draw on, with the card's fonts loaded."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from desktop.arrival.fonts import load_fonts

DPI = 600
MM = DPI / 25.4  # device units per millimetre
A4_W, A4_H = 210.0, 297.0


def mm_rect(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * MM, y * MM, w * MM, h * MM)


def open_pdf(path: Path, title: str) -> tuple[QPdfWriter, QPainter]:
    """A writer for A4 portrait pages without margins, and a painter on it (end it when done)."""
    load_fonts()
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Ketenplan")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path.name}")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return writer, painter
