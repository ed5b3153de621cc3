"""What the handover and the intake panel do alike: a client's form, typed during a conversation.

Three pages: nothing to show, the way to start one, and the form. The form's header (the
conversation's own fields) autosaves as a whole, its parts each through PartAutosave.
Complete checks the required questions and names the parts still missing something;
Reopen makes a completed form editable again. A subclass builds its start page, header
and body, says how its record is read and written, and gives the texts that name it.
"""

from __future__ import annotations

import logging
from abc import abstractmethod
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.abstract_widget import AbstractWidgetMeta
from desktop.views.common.autosave import Autosaver, PartAutosave, SaveStateLabel
from desktop.views.common.field_widgets import DateField, FieldSlot, value_changed_signal
from desktop.views.common.form_part_view import FormPartView
from desktop.views.common.labels import field_error_message
from desktop.views.common.style import set_role
from desktop.views.conversation.conversation_fields import empty_field, set_read_only
from desktop.views.conversation.conversation_style import PANEL_STYLE, panel_title, set_status_chip, status_chip
from desktop.views.conversation.conversation_texts import ConversationTexts, describe_missing
from domain.errors import FieldError, RecordInvalid
from domain.forms import Form, form_progress, missing_required

log = logging.getLogger(__name__)

EMPTY_PAGE, START_PAGE, FORM_PAGE = range(3)


