"""A4 pages filled from top to bottom in millimetres: headings, wrapped paragraphs, simple tables and
room for a chart, a footer on every page. Paints with QPainter on a QPdfWriter: no widget, so the
command line and the database worker can write the report (a QGuiApplication is enough)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

DPI = 300
MM = DPI / 25.4
A4_W, A4_H = 210.0, 297.0
LEFT, RIGHT, TOP, BOTTOM = 18.0, 18.0, 16.0, 18.0
WIDTH = A4_W - LEFT - RIGHT
INK = QColor("#000000")
RULE = QColor("#7a7a7a")
FAMILY = "Noto Sans"


def mm(x: float, y: float, w: float, h: float) -> QRectF:
    return QRectF(x * MM, y * MM, w * MM, h * MM)


def font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(FAMILY)
    f.setPointSizeF(size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


@dataclass
class Placed:
    """Where something was drawn (page from 0, rectangle in mm): for tests that look at the rendered page."""
    kind: str
    page: int
    rect: tuple[float, float, float, float]


@dataclass
class PageFlow:
    path: Path
    title: str
    footer: str
    page: int = 0
    y: float = TOP
    placed: list[Placed] = field(default_factory=list)

    def __post_init__(self) -> None:
        try:  # the bundled fonts, so the report prints the same on every laptop
            from desktop.arrival.fonts import load_fonts
            load_fonts()
        except Exception:  # noqa: BLE001 - the system's sans serif will do
            pass
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = QPdfWriter(str(self.path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                              QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
        self.writer.setTitle(self.title)
        self.writer.setCreator("Ketenplan")
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"cannot write {self.path.name}")
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    # -- pages ---------------------------------------------------------------------------
    def room(self) -> float:
        return A4_H - BOTTOM - self.y

    def need(self, height: float) -> None:
        """Start a new page unless `height` mm still fit on this one."""
        if height > self.room() and self.y > TOP:
            self.new_page()

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.page += 1
        self.y = TOP

    def finish(self) -> None:
        self._footer()
        self.painter.end()

    def _footer(self) -> None:
        p = self.painter
        p.setFont(font(7.5))
        p.setPen(INK)
        p.drawText(mm(LEFT, A4_H - BOTTOM + 6, WIDTH, 5), int(Qt.AlignmentFlag.AlignLeft), self.footer)
        p.drawText(mm(LEFT, A4_H - BOTTOM + 6, WIDTH, 5), int(Qt.AlignmentFlag.AlignRight), str(self.page + 1))

    # -- text ------------------------------------------------------------------------------
    def text_height(self, text: str, f: QFont, width: float) -> float:
        self.painter.setFont(f)
        metrics = QFontMetricsF(f, self.writer)
        box = metrics.boundingRect(QRectF(0, 0, width * MM, 10_000 * MM),
                                   int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), text)
        return box.height() / MM

    def text_width(self, text: str, f: QFont) -> float:
        return QFontMetricsF(f, self.writer).horizontalAdvance(text) / MM

    def draw_text(self, x: float, y: float, width: float, text: str, f: QFont,
                  align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> float:
        """Wrapped text at (x, y) mm; returns its height in mm."""
        height = self.text_height(text, f, width)
        self.painter.setFont(f)
        self.painter.setPen(INK)
        self.painter.drawText(mm(x, y, width, height + 1), int(Qt.TextFlag.TextWordWrap | align), text)
        return height

    def heading(self, text: str, size: float = 13, after: float = 2.5, keep: float = 30) -> None:
        """A heading stays on the page of the first `keep` mm of what follows it."""
        f = font(size, bold=True)
        height = self.text_height(text, f, WIDTH)
        self.need(height + after + keep)
        self.y += self.draw_text(LEFT, self.y, WIDTH, text, f) + after

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, italic: bool = False,
                  indent: float = 0, after: float = 1.5) -> None:
        f = font(size, bold, italic)
        height = self.text_height(text, f, WIDTH - indent)
        self.need(height)
        self.y += self.draw_text(LEFT + indent, self.y, WIDTH - indent, text, f) + after

    def rule(self, after: float = 3) -> None:
        self.painter.setPen(QPen(RULE, 0.25 * MM))
        self.painter.drawLine(mm(LEFT, self.y, 0, 0).topLeft(), mm(LEFT + WIDTH, self.y, 0, 0).topLeft())
        self.y += after

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], size: float = 8.5,
              kind: str = "table") -> None:
        """A table with a header row repeated on each page it runs over; cells wrap."""
        head_font, body_font = font(size, bold=True), font(size)
        pad = 1.2

        def row_height(cells: list[str], f: QFont) -> float:
            return max(self.text_height(c, f, w - 2 * pad) for c, w in zip(cells, widths, strict=True)) + 2 * pad

        def draw_row(cells: list[str], f: QFont, shade: bool) -> None:
            height = row_height(cells, f)
            x = LEFT
            if shade:
                self.painter.fillRect(mm(LEFT, self.y, sum(widths), height), QColor("#e6e6e6"))
            for cell, w in zip(cells, widths, strict=True):
                self.draw_text(x + pad, self.y + pad, w - 2 * pad, cell, f)
                x += w
            self.painter.setPen(QPen(RULE, 0.2 * MM))
            self.painter.drawLine(mm(LEFT, self.y + height, 0, 0).topLeft(),
                                  mm(LEFT + sum(widths), self.y + height, 0, 0).topLeft())
            self.y += height

        start = self.y
        self.need(row_height(header, head_font) + (row_height(rows[0], body_font) if rows else 0))
        draw_row(header, head_font, True)
        for cells in rows:
            if row_height(cells, body_font) > self.room():
                self.placed.append(Placed(kind, self.page, (LEFT, start, sum(widths), self.y - start)))
                self.new_page()
                start = self.y
                draw_row(header, head_font, True)
            draw_row(cells, body_font, False)
        self.placed.append(Placed(kind, self.page, (LEFT, start, sum(widths), self.y - start)))
        self.y += 3
