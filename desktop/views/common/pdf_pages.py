"""A4 PDFs of an HTML document, with a footer line on every page (the plan, a person's data).

Paints with no widget, so it may run on the worker's thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

SCREEN_DPI = 96  # the text is laid out as on screen, then scaled to the printer's resolution
FOOTER_ROOM = 30  # pixels at 96 dpi below the text for the footer


def write_a4_pdf(path: str, title: str, html: str, footer: Callable[[int, int], str]) -> None:
    """footer(page, pages) gives the line at the foot of each page (numbers from 1)."""
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Ketenplan")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    document.setHtml(html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = writer.resolution() / SCREEN_DPI
    size = QSizeF(page.width() / scale, page.height() / scale - FOOTER_ROOM)
    document.setPageSize(size)
    pages = document.pageCount()
    small = QFont("DejaVu Sans")
    small.setPixelSize(10)
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * size.height())
            document.drawContents(painter, QRectF(QPointF(0, number * size.height()), size))
            painter.restore()
            painter.setPen(QColor("#6b7680"))
            painter.setFont(small)
            painter.drawText(QPointF(0, size.height() + 22), footer(number + 1, pages))
    finally:
        painter.end()
