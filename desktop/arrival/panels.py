"""The card's faces, each a box the size of a bank card: cover, one contact, map, legend.

Both layouts (wallet.py, handout.py) draw these. A face writes the person's language and Dutch
side by side: the person's language at the start of their reading direction (right for Arabic
and Persian), Dutch beside it. Phone numbers, e-mail addresses, times and postcodes are
isolated left-to-right runs, so they read the same inside right-to-left text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from desktop.arrival.card_content import Card, CardEntry, Hours
from desktop.arrival.map_data import MapData
from desktop.arrival.map_draw import Marker, draw_map
from desktop.arrival.text_fit import Audit, Para, draw_block, ltr

DASH = "\u2013"
ACCENT = "#1d4f7c"


def own_dir(card: Card) -> str:
    return card.texts.direction


def hours_text(hours: tuple[Hours, ...], texts, rtl: bool) -> list[str]:
    lines = []
    for h in hours:
        label = texts["walk_in_hours"] if h.walk_in else texts["by_appointment"]
        days = ("، " if rtl else ", ").join(texts.texts.get(f"day_{d.lower()}", d) for d in h.days)
        times = f"{h.opens}{DASH}{h.closes}"
        lines.append(f"{label}: {days} {ltr(times) if rtl else times}")
    return lines


def columns(card: Card, rect: QRectF, gap: float) -> tuple[QRectF, QRectF | None]:
    """(the person's language's box, Dutch's box or None): reading start first."""
    if not card.bilingual:
        return rect, None
    half = (rect.width() - gap) / 2
    left = QRectF(rect.left(), rect.top(), half, rect.height())
    right = QRectF(rect.left() + half + gap, rect.top(), half, rect.height())
    return (right, left) if own_dir(card) == "rtl" else (left, right)


def reach_paras(entry: CardEntry, card: Card, size: float) -> list[Para]:
    """Phone, e-mail and address: the same in every language, with both labels."""
    direction = own_dir(card)
    rtl = direction == "rtl"
    paras = []
    for key, value in (("phone", entry.phone), ("email", entry.email), ("address", entry.address)):
        if not value:
            continue
        own = card.texts[key]
        label = own if not card.bilingual or own == card.dutch[key] else (
            f"{own} / {ltr(card.dutch[key]) if rtl else card.dutch[key]}")
        paras.append(Para(f"{label}: {ltr(value) if rtl else value}", size, direction=direction))
    return paras


def draw_contact(painter: QPainter, rect: QRectF, entry: CardEntry, card: Card, audit: Audit,
                 mm: float, zoom: float = 1.0) -> None:
    """One contact in a box; zoom scales the type for the larger A4 handout."""
    direction, rtl = own_dir(card), own_dir(card) == "rtl"
    name = f"{entry.number}. {ltr(entry.name) if rtl else entry.name}"
    head = [Para(name, 8.0 * zoom, bold=True, color=ACCENT, direction=direction)]
    if entry.role_key:
        own_role = card.texts[entry.role_key]
        nl_role = card.dutch[entry.role_key]
        role = own_role if not card.bilingual else f"{own_role} / {ltr(nl_role) if rtl else nl_role}"
        person = ltr(entry.person) if rtl else entry.person
        head.append(Para(f"{role}: {person}" if entry.person else role, 6.2 * zoom, bold=True, direction=direction))
    head += reach_paras(entry, card, 6.0 * zoom)
    top = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.52)
    used = draw_block(painter, head, top, audit, f"contact {entry.number} head")
    body = QRectF(rect.left(), rect.top() + used + 1.2 * mm, rect.width(), rect.height() - used - 1.2 * mm)
    painter.setPen(QPen(QColor("#c9d3dd"), 0.2 * mm))
    painter.drawLine(body.topLeft() + _dy(-0.6 * mm), body.topRight() + _dy(-0.6 * mm))
    own_box, nl_box = columns(card, body, 2.5 * mm)
    _side(painter, own_box, card, entry, card.texts, direction, audit, f"contact {entry.number} own", zoom)
    if nl_box is not None:
        _side(painter, nl_box, card, entry, card.dutch, "ltr", audit, f"contact {entry.number} nl", zoom)
        mid = (own_box.center().x() + nl_box.center().x()) / 2
        painter.setPen(QPen(QColor("#c9d3dd"), 0.2 * mm))
        painter.drawLine(_pt(mid, body.top()), _pt(mid, body.bottom()))


