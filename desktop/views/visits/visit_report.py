"""The report of one home visit: how it went, the checklist, the summary and follow-up actions.

There is no Save button. The checklist and summary are stored as they are typed (Autosaver);
the outcome and each follow-up action are written the moment they change. A value the
rules refuse is marked at its field and left out of what is stored, the rest of the part
is kept (docs/decisions/0006).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.store import RecordNotFound
from desktop.tasks import DbWorker
from desktop.views.common.autosave import Autosaver
from desktop.views.common.fieldwork_labels import outcome_label
from desktop.views.common.form_part_view import FormPartView, valid_part
from desktop.views.common.shortcuts import shortcut
from desktop.views.common.style import set_role
from desktop.views.visits.visit_fields import day_text, worker_names
from desktop.views.visits.visit_follow_ups import FollowUpList
from domain.client import display_name
from domain.errors import RecordInvalid
from domain.visits import TOPICS, VISIT_REPORT, Outcome

log = logging.getLogger(__name__)

LOAD_KEY = "visit-report"
PART_CHANGES = {"form_parts"}
TOPIC_LABEL_WIDTH = 120  # "How it stands" beside its answer, in a card half the report wide
_CARD = "QFrame#topicCard {{ background: #ffffff; border: 1px solid #d8dde3; border-radius: 6px; {edge} }}"
# A topic's card shows how it stands at a glance: a coloured edge for attention and urgent.
_STATE_EDGE = {"attention": "border-left: 4px solid #d99a1e;", "urgent": "border-left: 4px solid #c0392b;"}


def _load(visit_id: str):
    def work(store):
        return store.visits.get(visit_id), store.directory.workers(), store.current_worker()
    return work


class VisitReport(QWidget):
    back = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._visit: dict | None = None
        self._names: dict[str, str] = {}
        self._outcome_busy = False
        self.today: Callable[[], date] = date.today
        self.autosaver = Autosaver(worker, parent=self)
        self.autosaver.saved.connect(self._part_saved)
        self.autosaver.failed.connect(self._part_failed)
        self._build()
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("◀ &Back to visits"), self)
        self.back_button.setObjectName("backToVisits")
        self.back_button.setToolTip(self.tr("Back to the list of visits (Esc)"))
        self.back_button.clicked.connect(self.go_back)
        shortcut(Qt.Key.Key_Escape, self, self.go_back, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.title = QLabel(self)
        self.title.setObjectName("visitTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1d2b36;")
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setProperty("role", "hint")
        self.subtitle.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.outcome_group = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        outcome_row.setSpacing(14)
        outcome_label_widget = QLabel(self.tr("&Outcome"), self)
        outcome_label_widget.setStyleSheet("font-weight: 600;")
        outcome_row.addWidget(outcome_label_widget)
        self.outcome_buttons: dict[str, QRadioButton] = {}
        for outcome in Outcome:
            button = QRadioButton(outcome_label(outcome), self)
            button.setObjectName(f"outcome_{outcome}")
            button.toggled.connect(lambda checked, o=outcome: checked and self._outcome_chosen(o))
            self.outcome_group.addButton(button)
            self.outcome_buttons[outcome] = button
            outcome_row.addWidget(button)
        outcome_label_widget.setBuddy(self.outcome_buttons[Outcome.DONE])
        outcome_row.addStretch(1)

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        header.addLayout(names, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        # the body scrolls: eight topics, the summary and the actions do not fit 600 px
        body = QWidget(self)
        body.setObjectName("reportBody")
        body.setStyleSheet("QWidget#reportBody { background: #f3f5f7; }")
        self.parts: dict[str, FormPartView] = {}
        self._cards: dict[str, QFrame] = {}
        self._grid = grid = QGridLayout()
        self._columns = 0
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for topic in TOPICS:
            view = FormPartView(VISIT_REPORT, VISIT_REPORT.part(topic), body, label_width=TOPIC_LABEL_WIDTH)
            self._cards[topic] = self._card(view, body)
            self.parts[topic] = view
        self._lay_out_topics(2)
        summary = FormPartView(VISIT_REPORT, VISIT_REPORT.part("summary"), body, show_title=False)
        self.parts["summary"] = summary
        for view in self.parts.values():
            view.edited.connect(self._part_edited)

        self.follow_ups = FollowUpList(self._worker, body)
        self.follow_ups.saved.connect(lambda text: self._set_status(text, "success"))
        self.follow_ups.problem.connect(lambda text: self._set_status(text, "problem"))

        content = QVBoxLayout(body)
        content.setContentsMargins(10, 8, 10, 12)
        content.setSpacing(8)
        content.addWidget(self._heading(self.tr("Checklist"), body))
        content.addLayout(grid)
        content.addWidget(self._heading(self.tr("Summary"), body))
        content.addWidget(self._card(summary, body))
        content.addWidget(self._heading(self.tr("Follow-up actions"), body))
        content.addWidget(self._card(self.follow_ups, body))
        content.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("reportScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        self.scroll.viewport().installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addLayout(outcome_row)
        layout.addWidget(self.scroll, 1)
        self._chain_tab_order()

    def _lay_out_topics(self, columns: int) -> None:
        """Two columns of topic cards where they fit, else one: the report never scrolls sideways."""
        if columns == self._columns:
            return
        self._columns = columns
        for index, topic in enumerate(TOPICS):
            self._grid.removeWidget(self._cards[topic])
            self._grid.addWidget(self._cards[topic], index // columns, index % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched, event) -> bool:
        # the viewport's own resize: it alone knows the width once the scroll bar is counted
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            card = max(c.minimumSizeHint().width() for c in self._cards.values())
            room = event.size().width() - 20  # the body's margins
            self._lay_out_topics(2 if room >= 2 * card + self._grid.horizontalSpacing() else 1)
        return super().eventFilter(watched, event)

    def _card(self, content: QWidget, parent: QWidget) -> QFrame:
        card = QFrame(parent)
        card.setObjectName("topicCard")
        card.setStyleSheet(_CARD.format(edge=""))
        box = QVBoxLayout(card)
        box.setContentsMargins(10, 8, 10, 10)
        box.addWidget(content)
        return card

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setStyleSheet("font-size: 14px; font-weight: 600; color: #1d2b36; padding-top: 4px;")
        return label

    def _chain_tab_order(self) -> None:
        # outcome, then the topics row by row, the summary, then the actions
        widgets: list[QWidget] = [self.back_button, *self.outcome_buttons.values()]
        for view in self.parts.values():
            widgets += view.focus_widgets()
        widgets.append(self.follow_ups.list)
        for first, second in zip(widgets, widgets[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------
    @property
    def visit_id(self) -> str | None:
        return self._visit["id"] if self._visit else None

    def show_visit(self, visit_id: str) -> None:
        """Open a visit's report; drafts of the visit shown before are written first."""
        self.autosaver.flush()
        self._worker.forget(self)  # answers about the visit shown before are dropped
        self._visit = None
        self._clear_widgets()
        self._set_status(self.tr("Loading…"), "hint")
        self._worker.read(_load(visit_id), key=LOAD_KEY, asker=self,
                          on_done=lambda result: self._loaded(*result), on_error=self._load_failed)

    def go_back(self) -> None:
        self.autosaver.flush()
        self.back.emit()

    def flush(self) -> None:
        self.autosaver.flush()
        self.follow_ups.flush()  # a follow-up typed but not added is a draft

    def clear(self) -> None:
        """Save what is typed, then forget the visit shown (on lock, among others)."""
        self.autosaver.flush()
        self._worker.forget(self)
        self._visit = None
        self._clear_widgets()
        self._set_status("", "hint")

    def is_saved(self) -> bool:
        return not (self.autosaver.has_pending() or self.autosaver.is_saving())

    # -- loading -----------------------------------------------------------------
    def _loaded(self, visit: dict, workers: list[dict], current_worker: str | None) -> None:
        self._visit = visit
        self._names = {w["id"]: w["name"] for w in workers}
        self.outcome_group.setExclusive(True)
        for button in self.outcome_buttons.values():
            button.setEnabled(True)
        self._show_header(visit)
        for key, view in self.parts.items():
            stored = visit["parts"].get(key, {})
            view.set_values(stored.get("answers", {}), stored.get("notes", ""))
            self._show_state(key)
        self.follow_ups.set_visit(visit["id"], visit["follow_ups"], workers, current_worker)
        self._set_enabled(True)
        self._set_status("", "hint")
        self.scroll.verticalScrollBar().setValue(0)
        self.outcome_buttons[visit["outcome"]].setFocus()

    def _load_failed(self, error: BaseException) -> None:
        if isinstance(error, RecordNotFound):
            self._set_status(self.tr("This visit is no longer in the file."), "problem")
            return
        log.error("loading a visit failed", exc_info=error)
        self._set_status(self.tr("The visit could not be loaded."), "problem")

    def _store_changed(self, changes) -> None:
        # Someone's change to the visit or its actions (ours included): read them again.
        # The parts are not read again: the person typing here is their writer.
        if self._visit is None or not ({"visits", "follow_ups"} & set(changes)):
            return
        visit_id = self._visit["id"]
        self._worker.read(lambda store: store.visits.get(visit_id), key=f"{LOAD_KEY}-refresh", asker=self,
                          on_done=self._refreshed, on_error=lambda _error: None)

    def _refreshed(self, visit: dict) -> None:
        self._visit = visit
        self._show_header(visit)
        self.follow_ups.set_rows(visit["follow_ups"])

    def _show_header(self, visit: dict) -> None:
        when = day_text(visit["planned_on"])
        if visit.get("planned_time"):
            when = self.tr("{day} at {time}").format(day=when, time=visit["planned_time"])
        self.title.setText(self.tr("Home visit to {name}, {when}").format(name=display_name(visit), when=when))
        parts = [p for p in (visit.get("address"), worker_names(visit.get("visitor_ids"), self._names)) if p]
        self.subtitle.setText("  ·  ".join(parts))
        if not self._outcome_busy:
            self._check_outcome(visit["outcome"])
        # a visit yet to come cannot have taken place (nor found nobody home); it can be cancelled
        ahead = visit["planned_on"] > self.today().isoformat()
        for outcome in (Outcome.DONE, Outcome.NOT_HOME):
            button = self.outcome_buttons[outcome]
            button.setEnabled(not ahead or visit["outcome"] == outcome)
            button.setToolTip(self.tr("This visit is still to come.") if ahead else "")

    def _check_outcome(self, outcome: str) -> None:
        button = self.outcome_buttons.get(outcome)
        if button is None:
            return
        self.outcome_group.blockSignals(True)
        for other in self.outcome_buttons.values():
            other.blockSignals(True)
        button.setChecked(True)
        for other in self.outcome_buttons.values():
            other.blockSignals(False)
        self.outcome_group.blockSignals(False)

    def _clear_widgets(self) -> None:
        self.title.clear()
        self.subtitle.clear()
        for key, view in self.parts.items():
            view.clear()
            self._show_state(key)
        self.follow_ups.clear()
        self.outcome_group.setExclusive(False)  # else one button always stays checked
        for button in self.outcome_buttons.values():
            button.blockSignals(True)
            button.setChecked(False)
            button.setEnabled(False)
            button.blockSignals(False)
        self._outcome_busy = False
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for view in self.parts.values():
            view.setEnabled(enabled)

    # -- saving ------------------------------------------------------------------
    def _outcome_chosen(self, outcome: str) -> None:
        if self._visit is None or outcome == self._visit["outcome"]:
            return
        visit_id, before = self._visit["id"], self._visit["outcome"]
        self._outcome_busy = True
        self._set_status(self.tr("Saving…"), "hint")

        def done(_result):
            self._outcome_busy = False
            if self._visit is not None:
                self._visit = {**self._visit, "outcome": outcome}
            self._set_status(self.tr("Outcome saved: {outcome}.").format(outcome=outcome_label(outcome)), "success")

        def failed(error):
            self._outcome_busy = False
            log.error("saving a visit's outcome failed", exc_info=error)
            self._check_outcome(before)
            self._set_status(self.tr("The outcome could not be saved."), "problem")

        self._worker.write(lambda store: store.visits.report(visit_id, outcome, store.current_worker()),
                           changes={"visits"}, on_done=done, on_error=failed, asker=self)

    def _part_edited(self, part_key: str) -> None:
        if self._visit is None:
            return
        view = self.parts[part_key]
        answers, notes = view.values()
        kept, notes, errors = valid_part(view.part, answers, notes)
        view.show_errors(errors)
        self._show_state(part_key)
        visit_id, client_id = self._visit["id"], self._visit["client_id"]
        self.autosaver.schedule(f"{visit_id}/{part_key}",
                                lambda store: store.visits.save_part(visit_id, client_id, part_key, kept, notes),
                                PART_CHANGES)
        self._set_status(self.tr("Saving…"), "hint")

    def _part_saved(self, key: str) -> None:
        if self.is_saved() and self._visit is not None and key.startswith(self._visit["id"]):
            at = QLocale().toString(QDateTime.currentDateTime().time(), QLocale.FormatType.ShortFormat)
            self._set_status(self.tr("All changes saved ({time}).").format(time=at), "success")

    def _part_failed(self, key: str, error: BaseException) -> None:
        visit_id, _, part_key = key.partition("/")
        if self._visit is None or visit_id != self._visit["id"]:
            log.error("a draft of another visit was refused", exc_info=error)
            return
        if isinstance(error, RecordInvalid):
            self.parts[part_key].show_errors(error.errors)
            self._set_status(self.tr("Not saved: please correct the marked fields."), "problem")
            return
        self._set_status(self.tr("Not saved: the report could not be written."), "problem")

    def _show_state(self, part_key: str) -> None:
        card = self._cards.get(part_key)
        if card is None:
            return
        style = _CARD.format(edge=_STATE_EDGE.get(self.parts[part_key].values()[0].get("state"), ""))
        # Only when the state's edge changes: this runs on every keystroke in the topic, and a style
        # sheet set on a card polishes all its fields again (some 2 ms a time).
        if card.styleSheet() != style:
            card.setStyleSheet(style)

    def _set_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)
