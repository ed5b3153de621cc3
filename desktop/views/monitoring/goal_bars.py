"""A small chart of our own (QtCharts is not in PySide6-Essentials): one horizontal bar per cohort,
the realised share, and the goal as a dashed line. Black outlines and a hatched goal band keep it
readable when printed in black and white."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_H, GAP, LABEL_W, VALUE_W = 15, 5, 100, 150


@dataclass(frozen=True)
class Bar:
    label: str
    pct: float | None  # None: no closed window yet
    text: str  # "45% (9/20)" or "no closed windows"


class GoalBars(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goalBars")
        self.bars: list[Bar] = []
        self.goal: float | None = None
        self.goal_high: float | None = None
        self.goal_caption = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_bars(self, bars: list[Bar], goal: float | None, goal_high: float | None, caption: str) -> None:
        self.bars, self.goal, self.goal_high, self.goal_caption = bars, goal, goal_high, caption
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 28 + max(1, len(self.bars)) * (BAR_H + GAP))

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        left, right = LABEL_W, self.width() - VALUE_W
        width = max(right - left, 10)
        top = 20
        p.setPen(QColor("#1d2b36"))
        if self.goal is not None:
            x = left + width * self.goal / 100
            if self.goal_high is not None:  # S5: a range, hatched
                x2 = left + width * self.goal_high / 100
                p.fillRect(QRectF(x, top - 4, x2 - x, self.height() - top), QBrush(QColor("#9aa5b1"),
                                                                                 Qt.BrushStyle.BDiagPattern))
            p.drawText(QRectF(left, 0, width, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       self.goal_caption)
        for i, bar in enumerate(self.bars):
            y = top + i * (BAR_H + GAP)
            p.setPen(QColor("#1d2b36"))
            p.drawText(QRectF(0, y, LABEL_W - 8, BAR_H), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       bar.label)
            p.setPen(QPen(QColor("#c9d0d6"), 1))
            p.setBrush(QColor("#eef1f4"))
            p.drawRect(QRectF(left, y, width, BAR_H))
            if bar.pct is not None:
                p.setPen(QPen(QColor("#000000"), 1))
                p.setBrush(QColor("#2f6690"))
                p.drawRect(QRectF(left, y, width * min(bar.pct, 100) / 100, BAR_H))
            p.setPen(QColor("#1d2b36"))
            p.drawText(QRectF(right + 8, y, VALUE_W - 8, BAR_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
        if self.goal is not None:
            x = left + width * self.goal / 100
            p.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
            p.drawLine(int(x), top - 4, int(x), self.height() - 4)
        p.end()
