"""Text that fits its box: wrapped, then shrunk step by step, never cut.

Every text on the card goes through fit_block: its paragraphs are laid out with QTextLayout at
the box's width in the paragraph's own direction (right to left for Arabic and Persian), and
the whole block shrinks until it fits the box. What still does not fit at the smallest size,
and any character drawn without a glyph from the bundled fonts, is written to the Audit, so a
test (and the command line) can refuse a card that would print cut-off text or empty boxes.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPaintDevice, QPainter, QTextLayout, QTextOption

from desktop.arrival.fonts import FAMILIES, card_font

LRI, PDI = "\u2066", "\u2069"  # Unicode isolates: a phone number stays left to right in Arabic
SHRINK = 0.92
MIN_SCALE = 0.45
ARABIC_SCRIPT_SCALE = 1.12
ETHIOPIC_SCALE = 1.1


def ltr(text: str) -> str:
    """A left-to-right run (number, e-mail, date, time) isolated from the text around it."""
    return f"{LRI}{text}{PDI}" if text else text


@dataclass(frozen=True)
class Para:
    text: str
    size: float  # points at full scale
    bold: bool = False
    direction: str = "ltr"
    color: str = "#1a1a1a"
    gap_after: float = 0.0  # in points, scaled with the text
    center: bool = False


@dataclass
class Audit:
    """What went wrong while drawing: overflowing boxes and characters without a glyph."""

    overflows: list[str] = field(default_factory=list)
    missing_glyphs: list[str] = field(default_factory=list)
    foreign_fonts: set[str] = field(default_factory=set)
    smallest_point_size: float = 99.0
    texts: list[tuple[str, str]] = field(default_factory=list)  # (direction, text) as drawn

    @property
    def clean(self) -> bool:
        return not (self.overflows or self.missing_glyphs or self.foreign_fonts)


@dataclass
class Fitted:
    layouts: list[tuple[QTextLayout, float, Para]]  # layout, its top, its paragraph
    height: float
    scale: float
    fits: bool


def script_scale(para: Para) -> float:
    """Naskh's and Ethiopic's letters are small for their point size: a little larger to read alike."""
    if para.direction == "rtl":
        return ARABIC_SCRIPT_SCALE
    letters = [c for c in para.text if c.isalpha()]
    ethiopic = sum(1 for c in letters if "\u1200" <= c <= "\u139f")
    return ETHIOPIC_SCALE if letters and ethiopic * 3 >= len(letters) * 2 else 1.0  # mostly Ethiopic


def layout_paragraph(para: Para, scale: float, width: float, device: QPaintDevice) -> tuple[QTextLayout, float, bool]:
    font = card_font(para.size * scale * script_scale(para), para.bold)
    layout = QTextLayout(para.text, font, device)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    rtl = para.direction == "rtl"
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)  # lines placed below
    layout.setTextOption(option)
    layout.beginLayout()
    y, fits = 0.0, True
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        natural = line.naturalTextWidth()
        # placed by hand: the layout draws each line from its start, whatever the alignment
        x = (width - natural) / 2 if para.center else (width - natural if rtl else 0.0)
        line.setPosition(QPointF(max(x, 0.0), y))
        y += line.height()
        if natural > width + 0.5:
            fits = False
    layout.endLayout()
    return layout, y, fits


def fit_block(paras: list[Para], rect: QRectF, device: QPaintDevice) -> Fitted:
    """The paragraphs laid out in the box at the largest scale (1.0 down to MIN_SCALE) that fits."""
    dpi = device.logicalDpiY()
    scale = 1.0
    while True:
        layouts, top, fits = [], 0.0, True
        for para in paras:
            layout, height, ok = layout_paragraph(para, scale, rect.width(), device)
            layouts.append((layout, top, para))
            top += height + para.gap_after * scale * dpi / 72
            fits = fits and ok
        fits = fits and top <= rect.height() + 0.5
        if fits or scale * SHRINK < MIN_SCALE:
            return Fitted(layouts, top, scale, fits)
        scale *= SHRINK


def draw_block(painter: QPainter, paras: list[Para], rect: QRectF, audit: Audit, name: str,
               valign_center: bool = False) -> float:
    """Draw the paragraphs into the box; the height used. Overflow and missing glyphs go to audit."""
    fitted = fit_block(paras, rect, painter.device())
    if not fitted.fits:
        audit.overflows.append(name)
    offset = (rect.height() - fitted.height) / 2 if valign_center and fitted.fits else 0.0
    for layout, top, para in fitted.layouts:
        painter.setPen(QColor(para.color))
        layout.draw(painter, QPointF(rect.left(), rect.top() + top + offset))
        _audit_glyphs(layout, para, audit, name)
        audit.smallest_point_size = min(audit.smallest_point_size, layout.font().pointSizeF())
    return fitted.height


def _audit_glyphs(layout: QTextLayout, para: Para, audit: Audit, name: str) -> None:
    audit.texts.append((para.direction, para.text))
    for run in layout.glyphRuns():
        family = run.rawFont().familyName()
        if family not in FAMILIES:
            audit.foreign_fonts.add(family)
        if 0 in run.glyphIndexes():
            audit.missing_glyphs.append(f"{name}: {family}")


def printable(text: str) -> str:
    """The characters that need a glyph: no spaces, no format characters (isolates, ZWNJ)."""
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")