class ConversationPanel(QWidget, metaclass=AbstractWidgetMeta):
    """A client's form records of one kind: start one, fill it in, complete or reopen it."""

    FORM: Form
    STATUS: type[StrEnum]  # the form's Status: DRAFT and COMPLETE
    CHANGES: set[str]  # what a write of the record changes, for the worker's listeners
    LOAD_KEY: str  # the worker's key for reading: a newer read replaces one not yet run
    NAME: str  # "handover" names the widgets handoverEmpty, handoverMessage, completeHandover, …
    RECORD: str  # "a handover", for the log
    STYLE = PANEL_STYLE

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._record: dict | None = None  # the header of the record shown, without its parts
        self._loading = False  # the widgets are being filled: their change signals are no edits
        self._texts = self._make_texts()
        self.header_fields: dict[str, QWidget] = {}
        self._header_slots: dict[str, FieldSlot] = {}
        self._header_errors: dict[str, FieldError] = {}
        self.part_views: dict[str, FormPartView] = {}
        self.autosaver = Autosaver(worker, parent=self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self._parts = PartAutosave(self.autosaver, self._records, self)
        self._build()
        self.clear()

    # -- what a subclass gives -----------------------------------------------------
    @abstractmethod
    def _make_texts(self) -> ConversationTexts:
        ...

    @staticmethod
    @abstractmethod
    def _records(store):
        """The store's repository of these records (store.handovers, …)."""

    @classmethod
    @abstractmethod
    def _read_context(cls, store, client_id: str, headers: list[dict]):
        """On the worker: what the panel shows besides the record; headers: the client's records."""

    @classmethod
    def _complete_in(cls, store, record_id: str):
        """On the worker: complete the record; what it returns reaches _status_stored."""
        return cls._records(store).complete(record_id)

    @abstractmethod
    def _build_start_page(self) -> QWidget:
        ...

    @abstractmethod
    def _build_header(self, page: QWidget) -> QWidget:
        ...

    @abstractmethod
    def _build_body(self, page: QWidget) -> QWidget | QLayout:
        ...

    def _top_widgets(self, page: QWidget) -> tuple[list[QWidget], list[QWidget]]:
        """Widgets of the top row beside the title: (left, right of the progress)."""
        return [], []

    @abstractmethod
    def _tab_chain(self) -> list[QWidget]:
        ...

    def _take_context(self, context) -> None:
        """What _read_context returned, before the record is shown."""

    @abstractmethod
    def _fill_header(self, record: dict) -> None:
        ...

    @abstractmethod
    def _header_values(self) -> tuple[dict, dict[str, FieldError]]:
        """The header as typed: (fields that can be stored, errors by field name)."""

    def _start_focus(self) -> QWidget:
        return self.start_button

    @abstractmethod
    def _focus_form(self) -> None:
        ...

    def _status_stored(self, status: str, result) -> None:
        """A completion or reopening was stored; result: what _complete_in returned, None on reopening."""

    @abstractmethod
    def _reveal_missing(self, missing: dict[str, list[str]]) -> None:
        """Bring the first unanswered required question into view; missing: by part, in form order."""

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(self.STYLE)
        self._pages = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setObjectName(f"{self.NAME}Empty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        set_role(self._empty, "hint")
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self._build_form_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    def _make_start_button(self, text: str, page: QWidget, start) -> QPushButton:
        self.start_button = QPushButton(text, page)
        self.start_button.setObjectName(f"start{self.NAME.capitalize()}")
        self.start_button.setProperty("primary", True)
        self.start_button.setAutoDefault(False)  # a stray Enter starts no record
        self.start_button.clicked.connect(start)
        return self.start_button

    def _lay_out_start_page(self, page: QWidget, row: QHBoxLayout) -> QWidget:
        """The start page: title, introduction, the row that starts, and why starting failed."""
        intro = QLabel(self._texts.intro, page)
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self._start_status = QLabel(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(panel_title(self._texts.title, page))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self._start_status)
        layout.addStretch(1)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        top = self._build_top(page)
        header = self._build_header(page)
        body = self._build_body(page)
        bottom = self._build_bottom(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(header)
        if isinstance(body, QLayout):
            layout.addLayout(body, 1)
        else:
            layout.addWidget(body, 1)
        layout.addLayout(bottom)
        chain = self._tab_chain()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        return page

    def _build_top(self, page: QWidget) -> QHBoxLayout:
        """Which record, its state, whether it is saved."""
        title = panel_title(self._texts.title, page)
        left, right = self._top_widgets(page)
        self.status_chip = status_chip(page)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName(f"{self.NAME}Progress")
        set_role(self.progress_label, "hint")
        self.save_state = SaveStateLabel(self.autosaver, page)
        top = QHBoxLayout()
        top.setSpacing(10)
        for widget in (title, self.status_chip, *left):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.progress_label, self.save_state, *right):
            top.addWidget(widget)
        return top

    def _build_bottom(self, page: QWidget) -> QHBoxLayout:
        """Completing: what is still missing, and Complete or Reopen (Ctrl+Enter completes)."""
        name = self.NAME.capitalize()
        self.message = QLabel(page)
        self.message.setObjectName(f"{self.NAME}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        legend = QLabel(self.tr("* needed to complete"), page)
        set_role(legend, "hint")
        self.complete_button = QPushButton(self._texts.complete, page)
        self.complete_button.setObjectName(f"complete{name}")
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(self._texts.complete_tip)
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button = QPushButton(self._texts.reopen, page)
        self.reopen_button.setObjectName(f"reopen{name}")
        self.reopen_button.clicked.connect(self.reopen)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(legend)
        bottom.addWidget(self.reopen_button)
        bottom.addWidget(self.complete_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), page, self.complete)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return bottom

    def _header_field(self, name: str, widget: QWidget) -> QWidget:
        """Register a header field: named for tests and the tab order, marked where it is wrong."""
        widget.setObjectName(name)
        if isinstance(widget, DateField):
            widget.edit.setObjectName(f"{name}_edit")
        self.header_fields[name] = widget
        self._header_slots[name] = FieldSlot(widget)
        value_changed_signal(widget).connect(self._header_edited)
        return widget

    def _add_part_view(self, view: FormPartView) -> FormPartView:
        view.edited.connect(self._part_edited)
        self._parts.add_view(view)
        self.part_views[view.part.key] = view
        return view

    def _part_focus_widgets(self) -> list[QWidget]:
        return [widget for view in self.part_views.values() for widget in view.focus_widgets()]

    # -- public ------------------------------------------------------------------
    @property
    def page(self) -> str:
        """What is shown: "empty" (no client, loading), "start" or "form"."""
        return ("empty", "start", "form")[self._pages.currentIndex()]

    @property
    def record_id(self) -> str | None:
        return self._record["id"] if self._record else None

    def load_client(self, client_id: str | None) -> None:
        """Show the client's newest record, or the way to start one; None shows nothing."""
        self.flush()
        self._forget()
        self._client_id = client_id
        if client_id is None:
            self._show_empty(self.tr("No client open."))
            return
        self._show_empty(self.tr("Loading…"))
        self._fetch()

    def flush(self) -> None:
        self.autosaver.flush()

    def clear(self) -> None:
        """Lock: save what is typed, then forget every client detail in the widgets."""
        self.flush()
        self._forget()
        self._client_id = None
        self._show_empty(self.tr("No client open."))

    def complete(self) -> None:
        """Check the required questions; names the parts still missing something."""
        if self._record is None or self._record.get("status") == self.STATUS.COMPLETE:
            return
        self.flush()  # the worker runs in order: the check sees what was just typed
        record_id, complete_in = self.record_id, self._complete_in
        self._worker.write(lambda store: complete_in(store, record_id), self.CHANGES, asker=self,
                           on_done=lambda result: self._status_changed(record_id, self.STATUS.COMPLETE, result),
                           on_error=lambda e: self._complete_refused(record_id, e))

    def reopen(self) -> None:
        if self._record is None or self._record.get("status") != self.STATUS.COMPLETE:
            return
        record_id, records = self.record_id, self._records
        self._worker.write(lambda store: records(store).reopen(record_id), self.CHANGES, asker=self,
                           on_done=lambda _r: self._status_changed(record_id, self.STATUS.DRAFT, None),
                           on_error=lambda e: log.error("reopening %s failed", self.RECORD, exc_info=e))

    # -- starting and loading ------------------------------------------------------
    def _start_record(self, work) -> None:
        """Start a record with work(store, client_id) on the worker, then show it."""
        client_id = self._client_id
        if client_id is None:
            return
        self.start_button.setEnabled(False)

        def started(record_id):
            self.start_button.setEnabled(True)
            self._fetch(record_id, focus=True)

        def failed(error):
            self.start_button.setEnabled(True)
            log.error("starting %s failed", self.RECORD, exc_info=error)
            self._start_status.setText(self._texts.not_started)
            set_role(self._start_status, "problem")

        self._worker.write(lambda store: work(store, client_id), self.CHANGES, on_done=started, on_error=failed,
                           asker=self)

    def _forget(self) -> None:
        self._worker.forget(self)  # answers about the record shown before are dropped
        self._record = None
        self._parts.set_record(None, None)
        self._loading = True
        try:
            for field in self.header_fields.values():
                empty_field(field)
            for view in self.part_views.values():
                view.clear()
        finally:
            self._loading = False
        self._mark_header({})
        self._header_errors = {}
        self.message.clear()
        self.progress_label.clear()
        self.save_state.reset()
        self._start_status.clear()

    @classmethod
    def _read(cls, store, client_id: str, record_id: str | None) -> tuple[dict | None, object]:
        """On the worker: the record wanted (the newest when None) and the context to show it in."""
        records = cls._records(store)
        headers = records.for_client(client_id)
        wanted = record_id or (headers[0]["id"] if headers else None)
        return (records.get(wanted) if wanted else None), cls._read_context(store, client_id, headers)

    def _fetch(self, record_id: str | None = None, focus: bool = False) -> None:
        """Read the client's record record_id (the newest when None) and show it."""
        client_id, read = self._client_id, self._read
        self._worker.read(lambda store: read(store, client_id, record_id), key=self.LOAD_KEY, asker=self,
                          on_done=lambda r: self._loaded(client_id, *r, focus=focus),
                          on_error=self._load_failed)

    def _loaded(self, client_id: str, record: dict | None, context, focus: bool) -> None:
        if client_id != self._client_id:
            return
        self._take_context(context)
        if record is None:
            self._show_start_page()
            return
        self._show_record(record)
        self._pages.setCurrentIndex(FORM_PAGE)
        if focus:
            self._focus_form()

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading %s failed", self.RECORD, exc_info=error)
        self._show_empty(self._texts.not_loaded)

    def _show_record(self, record: dict) -> None:
        self._record = {k: v for k, v in record.items() if k != "parts"}
        self._parts.set_record(record["id"], record["client_id"])
        self._loading = True
        try:
            self._fill_header(record)
            for key, view in self.part_views.items():
                stored = record["parts"].get(key, {})
                view.set_values(stored.get("answers", {}), stored.get("notes", ""))
        finally:
            self._loading = False
        self._header_errors = {}
        self._mark_header({})
        self.message.clear()
        self._show_status(record.get("status") or self.STATUS.DRAFT)
        self._update_progress()

    def _show_status(self, status: str) -> None:
        if self._record is not None:
            self._record["status"] = status
        complete = status == self.STATUS.COMPLETE
        set_status_chip(self.status_chip, status)
        for view in self.part_views.values():
            view.set_read_only(complete)
        for field in self.header_fields.values():
            set_read_only(field, complete)
        self.complete_button.setVisible(not complete)
        self.reopen_button.setVisible(complete)

    def _show_start_page(self) -> None:
        self.flush()
        self._start_status.clear()
        self._pages.setCurrentIndex(START_PAGE)
        self._start_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty(self, text: str) -> None:
        self._empty.setText(text)
        self._pages.setCurrentIndex(EMPTY_PAGE)

    # -- saving --------------------------------------------------------------------
    def _header_edited(self, *_args) -> None:
        if self._loading or self._record is None:
            return
        fields, errors = self._header_values()
        self._header_errors = errors
        record_id, records = self.record_id, self._records
        self.autosaver.schedule(f"{record_id}/header", lambda store: records(store).update(record_id, fields),
                                self.CHANGES)

    def _saved(self, key: str) -> None:
        if self._record is not None and key == f"{self.record_id}/header":
            self._mark_header(self._header_errors)

    def _save_failed(self, key: str, error: BaseException) -> None:
        if self._record is None or key != f"{self.record_id}/header":
            return
        if isinstance(error, RecordInvalid):
            self._mark_header(self._refused_fields(error.errors))
        else:
            log.error("saving %s failed", self.RECORD, exc_info=error)

    def _refused_fields(self, errors: dict) -> dict:
        """The store's refusals by the name of the header field that shows them."""
        return errors

    def _mark_header(self, errors: dict) -> None:
        for name, slot in self._header_slots.items():
            if name in errors:
                slot.set_error(field_error_message(FieldError(errors[name])))
            else:
                slot.clear_error()

    def _part_edited(self, _part_key: str) -> None:
        self._update_progress()

    def _answers(self) -> dict[str, dict]:
        return {key: view.values()[0] for key, view in self.part_views.items()}

    def _update_progress(self) -> None:
        done, total = form_progress(self.FORM, self._answers())
        self.progress_label.setText(self.tr("{done} of {total} answered").format(done=done, total=total))

    # -- completing ------------------------------------------------------------------
    def _status_changed(self, record_id: str, status: str, result) -> None:
        if record_id != self.record_id:
            return
        self._status_stored(status, result)
        self._show_status(status)
        if status == self.STATUS.COMPLETE:
            self.message.setText(self._texts.completed)
            set_role(self.message, "success")
            self._completed()
            self.reopen_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.clear()
            self.complete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _completed(self) -> None:
        """Shown as complete; a subclass may show more."""

    def _complete_refused(self, record_id: str, error: BaseException) -> None:
        if record_id != self.record_id:
            return
        if not isinstance(error, RecordInvalid):
            log.error("completing %s failed", self.RECORD, exc_info=error)
            self.message.setText(self._texts.not_completed)
            set_role(self.message, "problem")
            return
        answers = self._answers()
        parts = [p.key for p in self.FORM.parts if p.key in error.errors]
        self.message.setText(self.tr("Not complete yet. Still to answer: {parts}.").format(
            parts=describe_missing(self.FORM, answers, parts)))
        set_role(self.message, "problem")
        missing = {}
        for part_key in parts:
            view = self.part_views[part_key]
            missing[part_key] = missing_required(view.part, answers[part_key])
            view.show_errors({q: FieldError.REQUIRED for q in missing[part_key]})
        self._reveal_missing(missing)
