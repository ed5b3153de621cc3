"""The journey in the monitoring room: how each stage was rated by the person, the partners and the
workers, as a chart, and the stories the persons consented to share, by stage and period.

Only what desktop/store/stories.py gives leaves the client file here: consented stories, a name
only where the person agreed to be named, ratings as counts. The persons behind a story can be
opened (the drill-down) only from this device's store, which holds only the persons its worker
may see; the button says so when a story's person is not held.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.stories import consented_stories, journey_stages, rating_counts
from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.journey_labels import kind_label, rating_label, stage_label
from desktop.views.common.labels import language_label
from desktop.views.common.plan_labels import domain_label
from desktop.views.common.style import set_role
from desktop.views.monitoring.rating_bars import RatingBars
from domain.monitoring.journey import RATINGS

_ID = Qt.ItemDataRole.UserRole
TOLD, STAGE, TELLER, TITLE, PERSON = range(5)


def _read(since: date, until: date, stage: str | None):
    def work(store):
        return (journey_stages(store.engine), rating_counts(store.engine, since, until),
                consented_stories(store.engine, since, until, stage))
    return work


class JourneyView(QWidget):
    open_client = Signal(str)
    shown = Signal()  # the chart and stories of the last request are on screen (tests)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._stages = ()
        self._stories = []
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-1), self)
        self.until = QDateEdit(today, self)
        for edit, name in ((self.since, "journeySince"), (self.until, "journeyUntil")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.dateChanged.connect(self.reload)
        self.stage_box = QComboBox(self)
        self.stage_box.setObjectName("journeyStage")
        self.stage_box.addItem(self.tr("All stages"), "")
        self.stage_box.currentIndexChanged.connect(self.reload)
        controls = QHBoxLayout()
        for text, widget in ((self.tr("From"), self.since), (self.tr("to"), self.until),
                             (self.tr("Stage"), self.stage_box)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
        controls.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("journeyViewStatus")
        set_role(self.status, "hint")
        controls.addWidget(self.status)

        self.chart = RatingBars(self)
        chart_title = QLabel(self.tr("Ratings per stage, by who gave them (the newest of each voice in the period)"),
                             self)
        chart_title.setWordWrap(True)
        chart_title.setStyleSheet("font-weight: 600;")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setAlignment(Qt.AlignmentFlag.AlignTop)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(chart_title)
        left_layout.addWidget(scroll, 1)

        self.stories = QTreeWidget(self)
        self.stories.setObjectName("consentedStories")
        self.stories.setColumnCount(5)
        self.stories.setHeaderLabels([self.tr("Told on"), self.tr("Stage"), self.tr("Told by"), self.tr("Title"),
                                      self.tr("Person")])
        self.stories.setRootIsDecorated(False)
        self.stories.setUniformRowHeights(True)
        self.stories.setAlternatingRowColors(True)
        self.stories.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.stories.header()
        header.setStretchLastSection(False)
        for column in (TOLD, TELLER, PERSON):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STAGE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(STAGE, 140)  # long stage names are elided: the title needs the room
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.stories.currentItemChanged.connect(lambda *_a: self._show_story())
        self.stories.itemActivated.connect(lambda *_a: self._drill())
        self.story_text = QPlainTextEdit(self)
        self.story_text.setObjectName("storyText")
        self.story_text.setReadOnly(True)
        self.open_button = QPushButton(self.tr("Open client file"), self)
        self.open_button.setObjectName("journeyOpenClient")
        self.open_button.setToolTip(self.tr("Open the file of the person this story is about; only persons this "
                                            "device holds for you can be opened"))
        self.open_button.clicked.connect(self._drill)
        stories_title = QLabel(self.tr("Stories the persons agreed to share"), self)
        stories_title.setStyleSheet("font-weight: 600;")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(stories_title)
        right_layout.addWidget(self.stories, 3)
        right_layout.addWidget(self.story_text, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        right_layout.addLayout(row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)
        self._show_story()

    # -- reading -----------------------------------------------------------------------
    def period(self) -> tuple[date, date]:
        return self.since.date().toPython(), self.until.date().toPython()

    def reload(self) -> None:
        since, until = self.period()
        self.status.setText(self.tr("Reading..."))
        self._worker.read(_read(since, until, self.stage_box.currentData() or None), key="journey-view",
                          asker=self, on_done=lambda result: self._show(*result), on_error=self._failed)

    def clear(self) -> None:
        """Locked: no stories, no names."""
        self._worker.forget(self)
        self._stories = []
        self.stories.clear()
        self.story_text.clear()
        self.chart.show_counts([], [])
        self.status.clear()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.reload()

    def _failed(self, _error: BaseException) -> None:
        self.status.setText(self.tr("The stories and ratings could not be read."))
        set_role(self.status, "problem")

    def _show(self, stages, counts, stories) -> None:
        set_role(self.status, "hint")
        if stages != self._stages:
            self._stages = stages
            chosen = self.stage_box.currentData()
            self.stage_box.blockSignals(True)
            while self.stage_box.count() > 1:
                self.stage_box.removeItem(1)
            for stage in stages:
                self.stage_box.addItem(stage_label(stage), stage.key)
            self.stage_box.setCurrentIndex(max(self.stage_box.findData(chosen), 0))
            self.stage_box.blockSignals(False)
        by_stage: dict[str, list] = {}
        for count in counts:
            by_stage.setdefault(count.stage, []).append((kind_label(count.rated_by_kind), count))
        keys = list(by_stage)
        chosen = self.stage_box.currentData()
        self.chart.show_counts([(stage_label(key, stages), by_stage[key]) for key in keys],
                               [(r, rating_label(r)) for r in RATINGS], keys.index(chosen) if chosen in keys else None)
        self._stories = stories
        self.stories.clear()
        for story in stories:
            choice = story.choice
            item = QTreeWidgetItem([format_date(choice.told_on.isoformat() if choice.told_on else None),
                                    stage_label(choice.stage, stages), kind_label(choice.told_by_kind), choice.title,
                                    choice.person_label or self.tr("(anonymous)")])
            item.setData(0, _ID, choice.id)
            item.setToolTip(STAGE, item.text(STAGE))
            item.setToolTip(TITLE, choice.title)
            self.stories.addTopLevelItem(item)
        if stories:
            self.stories.setCurrentItem(self.stories.topLevelItem(0))
        ratings = sum(c.total for c in counts)
        self.status.setText(self.tr("{s} stories, {r} ratings in the period").format(s=len(stories), r=ratings))
        self._show_story()
        self.shown.emit()

    # -- one story -----------------------------------------------------------------------
    def current_story(self):
        item = self.stories.currentItem()
        story_id = item.data(0, _ID) if item is not None else None
        return next((s for s in self._stories if s.choice.id == story_id), None)

    def _show_story(self) -> None:
        story = self.current_story()
        self.open_button.setEnabled(story is not None)
        if story is None:
            self.story_text.clear()
            return
        c = story.choice
        lines = [c.title, "", self.tr("What changed: {text}").format(text=story.what_changed) if story.what_changed
                 else "", self.tr("Why it matters: {text}").format(text=story.why_it_matters)
                 if story.why_it_matters else "", "", c.text_nl]
        if c.text_original:
            lines += ["", f"{language_label(c.original_language)}: {c.text_original}"]
        if c.life_domain:
            lines += ["", self.tr("Life domain: {domain}").format(domain=domain_label(c.life_domain))]
        self.story_text.setPlainText("\n".join(line for i, line in enumerate(lines)
                                               if line or (i and lines[i - 1])))

    def _drill(self) -> None:
        story = self.current_story()
        if story is not None:
            self.open_client.emit(story.client_id)
