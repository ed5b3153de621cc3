"""The coordinator's monitoring dashboard: every target per cohort on a reference date, computed
on the database worker from what this device holds (desktop/monitoring), with a chart, the
breakdown by group, the persons behind each figure, and export as CSV or JSON."""

from __future__ import annotations

import time
from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.monitoring import fact_cache
from desktop.monitoring.compute import MonitoringRun
from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from desktop.views.monitoring.export_actions import ExportActions
from desktop.views.monitoring.figure_detail import FigureDetail
from desktop.views.monitoring.figure_rows import COLUMNS, cell_texts, column_tips, column_titles, drill_ids
from desktop.views.monitoring.journey_view import JourneyView
from desktop.views.monitoring.meeting_window import MeetingLauncher
from desktop.views.monitoring.monitoring_texts import (
    cohort_label,
    dimension_label,
    goal_text,
    group_label,
    outcome_label,
    reason_label,
    target_title,
)
from desktop.views.monitoring.person_drill import PersonDrill
from desktop.views.monitoring.settings_dialog import MonitoringSettingsDialog
from desktop.views.monitoring.warmup import dashboard_options
from domain.monitoring.cohorts import CohortBy
from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import DIMENSIONS, Cell

_KEY = Qt.ItemDataRole.UserRole  # (target code, cohort or ALL or a half year)
ALL = "all"
H2 = "H2"


def merged(cells: list[Cell]) -> Cell:
    """All cohorts together: the persons of every cell, by outcome, reason and missing field."""
    out = Cell()
    for cell in cells:
        for outcome, ids in cell.ids.items():
            out.ids[outcome].extend(ids)
        for reason, ids in cell.excluded.items():
            out.excluded[reason].extend(ids)
        for name, ids in cell.unknown.items():
            out.unknown[name].extend(ids)
    return out


def reason_notes(cell: Cell, column: str) -> dict[str, str] | None:
    """Beside each excluded or unknown person: why (the rule, or the data missing)."""
    reasons = {"excluded": cell.excluded, "unknown": cell.unknown}.get(column)
    if reasons is None:
        return None
    notes: dict[str, list[str]] = defaultdict(list)
    for reason, ids in sorted(reasons.items()):
        for cid in ids:
            notes[cid].append(reason_label(reason))
    return {cid: ", ".join(labels) for cid, labels in notes.items()}


