"""The regional comparison: the municipality's figures beside those of the other municipalities
of its region that share theirs, and the region's total, per target and cohort.

The server computes and suppresses them (docs/decisions/0035-regional-figures.md); this screen
only shows what came: counts, "<5" for a small number and "x" for one hidden so that a small
number cannot be worked out. The request runs on a thread of its own (desktop.server_calls);
the last answer is kept beside the store (desktop/monitoring/region_copy.py) and shown, with
when it was fetched, while the server cannot be reached.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.monitoring.region_copy import RegionCopy, forget, load, save
from desktop.monitoring.report.region_report import write_region_report
from desktop.server_calls import Connect, ServerCalls
from desktop.tasks import DbWorker
from desktop.views.common.export_file import ask_export_path
from desktop.views.common.style import set_role
from desktop.views.monitoring.monitoring_texts import cohort_label, goal_text, outcome_label, target_title
from desktop.views.monitoring.region_chart import OTHER, OWN, REGION, RegionBar, RegionChart
from desktop.views.monitoring.region_share import RegionShare
from domain.monitoring.targets import BY_CODE
from sync.protocol import RegionFigures, RegionRow, RegionTable

_KEY = Qt.ItemDataRole.UserRole
COHORTS = ("vestiging", "duty_start")


def hidden(text: str) -> bool:
    return text.startswith("<") or text == "x"


class RegionView(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, connect: Connect | None = None):
        super().__init__(parent)
        self.setObjectName("regionView")
        self._worker = worker
        self._server = ServerCalls(worker, self, connect=connect)
        self.copy: RegionCopy | None = None
        self.setWindowTitle(self.tr("Compare with the region"))

        self.title = QLabel(self.tr("Compare with the region"), self)
        self.title.setObjectName("pageTitle")
        self.cohort_box = QComboBox(self)
        self.cohort_box.addItem(self.tr("Year of settling (vestiging)"), COHORTS[0])
        self.cohort_box.addItem(self.tr("Year the integration duty started (CBS)"), COHORTS[1])
        cohort_label_widget = QLabel(self.tr("Cohort"), self)
        cohort_label_widget.setBuddy(self.cohort_box)
        self.fetch_button = QPushButton(self.tr("Fetch from the server"), self)
        self.fetch_button.setToolTip(self.tr("Fetch the region's newest figures (only counts, never a person)"))
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addSpacing(16)
        top.addWidget(cohort_label_widget)
        top.addWidget(self.cohort_box)
        top.addWidget(self.fetch_button)
        self.report_button = QPushButton(self.tr("Report (PDF)..."), self)
        self.report_button.setToolTip(self.tr("Save the regional comparison as a PDF, as the server gave it"))
        self.report_button.setEnabled(False)  # until there are figures to print
        self._reporting = False
        top.addWidget(self.report_button)
        top.addStretch(1)

        self.share = RegionShare(worker, self._server, self)  # administrators only
        self.status = QLabel(self)
        self.status.setObjectName("regionStatus")
        self.status.setWordWrap(True)
        set_role(self.status, "hint")

        self.targets = QListWidget(self)
        self.targets.setObjectName("regionTargets")
        for target in BY_CODE.values():
            item = QListWidgetItem(f"{target.code}  {target_title(target.code)}")
            item.setData(_KEY, target.code)
            item.setToolTip(f"{target.code}  {target_title(target.code)} ({goal_text(target.goal, target.goal_high)})")
            self.targets.addItem(item)
        self.targets.setMinimumWidth(170)
        self.targets.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names elide

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("regionTree")
        self.columns: list[str] = []
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setStyleSheet("QHeaderView::section { padding: 2px 6px; }")
        self.chart = RegionChart(self)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        set_role(self.legend, "hint")

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(self.chart)
        right_layout.addWidget(self.legend)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.targets)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([200, 1000])  # the figures need the width; the targets' names are elided

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.share)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.share.changed.connect(self.fetch)
        self.fetch_button.clicked.connect(self.fetch)
        self.report_button.clicked.connect(self.report)
        self.cohort_box.currentIndexChanged.connect(lambda _i: self.start())
        self.targets.currentRowChanged.connect(lambda _r: self._show_target())
        self.tree.currentItemChanged.connect(lambda item, _prev: self._show_chart(item))
        self.targets.setCurrentRow(0)

    def cohort_by(self) -> str:
        return self.cohort_box.currentData()

    # -- fetching ---------------------------------------------------------------------------------
    def start(self) -> None:
        """Show the copy kept for this cohort choice at once, then ask the server for today's."""
        cohort_by = self.cohort_by()
        if self.copy is not None and self.copy.figures.cohort_by != cohort_by:
            self.copy = None
            self._fill()
        self._worker.read(lambda store: load(store.data_dir, cohort_by), on_done=self._show_copy,
                          on_error=lambda _e: None, asker=self)
        self.share.start()
        self.fetch()

    def fetch(self) -> None:
        cohort_by = self.cohort_by()
        self.fetch_button.setEnabled(False)
        self._say(self.tr("Fetching the region's figures from the server..."), "hint")
        self._server.call(lambda server: server.region(cohort_by),
                          on_done=self._fetched, on_error=self._failed, key="region")  # the newest choice answers

    def clear(self) -> None:
        """Locked: closed, no answer still due shown."""
        self._server.forget()
        self._worker.forget(self)
        self.close()

    def _fetched(self, figures: RegionFigures) -> None:
        self.fetch_button.setEnabled(True)
        self._worker.read(lambda store: save(store.data_dir, figures), on_done=self._show_copy,
                          on_error=lambda _e: self._show_copy(RegionCopy(figures, datetime.now().astimezone())),
                          asker=self)

    def _failed(self, error: BaseException) -> None:
        self.fetch_button.setEnabled(True)
        code = getattr(error, "code", None)
        if code == "region_not_shared":
            text = self.tr("Your municipality does not share its figures with a region, so it sees no other "
                           "municipality's figures either. An administrator can choose to share them.")
        elif code == "region_not_allowed":
            text = self.tr("Only coordinators and administrators see the region's figures.")
        elif code == "offline":
            text = self.tr("The server cannot be reached.")
        elif code == "no_server":
            text = self.tr("This device does not sync with a server, so it has no regional figures.")
        else:
            text = self.tr("The server did not give the region's figures.")
        if code in ("region_not_shared", "region_not_allowed"):
            self.copy = None  # what is no longer allowed is not shown from an old copy either
            self._worker.read(lambda store: forget(store.data_dir), asker=self)
            self._fill()
        elif self.copy is not None:
            text += " " + self.tr("Shown: the figures fetched {when}.").format(when=self._when(self.copy))
        self._say(text, "problem")

    def _show_copy(self, copy: RegionCopy | None) -> None:
        if copy is None or copy.figures.cohort_by != self.cohort_by():
            return
        if self.copy is not None and self.copy.fetched_at > copy.fetched_at:
            return  # the kept copy arrived after a newer answer
        self.copy = copy
        self.legend.setText(self.tr(
            "{minimum_text}: fewer than {minimum} persons. x: hidden, so that a small number cannot be worked out "
            "from the totals. A share is shown only over 10 or more closed windows. Only municipalities that share "
            "their figures are listed; all count with a housing norm of {weeks} weeks.").format(
            minimum_text=f"<{copy.figures.minimum}", minimum=copy.figures.minimum,
            weeks=copy.figures.housing_norm_weeks))
        self._fill()
        self._say(self.tr("Region {region}: {n} municipalities share their figures. Figures as on {day}, "
                          "fetched {when}.").format(region=copy.figures.region, n=len(copy.figures.municipalities),
                                                    day=_day(copy.figures.reference_date), when=self._when(copy)),
                  "hint")

    def _when(self, copy: RegionCopy) -> str:
        return copy.fetched_at.astimezone().strftime("%d-%m-%Y %H:%M")

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    # -- showing ----------------------------------------------------------------------------------
    def table(self, code: str, cohort: int | None) -> RegionTable | None:
        if self.copy is None:
            return None
        return next((t for t in self.copy.figures.tables if t.target == code and t.cohort == cohort), None)

    def _headers(self) -> None:
        columns = self.copy.figures.columns if self.copy else []
        if columns == self.columns and self.tree.columnCount() == len(columns) + 3:
            return
        self.columns = list(columns)
        self.tree.setColumnCount(len(columns) + 3)
        self.tree.setHeaderLabels([self.tr("Cohort and municipality"), *(outcome_label(c) for c in columns),
                                   self.tr("Total"), self.tr("Realised %")])
        header = self.tree.header()
        header.setStretchLastSection(False)  # each column as wide as it needs: the numbers stay by their names
        for i in range(len(columns) + 3):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
            if i:
                self.tree.headerItem().setTextAlignment(i, Qt.AlignmentFlag.AlignRight)

    def _fill(self) -> None:
        self.report_button.setEnabled(self.copy is not None and not self._reporting)
        self._show_target()

    def _show_target(self) -> None:
        item = self.targets.currentItem()
        code = item.data(_KEY) if item else None
        self.tree.clear()
        self.chart.show_bars([], None, "")
        if self.copy is None or code is None:
            return
        self._headers()
        tables = [t for t in self.copy.figures.tables if t.target == code]
        first_with_share = None
        for table in tables:
            top = QTreeWidgetItem(self.tree, [self.tr("Cohort {cohort}").format(cohort=cohort_label(table.cohort))])
            top.setFirstColumnSpanned(True)
            top.setData(0, _KEY, table.cohort)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if table.all_hidden:
                top.setText(0, top.text(0) + "  " + self.tr("(hidden: too few to show safely)"))
            for row in table.rows:
                self._row(top, row, self.tr("{name} (own)").format(name=row.municipality)
                          if row.own else row.municipality, table.cohort, bold=row.own)
            self._row(top, table.region, self.tr("Region total"), table.cohort, italic=True)
            if first_with_share is None and any(r.realised_pct is not None for r in (*table.rows, table.region)):
                first_with_share = top
        if not tables:
            QTreeWidgetItem(self.tree, [self.tr("No municipality of the region counts anyone for this target.")])
        self.tree.expandAll()
        chosen = first_with_share or self.tree.topLevelItem(0)
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            self._show_chart(chosen)

    def _row(self, parent: QTreeWidgetItem, row: RegionRow, label: str, cohort, bold: bool = False,
             italic: bool = False) -> None:
        pct = "" if row.realised_pct is None else f"{row.realised_pct:.0f}%"
        item = QTreeWidgetItem(parent, [label, *row.counts, row.total, pct])
        item.setData(0, _KEY, cohort)
        font = item.font(0)
        font.setBold(bold)
        font.setItalic(italic)
        for i in range(self.tree.columnCount()):
            item.setFont(i, font)
            if i:
                item.setTextAlignment(i, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for i, text in enumerate([*row.counts, row.total], start=1):
            if hidden(text):
                item.setToolTip(i, self.tr("Fewer than {minimum}").format(minimum=text[1:]) if text.startswith("<") else
                                self.tr("Hidden, so that a small number cannot be worked out"))

    def _show_chart(self, item: QTreeWidgetItem | None) -> None:
        current = self.targets.currentItem()
        if item is None or current is None or self.copy is None:
            return
        code, cohort = current.data(_KEY), item.data(0, _KEY)
        table = self.table(code, cohort)
        if table is None:
            return
        bars = [RegionBar(r.municipality, r.realised_pct, self._share_text(r), OWN if r.own else OTHER)
                for r in table.rows]
        bars.append(RegionBar(self.tr("Region total"), table.region.realised_pct, self._share_text(table.region),
                              REGION))
        target = BY_CODE.get(code)
        caption = self.tr("{code} realised among closed windows, cohort {cohort} ({goal})").format(
            code=code, cohort=cohort_label(cohort), goal=goal_text(target.goal, target.goal_high) if target else "")
        self.chart.show_bars(bars, target.goal if target else None, caption)

    def _share_text(self, row: RegionRow) -> str:
        if row.realised_pct is not None:
            return f"{row.realised_pct:.0f}%"
        realised = row.counts[self.columns.index("realised")] if "realised" in self.columns else ""
        if hidden(realised):
            return self.tr("hidden")
        return self.tr("no share (under 10 closed)")

    # -- the report -------------------------------------------------------------------------------
    def report(self) -> None:
        """The figures shown, as a PDF through the export dialog; written on the worker, logged there."""
        if self.copy is None:
            return
        figures, when = self.copy.figures, self._when(self.copy)
        name = f"regiovergelijking-{figures.reference_date}.pdf"
        path = ask_export_path(self, self.tr("Save the regional comparison"), name, self.tr("PDF files (*.pdf)"),
                               ".pdf")
        if not path:
            return

        def work(store) -> Path:
            write_region_report(Path(path), figures, when)
            store.export_log.record("monitoring", None, [Path(path)])
            return Path(path)
        self._reporting = True
        self.report_button.setEnabled(False)
        self._worker.write(work, {"export_log"}, on_done=self._reported, on_error=self._report_failed, asker=self)

    def _reported(self, path: Path) -> None:
        self._reporting = False
        self.report_button.setEnabled(self.copy is not None)
        self._say(self.tr("Report saved: {path}").format(path=str(path)), "hint")

    def _report_failed(self, _error: BaseException) -> None:
        self._reporting = False
        self.report_button.setEnabled(self.copy is not None)
        self._say(self.tr("The report could not be written: is the folder writable and the file not open "
                          "elsewhere?"), "problem")


def _day(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso
