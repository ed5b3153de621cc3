"""The brede intake: every life domain with the client, the conclusion, and a summary to file.

The conversation itself at the top (when, in which language, with an interpreter, who of
the chain was there); the domains on the left with their progress, the domain's questions
on the right. Everything autosaves, so pausing is stopping and resuming is opening the
client again. The last entry of the list is the summary, which can be saved as a PDF.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.autosave import Autosaver, PartAutosave, SaveStateLabel
from desktop.views.field_widgets import CheckList, DateField, FieldSlot, format_date, value_changed_signal
from desktop.views.fieldwork_labels import part_title, status_label
from desktop.views.form_part_view import FormPartView
from desktop.views.handover_panel import PANEL_STYLE, describe_missing, set_status_chip, status_chip
from desktop.views.intake_summary import IntakeSummary, save_pdf, summary_html
from desktop.views.labels import field_error_message, language_label, role_label
from desktop.views.style import set_role
from domain.client import LANGUAGES, display_name
from domain.errors import FieldError, RecordInvalid
from domain.forms import form_progress, is_answered, missing_required, progress
from domain.intake import INTAKE, Status, check_header

log = logging.getLogger(__name__)

LOAD_KEY = "intake-panel"
SUMMARY = "summary"  # the list entry after the domains
PRESENT_ROWS = 2  # rows of the chain's workers shown before the list scrolls


class PresentList(CheckList):
    """The chain's workers, to tick who was present; a long directory scrolls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, columns=3)

    def set_items(self, items: list[tuple[str, str]]) -> None:
        super().set_items(items)
        self._cap()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cap()

    def _cap(self) -> None:
        row_height = self.fontMetrics().height() + 8
        cap = PRESENT_ROWS * row_height + 2 * self.frameWidth() + 6
        if self.height() > cap:
            self.setFixedHeight(cap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


class IntakePanel(QWidget):
    """A client's brede intake: start it, fill in domain by domain, complete, summarise."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._client_name = ""
        self._record: dict | None = None  # the header of the intake shown
        self._workers: dict[str, str] = {}  # id -> name, for the summary
        self._epoch = 0
        self._loading = False
        self._header_errors: dict[str, FieldError] = {}
        self.autosaver = Autosaver(worker, parent=self)
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self._parts = PartAutosave(self.autosaver, lambda store: store.intakes, self)
        self._build()
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(PANEL_STYLE + """
QTreeWidget#domainList { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; padding: 4px; }
QTreeWidget#domainList::item { padding: 5px 2px; }
QTextBrowser#intakeSummary { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
""")
        self._pages = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setObjectName("intakeEmpty")
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
        title = QLabel(self.tr("Broad intake"), page)
        title.setObjectName("panelTitle")
        intro = QLabel(self.tr("The broad intake goes through every life domain with the client and ends in "
                               "a conclusion. It is saved as you type: stop at any moment and go on later."), page)
        intro.setWordWrap(True)
        set_role(intro, "hint")
        self.start_button = QPushButton(self.tr("&Start intake"), page)
        self.start_button.setObjectName("startIntake")
        self.start_button.setProperty("primary", True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_intake)
        self._start_status = QLabel(page)
        row = QHBoxLayout()
        row.addWidget(self.start_button)
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
        title = QLabel(self.tr("Broad intake"), page)
        title.setObjectName("panelTitle")
        self.status_chip = status_chip(page)
        self.progress_label = QLabel(page)
        self.progress_label.setObjectName("intakeProgress")
        set_role(self.progress_label, "hint")
        self.save_state = SaveStateLabel(self.autosaver, page)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(title)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.save_state)

        # The conversation itself.
        header = QFrame(page)
        header.setObjectName("headerCard")
        grid = QGridLayout(header)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.held_on = DateField(header)
        self.held_on.setObjectName("held_on")
        self.held_on.edit.setObjectName("held_on_edit")
        self.conversation_language = QComboBox(header)
        self.conversation_language.setObjectName("conversation_language")
        self.conversation_language.addItem("", "")
        for code in LANGUAGES:
            self.conversation_language.addItem(language_label(code), code)
        self.interpreter_present = QCheckBox(self.tr("Inte&rpreter present"), header)
        self.interpreter_present.setObjectName("interpreter_present")
        self.present = PresentList(header)
        self.present.setObjectName("present_ids")
        self._header_slots = {
            "held_on": FieldSlot(self.held_on), "conversation_language": FieldSlot(self.conversation_language),
            "interpreter_present": FieldSlot(self.interpreter_present), "present_ids": FieldSlot(self.present),
        }
        for slot in self._header_slots.values():
            value_changed_signal(slot.field).connect(self._header_edited)
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

        # The domains, and the one open.
        self.domain_list = QTreeWidget(page)
        self.domain_list.setObjectName("domainList")
        self.domain_list.setHeaderHidden(True)
        self.domain_list.setRootIsDecorated(False)
        self.domain_list.setColumnCount(2)
        self.domain_list.setIndentation(0)
        self.domain_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.domain_list.header().setStretchLastSection(False)
        self.domain_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.domain_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.domain_list.setFixedWidth(240)
        self.domain_list.setAccessibleName(self.tr("Domains"))
        self.domain_list.currentItemChanged.connect(self._domain_chosen)
        self._domain_pages = QStackedWidget(page)
        self.part_views: dict[str, FormPartView] = {}
        self._items: dict[str, QTreeWidgetItem] = {}
        self._part_scrolls: dict[str, QScrollArea] = {}
        for part in INTAKE.parts:
            view = FormPartView(INTAKE, part, notes_beside=False, label_width=220)
            view.edited.connect(self._part_edited)
            self._parts.add_view(view)
            self.part_views[part.key] = view
            self._domain_pages.addWidget(self._part_page(part.key, view))
            item = QTreeWidgetItem(self.domain_list, [part_title(INTAKE.key, part.key), ""])
            item.setData(0, Qt.ItemDataRole.UserRole, part.key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if part.special:
                item.setToolTip(0, self.tr("Special category of personal data"))
            self._items[part.key] = item
        summary_item = QTreeWidgetItem(self.domain_list, [self.tr("Summary"), ""])
        summary_item.setData(0, Qt.ItemDataRole.UserRole, SUMMARY)
        bold = QFont(summary_item.font(0))
        bold.setBold(True)
        summary_item.setFont(0, bold)
        self._items[SUMMARY] = summary_item
        self._domain_pages.addWidget(self._build_summary_page())
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.domain_list)
        body.addWidget(self._domain_pages, 1)

        # Completing.
        self.message = QLabel(page)
        self.message.setObjectName("intakeMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        legend = QLabel(self.tr("* needed to complete"), page)
        set_role(legend, "hint")
        self.complete_button = QPushButton(self.tr("&Complete intake"), page)
        self.complete_button.setObjectName("completeIntake")
        self.complete_button.setProperty("primary", True)
        self.complete_button.setToolTip(self.tr("Check the required questions (*) of every domain and close "
                                                "the intake (Ctrl+Enter)"))
        self.complete_button.clicked.connect(self.complete)
        self.reopen_button = QPushButton(self.tr("Re&open to edit"), page)
        self.reopen_button.setObjectName("reopenIntake")
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

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(header)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._chain_tab_order()
        return page

    def _part_page(self, part_key: str, view: FormPartView) -> QWidget:
        card = QFrame()
        card.setObjectName("partCard")
        card.setProperty("special", view.part.special)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 14)
        inner.addWidget(view)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("partsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(card)
        self._part_scrolls[part_key] = scroll
        return scroll

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

    def _chain_tab_order(self) -> None:
        # The header, the list, then the open domain (hidden pages are skipped), then Complete.
        chain: list[QWidget] = [self.held_on.edit, self.conversation_language, self.interpreter_present,
                                self.present, self.domain_list]
        for view in self.part_views.values():
            chain.extend(view.focus_widgets())
        chain.extend([self.summary_view, self.pdf_button, self.reopen_button, self.complete_button])
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------
    @property
    def page(self) -> str:
        """What is shown: "empty" (no client, loading), "start" or "form"."""
        return ("empty", "start", "form")[self._pages.currentIndex()]

    @property
    def intake_id(self) -> str | None:
        return self._record["id"] if self._record else None

    def load_client(self, client_id: str | None) -> None:
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

    def start_intake(self) -> None:
        client_id, epoch = self._client_id, self._epoch
        if client_id is None:
            return
        self.start_button.setEnabled(False)

        def work(store):
            me = store.current_worker()
            return store.intakes.start(client_id, {"held_on": date.today().isoformat(), "worker_id": me,
                                                   "present_ids": [me] if me else []})

        def done(_intake_id):
            if epoch == self._epoch:
                self.start_button.setEnabled(True)
                self._fetch(focus=True)

        def failed(error):
            if epoch == self._epoch:
                self.start_button.setEnabled(True)
                log.error("starting an intake failed", exc_info=error)
                self._start_status.setText(self.tr("The intake could not be started."))
                set_role(self._start_status, "problem")

        self._worker.write(work, {"intakes"}, on_done=done, on_error=failed)

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

    def complete(self) -> None:
        if self._record is None or self._record.get("status") == Status.COMPLETE:
            return
        self.flush()  # the worker runs in order: the check sees what was just typed
        intake_id, epoch = self.intake_id, self._epoch

        def work(store):
            store.intakes.complete(intake_id)
            return store.intakes.get(intake_id)["completed_at"]

        self._worker.write(work, {"intakes"},
                           on_done=lambda stamp: self._status_changed(epoch, intake_id, Status.COMPLETE, stamp),
                           on_error=lambda e: self._complete_refused(epoch, intake_id, e))

    def reopen(self) -> None:
        if self._record is None or self._record.get("status") != Status.COMPLETE:
            return
        intake_id, epoch = self.intake_id, self._epoch
        self._worker.write(lambda store: store.intakes.reopen(intake_id), {"intakes"},
                           on_done=lambda _r: self._status_changed(epoch, intake_id, Status.DRAFT, None),
                           on_error=lambda e: log.error("reopening an intake failed", exc_info=e))

    # -- loading -----------------------------------------------------------------
    def _forget(self) -> None:
        self._epoch += 1
        self._record = None
        self._client_name = ""
        self._workers = {}
        self._parts.set_record(None, None)
        self._loading = True
        try:
            self.held_on.set_value(None)
            self.conversation_language.setCurrentIndex(0)
            self.interpreter_present.setChecked(False)
            self.present.set_items([])
            for view in self.part_views.values():
                view.clear()
        finally:
            self._loading = False
        for slot in self._header_slots.values():
            slot.clear_error()
        self._header_errors = {}
        self.summary_view.clear()
        self.message.clear()
        self.progress_label.clear()
        self.save_state.reset()
        self._start_status.clear()
        self._update_progress()
        self.domain_list.setCurrentItem(self._items[INTAKE.parts[0].key])

    def _fetch(self, focus: bool = False) -> None:
        client_id, epoch = self._client_id, self._epoch

        def work(store):
            headers = store.intakes.for_client(client_id)
            record = store.intakes.get(headers[0]["id"]) if headers else None
            return record, store.clients.get(client_id), store.directory.workers()

        self._worker.read(work, key=LOAD_KEY,
                          on_done=lambda r: self._loaded(epoch, client_id, *r, focus=focus),
                          on_error=lambda e: self._load_failed(epoch, e))

    def _loaded(self, epoch, client_id, record, client, workers, focus: bool) -> None:
        if epoch != self._epoch or client_id != self._client_id:
            return
        self._client_name = display_name(client)
        self._workers = {w["id"]: w["name"] for w in workers}
        if record is None:
            self._pages.setCurrentIndex(1)
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._loading = True
        try:
            self.present.set_items([(w["id"], f"{w['name']} ({role_label(w['role'])})") for w in workers])
            self.present.set_value(record.get("present_ids") or [])
            self.held_on.set_value(record.get("held_on"))
            language = record.get("conversation_language") or ""
            self.conversation_language.setCurrentIndex(max(0, self.conversation_language.findData(language)))
            self.interpreter_present.setChecked(bool(record.get("interpreter_present")))
            for key, view in self.part_views.items():
                stored = record["parts"].get(key, {})
                view.set_values(stored.get("answers", {}), stored.get("notes", ""))
        finally:
            self._loading = False
        self._record = {k: v for k, v in record.items() if k != "parts"}
        self._parts.set_record(record["id"], record["client_id"])
        self._show_status(record.get("status") or Status.DRAFT)
        self._update_progress()
        self._pages.setCurrentIndex(2)
        if focus:
            self.held_on.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_failed(self, epoch: int, error: BaseException) -> None:
        if epoch == self._epoch:
            log.error("loading the intake failed", exc_info=error)
            self._show_empty(self.tr("The intake could not be loaded."))

    def _show_empty(self, text: str) -> None:
        self._empty.setText(text)
        self._pages.setCurrentIndex(0)

    def _show_status(self, status: str) -> None:
        if self._record is not None:
            self._record["status"] = status
        complete = status == Status.COMPLETE
        set_status_chip(self.status_chip, status)
        if complete and self._record and self._record.get("completed_at"):
            self.status_chip.setText(self.tr("{status} since {date}").format(
                status=status_label(status), date=format_date(self._record["completed_at"][:10])))
        for view in self.part_views.values():
            view.set_read_only(complete)
        self.held_on.edit.setReadOnly(complete)
        for widget in (self.conversation_language, self.interpreter_present, self.present):
            widget.setEnabled(not complete)
        self.complete_button.setVisible(not complete)
        self.reopen_button.setVisible(complete)

    def _domain_chosen(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key == SUMMARY:
            self.summary_view.setHtml(self.summary_html())
            self._domain_pages.setCurrentWidget(self._summary_page)
        else:
            self._domain_pages.setCurrentWidget(self._part_scrolls[key])

    # -- saving --------------------------------------------------------------------
    def _header_values(self) -> tuple[dict, dict[str, FieldError]]:
        fields = {"held_on": self.held_on.value(), "conversation_language": self.conversation_language.currentData(),
                  "interpreter_present": self.interpreter_present.isChecked(), "present_ids": self.present.value()}
        errors = check_header(fields)
        return {k: v for k, v in fields.items() if k not in errors}, errors

    def _header_edited(self, *_args) -> None:
        if self._loading or self._record is None:
            return
        fields, errors = self._header_values()
        self._header_errors = errors
        intake_id = self.intake_id
        self.autosaver.schedule(f"{intake_id}/header", lambda store: store.intakes.update(intake_id, fields),
                                {"intakes"})

    def _saved(self, key: str) -> None:
        if self._record is not None and key == f"{self.intake_id}/header":
            self._mark_header(self._header_errors)

    def _save_failed(self, key: str, error: BaseException) -> None:
        if self._record is None or key != f"{self.intake_id}/header":
            return
        if isinstance(error, RecordInvalid):
            self._mark_header(error.errors)
        else:
            log.error("saving an intake failed", exc_info=error)

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
        answers = self._answers()
        for part in INTAKE.parts:
            item = self._items[part.key]
            done, asked = progress(part, answers[part.key])
            finished = done > 0 and not missing_required(part, answers[part.key])
            item.setText(1, f"✓ {done}/{asked}" if finished else f"{done}/{asked}")
            item.setForeground(1, QBrush(QColor("#1f6f3a" if finished else "#55606b")))
        done, total = form_progress(INTAKE, answers)
        self.progress_label.setText(self.tr("{done} of {total} answered").format(done=done, total=total))

    def _summary(self) -> IntakeSummary:
        record = self._record or {}
        return IntakeSummary(
            client_name=self._client_name,
            held_on=self._typed_date() or record.get("held_on"),
            conversation_language=self.conversation_language.currentData() or "",
            interpreter_present=self.interpreter_present.isChecked(),
            present=[self._workers.get(i, i) for i in self.present.value()],
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
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        day = (self.held_on.value() or "")[:10]
        name = self.tr("Intake {name} {date}.pdf").format(name=self._client_name, date=format_date(day)).strip()
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the summary as PDF"),
                                                    str(Path(folder) / name), self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            self.save_pdf(path)
        except OSError as error:
            log.error("writing the PDF failed", exc_info=error)
            self.message.setText(self.tr("The PDF could not be written."))
            set_role(self.message, "problem")
            return
        self.message.setText(self.tr("Saved as {path}").format(path=path))
        set_role(self.message, "success")

    # -- completing ------------------------------------------------------------------
    def _status_changed(self, epoch: int, intake_id: str, status: str, completed_at: str | None) -> None:
        if epoch != self._epoch or intake_id != self.intake_id:
            return
        self._record["completed_at"] = completed_at
        self._show_status(status)
        if status == Status.COMPLETE:
            self.message.setText(self.tr("The intake is complete."))
            set_role(self.message, "success")
            self.show_summary()
            self.reopen_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.message.clear()
            self.complete_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _complete_refused(self, epoch: int, intake_id: str, error: BaseException) -> None:
        if epoch != self._epoch or intake_id != self.intake_id:
            return
        if not isinstance(error, RecordInvalid):
            log.error("completing an intake failed", exc_info=error)
            self.message.setText(self.tr("The intake could not be completed."))
            set_role(self.message, "problem")
            return
        answers = self._answers()
        parts = [p.key for p in INTAKE.parts if p.key in error.errors]
        self.message.setText(self.tr("Not complete yet. Still to answer: {parts}.").format(
            parts=describe_missing(INTAKE.key, INTAKE, answers, parts)))
        set_role(self.message, "problem")
        for part_key in parts:
            view = self.part_views[part_key]
            view.show_errors({q: FieldError.REQUIRED for q in missing_required(view.part, answers[part_key])})
        if parts:
            first = parts[0]
            self.show_part(first)
            missing = missing_required(self.part_views[first].part, answers[first])
            if missing:
                self.part_views[first].field(missing[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