class DashboardView(QWidget):
    open_client = Signal(str)
    figures_shown = Signal()  # the figures of the last request are on screen (benchmark, tests)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self.run: MonitoringRun | None = None
        self.requested_at = 0.0
        self.shown_ms: float | None = None  # from the last request to its figures shown

        title = QLabel(self.tr("Monitoring"), self)
        title.setObjectName("pageTitle")
        self.cohort_box = QComboBox(self)
        self.cohort_box.setObjectName("cohortBox")
        self.cohort_box.addItem(self.tr("Year of settling (vestiging)"), CohortBy.VESTIGING.value)
        self.cohort_box.addItem(self.tr("Year the integration duty started (CBS)"), CohortBy.DUTY_START.value)
        self.cohort_box.setToolTip(self.tr("The chain counts by the year of settling; CBS by the year the "
                                           "integration duty started"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("referenceDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setToolTip(self.tr("The figures as they stood on this day"))
        self.dimension_box = QComboBox(self)
        self.dimension_box.setObjectName("dimensionBox")
        for dimension in DIMENSIONS:
            self.dimension_box.addItem(dimension_label(dimension), dimension)
        self.refresh_button = QPushButton(self.tr("Calculate again"), self)
        self.refresh_button.setToolTip(self.tr("Calculate the figures again from what this device holds"))
        self.exports = ExportActions(worker, self)
        self.meetings_button = QPushButton(self.tr("Meetings..."), self)  # the monitoringsoverleg
        self.meetings = MeetingLauncher(worker, self)
        self.meetings_button.clicked.connect(self.meetings.open)
        self.region_button = QPushButton(self.tr("Compare with the region"), self)
        self.region_view = None  # desktop/views/monitoring/region_view.py, made when first asked for
        self.settings_button = QPushButton(self.tr("Settings..."), self)
        self.settings_button.setObjectName("monitoringSettingsButton")
        self.settings_button.setToolTip(self.tr("The housing norm, the taakstelling per half year and the stages of "
                                                "the journey"))
        self.settings_dialog: MonitoringSettingsDialog | None = None

        controls = QHBoxLayout()
        controls.addWidget(title)
        controls.addSpacing(16)
        for text, widget in ((self.tr("Cohort"), self.cohort_box), (self.tr("On"), self.date_edit),
                             (self.tr("Break down by"), self.dimension_box)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addWidget(self.refresh_button)
        controls.addStretch(1)
        controls.addWidget(self.settings_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("monitoringProgress")
        self.progress.setRange(0, 0)  # the worker gives no steps: it moves while computing
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("monitoringStatus")
        self.status.setWordWrap(True)  # beside the buttons on a narrow screen: two lines, not a wider window
        set_role(self.status, "hint")
        # The choices above, what to do with the figures here: in one row they needed a 1,800 pixel window.
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.region_button)
        status_row.addWidget(self.meetings_button)
        status_row.addWidget(self.exports)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("figuresTree")
        self.tree.setColumnCount(1 + len(COLUMNS))
        self.tree.setHeaderLabels([self.tr("Target and cohort"), *column_titles()])
        for i, tip in enumerate(column_tips(), start=1):
            self.tree.headerItem().setToolTip(i, tip)
            self.tree.headerItem().setTextAlignment(i, Qt.AlignmentFlag.AlignRight)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, 1 + len(COLUMNS)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setStyleSheet("QHeaderView::section { padding: 2px 6px; }")
        self.detail = FigureDetail(self)
        self.drill = PersonDrill(worker, self)

        self.right = right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.detail)
        right.addWidget(self.drill)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self._sized = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(controls)
        layout.addLayout(status_row)
        self.journey = JourneyView(worker, self)  # the stories and ratings beside the figures
        self.journey.open_client.connect(self.open_client)
        self.pages = QTabWidget(self)
        self.pages.addTab(self.splitter, self.tr("Targets"))
        self.pages.addTab(self.journey, self.tr("Journey: stories and ratings"))
        layout.addWidget(self.pages, 1)

        self._selected: tuple[str, object] = ("E1", ALL)
        self._column = "realised"
        self.cohort_box.currentIndexChanged.connect(self.reload)
        self.date_edit.dateChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.region_button.clicked.connect(self.open_region)
        self.settings_button.clicked.connect(self.open_settings)
        self.dimension_box.currentIndexChanged.connect(lambda _i: self._show_detail())
        # The facts are kept between openings (fact_cache): a write tells the cache what changed, on the
        # worker, before the next computation; the figures on screen follow when it touched them.
        worker.on_written(fact_cache.note_written)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(500)
        self._refresh_timer.timeout.connect(self._refresh_if_shown)
        worker.changed.connect(self._store_changed)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(self._on_clicked)
        self.detail.group_chosen.connect(self._drill_group)
        self.drill.open_client.connect(self.open_client)
        self._set_busy(False)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized:  # the breakdown's columns need as much room as the figures' do
            self._sized = True
            width = max(self.splitter.width(), 1000)
            self.splitter.setSizes([int(width * 0.5), int(width * 0.5)])
            height = max(self.right.height(), 400)
            self.right.setSizes([int(height * 0.7), int(height * 0.3)])

    # -- computing -------------------------------------------------------------------
    def options(self) -> tuple[date, CohortBy]:
        return self.date_edit.date().toPython(), CohortBy(self.cohort_box.currentData())

    def reload(self) -> None:
        """Compute the figures again on the worker; the newest request wins."""
        ref, cohort_by = self.options()

        def work(store) -> MonitoringRun:
            return fact_cache.compute_cached(store.engine, dashboard_options(store, ref, cohort_by))

        self.requested_at = time.perf_counter()
        self._set_busy(True)
        self._worker.read(work, on_done=self._show_run, on_error=self._on_error, key="figures", asker=self)

    def open_region(self):
        from desktop.views.monitoring.region_view import RegionView
        if self.region_view is None:
            self.region_view = RegionView(self._worker, self)
        self.region_view.open()
        self.region_view.start()
        return self.region_view

    def clear(self) -> None:
        """Locked: no figures, no names, nothing due."""
        if self.region_view is not None:
            self.region_view.clear()
        self._worker.forget(self)
        self._worker.forget(self.exports)
        self._refresh_timer.stop()
        if self.settings_dialog is not None:  # it shows the municipality's settings: gone at lock
            self._worker.forget(self.settings_dialog)
            self.settings_dialog.deleteLater()
            self.settings_dialog = None
        self.run = None
        self.tree.clear()
        self.detail.clear()
        self.drill.clear()
        self.journey.clear()
        self.exports.set_run(None)
        self.meetings.clear()  # its draft written, its window closed
        self.status.clear()
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.status.setText(self.tr("Calculating the figures from what this device holds..."))

    def _on_error(self, _error: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(self.tr("The figures could not be calculated. Try again; if it keeps failing, "
                                    "tell the application administrator."))
        set_role(self.status, "problem")

    def open_settings(self) -> MonitoringSettingsDialog:
        if self.settings_dialog is None:
            self.settings_dialog = MonitoringSettingsDialog(self._worker, self)
            self.settings_dialog.saved.connect(self.reload)
        self.settings_dialog.load()
        self.settings_dialog.show()
        self.settings_dialog.raise_()
        return self.settings_dialog

    def _store_changed(self, changes) -> None:
        if self.run is not None and (fact_cache.WATCHED | {"monitoring_settings"}).intersection(changes):
            self._refresh_timer.start()  # several writes in a row: one computation

    def _refresh_if_shown(self) -> None:
        if self.run is not None and self.isVisible():
            self.reload()

    def _show_run(self, run: MonitoringRun) -> None:
        self._set_busy(False)
        set_role(self.status, "hint")
        if run is not self.run:  # the same run: nothing changed, the figures on screen are right
            self.run = run
            self.exports.set_run(run)
            self._fill_tree(run)
        self.status.setText(self.tr("{n} persons on this device; figures as on {day}; housing norm {weeks} "
                                    "weeks.").format(n=run.persons, day=run.options.ref.strftime("%d-%m-%Y"),
                                                     weeks=run.options.housing_norm_weeks))
        self.shown_ms = (time.perf_counter() - self.requested_at) * 1000
        self.figures_shown.emit()

    # -- the table of figures ------------------------------------------------------------
    def _fill_tree(self, run: MonitoringRun) -> None:
        figures = run.figures
        self.tree.blockSignals(True)
        self.tree.clear()
        current = None
        for target in figures.targets:
            cells = [(c, figures.cell(target.code, c)) for c in figures.cohorts()]
            # The target's name over the whole row, so the numbers' columns do not squeeze it.
            goal = goal_text(target.goal, target.goal_high)
            top = self._title_row(f"{target.code}  {target_title(target.code)}   ({goal})", (target.code, ALL))
            total = self._row(top, self.tr("all cohorts"), merged([x for _, x in cells]), (target.code, ALL))
            font = total.font(0)
            font.setBold(True)
            for column in range(self.tree.columnCount()):
                total.setFont(column, font)
            for cohort, cell in cells:
                if any(cell.n(o) for o in Outcome if o != Outcome.NOT_APPLICABLE):  # a row of blanks says nothing
                    self._row(top, cohort_label(cohort), cell, (target.code, cohort))
        top = self._title_row(f"{H2}  {target_title(H2)}", (H2, ALL))
        for q in run.quota_rows:
            texts = [q.period, f"{len(q.housed)}/{q.quota}" if q.quota is not None else str(len(q.housed)),
                     "" if q.pct is None else f"{q.pct:.0f}%"]
            item = QTreeWidgetItem(top, texts)
            item.setData(0, _KEY, (H2, q.period))
            for i in (1, 2):
                item.setTextAlignment(i, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, self.tr("Housed in the half year / taakstelling") if q.quota is not None
                            else self.tr("Housed in the half year; no taakstelling entered"))
        self.tree.expandAll()
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            for node in (item, *(item.child(j) for j in range(item.childCount()))):
                if node.data(0, _KEY) == self._selected:
                    current = node
        self.tree.blockSignals(False)
        self.tree.setCurrentItem(current or self.tree.topLevelItem(0), 0)
        self._show_detail()

    def _title_row(self, text: str, key) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        item.setData(0, _KEY, key)
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _row(self, parent: QTreeWidgetItem | None, label: str, cell: Cell, key) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent or self.tree, [label, *cell_texts(cell)])
        item.setData(0, _KEY, key)
        for i in range(1, 1 + len(COLUMNS)):
            item.setTextAlignment(i, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def item_for(self, code: str, cohort) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for node in (*(top.child(j) for j in range(top.childCount())), top):  # the row with numbers first
                if node.data(0, _KEY) == (code, cohort):
                    return node
        return None

    def _on_current(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self._selected = item.data(0, _KEY)
            self._column = "realised"
            self._show_detail()

    def _on_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        self._selected = item.data(0, _KEY)
        self._column = "label" if column == 0 else COLUMNS[column - 1]
        self._show_detail()

    # -- the detail and the persons --------------------------------------------------------
    def cell(self, code: str, cohort) -> Cell:
        figures = self.run.figures
        if cohort == ALL:
            return merged([figures.cell(code, c) for c in figures.cohorts()])
        return figures.cell(code, cohort)

    def groups(self, code: str, cohort, dimension: str) -> dict[str, Cell]:
        figures = self.run.figures
        cohorts = figures.cohorts() if cohort == ALL else [cohort]
        by_group: dict[str, list[Cell]] = defaultdict(list)
        for c in cohorts:
            for group, cell in figures.breakdown(code, c, dimension).items():
                by_group[group].append(cell)
        return {group: merged(cells) for group, cells in by_group.items()}

    def _cohort_text(self, cohort) -> str:
        return self.tr("all cohorts") if cohort == ALL else cohort_label(cohort)

    def _show_detail(self) -> None:
        if self.run is None:
            return
        code, cohort = self._selected
        if code == H2:
            self._show_quota(cohort)
            return
        figures = self.run.figures
        target = next(t for t in figures.targets if t.code == code)
        cell = self.cell(code, cohort)
        dimension = self.dimension_box.currentData()
        self.detail.show_target(code, target.goal, target.goal_high, self._cohort_text(cohort),
                                [(c, figures.cell(code, c)) for c in figures.cohorts()], cell,
                                self.groups(code, cohort, dimension), dimension, self.run.organisations)
        self._drill(cell, self._column, f"{code} {target_title(code)}, {self._cohort_text(cohort)}")

    def _show_quota(self, period) -> None:
        rows = [q for q in self.run.quota_rows if period in (ALL, q.period)]
        self.detail.clear()
        self.detail.title.setText(f"{H2}  {target_title(H2)}")
        self.detail.explanation.setText(self.tr("Persons housed in each half year against the taakstelling "
                                                "entered in the monitoring settings."))
        housed = [i for q in rows for i in q.housed]
        heading = self.tr("Housed in {period}").format(period=self._cohort_text(period) if period == ALL else period)
        self.drill.show_ids(heading, {"realised": housed}, self._counting)

    def _drill_group(self, group: str, column: str) -> None:
        code, cohort = self._selected
        cell = self.groups(code, cohort, self.dimension_box.currentData()).get(group, Cell())
        label = group_label(self.dimension_box.currentData(), group, self.run.organisations)
        self._drill(cell, column, f"{code}, {self._cohort_text(cohort)}, {label}")

    def _drill(self, cell: Cell, column: str, what: str) -> None:
        ids = drill_ids(cell, column)
        shown = {"label": self.tr("Everyone counted"), "realised": self.tr("Closed windows"),
                 "pct": outcome_label("realised")}.get(column) or outcome_label(column)
        self.drill.show_ids(f"{shown}: {what}", ids, self._counting, with_outcome=column in ("label", "realised"),
                            notes=reason_notes(cell, column))

    def _counting(self, client_id: str) -> list[tuple[str, str]]:
        """The way back: the targets that count this person, and how."""
        if self.run is None:
            return []
        out = [(code, r.outcome.value) for code, r in self.run.figures.targets_counting(client_id).items()]
        out += [(H2, "realised") for q in self.run.quota_rows if client_id in q.housed]
        return out

    def select(self, code: str, cohort, column: str = "realised") -> None:
        """Choose a figure as a click on its cell does (tests, keyboard)."""
        item = self.item_for(code, cohort)
        if item is not None:
            column_index = 0 if column == "label" else 1 + COLUMNS.index(column)
            self.tree.blockSignals(True)  # one drill-down, for the column asked
            self.tree.setCurrentItem(item, column_index)
            self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
            self.tree.blockSignals(False)
            self._on_clicked(item, 0 if column == "label" else 1 + COLUMNS.index(column))
