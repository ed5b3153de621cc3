"""The A4 handout: the same contacts in larger type, then a page with a large map and its legend."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop.arrival.card_content import Card
from desktop.arrival.map_data import MapData
from desktop.arrival.panels import ACCENT, draw_contact, draw_map_face, legend_paras, own_dir
from desktop.arrival.pdf_page import A4_H, A4_W, MM, mm_rect, open_pdf
from desktop.arrival.text_fit import Audit, Para, draw_block, ltr

MARGIN = 15.0
HEADER_H = 30.0
ROW_H = 46.0
ZOOM = 1.3
LEGEND_LINE_MM = 5.2  # one legend line at 9 pt, with room for a wrapped name now and then


def render_handout(card: Card, path: Path, map_data: MapData | None = None) -> Audit:
    audit = Audit()
    writer, painter = open_pdf(path, "Ketenplan contactkaart A4")
    width = A4_W - 2 * MARGIN
    try:
        _header(painter, card, audit)
        y = MARGIN + HEADER_H
        for entry in card.entries:
            if y + ROW_H > A4_H - MARGIN:
                writer.newPage()
                y = MARGIN
            draw_contact(painter, mm_rect(MARGIN, y, width, ROW_H - 4), entry, card, audit, MM, ZOOM)
            painter.setPen(QPen(QColor("#c9d3dd"), 0.3 * MM))
            painter.drawLine(QPointF(MARGIN * MM, (y + ROW_H - 2) * MM),
                             QPointF((MARGIN + width) * MM, (y + ROW_H - 2) * MM))
            y += ROW_H
        writer.newPage()
        map_h = 175.0
        draw_map_face(painter, mm_rect(MARGIN, MARGIN, width, map_h), card, map_data, audit, MM, 11.0)
        _legend(writer, painter, card, map_data, audit, MARGIN + map_h + 6)
    finally:
        painter.end()
    return audit


def _legend(writer, painter: QPainter, card: Card, map_data: MapData | None, audit: Audit, top: float) -> None:
    """The legend under the map in columns; a long one goes on to pages of its own."""
    paras = legend_paras(card, 9.0)
    title, rows = paras[0], paras[1:]
    if map_data is None:
        rows.append(Para(card.texts["map_schematic"], 8.0, color="#555555", direction=own_dir(card)))
    width = A4_W - 2 * MARGIN
    gap = 6.0
    col_w = (width - gap) / 2
    while True:
        height = A4_H - MARGIN - top
        per_column = max(1, int((height - 8) / LEGEND_LINE_MM))
        used = draw_block(painter, [title], mm_rect(MARGIN, top, width, 7), audit, "legend title") / MM
        for c in range(2):
            chunk = rows[c * per_column:(c + 1) * per_column]
            if not chunk:
                break
            # the first column at the reading start: the right for Arabic and Persian
            x = MARGIN + (col_w + gap) * (1 - c if own_dir(card) == "rtl" else c)
            draw_block(painter, chunk, mm_rect(x, top + used + 1, col_w, height - used - 1), audit, "legend")
        rows = rows[2 * per_column:]
        if not rows:
            return
        writer.newPage()
        top = MARGIN


def _header(painter: QPainter, card: Card, audit: Audit) -> None:
    """Title and name at the reading start (right for Arabic and Persian), 112 at the other side."""
    direction = own_dir(card)
    rtl = direction == "rtl"
    width = A4_W - 2 * MARGIN

    def beside(text: str) -> str:  # a Dutch line aligned with the person's own lines
        return ltr(text) if rtl else text

    title = [Para(card.texts["card_title"], 18.0, bold=True, color=ACCENT, direction=direction)]
    if card.bilingual:
        title.append(Para(beside(card.dutch["card_title"]), 12.0, color=ACCENT, direction=direction))
    title.append(Para(beside(f"{card.person_name} \u2013 {card.municipality}"), 11.0, bold=True, direction=direction))
    urgent = [Para(card.texts["emergency"], 11.0, bold=True, color="#b3261e", direction=direction)]
    if card.bilingual and card.texts["emergency"] != card.dutch["emergency"]:
        urgent.append(Para(beside(card.dutch["emergency"]), 9.0, color="#b3261e", direction=direction))
    title_x, urgent_x = (MARGIN + width * 0.38, MARGIN) if rtl else (MARGIN, MARGIN + width * 0.65)
    draw_block(painter, title, mm_rect(title_x, MARGIN, width * 0.62, HEADER_H - 3), audit, "handout title")
    draw_block(painter, urgent, mm_rect(urgent_x, MARGIN, width * 0.35, HEADER_H - 3), audit, "handout emergency")
