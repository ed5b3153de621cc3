"""The stage ratings as a chart that reads in print and in black and white: per stage one bar for
each voice (the person, partners, workers), split into +, 0 and - by pattern as well as shade
(solid dark, dotted grey, white cross-hatched), with the counts written beside each bar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from domain.monitoring.journey import StageRatingCount

BAR_H, BAR_GAP, GROUP_GAP, HEAD_H, LEGEND_H = 14, 3, 8, 16, 26
LABEL_W, VALUE_W = 90, 150
# rating -> (fill, pattern): told apart without colour
STYLES = {"+": (QColor("#1d2b36"), Qt.BrushStyle.SolidPattern),
          "0": (QColor("#7a8691"), Qt.BrushStyle.Dense5Pattern),
          "-": (QColor("#000000"), Qt.BrushStyle.DiagCrossPattern)}


class RatingBars(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ratingBars")
        self.groups: list[tuple[str, list[tuple[str, StageRatingCount]]]] = []  # (stage label, [(kind label, c)])
        self.legend: list[tuple[str, str]] = []  # (rating, its word)
        self.marked: int | None = None  # the group of the stage chosen in the filter
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_counts(self, groups, legend, marked: int | None = None) -> None:
        self.groups, self.legend, self.marked = groups, legend, marked
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        rows = sum(len(bars) for _, bars in self.groups)
        return QSize(420, LEGEND_H + len(self.groups) * (HEAD_H + GROUP_GAP) + rows * (BAR_H + BAR_GAP) + 8)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        left, right = LABEL_W, self.width() - VALUE_W
        width = max(right - left, 20)
        text = QColor("#1d2b36")
        x = 0.0
        for rating, word in self.legend:  # the key, as swatches with words
            self._swatch(p, QRectF(x, 5, 14, 12), rating)
            p.setPen(text)
            p.drawText(QRectF(x + 18, 0, 140, 22), Qt.AlignmentFlag.AlignVCenter, f"{rating} {word}")
            x += 26 + p.fontMetrics().horizontalAdvance(f"{rating} {word}")
        y = float(LEGEND_H)
        for index, (stage, bars) in enumerate(self.groups):
            height = HEAD_H + len(bars) * (BAR_H + BAR_GAP)
            if index == self.marked:
                p.fillRect(QRectF(0, y - 2, self.width(), height + 4), QColor("#e8eef4"))
            font = p.font()
            font.setBold(True)
            p.setFont(font)
            p.setPen(text)
            p.drawText(QRectF(0, y, self.width(), HEAD_H), Qt.AlignmentFlag.AlignVCenter, stage)
            font.setBold(False)
            p.setFont(font)
            y += HEAD_H
            for kind, count in bars:
                p.setPen(text)
                p.drawText(QRectF(8, y, LABEL_W - 12, BAR_H), Qt.AlignmentFlag.AlignVCenter, kind)
                p.setPen(QPen(QColor("#9aa5b1"), 1))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(left, y, width, BAR_H))
                start = float(left)
                for rating, n in (("+", count.plus), ("0", count.neutral), ("-", count.minus)):
                    if count.total and n:
                        part = width * n / count.total
                        self._swatch(p, QRectF(start, y, part, BAR_H), rating)
                        start += part
                p.setPen(text)
                words = (f"+: {count.plus}   0: {count.neutral}   -: {count.minus}   (n={count.total})"
                         if count.total else "n=0")
                p.drawText(QRectF(right + 8, y, VALUE_W - 8, BAR_H), Qt.AlignmentFlag.AlignVCenter, words)
                y += BAR_H + BAR_GAP
            y += GROUP_GAP
        p.end()

    @staticmethod
    def _swatch(p: QPainter, rect: QRectF, rating: str) -> None:
        colour, pattern = STYLES[rating]
        p.setPen(QPen(QColor("#000000"), 1))
        p.setBrush(QColor("#ffffff"))
        p.drawRect(rect)
        p.setBrush(QBrush(colour, pattern))
        p.drawRect(rect)
