"""The wallet card: one A4 page printed on both sides, cut and folded into bank-card-sized panels.

Ten panels of 85.6 x 54 mm in two columns of five. Cut the outline and the middle line down to
the last row: the paper is then one strip that runs down the left column and up the right, and
folds like an accordion into a card for the wallet. The marks (cut: solid, fold: dashed) stay
outside the panels, so no mark crosses text. The back page is mirrored left-right, so each face
lands behind its partner when the printer flips on the long edge.

Front: the cover and the first contacts. Back: the map, its legend, then the other contacts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from desktop.arrival.card_content import Card
from desktop.arrival.map_data import MapData
from desktop.arrival.panels import draw_contact, draw_cover, draw_legend, draw_map_face
from desktop.arrival.pdf_page import A4_H, A4_W, MM, mm_rect, open_pdf
from desktop.arrival.text_fit import Audit, Para, draw_block

PANEL_W, PANEL_H = 85.6, 54.0
COLS, ROWS = 2, 5
GRID_X = (A4_W - COLS * PANEL_W) / 2
GRID_Y = (A4_H - ROWS * PANEL_H) / 2
PAD = 3.0  # text and map keep this far from every panel edge
MARK, MARK_GAP = 5.0, 1.5
FRONT_CONTACTS = ROWS * COLS - 1  # the cover takes the first face
BACK_CONTACTS = ROWS * COLS - 2  # the map and the legend take two
CAPACITY = FRONT_CONTACTS + BACK_CONTACTS
MONOLINGUAL_ZOOM = 1.3


def strip_order() -> list[tuple[int, int]]:
    """(column, row) of the strip's faces: down the left column, up the right one."""
    return [(0, r) for r in range(ROWS)] + [(1, r) for r in reversed(range(ROWS))]


def panel_rect(col: int, row: int, back: bool = False) -> QRectF:
    """A panel in device units; on the back, columns are mirrored (long-edge flip)."""
    col = COLS - 1 - col if back else col
    return mm_rect(GRID_X + col * PANEL_W, GRID_Y + row * PANEL_H, PANEL_W, PANEL_H)


def inner(rect: QRectF) -> QRectF:
    return rect.adjusted(PAD * MM, PAD * MM, -PAD * MM, -PAD * MM)


def render_wallet(card: Card, path: Path, map_data: MapData | None = None) -> Audit:
    audit = Audit()
    if len(card.entries) > CAPACITY:
        audit.overflows.append(f"{len(card.entries)} contacts, the wallet card holds {CAPACITY}")
    writer, painter = open_pdf(path, "Ketenplan contactkaart")
    try:
        order = strip_order()
        zoom = 1.0 if card.bilingual else MONOLINGUAL_ZOOM  # one language: the panel's whole width
        front = card.entries[:FRONT_CONTACTS]
        back = card.entries[FRONT_CONTACTS:CAPACITY]
        draw_cover(painter, inner(panel_rect(*order[0])), card, audit, MM)
        for entry, (col, row) in zip(front, order[1:], strict=False):
            draw_contact(painter, inner(panel_rect(col, row)), entry, card, audit, MM, zoom)
        _marks(painter)
        _instructions(painter, card, audit)
        writer.newPage()
        draw_map_face(painter, inner(panel_rect(*order[0], back=True)), card, map_data, audit, MM)
        draw_legend(painter, inner(panel_rect(*order[1], back=True)), card, map_data, audit)
        for entry, (col, row) in zip(back, order[2:], strict=False):
            draw_contact(painter, inner(panel_rect(col, row, back=True)), entry, card, audit, MM, zoom)
        _marks(painter)
    finally:
        painter.end()
    return audit


def _marks(painter: QPainter) -> None:
    """Cut marks (solid) at the outline's corners and the middle cut; fold marks (dashed)."""
    left, right = GRID_X, GRID_X + COLS * PANEL_W
    top, bottom = GRID_Y, GRID_Y + ROWS * PANEL_H
    middle = GRID_X + PANEL_W
    cut = QPen(QColor("#000000"), 0.25 * MM)
    fold = QPen(QColor("#555555"), 0.25 * MM, Qt.PenStyle.DashLine)

    def line(pen, x1, y1, x2, y2):
        painter.setPen(pen)
        painter.drawLine(QPointF(x1 * MM, y1 * MM), QPointF(x2 * MM, y2 * MM))

    for x in (left, right):
        for y in (top, bottom):
            dx = -1 if x == left else 1
            dy = -1 if y == top else 1
            line(cut, x + dx * MARK_GAP, y, x + dx * (MARK_GAP + MARK), y)
            line(cut, x, y + dy * MARK_GAP, x, y + dy * (MARK_GAP + MARK))
    line(cut, middle, top - MARK_GAP, middle, top - MARK_GAP - MARK)  # the middle cut starts here
    line(cut, middle, top, middle, bottom - PANEL_H)  # ... and runs down to the last row
    for row in range(1, ROWS):
        y = top + row * PANEL_H
        line(fold, left - MARK_GAP, y, left - MARK_GAP - MARK, y)
        line(fold, right + MARK_GAP, y, right + MARK_GAP + MARK, y)
    line(fold, middle, bottom + MARK_GAP, middle, bottom + MARK_GAP + MARK)  # the turn of the strip


def _instructions(painter: QPainter, card: Card, audit: Audit) -> None:
    """How to print, cut and fold: along the left margin in Dutch, the right one in the person's language."""
    margin = GRID_X - MARK_GAP - MARK - 5.0  # the margin's width inside the printable area
    sides = [(4.0, card.dutch, "ltr")]
    if card.bilingual:
        sides.append((A4_W - 4.0 - margin, card.texts, card.texts.direction))
    for x, texts, direction in sides:
        painter.save()
        # rotated a quarter turn: the text runs up the margin, bottom to top
        painter.translate(x * MM, (GRID_Y + ROWS * PANEL_H) * MM)
        painter.rotate(-90)
        box = QRectF(0, 0, ROWS * PANEL_H * MM, margin * MM)
        draw_block(painter, [Para(texts["print_instructions"], 6.0, color="#555555", direction=direction)],
                   box, audit, f"print instructions {texts.language}")
        painter.restore()