def _side(painter, box, card, entry, texts, direction, audit, name, zoom) -> None:
    line = entry.line_own if texts is card.texts else entry.line_nl
    paras = [Para(texts["what_they_do"], 5.6 * zoom, bold=True, color="#555555", direction=direction),
             Para(line, 6.6 * zoom, direction=direction, gap_after=1.5 * zoom)]
    paras += [Para(h, 5.8 * zoom, direction=direction) for h in hours_text(entry.hours, texts, direction == "rtl")]
    draw_block(painter, paras, box, audit, name)


def draw_cover(painter: QPainter, rect: QRectF, card: Card, audit: Audit, mm: float) -> None:
    direction = own_dir(card)
    band = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.5)
    paras = [Para(card.texts["card_title"], 13.0, bold=True, color=ACCENT, direction=direction, center=True)]
    if card.bilingual:
        paras.append(Para(card.dutch["card_title"], 10.0, color=ACCENT, center=True))
    paras.append(Para(card.municipality, 8.0, color="#555555", center=True))
    draw_block(painter, paras, band, audit, "cover title", valign_center=True)
    lower = QRectF(rect.left(), band.bottom() + 1 * mm, rect.width(), rect.bottom() - band.bottom() - 1 * mm)
    paras = [Para(card.person_name, 9.0, bold=True, center=True, gap_after=3)]
    paras.append(Para(card.texts["emergency"], 8.0, bold=True, color="#b3261e", direction=direction,
                      center=True))
    if card.bilingual and card.texts["emergency"] != card.dutch["emergency"]:
        paras.append(Para(card.dutch["emergency"], 7.0, color="#b3261e", center=True))
    draw_block(painter, paras, lower, audit, "cover person", valign_center=True)


def markers_of(card: Card) -> list[Marker]:
    return [Marker(e.number, e.latitude, e.longitude) for e in card.entries
            if e.latitude is not None and e.longitude is not None]


def draw_map_face(painter: QPainter, rect: QRectF, card: Card, map_data: MapData | None, audit: Audit,
                  mm: float, title_size: float = 7.0) -> None:
    direction = own_dir(card)
    title = card.texts["map"] if not card.bilingual else f"{card.texts['map']} / {card.dutch['map']}"
    used = draw_block(painter, [Para(f"{title} {DASH} {card.municipality}", title_size, bold=True,
                                     color=ACCENT, direction=direction)],
                      QRectF(rect.left(), rect.top(), rect.width(), 4.5 * mm * title_size / 7), audit, "map title")
    area = QRectF(rect.left(), rect.top() + used + 0.8 * mm, rect.width(), rect.height() - used - 0.8 * mm)
    draw_map(painter, area, markers_of(card), map_data, mm, audit)


def legend_paras(card: Card, size: float) -> list[Para]:
    direction, rtl = own_dir(card), own_dir(card) == "rtl"
    title = card.texts["map_legend"] if not card.bilingual else (
        f"{card.texts['map_legend']} / {ltr(card.dutch['map_legend']) if rtl else card.dutch['map_legend']}")
    paras = [Para(title, size + 1, bold=True, color=ACCENT, direction=direction)]
    for e in card.entries:
        where = "" if e.latitude is not None else " (-)"
        role = f" {DASH} {card.texts[e.role_key]}" if e.role_key else ""
        name = ltr(e.name) if rtl else e.name
        paras.append(Para(f"{e.number}. {name}{role}{where}", size, direction=direction))
    return paras


def draw_legend(painter: QPainter, rect: QRectF, card: Card, map_data: MapData | None, audit: Audit) -> None:
    paras = legend_paras(card, 6.2)
    if map_data is None:
        paras.append(Para(card.texts["map_schematic"], 5.2, color="#555555", direction=own_dir(card)))
    draw_block(painter, paras, rect, audit, "legend")



def _dy(dy: float) -> QPointF:
    return QPointF(0, dy)


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)
