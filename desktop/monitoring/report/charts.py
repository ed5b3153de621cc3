"""The report's charts, drawn with QPainter so they print in black and white: what a bar means is told
by its fill pattern (solid, hatched, dotted), never by colour alone; the goal is a thick dashed line,
a goal range a cross-hatched band. Sizes in millimetres on the page flow."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen

from desktop.monitoring.report import texts
from desktop.monitoring.report.content import CohortBar, QuotaLine, TargetBlock
from desktop.monitoring.report.page_flow import INK, LEFT, MM, WIDTH, PageFlow, Placed, font, mm
from domain.monitoring.journey import StageRatingCount

translate = texts.translate
LABEL_W, VALUE_W = 24.0, 52.0
BAR_H, PAIR_GAP, ROW_GAP = 3.2, 0.6, 2.2
SOLID = QBrush(QColor("#333333"))
HATCH = QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern)
DOTS = QBrush(QColor("#000000"), Qt.BrushStyle.Dense6Pattern)
CROSS = QBrush(QColor("#000000"), Qt.BrushStyle.DiagCrossPattern)
BAND = QBrush(QColor("#000000"), Qt.BrushStyle.Dense7Pattern)


def _bar(flow: PageFlow, x: float, y: float, w: float, h: float, brush: QBrush, kind: str) -> None:
    if w <= 0:
        return
    p = flow.painter
    p.setBrush(QBrush(QColor("#ffffff")))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRect(mm(x, y, w, h))
    p.setBrush(brush)
    p.setPen(QPen(INK, 0.25 * MM))
    p.drawRect(mm(x, y, w, h))
    if w > 0.5:
        flow.placed.append(Placed(kind, flow.page, (x, y, w, h)))


def _legend(flow: PageFlow, items: list[tuple[QBrush | None, str]], y: float) -> float:
    x = LEFT
    f = font(7.5)
    for brush, label in items:
        if brush is None:  # the goal line
            _goal_line(flow, x + 2.5, y - 0.5, y + 3.5)
        else:
            _bar(flow, x, y, 5, 3, brush, "legend")
        width = flow.text_width(label, f) + 1
        flow.draw_text(x + 6.5, y - 0.4, width, label, f)
        x += 6.5 + width + 3
    return 5.5


def _goal_line(flow: PageFlow, x: float, top: float, bottom: float) -> None:
    pen = QPen(INK, 0.7 * MM, Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    flow.painter.setPen(pen)
    flow.painter.drawLine(QPointF(x * MM, top * MM), QPointF(x * MM, bottom * MM))
    flow.placed.append(Placed("goal", flow.page, (x - 0.4, top, 0.8, bottom - top)))


def target_chart_height(block: TargetBlock) -> float:
    return 5.5 + 4 + max(1, len(block.bars)) * (2 * BAR_H + PAIR_GAP + ROW_GAP) + 4


def target_chart(flow: PageFlow, block: TargetBlock) -> None:
    """Per cohort two bars: realised among closed windows (solid) and on track among open ones (hatched),
    against the goal line; the numbers beside them."""
    rows = max(1, len(block.bars))
    flow.need(target_chart_height(block))
    goal = texts.goal_text(block.goal, block.goal_high)
    y = flow.y + _legend(flow, [(SOLID, translate("MeetingReport", "realised (closed windows)")),
                                (HATCH, translate("MeetingReport", "on track (open windows)")),
                                (CROSS if block.goal_high is not None else None, goal)]
                         if block.goal is not None else
                         [(SOLID, translate("MeetingReport", "realised (closed windows)")),
                          (HATCH, translate("MeetingReport", "on track (open windows)"))], flow.y)
    left, width = LEFT + LABEL_W, WIDTH - LABEL_W - VALUE_W
    top, bottom = y + 3.5, y + 3.5 + rows * (2 * BAR_H + PAIR_GAP + ROW_GAP)
    _axis(flow, left, width, y, bottom)
    if block.goal is not None and block.goal_high is not None:
        x1, x2 = left + width * block.goal / 100, left + width * block.goal_high / 100
        flow.painter.fillRect(mm(x1, top - 1, x2 - x1, bottom - top + 1), CROSS)
        flow.placed.append(Placed("goal_band", flow.page, (x1, top - 1, x2 - x1, bottom - top + 1)))
    f = font(8)
    if not block.bars:
        flow.draw_text(left, top, width, translate("MeetingReport", "Nobody counts in this target yet."), f)
    for i, bar in enumerate(block.bars):
        row_y = top + i * (2 * BAR_H + PAIR_GAP + ROW_GAP)
        flow.draw_text(LEFT, row_y + 0.6, LABEL_W - 2, texts.cohort_label(bar.cohort), f,
                       Qt.AlignmentFlag.AlignRight)
        _bar(flow, left, row_y, width * (bar.realised_pct or 0) / 100, BAR_H, SOLID, "realised")
        _bar(flow, left, row_y + BAR_H + PAIR_GAP, width * (bar.on_track_pct or 0) / 100, BAR_H, HATCH, "on_track")
        flow.draw_text(left + width + 2, row_y - 0.3, VALUE_W - 2, _values(bar), font(7))
    for goal in (block.goal,) if block.goal is not None and block.goal_high is None else ():
        _goal_line(flow, left + width * goal / 100, top - 1.5, bottom)
    flow.y = bottom + 4


def _axis(flow: PageFlow, left: float, width: float, y: float, bottom: float) -> None:
    p = flow.painter
    for pct in (0, 25, 50, 75, 100):
        x = left + width * pct / 100
        p.setPen(QPen(QColor("#9a9a9a"), 0.15 * MM, Qt.PenStyle.DotLine if pct else Qt.PenStyle.SolidLine))
        p.drawLine(QPointF(x * MM, (y + 3) * MM), QPointF(x * MM, bottom * MM))
        flow.draw_text(x - 5, bottom + 0.2, 10, f"{pct}%", font(6.5), Qt.AlignmentFlag.AlignHCenter)


def _values(bar: CohortBar) -> str:
    realised = (translate("MeetingReport", "{pct}% realised ({n}/{N})").format(
        pct=f"{bar.realised_pct:.0f}", n=bar.realised_n, N=bar.closed_n) if bar.realised_pct is not None
        else translate("MeetingReport", "no closed windows"))
    ahead = (translate("MeetingReport", "{pct}% on track ({n}/{N})").format(
        pct=f"{bar.on_track_pct:.0f}", n=bar.on_track_n, N=bar.open_n) if bar.on_track_pct is not None
        else translate("MeetingReport", "no open windows"))
    return f"{realised}\n{ahead}"


def quota_chart(flow: PageFlow, quotas: list[QuotaLine]) -> None:
    """H2: per half year the persons housed as a share of the taakstelling, against 100%."""
    rows = max(1, len(quotas))
    flow.need(5.5 + 4 + rows * (BAR_H + ROW_GAP) + 4)
    y = flow.y + _legend(flow, [(SOLID, translate("MeetingReport", "housed, share of the taakstelling")),
                                (None, translate("MeetingReport", "taakstelling (100%)"))], flow.y)
    left, width = LEFT + LABEL_W, WIDTH - LABEL_W - VALUE_W
    top, bottom = y + 3.5, y + 3.5 + rows * (BAR_H + ROW_GAP)
    _axis(flow, left, width, y, bottom)
    for i, q in enumerate(quotas):
        row_y = top + i * (BAR_H + ROW_GAP)
        flow.draw_text(LEFT, row_y - 0.2, LABEL_W - 2, q.period, font(8), Qt.AlignmentFlag.AlignRight)
        _bar(flow, left, row_y, width * min(q.pct or 0, 100) / 100, BAR_H, SOLID, "realised")
        flow.draw_text(left + width + 2, row_y - 0.2, VALUE_W - 2, translate(
            "MeetingReport", "{housed} of {quota} housed").format(housed=q.housed, quota=q.quota) if q.quota
            else translate("MeetingReport", "{housed} housed, no taakstelling entered").format(housed=q.housed),
            font(7))
    _goal_line(flow, left + width, top - 1.5, bottom)
    flow.y = bottom + 4


def ratings_chart(flow: PageFlow, ratings: list[StageRatingCount], stages: dict[str, str]) -> None:
    """Per stage and kind of rater a bar of 100%: + solid, 0 dotted, - hatched; the counts beside it."""
    rated = [r for r in ratings if r.total]
    flow.need(5.5 + 8)
    y = flow.y + _legend(flow, [(SOLID, translate("MeetingReport", "+ good")),
                                (DOTS, translate("MeetingReport", "0 neutral")),
                                (CROSS, translate("MeetingReport", "- hurts"))], flow.y)
    flow.y = y + 1
    if not rated:
        flow.paragraph(translate("MeetingReport", "No ratings were given in this period."), italic=True)
        return
    left, width = LEFT + 58, WIDTH - 58 - 30
    current = None
    for r in rated:
        if r.stage != current:
            current = r.stage
            flow.need(4.5 + BAR_H + 2)
            flow.y += flow.draw_text(LEFT, flow.y, WIDTH, stages.get(r.stage, r.stage), font(8.5, bold=True)) + 0.5
        flow.need(BAR_H + 2)
        flow.draw_text(LEFT + 3, flow.y - 0.3, 55, texts.teller_kind(r.rated_by_kind), font(7.5))
        x = left
        for count, brush, kind in ((r.plus, SOLID, "plus"), (r.neutral, DOTS, "neutral"), (r.minus, CROSS, "minus")):
            w = width * count / r.total
            if w > 0:
                _bar(flow, x, flow.y, w, BAR_H, brush, kind)
            x += w
        flow.draw_text(left + width + 2, flow.y - 0.3, 28, f"+{r.plus}  0:{r.neutral}  -{r.minus}", font(7))
        flow.y += BAR_H + 2
    flow.y += 2
