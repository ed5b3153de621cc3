"""The telephone handover (warme overdracht) with the COA begeleider, typed during the call.

Who calls and when at the top, then the parts in the order of the call in one scrolling
column, each with its notes beside it. Everything autosaves; Complete checks the
required questions and names the parts still missing something. Made for the keyboard:
the tab order follows the conversation, Ctrl+Enter completes.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.views.common.field_widgets import DateField, format_date, parse_date
from desktop.views.common.fieldwork_labels import status_label, variant_label
from desktop.views.common.form_part_view import FormPartView
from desktop.views.conversation.conversation_panel import FORM_PAGE, ConversationPanel
from desktop.views.conversation.conversation_style import header_card, part_card, parts_scroll
from desktop.views.conversation.conversation_texts import ConversationTexts
from domain.errors import FieldError
from domain.handover import HANDOVER, Status, Variant, check_header

_TIME = re.compile(r"^\s*(\d{1,2})[:.]?(\d{2})\s*$")


def parse_time(text: str) -> str | None:
    """'14:30', '1430' or '9.05' as hh:mm; None when it is no time."""
    match = _TIME.match(text)
    if not match:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    return f"{hours:02d}:{minutes:02d}" if hours < 24 and minutes < 60 else None


class HandoverPanel(ConversationPanel):
    """A client's handovers: start one, fill it in while on the phone, complete it."""

    FORM = HANDOVER
    STATUS = Status
    CHANGES = {"handovers"}
    LOAD_KEY = "handover-panel"
    NAME = "handover"
    RECORD = "a handover"

    _handovers: list[dict]  # the client's handovers, newest first

    def _make_texts(self) -> ConversationTexts:
        return ConversationTexts(
            title=self.tr("Telephone handover"),
            intro=self.tr("The COA begeleider hands the client over by phone. Choose how the route "
                          "starts, then type along during the call: everything is saved as you type."),
            complete=self.tr("&Complete handover"),
            complete_tip=self.tr("Check the required questions (*) and close the handover (Ctrl+Enter)"),
            reopen=self.tr("&Reopen to edit"),
            completed=self.tr("The handover is complete."),
            not_loaded=self.tr("The handovers could not be loaded."),
            not_started=self.tr("The handover could not be started."),
            not_completed=self.tr("The handover could not be completed."),
        )

    # -- building ----------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        self.variant_to_start = QComboBox(page)
        self.variant_to_start.setObjectName("variantToStart")
        # No variant until one is chosen: a handover is started on purpose, for the route meant.
        self.variant_to_start.addItem(self.tr("Choose…"), None)
        for variant in Variant:
            self.variant_to_start.addItem(variant_label(variant.value), variant.value)
        variant_label_widget = QLabel(self.tr("Varia&nt"), page)
        variant_label_widget.setBuddy(self.variant_to_start)
        self._make_start_button(self.tr("&Start handover"), page, self.start_handover)
        self.start_button.setEnabled(False)
        self.variant_to_start.currentIndexChanged.connect(
            lambda _i: self.start_button.setEnabled(self.variant_to_start.currentData() is not None))
        self.back_button = QPushButton(self.tr("Back to the handover"), page)
        self.back_button.setObjectName("backToHandover")
        self.back_button.clicked.connect(lambda: self._pages.setCurrentIndex(FORM_PAGE))
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(variant_label_widget)
        row.addWidget(self.variant_to_start)
        row.addWidget(self.start_button)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self._lay_out_start_page(page, row)
        self._start_status.setWordWrap(True)
        return page

    def _top_widgets(self, page: QWidget) -> tuple[list[QWidget], list[QWidget]]:
        self.handover_choice = QComboBox(page)
        self.handover_choice.setObjectName("handoverChoice")
        self.handover_choice.setToolTip(self.tr("This client's handovers, newest first"))
        self.handover_choice.activated.connect(self._choose_handover)
        self.new_button = QPushButton(self.tr("New handover…"), page)
        self.new_button.setObjectName("newHandover")
        self.new_button.clicked.connect(self._show_start_page)
        return [self.handover_choice], [self.new_button]

    def _build_header(self, page: QWidget) -> QWidget:
        """Who calls, and when."""
        header, grid = header_card(page)
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
        return header

    def _build_body(self, page: QWidget) -> QWidget:
        """The parts, in the order of the call."""
        column = QWidget()
        column.setObjectName("partsColumn")
        parts = QVBoxLayout(column)
        parts.setContentsMargins(0, 0, 6, 0)
        parts.setSpacing(10)
        for part in HANDOVER.parts:
            card = part_card(part, column)
            view = self._add_part_view(FormPartView(HANDOVER, part, card, notes_beside=True))
            inner = QVBoxLayout(card)
            inner.setContentsMargins(14, 10, 14, 12)
            inner.addWidget(view)
            parts.addWidget(card)
        parts.addStretch(1)
        self._scroll = parts_scroll(column, page)
        return self._scroll

    def _tab_chain(self) -> list[QWidget]:
        # The conversation's order: who calls, when, then each part top to bottom, then Complete.
        return [self.coa_name, self.coa_location, self.coa_phone, self.call_date.edit, self.call_time,
                self.variant, *self._part_focus_widgets(),
                self.reopen_button, self.complete_button, self.handover_choice, self.new_button]

    # -- public ------------------------------------------------------------------
    @property
    def handover_id(self) -> str | None:
        return self.record_id

    def start_handover(self) -> None:
        variant = self.variant_to_start.currentData()
        if variant is None:
            return  # nothing chosen: nothing started
        held_at = datetime.now().strftime("%Y-%m-%dT%H:%M")  # the call is now, as a rule

        def work(store, client_id):
            fields = {"variant": variant, "held_at": held_at, "worker_id": store.current_worker()}
            return store.handovers.start(client_id, fields)

        self._start_record(work)

    # -- loading -----------------------------------------------------------------
    @staticmethod
    def _records(store):
        return store.handovers

    @classmethod
    def _read_context(cls, store, client_id: str, headers: list[dict]) -> list[dict]:
        return headers

    def _take_context(self, headers: list[dict]) -> None:
        self._handovers = headers

    def _forget(self) -> None:
        super()._forget()
        self._handovers = []
        self.handover_choice.clear()

    def _fill_header(self, record: dict) -> None:
        self.coa_name.setText(record.get("coa_name") or "")
        self.coa_location.setText(record.get("coa_location") or "")
        self.coa_phone.setText(record.get("coa_phone") or "")
        held_at = record.get("held_at") or ""
        self.call_date.set_value(held_at[:10] or None)
        self.call_time.setText(held_at[11:16])
        self.variant.setCurrentIndex(max(0, self.variant.findData(record.get("variant"))))
        self.handover_choice.clear()
        for header in self._handovers:
            self.handover_choice.addItem(self._describe(header), header["id"])
        self.handover_choice.setCurrentIndex(max(0, self.handover_choice.findData(record["id"])))

    def _show_record(self, record: dict) -> None:
        super()._show_record(record)
        self.handover_choice.setVisible(len(self._handovers) > 1)
        self.back_button.setVisible(True)

    def _describe(self, header: dict) -> str:
        held_at = header.get("held_at") or ""
        when = f"{format_date(held_at[:10])} {held_at[11:16]}".strip() or self.tr("no date")
        return f"{when} · {variant_label(header.get('variant') or '')} · {status_label(header.get('status') or '')}"

    def _focus_form(self) -> None:
        self._scroll.verticalScrollBar().setValue(0)
        self.coa_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_focus(self) -> QWidget:
        self.variant_to_start.setCurrentIndex(0)  # each new handover: the variant chosen anew
        self.start_button.setEnabled(False)
        return self.variant_to_start

    def _show_start_page(self) -> None:
        self.back_button.setVisible(self._record is not None)
        super()._show_start_page()

    def _choose_handover(self, index: int) -> None:
        handover_id = self.handover_choice.itemData(index)
        if handover_id and handover_id != self.handover_id:
            self.flush()
            self._fetch(handover_id)

    # -- saving --------------------------------------------------------------------
    def _header_values(self) -> tuple[dict, dict[str, FieldError]]:
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

    def _refused_fields(self, errors: dict) -> dict:
        return {("call_date" if k == "held_at" else k): v for k, v in errors.items()}

    def _tidy_time(self) -> None:
        parsed = parse_time(self.call_time.text())
        if parsed and parsed != self.call_time.text():
            self.call_time.setText(parsed)

    # -- completing ------------------------------------------------------------------
    def _status_stored(self, status: str, _result) -> None:
        for header in self._handovers:
            if header["id"] == self.handover_id:
                header["status"] = status
        index = self.handover_choice.findData(self.handover_id)
        if index >= 0:
            self.handover_choice.setItemText(index, self._describe({**self._record, "status": status}))

    def _reveal_missing(self, missing: dict[str, list[str]]) -> None:
        first = next((self.part_views[key].field(names[0]) for key, names in missing.items() if names), None)
        if first is not None:
            self._scroll.ensureWidgetVisible(first, 50, 80)
            first.setFocus(Qt.FocusReason.OtherFocusReason)
