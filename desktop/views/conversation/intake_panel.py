"""The brede intake: every life domain with the client, the conclusion, and a summary to file.

The conversation itself at the top (when, in which language, with an interpreter, who of
the chain was there); the domains on the left with their progress, the domain's questions
on the right. Everything autosaves, so pausing is stopping and resuming is opening the
client again. The last entry of the list is the summary, which can be saved as a PDF.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.export_file import ask_export_path, safe_file_name
from desktop.views.common.field_widgets import DateField, format_date
from desktop.views.common.fieldwork_labels import status_label
from desktop.views.common.form_part_view import FormPartView
from desktop.views.common.labels import language_label, role_label
from desktop.views.common.style import set_role
from desktop.views.conversation.conversation_fields import PresentList
from desktop.views.conversation.conversation_panel import ConversationPanel
from desktop.views.conversation.conversation_part_list import PartList
from desktop.views.conversation.conversation_style import PANEL_STYLE, header_card, part_card, parts_scroll
from desktop.views.conversation.conversation_texts import ConversationTexts
from desktop.views.conversation.intake_summary import IntakeSummary, save_pdf, summary_html
from domain.client import LANGUAGES, display_name
from domain.errors import FieldError
from domain.forms import is_answered
from domain.intake import INTAKE, Status, check_header
from domain.intake_from_handover import carried_answers

log = logging.getLogger(__name__)

SUMMARY = "summary"  # the list entry after the domains

INTAKE_STYLE = """
QTreeWidget#domainList { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; padding: 4px; }
QTreeWidget#domainList::item { padding: 5px 2px; }
QTextBrowser#intakeSummary { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
"""


class IntakePanel(ConversationPanel):
    """A client's brede intake: start it, fill in domain by domain, complete, summarise."""

    FORM = INTAKE
    STATUS = Status
    CHANGES = {"intakes"}
    LOAD_KEY = "intake-panel"
    NAME = "intake"
    RECORD = "an intake"
    STYLE = PANEL_STYLE + INTAKE_STYLE

    _client_name: str
    _chain: list[dict]  # the chain's workers, to tick who was present and to name them in the summary
    _carried: dict  # intake part -> {question: answer} the handover recorded (domain/intake_from_handover.py)

    def _make_texts(self) -> ConversationTexts:
        return ConversationTexts(
            title=self.tr("Broad intake"),
            intro=self.tr("The broad intake goes through every life domain with the client and ends in "
                          "a conclusion. It is saved as you type: stop at any moment and go on later."),
            complete=self.tr("&Complete intake"),
            complete_tip=self.tr("Check the required questions (*) of every domain and close "
                                 "the intake (Ctrl+Enter)"),
            reopen=self.tr("Re&open to edit"),
            completed=self.tr("The intake is complete."),
            not_loaded=self.tr("The intake could not be loaded."),
            not_started=self.tr("The intake could not be started."),
            not_completed=self.tr("The intake could not be completed."),
        )

    # -- building ----------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(self._make_start_button(self.tr("&Start intake"), page, self.start_intake))
        row.addStretch(1)
        return self._lay_out_start_page(page, row)

    def _build_header(self, page: QWidget) -> QWidget:
        """The conversation itself."""
        header, grid = header_card(page)
        self.held_on = self._header_field("held_on", DateField(header))
        self.conversation_language = self._header_field("conversation_language", QComboBox(header))
        self.conversation_language.addItem("", "")
        for code in LANGUAGES:
            self.conversation_language.addItem(language_label(code), code)
        self.interpreter_present = self._header_field(
            "interpreter_present", QCheckBox(self.tr("Inte&rpreter present"), header))
        self.present = self._header_field("present_ids", PresentList(header))
        date_label = QLabel(self.tr("Da&te"), header)
        date_label.setBuddy(self.held_on.edit)
        language_label_widget = QLabel(self.tr("&Language of the conversation"), header)
        language_label_widget.setBuddy(self.conversation_language)
        present_label = QLabel(self.tr("&Present"), header)
        present_label.setBuddy(self.present)
        present_label.setToolTip(self.tr("Who of the chain took part in the conversation"))
        grid.addWidget(date_label, 0, 0)
        grid.addWidget(self._header_slots["held_on"], 0, 1)
        grid.addWidget(language_label_widget, 0, 2)
        grid.addWidget(self._header_slots["conversation_language"], 0, 3)
        grid.addWidget(self._header_slots["interpreter_present"], 0, 4)
        grid.addWidget(present_label, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self._header_slots["present_ids"], 1, 1, 1, 4)
        grid.setColumnStretch(3, 1)
        return header

    def _build_body(self, page: QWidget) -> QHBoxLayout:
        """The domains, and the one open."""
        self.domain_list = PartList(INTAKE, self.tr("Special category of personal data"), page)
        self.domain_list.setObjectName("domainList")
        self.domain_list.setFixedWidth(240)
        self.domain_list.setAccessibleName(self.tr("Domains"))
        self.domain_list.add_row(SUMMARY, self.tr("Summary"))
        self._items = self.domain_list.items
        self.domain_list.currentItemChanged.connect(self._domain_chosen)
        self._domain_pages = QStackedWidget(page)
        self._part_scrolls: dict[str, QWidget] = {}
        for part in INTAKE.parts:
            view = self._add_part_view(FormPartView(INTAKE, part, notes_beside=False, label_width=220))
            self._domain_pages.addWidget(self._part_page(part.key, view))
        self._domain_pages.addWidget(self._build_summary_page())
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.domain_list)
        body.addWidget(self._domain_pages, 1)
        return body

    def _part_page(self, part_key: str, view: FormPartView) -> QWidget:
        card = part_card(view.part)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 14)
        inner.addWidget(view)
        inner.addStretch(1)
        self._part_scrolls[part_key] = parts_scroll(card)
        return self._part_scrolls[part_key]

    def _build_summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_view = QTextBrowser(page)
        self.summary_view.setObjectName("intakeSummary")
        self.summary_view.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("&Save as PDF…"), page)
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.summary_view, 1)
        layout.addLayout(row)
        self._summary_page = page
        return page

    def _tab_chain(self) -> list[QWidget]:
        # The header, the list, then the open domain (hidden pages are skipped), then Complete.
        return [self.held_on.edit, self.conversation_language, self.interpreter_present, self.present,
                self.domain_list, *self._part_focus_widgets(),
                self.summary_view, self.pdf_button, self.reopen_button, self.complete_button]

    # -- public ------------------------------------------------------------------
    @property
    def intake_id(self) -> str | None:
        return self.record_id

    def start_intake(self) -> None:
        def work(store, client_id):
            me = store.current_worker()
            return store.intakes.start(client_id, {"held_on": date.today().isoformat(), "worker_id": me,
                                                   "present_ids": [me] if me else []})

        self._start_record(work)

    def show_part(self, key: str) -> None:
        """Open a domain (a part key) or the summary (SUMMARY)."""
        self.domain_list.setCurrentItem(self._items[key])

    def show_summary(self) -> None:
        self.show_part(SUMMARY)

    def summary_html(self) -> str:
        return summary_html(INTAKE, self._summary())

    def save_pdf(self, path: str) -> None:
        summary = self._summary()
        save_pdf(summary_html(INTAKE, summary), path, self.tr("Broad intake: {name}").format(
            name=summary.client_name))

    # -- the record ----------------------------------------------------------------
    @staticmethod
    def _records(store):
        return store.intakes

    @classmethod
    def _read_context(cls, store, client_id: str, _headers: list[dict]) -> tuple[dict, list[dict], dict]:
        handovers = [store.handovers.get(h["id"])["parts"] for h in store.handovers.for_client(client_id)]
        return store.clients.get(client_id), store.directory.workers(), carried_answers(handovers)

    @classmethod
    def _complete_in(cls, store, record_id: str) -> str:
        store.intakes.complete(record_id)
        return store.intakes.get(record_id)["completed_at"]

    def _take_context(self, context: tuple[dict, list[dict], dict]) -> None:
        client, self._chain, self._carried = context
        self._client_name = display_name(client)

    def _show_record(self, record: dict) -> None:
        super()._show_record(record)
        # what the handover recorded, beside the questions the intake has no answer for yet
        text = self.tr("From the handover: {value} — confirm")
        for key, view in self.part_views.items():
            view.set_suggestions(self._carried.get(key, {}), text)

    def _forget(self) -> None:
        super()._forget()
        self._client_name = ""
        self._chain = []
        self._carried = {}
        self.summary_view.clear()
        self._update_progress()
        self.domain_list.setCurrentItem(self._items[INTAKE.parts[0].key])

    def _fill_header(self, record: dict) -> None:
        self.present.set_items([(w["id"], f"{w['name']} ({role_label(w['role'])})") for w in self._chain])
        self.present.set_value(record.get("present_ids") or [])
        self.held_on.set_value(record.get("held_on"))
        language = record.get("conversation_language") or ""
        self.conversation_language.setCurrentIndex(max(0, self.conversation_language.findData(language)))
        self.interpreter_present.setChecked(bool(record.get("interpreter_present")))

    def _header_values(self) -> tuple[dict, dict[str, FieldError]]:
        fields = {"held_on": self.held_on.value(), "conversation_language": self.conversation_language.currentData(),
                  "interpreter_present": self.interpreter_present.isChecked(), "present_ids": self.present.value()}
        errors = check_header(fields)
        return {k: v for k, v in fields.items() if k not in errors}, errors

    def _focus_form(self) -> None:
        self.held_on.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_status(self, status: str) -> None:
        super()._show_status(status)
        if status == Status.COMPLETE and self._record and self._record.get("completed_at"):
            self.status_chip.setText(self.tr("{status} since {date}").format(
                status=status_label(status), date=format_date(self._record["completed_at"][:10])))
        self._refresh_summary()  # it states the status: never "Draft" once completed

    def _refresh_summary(self) -> None:
        """The summary follows what it shows (status, answers, header) whenever it is on screen."""
        if self._domain_pages.currentWidget() is self._summary_page:
            self.summary_view.setHtml(self.summary_html())

    def _status_stored(self, _status: str, completed_at: str | None) -> None:
        self._record["completed_at"] = completed_at

    def _completed(self) -> None:
        self.show_summary()

    def _reveal_missing(self, missing: dict[str, list[str]]) -> None:
        # the first domain missing something is opened, at its first unanswered question
        first = next(iter(missing), None)
        if first is not None:
            self.show_part(first)
            if missing[first]:
                self.part_views[first].field(missing[first][0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _domain_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key == SUMMARY:
            self._domain_pages.setCurrentWidget(self._summary_page)
            self._refresh_summary()
        else:
            self._domain_pages.setCurrentWidget(self._part_scrolls[key])

    def _update_progress(self) -> None:
        self.domain_list.show_progress(self._answers())
        super()._update_progress()
        self._refresh_summary()

    # -- the summary -----------------------------------------------------------------
    def _summary(self) -> IntakeSummary:
        record = self._record or {}
        names = {w["id"]: w["name"] for w in self._chain}
        return IntakeSummary(
            client_name=self._client_name,
            held_on=self._typed_date() or record.get("held_on"),
            conversation_language=self.conversation_language.currentData() or "",
            interpreter_present=self.interpreter_present.isChecked(),
            present=[names.get(i, i) for i in self.present.value()],
            status=record.get("status") or Status.DRAFT,
            completed_at=record.get("completed_at"),
            answers={k: v for k, v in self._answers().items() if any(is_answered(x) for x in v.values())},
            notes={key: view.values()[1] for key, view in self.part_views.items()},
        )

    def _typed_date(self) -> str | None:
        try:
            return date.fromisoformat(self.held_on.value() or "").isoformat()
        except ValueError:
            return None

    def _ask_pdf_path(self) -> None:
        day = (self.held_on.value() or "")[:10]
        name = self.tr("Intake {name} {date}.pdf").format(name=self._client_name, date=format_date(day)).strip()
        path = ask_export_path(self, self.tr("Save the summary as PDF"), safe_file_name(name),
                               self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            self.save_pdf(path)
        except OSError as error:
            log.error("writing the PDF failed", exc_info=error)
            self.message.setText(self.tr("The PDF could not be written."))
            set_role(self.message, "problem")
            return
        client_id = self._client_id
        self._worker.write(lambda store: store.export_log.record("intake_pdf", client_id, [path]), {"export_log"})
        self.message.setText(self.tr("Saved as {path}. This file is not encrypted.").format(path=path))
        set_role(self.message, "success")

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
