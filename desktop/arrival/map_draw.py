"""The card's map, drawn offline: numbered markers by coordinates over imported lines, if any.

A simple equirectangular projection around the places' middle is exact enough for one town
(a few kilometres). Without map data the map is schematic: the markers where they are, a
scale bar and a north arrow; with map data its roads and water are drawn under the markers
and its attribution is printed under the map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF

from desktop.arrival.fonts import card_font
from desktop.arrival.map_data import MapData
from desktop.arrival.text_fit import Audit, Para, draw_block

METRES_PER_DEGREE = 111_320.0
NICE_METRES = (50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)
MIN_SPAN_M = 1200.0  # a map of a single place still shows its neighbourhood
STYLE = {
    "water": ("#a8c8e8", 1.2), "park": ("#cfe5c4", 0.0), "rail": ("#8a8a8a", 0.5),
    "major_road": ("#e0b070", 0.9), "road": ("#c8c8c8", 0.45),
}


@dataclass(frozen=True)
class Marker:
    number: int
    latitude: float
    longitude: float


class Projection:
    """Degrees to points in a rectangle, same scale both ways, the places' box padded to fit."""

    def __init__(self, markers: list[Marker], rect: QRectF):
        lats = [m.latitude for m in markers] or [52.2252]
        lons = [m.longitude for m in markers] or [5.1787]
        self.lat0 = (min(lats) + max(lats)) / 2
        self.lon0 = (min(lons) + max(lons)) / 2
        self.kx = METRES_PER_DEGREE * math.cos(math.radians(self.lat0))  # metres per degree lon
        span_x = max((max(lons) - min(lons)) * self.kx, MIN_SPAN_M)
        span_y = max((max(lats) - min(lats)) * METRES_PER_DEGREE, MIN_SPAN_M)
        self.rect = rect
        self.px_per_m = min(rect.width() / (span_x * 1.3), rect.height() / (span_y * 1.35))

    def point(self, lon: float, lat: float) -> QPointF:
        c = self.rect.center()
        return QPointF(c.x() + (lon - self.lon0) * self.kx * self.px_per_m,
                       c.y() - (lat - self.lat0) * METRES_PER_DEGREE * self.px_per_m)


def draw_map(painter: QPainter, rect: QRectF, markers: list[Marker], map_data: MapData | None,
             mm: float, audit: Audit) -> None:
    """The map in rect (device units, mm: device units per millimetre)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    footer = 3.2 * mm if map_data and map_data.attribution else 0.0
    frame = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - footer)
    painter.setPen(QPen(QColor("#9a9a9a"), 0.2 * mm))
    painter.setBrush(QColor("#fbfaf6"))
    painter.drawRect(frame)
    projection = Projection(markers, frame.adjusted(1.5 * mm, 1.5 * mm, -1.5 * mm, -1.5 * mm))
    painter.setClipRect(frame)
    if map_data:
        _draw_data(painter, projection, map_data, mm)
    _draw_markers(painter, projection, markers, mm)
    painter.setClipping(False)
    _scale_bar(painter, frame, projection, mm)
    _north_arrow(painter, frame, mm)
    painter.restore()
    if footer:
        # the licence's words as they are, in their own left-to-right line in every language
        draw_block(painter, [Para(map_data.attribution, 5.0, color="#555555")],
                   QRectF(rect.left(), frame.bottom() + 0.5 * mm, rect.width(), footer - 0.5 * mm),
                   audit, "map attribution")


def _draw_data(painter: QPainter, projection: Projection, data: MapData, mm: float) -> None:
    order = {"water": 0, "park": 1, "rail": 2, "major_road": 3, "road": 4}
    for kind, ring in sorted(data.areas, key=lambda a: order.get(a[0], 9)):
        color, _ = STYLE.get(kind, STYLE["road"])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(color))
        painter.drawPolygon(QPolygonF([projection.point(*p) for p in ring]))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for kind, points in sorted(data.lines, key=lambda ln: order.get(ln[0], 9)):
        color, width = STYLE.get(kind, STYLE["road"])
        pen = QPen(QColor(color), max(width, 0.2) * mm)
        if kind == "rail":
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        path = QPainterPath()
        for i, p in enumerate(points):
            (path.lineTo if i else path.moveTo)(projection.point(*p))
        painter.drawPath(path)


def _draw_markers(painter: QPainter, projection: Projection, markers: list[Marker], mm: float) -> None:
    # a marker grows with the map (the A4 handout's is large), never below a card's 2 mm
    size = min(1.6, max(1.0, min(projection.rect.width(), projection.rect.height()) / (60 * mm)))
    radius = 2.0 * mm * size
    font = card_font(6.5 * size, bold=True)
    painter.setFont(font)
    for marker in markers:
        centre = projection.point(marker.longitude, marker.latitude)
        painter.setPen(QPen(QColor("#ffffff"), 0.35 * mm * size))
        painter.setBrush(QBrush(QColor("#b3261e")))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QColor("#ffffff"))
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(marker.number))


def _scale_bar(painter: QPainter, frame: QRectF, projection: Projection, mm: float) -> None:
    target = frame.width() / 4 / projection.px_per_m
    metres = max((m for m in NICE_METRES if m <= target), default=NICE_METRES[0])
    length = metres * projection.px_per_m
    x, y = frame.left() + 2 * mm, frame.bottom() - 2 * mm
    painter.setPen(QPen(QColor("#333333"), 0.3 * mm))
    painter.drawLine(QPointF(x, y), QPointF(x + length, y))
    for end in (x, x + length):
        painter.drawLine(QPointF(end, y - 0.8 * mm), QPointF(end, y))
    painter.setFont(card_font(5.0))
    label = f"{metres // 1000} km" if metres >= 1000 else f"{metres} m"
    painter.drawText(QRectF(x, y - 3.6 * mm, length + 6 * mm, 2.8 * mm),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, label)


def _north_arrow(painter: QPainter, frame: QRectF, mm: float) -> None:
    x, top = frame.right() - 3.5 * mm, frame.top() + 1.5 * mm
    arrow = QPolygonF([QPointF(x, top + 2.8 * mm), QPointF(x - 1.3 * mm, top + 6.5 * mm),
                       QPointF(x, top + 5.6 * mm), QPointF(x + 1.3 * mm, top + 6.5 * mm)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#333333"))
    painter.drawPolygon(arrow)
    painter.setPen(QColor("#333333"))
    painter.setFont(card_font(5.5, bold=True))
    painter.drawText(QRectF(x - 2 * mm, top, 4 * mm, 2.8 * mm), Qt.AlignmentFlag.AlignCenter, "N")
