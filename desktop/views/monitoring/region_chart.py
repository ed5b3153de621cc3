"""The realised share per municipality beside the region's, for one target and cohort.

Made to read in black and white: the own municipality solid black, the others a dense grey
pattern, the region's total hatched; each bar outlined, its share written beside it, and the
goal as a dashed line. A share the server does not give (hidden or too few) says so in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_H, GAP, VALUE_W, TOP = 16, 6, 230, 22
OWN, OTHER, REGION = "own", "other", "region"
_BRUSH = {OWN: QBrush(QColor("#000000")), OTHER: QBrush(QColor("#000000"), Qt.BrushStyle.Dense4Pattern),
          REGION: QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern)}


@dataclass(frozen=True)
class RegionBar:
    label: str
    pct: float | None
    text: str  # "45%" or why there is none
    kind: str  # OWN, OTHER or REGION


class RegionChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionChart")
        self.bars: list[RegionBar] = []
        self.goal: float | None = None
        self.caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_bars(self, bars: list[RegionBar], goal: float | None, caption: str) -> None:
        self.bars, self.goal, self.caption = bars, goal, caption
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, TOP + 8 + max(1, len(self.bars)) * (BAR_H + GAP))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        metrics = QFontMetrics(self.font())
        label_w = min(max((metrics.horizontalAdvance(b.label) for b in self.bars), default=60) + 12,
                      self.width() // 3)
        left, right = label_w, self.width() - VALUE_W
        width = max(right - left, 10)
        ink = QColor("#000000")
        p.setPen(ink)
        p.drawText(QRectF(left, 0, self.width() - left, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.caption)
        for i, bar in enumerate(self.bars):
            y = TOP + i * (BAR_H + GAP)
            p.setPen(ink)
            font = p.font()
            font.setBold(bar.kind == OWN)  # the own municipality stands out in print too
            p.setFont(font)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, BAR_H), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
            font.setBold(False)
            p.setFont(font)
            p.setPen(QPen(QColor("#8a949e"), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(left, y, width, BAR_H))
            if bar.pct is not None:
                p.setPen(QPen(ink, 1))
                p.setBrush(_BRUSH[bar.kind])
                p.drawRect(QRectF(left, y, width * min(max(bar.pct, 0), 100) / 100, BAR_H))
            p.setPen(ink)
            p.drawText(QRectF(right + 8, y, VALUE_W - 8, BAR_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
        if self.goal is not None and self.bars:
            x = left + width * self.goal / 100
            p.setPen(QPen(ink, 2, Qt.PenStyle.DashLine))
            p.drawLine(int(x), TOP - 4, int(x), TOP + len(self.bars) * (BAR_H + GAP))
        p.end()
