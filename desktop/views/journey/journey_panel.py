"""A client's experiences (ervaringen): the stories told about their journey, and each stage rated
by the person, the partners and the workers.

The stories list and the story being written take turns on one page (a story needs the room);
the ratings grid stays under the list. What is typed in the story or the rating waits as an
encrypted draft until it is saved or cancelled, so a lock loses none of it (common/form_draft.py).
Everything is checked with the domain's rules first: a refused story is marked at its fields and
nothing is stored.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.stories import journey_stages
from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.journey_labels import consent_use_label, kind_label, stage_label
from desktop.views.common.prompts import PromptSlot, confirm
from desktop.views.common.style import set_role
from desktop.views.journey.rating_grid import RatingGrid
from desktop.views.journey.story_form import StoryForm
from domain.errors import RecordInvalid
from domain.journey_records import check_rating, check_story

log = logging.getLogger(__name__)

STORY_DRAFT, RATING_DRAFT = "journey_story", "journey_rating"
CHANGES = {"stories", "stage_ratings"}
TOLD, STAGE, TITLE, TELLER, USE = range(5)


def _load(client_id: str):
    def work(store):
        stages = journey_stages(store.engine)
        worker = store.current_worker()
        own = next((w["organisation_id"] for w in store.directory.workers() if w["id"] == worker), None)
        organisations = {o["id"]: o["name"] for o in store.directory.organisations()}
        partner = (store.sync.account() or {}).get("role") == "partner"
        return (stages, store.journey.stories_for(client_id), store.journey.ratings_for(client_id),
                organisations, own, partner)
    return work


class JourneyPanel(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._stages = ()
        self._stories: list[dict] = []
        self._pick: str | None = None
        self._saving = False
        self._typed = False  # the story form holds typing not saved
        self._own: str | None = None  # the organisation of this device's worker
        self._partner = False  # a partner's device changes its own organisation's stories only
        self._prompt = PromptSlot()
        self._build()
        worker.changed.connect(self._store_changed)
        self.clear()

    def _build(self) -> None:
        title = QLabel(self.tr("Experiences"), self)
        title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1d2b36;")
        self.summary = QLabel(self)
        self.summary.setObjectName("journeySummary")
        self.summary.setProperty("role", "hint")
        self.new_button = QPushButton(self.tr("&New story"), self)
        self.new_button.setObjectName("newStory")
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.start_story)
        self.open_button = QPushButton(self.tr("&Open story"), self)
        self.open_button.setObjectName("openStory")
        self.open_button.clicked.connect(self._open_current)
        self.remove_button = QPushButton(self.tr("Remove story"), self)
        self.remove_button.setObjectName("removeStory")
        self.remove_button.clicked.connect(self._remove_current)

        self.list = QTreeWidget(self)
        self.list.setObjectName("storyList")
        self.list.setColumnCount(5)
        self.list.setHeaderLabels([self.tr("Told on"), self.tr("Stage"), self.tr("Title"), self.tr("Told by"),
                                   self.tr("Use outside the file")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Stories of this client"))
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (TOLD, STAGE, TELLER, USE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item, _col: self._open_current())
        self.list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        self.list_hint = QLabel(self.tr("No stories yet. Write down what the person, a partner or a worker "
                                        "tells about a stage of the journey."), self)
        self.list_hint.setObjectName("storiesEmpty")
        self.list_hint.setProperty("role", "hint")
        self.list_hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("journeyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        self.grid = RatingGrid(self)
        self.grid.rate.connect(self._rate)
        self.grid.remove.connect(self._remove_rating)
        self.rating_draft = FormDraft(self._worker, RATING_DRAFT, self)
        self.grid.edited.connect(self._keep_rating_draft)
        grid_title = QLabel(self.tr("Ratings per stage"), self)
        grid_title.setStyleSheet("font-weight: 600; color: #1d2b36;")
        grid_hint = QLabel(self.tr("+ good, 0 neutral, - hurts; choose a cell to rate it"), self)
        grid_hint.setProperty("role", "hint")

        bar = QHBoxLayout()
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(title)
        names.addWidget(self.summary)
        bar.addLayout(names, 1)
        for button in (self.remove_button, self.open_button, self.new_button):
            bar.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        stories = QWidget(self)
        stories_layout = QVBoxLayout(stories)
        stories_layout.setContentsMargins(0, 0, 0, 0)
        stories_layout.addLayout(bar)
        stories_layout.addWidget(self.status)
        stories_layout.addWidget(self.list, 1)
        stories_layout.addWidget(self.list_hint)
        ratings = QWidget(self)
        ratings_layout = QVBoxLayout(ratings)
        ratings_layout.setContentsMargins(0, 4, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(grid_title)
        heading.addWidget(grid_hint, 1)
        ratings_layout.addLayout(heading)
        ratings_layout.addWidget(self.grid, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(stories)
        self.split.addWidget(ratings)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        list_page = QWidget(self)
        page_layout = QVBoxLayout(list_page)
        page_layout.setContentsMargins(8, 6, 8, 8)
        page_layout.addWidget(self.split)
        self._list_page = list_page

        self.form = StoryForm(self)
        self.form.submitted.connect(self._submit_story)
        self.form.cancelled.connect(self._cancel_story)
        self.story_draft = FormDraft(self._worker, STORY_DRAFT, self)
        self.form.edited.connect(self._keep_story_draft)

        self._empty = QLabel(self.tr("No client open."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "hint")
        self.pages = QStackedWidget(self)
        for page in (self._empty, list_page, self.form):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    # -- the panel's face towards the workspace ------------------------------------
    def load_client(self, client_id: str | None) -> None:
        another = client_id != self._client_id
        if another:
            self.flush()
            self._forget()
            self._client_id = client_id
            self.pages.setCurrentWidget(self._list_page if client_id else self._empty)
        if client_id is not None:
            self._fetch()
        if another and client_id is not None:  # after the records (one queue, answered in order)
            self.story_draft.read(self, lambda draft: self._resume_story(client_id, draft))
            self.rating_draft.read(self, lambda draft: self._resume_rating(client_id, draft))

    def flush(self) -> None:
        self.story_draft.flush()
        self.rating_draft.flush()

    def clear(self) -> None:
        """Lock: keep what is typed, then forget every detail of the client in the widgets."""
        self._keep_story_draft()
        self._keep_rating_draft()
        self.flush()
        self._forget()
        self._client_id = None
        self.pages.setCurrentWidget(self._empty)

    def start_story(self) -> None:
        if self._client_id is None:
            return
        self.form.set_stages(self._stages or journey_stages(None))
        self.form.start_new(date.today().isoformat(), self._chosen_stage())
        self._typed = False
        self.pages.setCurrentWidget(self.form)

    # -- loading -----------------------------------------------------------------
    def _forget(self) -> None:
        self._worker.forget(self)
        self._prompt.close()
        self._typed = False
        self._stories = []
        self._pick = None
        self._saving = False
        self.list.clear()
        self.summary.clear()
        self.form.clear()
        self.grid.clear()
        self._set_status("", "hint")
        self._update_buttons()

    def _fetch(self) -> None:
        client_id = self._client_id
        self._worker.read(_load(client_id), key="journey-panel", asker=self,
                          on_done=lambda result: self._loaded(client_id, *result), on_error=self._load_failed)

    def _loaded(self, client_id, stages, stories, ratings, organisations, own, partner) -> None:
        if client_id != self._client_id:
            return
        self._own, self._partner = own, partner
        if stages != self._stages:
            self._stages = stages
            self.grid.set_stages(stages)
            if self.pages.currentWidget() is not self.form:
                self.form.set_stages(stages)
        self._stories = stories
        self._show_rows()
        self.grid.set_ratings(ratings, organisations, own, only_own=partner)
        named = sum(1 for s in stories if s["consent_use"] != "none")
        self.summary.setText(self.tr("{n} stories, {used} of them may be used outside the file; {r} ratings")
                             .format(n=len(stories), used=named, r=len(ratings)))

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading the experiences failed", exc_info=error)
        self._set_status(self.tr("The experiences could not be loaded."), "problem")

    def _store_changed(self, changes) -> None:
        if self._client_id is not None and {*CHANGES, "clients", "organisations", "workers"} & set(changes):
            self._fetch()

    def _show_rows(self) -> None:
        current, self._pick = self._pick or self._current_id(), None
        self.list.clear()
        for story in self._stories:
            teller = kind_label(story["told_by_kind"])
            if story.get("told_by"):
                teller = f"{teller}: {story['told_by']}"
            item = QTreeWidgetItem([format_date(story["told_on"]), stage_label(story["stage"], self._stages),
                                    story["title"], teller, consent_use_label(story["consent_use"])])
            item.setData(0, Qt.ItemDataRole.UserRole, story["id"])
            item.setToolTip(TITLE, story.get("what_changed") or story.get("text_nl") or "")
            self.list.addTopLevelItem(item)
        if current:
            self._select(current)
        elif self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list_hint.setVisible(not self._stories)
        self._update_buttons()

    # -- a story -------------------------------------------------------------------
    def _chosen_stage(self) -> str | None:
        cell = self.grid.current()
        return cell[0] if cell else None

    def _keep_story_draft(self) -> None:
        if self.pages.currentWidget() is not self.form or self._client_id is None:
            return
        self._typed = True
        focus, cursor = focus_in(self.form)
        self.story_draft.keep({"client_id": self._client_id, "story_id": self.form.story_id,
                               "values": self.form.values(), "focus": focus, "cursor": cursor})

    def _resume_story(self, client_id: str, draft: dict | None) -> None:
        if not draft or draft.get("client_id") != client_id or client_id != self._client_id:
            return
        story = next((s for s in self._stories if s["id"] == draft.get("story_id")), None)
        if story is not None:
            self.form.start_change(story)
        else:
            self.start_story()
        self.form.restore(draft.get("values") or {})
        self._typed = True
        self.pages.setCurrentWidget(self.form)
        refocus(self.form, draft.get("focus"), draft.get("cursor"))

    def _cancel_story(self) -> None:
        def go():
            self._typed = False
            self.story_draft.drop()  # cancelled on purpose: it does not come back
            self.pages.setCurrentWidget(self._list_page)
            self.list.setFocus()
        if not self._typed:
            go()
            return
        self._prompt.hold(confirm(self, self.tr("Discard this story?"),
                                  self.tr("What you wrote in this story is not saved and will be lost."),
                                  self.tr("Discard"), go, "discardStory"))

    def _submit_story(self, fields: dict) -> None:
        if self._client_id is None or self._saving:
            return
        errors = check_story({**fields, "client_id": self._client_id}, stages=self._stages or None)
        if errors:
            self.form.show_errors(errors)
            self._set_status(self.tr("Not saved: please correct the marked fields."), "problem")
            return
        client_id, story_id, stages = self._client_id, self.form.story_id, self._stages or None

        def work(store):
            if story_id is None:
                return store.journey.tell(client_id, fields, stages=stages)
            store.journey.update_story(story_id, fields, stages=stages)
            return story_id
        self._saving = True
        self._worker.write(work, changes=CHANGES, asker=self, on_done=self._story_saved,
                           on_error=self._story_refused)

    def _story_saved(self, story_id: str) -> None:
        self._saving = False
        self._typed = False
        self.story_draft.drop()
        self._pick = story_id
        self.pages.setCurrentWidget(self._list_page)
        self._set_status(self.tr("Story saved."), "success")

    def _story_refused(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, RecordInvalid):
            self.form.show_errors(error.errors)
            self._set_status(self.tr("Not saved: please correct the marked fields."), "problem")
            return
        log.error("saving a story failed", exc_info=error)
        self._set_status(self.tr("The story could not be saved."), "problem")

    def _open_current(self) -> None:
        story = next((s for s in self._stories if s["id"] == self._current_id()), None)
        if story is None:
            return
        self.form.set_stages(self._stages or journey_stages(None))
        self.form.start_change(story)
        self.form.set_read_only(not self._may_change(story))
        self._typed = False
        self.pages.setCurrentWidget(self.form)

    def _remove_current(self) -> None:
        story_id = self._current_id()
        if story_id is None:
            return

        def go():
            self._worker.write(lambda store: store.journey.remove_story(story_id), changes=CHANGES, asker=self,
                               on_done=lambda _r: self._set_status(self.tr("Story removed."), "success"),
                               on_error=self._write_failed)
        self._prompt.hold(confirm(self, self.tr("Remove this story?"),
                                  self.tr("The story is removed from the client file."), self.tr("Remove"), go,
                                  "confirmRemoveStory"))

    # -- a rating ------------------------------------------------------------------
    def _keep_rating_draft(self) -> None:
        if self._client_id is None or self.grid.current() is None:
            return
        values = self.grid.values()
        if not (values["rating"] or values["reason"]):
            self.rating_draft.drop()
            return
        self.rating_draft.keep({"client_id": self._client_id, "values": values})

    def _resume_rating(self, client_id: str, draft: dict | None) -> None:
        if draft and draft.get("client_id") == client_id == self._client_id:
            self.grid.restore(draft.get("values") or {})

    def _rate(self, fields: dict) -> None:
        if self._client_id is None:
            return
        fields = {**fields, "rated_on": fields.get("rated_on") or date.today().isoformat()}
        errors = check_rating({**fields, "client_id": self._client_id}, stages=self._stages or None)
        if errors:
            self.grid.show_errors(errors)
            self._set_status(self.tr("Rating not saved: please correct the marked fields."), "problem")
            return
        client_id, stages = self._client_id, self._stages or None
        self._worker.write(lambda store: store.journey.rate(client_id, fields, stages=stages), changes=CHANGES,
                           asker=self, on_done=self._rated, on_error=self._rating_refused)

    def _rated(self, _rating_id: str) -> None:
        self.rating_draft.drop()
        self.grid.start(date.today().isoformat())
        self._set_status(self.tr("Rating saved."), "success")

    def _rating_refused(self, error: BaseException) -> None:
        if isinstance(error, RecordInvalid):
            self.grid.show_errors(error.errors)
            self._set_status(self.tr("Rating not saved: please correct the marked fields."), "problem")
            return
        self._write_failed(error)

    def _remove_rating(self, rating_id: str) -> None:
        self._worker.write(lambda store: store.journey.remove_rating(rating_id), changes=CHANGES, asker=self,
                           on_done=lambda _r: self._set_status(self.tr("Rating removed."), "success"),
                           on_error=self._write_failed)

    def _write_failed(self, error: BaseException) -> None:
        log.error("changing the experiences failed", exc_info=error)
        self._set_status(self.tr("The change could not be saved."), "problem")

    # -- the list ------------------------------------------------------------------
    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _select(self, story_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == story_id:
                self.list.setCurrentItem(item)
                return

    def _may_change(self, story: dict) -> bool:
        """Staff change every story of their clients; a partner its own organisation's (server/write_rules.py)."""
        return not self._partner or story.get("organisation_id") == self._own

    def _update_buttons(self) -> None:
        story = next((s for s in self._stories if s["id"] == self._current_id()), None)
        self.new_button.setEnabled(self._client_id is not None)
        self.open_button.setEnabled(story is not None)
        self.remove_button.setEnabled(story is not None and self._may_change(story))

    def _set_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_role(self.status, role)
