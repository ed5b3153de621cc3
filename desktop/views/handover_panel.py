"""The telephone handover (warme overdracht) with the COA begeleider, typed during the call.

Who calls and when at the top, then the parts in the order of the call in one scrolling
column, each with its notes beside it. Everything autosaves; Complete checks the
required questions and names the parts still missing something. Made for the keyboard:
the tab order follows the conversation, Ctrl+Enter completes.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.autosave import Autosaver, PartAutosave, SaveStateLabel
from desktop.views.field_widgets import DateField, FieldSlot, format_date, parse_date, value_changed_signal
from desktop.views.fieldwork_labels import part_title, question_label, status_label, variant_label
from desktop.views.form_part_view import FormPartView
from desktop.views.labels import field_error_message
from desktop.views.style import repolish, set_role
from domain.errors import FieldError, RecordInvalid
from domain.forms import form_progress, missing_required
from domain.handover import HANDOVER, Status, Variant, check_header

log = logging.getLogger(__name__)

LOAD_KEY = "handover-panel"
_TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*$")

PANEL_STYLE = """
QFrame#partCard { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QFrame#partCard[special="true"] { background: #fffdf5; border: 1px solid #e5c56b; }
QFrame#headerCard { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QScrollArea#partsScroll, QWidget#partsColumn { background: #f3f5f7; border: none; }
QLabel#panelTitle { font-size: 17px; font-weight: 600; color: #1d2b36; }
QLabel#statusChip { border-radius: 9px; padding: 1px 9px; background: #e8eef3; color: #2f4858; }
QLabel#statusChip[status="complete"] { background: #dcefe1; color: #1f6f3a; }
"""


def parse_time(text: str) -> str | None:
    """'14:30', '1430' or '9.05' as hh:mm; None when it is no time."""
    match = _TIME.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


def describe_missing(form_key: str, form, answers_by_part: dict[str, dict], parts: list[str]) -> str:
    """'Languages (Level of Dutch, Literacy); Urgent matters (…)' for the parts named."""
    pieces = []
    for part_key in parts:
        part = form.part(part_key)
        missing = missing_required(part, answers_by_part.get(part_key, {}))
        names = ", ".join(question_label(form_key, part_key, q) for q in missing)
        title = part_title(form_key, part_key)
        # a part of one question is named by its title alone
        pieces.append(f"{title} ({names})" if names and len(part.questions) > 1 else title)
    return "; ".join(pieces)


def status_chip(parent: QWidget) -> QLabel:
    chip = QLabel(parent)
    chip.setObjectName("statusChip")
    chip.setTextFormat(Qt.TextFormat.PlainText)
    return chip


def set_status_chip(chip: QLabel, status: str) -> None:
    chip.setText(status_label(status))
    chip.setProperty("status", status)
    repolish(chip)  # the sheet styles by the status property


class HandoverPanel(QWidget):
    """A client's handovers: start one, fill it in while on the phone, complete it."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._record: dict | None = None  # the header of the handover shown
        self._handovers: list[dict] = []
        self._epoch = 0  # bumped on every client switch and on clear(): late answers are dropped
        self._loading = False
        self.autosaver = Autosaver(worker, parent=self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self._parts = PartAutosave(self.autosaver, lambda store: store.handovers, self)
        self._header_errors: dict[str, FieldError] = {}
        self._build()
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE)
        self._pages = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setObjectName("handoverEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        set_role(self._empty, "hint")
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self._build_form_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        self._start_page = page
        title = QLabel(self.tr("Telephone handover"), page)
        title.setObjectName("panelTitle")
        intro = QLabel(self.tr("The COA begeleider hands the client over by phone. Choose how the route "
                               "starts, then type along during the call: everything is saved as you type."), page)
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.variant_to_start = QComboBox(page)
        self.variant_to_start.setObjectName("variantToStart")
        for variant in Variant:
            self.variant_to_start.addItem(variant_label(variant.value), variant.value)
        variant_label_widget = QLabel(self.tr("Varia&nt"), page)
        variant_label_widget.setBuddy(self.variant_to_start)
        self.start_button = QPushButton(self.tr("&Start handover"), page)
        self.start_button.setObjectName("startHandover")
        self.start_button.setProperty("primary", True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_handover)
        self.back_button = QPushButton(self.tr("Back to the handover"), page)
        self.back_button.setObjectName("backToHandover")
        self.back_button.clicked.connect(lambda: self._pages.setCurrentIndex(2))
        self._start_status = QLabel(page)
        self._start_status.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(variant_label_widget)
        row.addWidget(self.variant_to_start)
        row.addWidget(self.start_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self._start_status)
        layout.addStretch(1)
        return page

    def _build_form_page(self) -> QWidget:
        page = QWidget(self)
        self._form_page = page
        # The top: which handover, its state, whether it is saved.
        title = QLabel(self.tr("Telephone handover"), page)
        title.setObjectName("panelTitle")
        self.handover_choice = QComboBox(page)
        self.handover_choice.setObjectName("handoverChoice")
        self.handover_choice.setToolTip(self.tr("This client's handovers, newest first"))
        self.handover_choice.activated.connect(self._choose_handover)
        self.status_chip = status_chip(page)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("handoverProgress")
        set_role(self.progress_label, "hint")
        self.save_state = SaveStateLabel(self.autosaver, page)
        self.new_button = QPushButton(self.tr("New handover…"), page)
        self.new_button.setObjectName("newHandover")
        self.new_button.clicked.connect(self._show_start_page)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(title)
        top.addWidget(self.status_chip)
        top.addWidget(self.handover_choice)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.save_state)
        top.addWidget(self.new_button)

        # Who calls, and when.
        header = QFrame(page)
        header.setObjectName("headerCard")
        grid = QGridLayout(header)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.header_fields: dict[str, QWidget] = {}
        self._header_slots: dict[str, FieldSlot] = {}
        self.coa_name = self._header_field("coa_name", QLineEdit(header))
        self.coa_location = self._header_field("coa_location", QLineEdit(header))
        self.coa_phone = self._header_field("coa_phone", QLineEdit(header))
        self.call_date = self._header_field("call_date", DateField(header))
        self.call_time = self._header_field("call_time", QLineEdit(header))
        self.variant = self._header_field("variant", QComboBox(header))
        for field in (self.coa_name, self.coa_location):
            field.setMaxLength(200)
        self.coa_phone.setMaxLength(40)
        self.call_time.setPlaceholderText(self.tr("hh:mm"))
        self.call_time.setMaxLength(5)
        self.call_time.setMaximumWidth(70)
        self.call_time.editingFinished.connect(self._tidy_time)
        for variant in Variant:
            self.variant.addItem(variant_label(variant.value), variant.value)
        cells = (
            (0, 0, self.tr("COA &begeleider"), "coa_name"),
            (0, 2, self.tr("&Location"), "coa_location"),
            (0, 4, self.tr("&Phone"), "coa_phone"),
            (1, 0, self.tr("&Date of the call"), "call_date"),
            (1, 4, self.tr("Varian&t"), "variant"),
        )
        for row, column, text, name in cells:
            label = QLabel(text, header)
            field = self.header_fields[name]
            label.setBuddy(field.edit if isinstance(field, DateField) else field)
            grid.addWidget(label, row, column)
            grid.addWidget(self._header_slots[name], row, column + 1)
        when = QHBoxLayout()
        when.setSpacing(6)
        time_label = QLabel(self.tr("Ti&me"), header)
        time_label.setBuddy(self.call_time)
        when.addWidget(time_label)
        when.addWidget(self._header_slots["call_time"])
        when.addStretch(1)
        grid.addLayout(when, 1, 2, 1, 2)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        # The parts, in the order of the call.
        self.part_views: dict[str, FormPartView] = {}
        column = QWidget()
        column.setObjectName("partsColumn")
        parts = QVBoxLayout(column)
        parts.setContentsMargins(0, 0, 6, 0)
        parts.setSpacing(10)
        for part in HANDOVER.parts:
            card = QFrame(column)
            card.setObjectName("partCard")
            card.setProperty("special", part.special)
            view = FormPartView(HANDOVER, part, card, notes_beside=True)
            view.edited.connect(self._part_edited)
            inner = QVBoxLayout(card)
            inner.setContentsMargins(14, 10, 14, 12)
            inner.addWidget(view)
            parts.addWidget(card)
            self.part_views[part.key] = view
            self._parts.add_view(view)
        parts.addStretch(1)
        self._scroll = QScrollArea(page)
        self._scroll.setObjectName("partsScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(column)

        # Completing.
        self.message = QLabel(page)
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.complete_button = QPushButton(self.tr("&Complete handover"), page)
        self.complete_button.setObjectName("completeHandover")
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(self.tr("Check the required questions (*) and close the handover "
                                                "(Ctrl+Enter)"))
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button = QPushButton(self.tr("&Reopen to edit"), page)
        self.reopen_button.setObjectName("reopenHandover")
        self.reopen_button.clicked.connect(self.reopen)
        legend = QLabel(self.tr("* needed to complete"), page)
        set_role(legend, "hint")
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(legend)
        bottom.addWidget(self.reopen_button)
        bottom.addWidget(self.complete_button)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), page, self.complete)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addWidget(self._scroll, 1)
        layout.addLayout(bottom)
        self._chain_tab_order()
        return page

    def _header_field(self, name: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        if isinstance(widget, DateField):
            widget.edit.setObjectName(f"{name}_edit")
        self.header_fields[name] = widget
        self._header_slots[name] = FieldSlot(widget)
        value_changed_signal(widget).connect(self._header_edited)
        return widget

    def _chain_tab_order(self) -> None:
        # The conversation's order: who calls, when, then each part top to bottom, then Complete.
        chain: list[QWidget] = [self.coa_name, self.coa_location, self.coa_phone, self.call_date.edit,
                                self.call_time, self.variant]
        for view in self.part_views.values():
            chain.extend(view.focus_widgets())
        chain.extend([self.reopen_button, self.complete_button, self.handover_choice, self.new_button])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------
    @property
    def page(self) -> str:
        """What is shown: "empty" (no client, loading), "start" or "form"."""
        return ("empty", "start", "form")[self._pages.currentIndex()]

    @property
    def handover_id(self) -> str | None:
        return self._record["id"] if self._record else None

    def load_client(self, client_id: str | None) -> None:
        """Show the client's newest handover, or the way to start one; None shows nothing."""
        self.flush()
        self._forget()
        self._client_id = client_id
        if client_id is None:
            self._show_empty(self.tr("No client open."))
            return
        self._show_empty(self.tr("Loading…"))
        self._fetch(None)

    def flush(self) -> None:
        self.autosaver.flush()

    def clear(self) -> None:
        """Lock: save what is typed, then forget every client detail in the widgets."""
        self.flush()
        self._forget()
        self._client_id = None
        self._show_empty(self.tr("No client open."))

    def start_handover(self) -> None:
        client_id, epoch = self._client_id, self._epoch
        if client_id is None:
            return
        variant = self.variant_to_start.currentData()
        held_at = datetime.now().strftime("%Y-%m-%dT%H:%M")  # the call is now, as a rule
        self.start_button.setEnabled(False)

        def work(store):
            fields = {"variant": variant, "held_at": held_at, "worker_id": store.current_worker()}
            return store.handovers.start(client_id, fields)

        def started(handover_id):
            if epoch == self._epoch:
                self.start_button.setEnabled(True)
                self._fetch(handover_id, focus=True)

        def failed(error):
            if epoch == self._epoch:
                self.start_button.setEnabled(True)
                log.error("starting a handover failed", exc_info=error)
                self._start_status.setText(self.tr("The handover could not be started."))
                set_role(self._start_status, "problem")

        self._worker.write(work, {"handovers"}, on_done=started, on_error=failed)

    def complete(self) -> None:
        """Check the required questions; names the parts still missing something."""
        if self._record is None or self._record.get("status") == Status.COMPLETE:
            return
        self.flush()  # the worker runs in order: the check sees what was just typed
        handover_id, epoch = self.handover_id, self._epoch
        self._worker.write(lambda store: store.handovers.complete(handover_id), {"handovers"},
                           on_done=lambda _r: self._status_changed(epoch, handover_id, Status.COMPLETE),
                           on_error=lambda e: self._complete_refused(epoch, handover_id, e))

    def reopen(self) -> None:
        if self._record is None or self._record.get("status") != Status.COMPLETE:
            return
        handover_id, epoch = self.handover_id, self._epoch
        self._worker.write(lambda store: store.handovers.reopen(handover_id), {"handovers"},
                           on_done=lambda _r: self._status_changed(epoch, handover_id, Status.DRAFT),
                           on_error=lambda e: log.error("reopening a handover failed", exc_info=e))

    # -- loading -----------------------------------------------------------------
    def _forget(self) -> None:
        self._epoch += 1
        self._record = None
        self._handovers = []
        self._parts.set_record(None, None)
        self._loading = True
        try:
            for name, field in self.header_fields.items():
                if isinstance(field, QLineEdit):
                    field.clear()
                elif isinstance(field, DateField):
                    field.set_value(None)
                if name in self._header_slots:
                    self._header_slots[name].clear_error()
            self.variant.setCurrentIndex(0)
            for view in self.part_views.values():
                view.clear()
            self.handover_choice.clear()
        finally:
            self._loading = False
        self.message.clear()
        self.progress_label.clear()
        self.save_state.reset()
        self._start_status.clear()
        self._header_errors = {}

    def _fetch(self, handover_id: str | None, focus: bool = False) -> None:
        """Read the client's handovers and one of them (the newest when None)."""
        client_id, epoch = self._client_id, self._epoch

        def work(store):
            headers = store.handovers.for_client(client_id)
            wanted = handover_id or (headers[0]["id"] if headers else None)
            return headers, store.handovers.get(wanted) if wanted else None

        self._worker.read(work, key=LOAD_KEY,
                          on_done=lambda r: self._loaded(epoch, client_id, *r, focus=focus),
                          on_error=lambda e: self._load_failed(epoch, e))

    def _loaded(self, epoch: int, client_id: str, headers: list[dict], record: dict | None,
                focus: bool) -> None:
        if epoch != self._epoch or client_id != self._client_id:
            return
        self._handovers = headers
        if record is None:
            self._show_start_page()
            return
        self._show_record(record)
        self._pages.setCurrentIndex(2)
        if focus:
            self._scroll.verticalScrollBar().setValue(0)
            self.coa_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_failed(self, epoch: int, error: BaseException) -> None:
        if epoch == self._epoch:
            log.error("loading handovers failed", exc_info=error)
            self._show_empty(self.tr("The handovers could not be loaded."))

    def _show_record(self, record: dict) -> None:
        self._record = {k: v for k, v in record.items() if k != "parts"}
        self._parts.set_record(record["id"], record["client_id"])
        self._loading = True
        try:
            self.coa_name.setText(record.get("coa_name") or "")
            self.coa_location.setText(record.get("coa_location") or "")
            self.coa_phone.setText(record.get("coa_phone") or "")
            held_at = record.get("held_at") or ""
            self.call_date.set_value(held_at[:10] or None)
            self.call_time.setText(held_at[11:16])
            self.variant.setCurrentIndex(max(0, self.variant.findData(record.get("variant"))))
            for key, view in self.part_views.items():
                stored = record["parts"].get(key, {})
                view.set_values(stored.get("answers", {}), stored.get("notes", ""))
            self.handover_choice.clear()
            for header in self._handovers:
                self.handover_choice.addItem(self._describe(header), header["id"])
            self.handover_choice.setCurrentIndex(max(0, self.handover_choice.findData(record["id"])))
        finally:
            self._loading = False
        self.handover_choice.setVisible(len(self._handovers) > 1)
        self.back_button.setVisible(True)
        self._header_errors = {}
        for slot in self._header_slots.values():
            slot.clear_error()
        self.message.clear()
        self._show_status(record.get("status") or Status.DRAFT)
        self._update_progress()

    def _describe(self, header: dict) -> str:
        held_at = header.get("held_at") or ""
        when = f"{format_date(held_at[:10])} {held_at[11:16]}".strip() or self.tr("no date")
        return f"{when} · {variant_label(header.get('variant') or '')} · {status_label(header.get('status') or '')}"

    def _show_status(self, status: str) -> None:
        if self._record is not None:
            self._record["status"] = status
        complete = status == Status.COMPLETE
        set_status_chip(self.status_chip, status)
        for view in self.part_views.values():
            view.set_read_only(complete)
        for field in self.header_fields.values():
            if isinstance(field, QLineEdit):
                field.setReadOnly(complete)
            elif isinstance(field, DateField):
                field.edit.setReadOnly(complete)
            else:
                field.setEnabled(not complete)
        self.complete_button.setVisible(not complete)
        self.reopen_button.setVisible(complete)

    def _show_start_page(self) -> None:
        self.flush()
        self.back_button.setVisible(self._record is not None)
        self._start_status.clear()
        self._pages.setCurrentIndex(1)
        self.variant_to_start.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_empty(self, text: str) -> None:
        self._empty.setText(text)
        self._pages.setCurrentIndex(0)

    def _choose_handover(self, index: int) -> None:
        handover_id = self.handover_choice.itemData(index)
        if handover_id and handover_id != self.handover_id:
            self.flush()
            self._fetch(handover_id)

    # -- saving --------------------------------------------------------------------
    def _header_values(self) -> tuple[dict, dict[str, FieldError]]:
        """The header as typed: (fields that can be stored, errors by field name)."""
        fields = {"coa_name": self.coa_name.text().strip(), "coa_location": self.coa_location.text().strip(),
                  "coa_phone": self.coa_phone.text().strip(), "variant": self.variant.currentData()}
        errors = dict(check_header(fields))
        date_text, time_text = self.call_date.edit.text().strip(), self.call_time.text().strip()
        day, time = parse_date(date_text), parse_time(time_text)
        if date_text and day is None:
            errors["call_date"] = FieldError.DATE_INVALID
        if time_text and time is None:
            errors["call_time"] = FieldError.TIME_INVALID
        if not date_text and not time_text:
            fields["held_at"] = None
        elif day and time:
            fields["held_at"] = f"{day.isoformat()}T{time}"
        # a date without its time (or the other way round) is being typed: keep what is stored
        return {k: v for k, v in fields.items() if k not in errors}, errors

    def _header_edited(self, *_args) -> None:
        if self._loading or self._record is None:
            return
        fields, errors = self._header_values()
        self._header_errors = errors
        handover_id = self.handover_id
        self.autosaver.schedule(f"{handover_id}/header",
                                lambda store: store.handovers.update(handover_id, fields), {"handovers"})

    def _tidy_time(self) -> None:
        parsed = parse_time(self.call_time.text())
        if parsed and parsed != self.call_time.text():
            self.call_time.setText(parsed)

    def _part_edited(self, _part_key: str) -> None:
        self._update_progress()

    def _saved(self, key: str) -> None:
        if self._record is not None and key == f"{self.handover_id}/header":
            self._mark_header(self._header_errors)

    def _save_failed(self, key: str, error: BaseException) -> None:
        if self._record is None or key != f"{self.handover_id}/header":
            return
        if isinstance(error, RecordInvalid):
            renamed = {("call_date" if k == "held_at" else k): v for k, v in error.errors.items()}
            self._mark_header(renamed)
        else:
            log.error("saving a handover failed", exc_info=error)

    def _mark_header(self, errors: dict) -> None:
        for name, slot in self._header_slots.items():
            if name in errors:
                slot.set_error(field_error_message(FieldError(errors[name])))
            else:
                slot.clear_error()

    def _update_progress(self) -> None:
        answers = {key: view.values()[0] for key, view in self.part_views.items()}
        done, total = form_progress(HANDOVER, answers)
        self.progress_label.setText(self.tr("{done} of {total} answered").format(done=done, total=total))

    # -- completing ------------------------------------------------------------------
    def _status_changed(self, epoch: int, handover_id: str, status: str) -> None:
        if epoch != self._epoch or handover_id != self.handover_id:
            return
        self._show_status(status)
        for header in self._handovers:
            if header["id"] == handover_id:
                header["status"] = status
        index = self.handover_choice.findData(handover_id)
        if index >= 0:
            self.handover_choice.setItemText(index, self._describe({**self._record, "status": status}))
        if status == Status.COMPLETE:
            self.message.setText(self.tr("The handover is complete."))
            set_role(self.message, "success")
            self.reopen_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.clear()
            self.complete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _complete_refused(self, epoch: int, handover_id: str, error: BaseException) -> None:
        if epoch != self._epoch or handover_id != self.handover_id:
            return
        if not isinstance(error, RecordInvalid):
            log.error("completing a handover failed", exc_info=error)
            self.message.setText(self.tr("The handover could not be completed."))
            set_role(self.message, "problem")
            return
        answers = {key: view.values()[0] for key, view in self.part_views.items()}
        parts = [p.key for p in HANDOVER.parts if p.key in error.errors]
        self.message.setText(self.tr("Not complete yet. Still to answer: {parts}.").format(
            parts=describe_missing(HANDOVER.key, HANDOVER, answers, parts)))
        set_role(self.message, "problem")
        first = None
        for part_key in parts:
            view = self.part_views[part_key]
            missing = missing_required(view.part, answers[part_key])
            view.show_errors({q: FieldError.REQUIRED for q in missing})
            if first is None and missing:
                first = view.field(missing[0])
        if first is not None:
            self._scroll.ensureWidgetVisible(first, 50, 80)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
