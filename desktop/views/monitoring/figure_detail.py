"""One target in detail: what it means, a chart per cohort against the goal, why people are
excluded or unknown, and the breakdown by group (each number leads to the persons behind it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.style import set_role
from desktop.views.monitoring.figure_rows import COLUMNS, cell_texts, column_tips, column_titles, pct_text
from desktop.views.monitoring.goal_bars import Bar, GoalBars
from desktop.views.monitoring.monitoring_texts import (
    cohort_label,
    dimension_label,
    goal_text,
    group_label,
    reason_label,
    target_explanation,
    target_title,
)
from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import Cell

_GROUP = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def reasons_text(cell: Cell) -> str:
    """"Excluded: illiterate 4, moved away 1. Unknown: no plan 12." (a person missing two fields counts twice)."""
    parts = []
    for title, reasons in ((translate("FigureDetail", "Excluded"), cell.excluded),
                            (translate("FigureDetail", "Unknown"), cell.unknown)):
        if reasons:
            listed = ", ".join(f"{reason_label(r)}: {len(ids)}" for r, ids in
                               sorted(reasons.items(), key=lambda kv: -len(kv[1])))
            parts.append(f"{title} - {listed}")
    return "\n".join(parts)


class FigureDetail(QWidget):
    group_chosen = Signal(str, str)  # group, column: the persons behind a breakdown's number

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("detailTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        self.chart = GoalBars(self)
        self.reasons = QLabel(self)
        self.reasons.setObjectName("detailReasons")
        self.reasons.setWordWrap(True)
        self.breakdown_title = QLabel(self)
        self.breakdown = QTableWidget(0, 1 + len(COLUMNS), self)
        self.breakdown.setObjectName("breakdownTable")
        self.breakdown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.breakdown.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.breakdown.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.breakdown.verticalHeader().setVisible(False)
        self.breakdown.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.breakdown.setHorizontalHeaderLabels([self.tr("Group"), *column_titles()])
        for i, tip in enumerate(column_tips(), start=1):
            self.breakdown.horizontalHeaderItem(i).setToolTip(tip)
        header = self.breakdown.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, 1 + len(COLUMNS)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.chart)
        layout.addWidget(self.reasons)
        layout.addWidget(self.breakdown_title)
        layout.addWidget(self.breakdown, 1)
        self.breakdown.cellClicked.connect(self._on_cell)

    def clear(self) -> None:
        self.title.clear()
        self.explanation.clear()
        self.reasons.clear()
        self.breakdown_title.clear()
        self.breakdown.setRowCount(0)
        self.chart.show_bars([], None, None, "")

    def show_target(self, code: str, goal, goal_high, cohort_text: str, per_cohort: list[tuple[int | None, Cell]],
                    cell: Cell, groups: dict[str, Cell], dimension: str, organisations: dict[str, str]) -> None:
        self.title.setText(f"{code}  {target_title(code)}  -  {cohort_text}")
        self.explanation.setText(f"{target_explanation(code)} ({goal_text(goal, goal_high)})")
        bars = [Bar(cohort_label(c), x.realised_pct,
                    f"{pct_text(x.realised_pct)} ({x.n(Outcome.REALISED)}/{x.closed})" if x.closed
                    else self.tr("no closed window")) for c, x in per_cohort]
        self.chart.show_bars(bars, goal, goal_high, self.tr("Realised per cohort; dashed line: the goal")
                             if goal is not None else self.tr("Realised per cohort; this target has no goal"))
        self.reasons.setText(reasons_text(cell))
        self.reasons.setVisible(bool(self.reasons.text()))
        self.show_groups(groups, dimension, organisations)

    def show_groups(self, groups: dict[str, Cell], dimension: str, organisations: dict[str, str]) -> None:
        self.breakdown_title.setText(self.tr("By {dimension} (click a number for the persons)").format(
            dimension=dimension_label(dimension).lower()))
        self.breakdown.setRowCount(0)
        self.breakdown.setRowCount(len(groups))
        rows = sorted(groups.items(), key=lambda kv: group_label(dimension, kv[0], organisations).lower())
        for r, (group, cell) in enumerate(rows):
            label = QTableWidgetItem(group_label(dimension, group, organisations))
            label.setData(_GROUP, group)
            self.breakdown.setItem(r, 0, label)
            for c, text in enumerate(cell_texts(cell), start=1):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.breakdown.setItem(r, c, item)

    def _on_cell(self, row: int, column: int) -> None:
        group = self.breakdown.item(row, 0).data(_GROUP)
        self.group_chosen.emit(group, "label" if column == 0 else COLUMNS[column - 1])
