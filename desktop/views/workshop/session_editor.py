"""A workshop session's form: when, where, in which languages, who interprets, which partners come.

Saved on purpose (Save, or Ctrl+Enter); what is typed meanwhile is kept as an encrypted draft,
so a lock or a crash loses none of it (desktop/views/common/form_draft.py). Enter in a field
saves nothing, and the wheel never changes the number of places unless the field has focus
(the shell's wheel guard).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import DateField, LanguageList, OrganisationList
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.style import set_role
from desktop.views.workshop.workshop_texts import first_error, session_error
from domain.arrival.workshop import MAX_CAPACITY, MAX_INTERPRETER, MAX_PLACE
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)

DRAFT_NAME = "workshop_session"
CHANGES = {"workshop_sessions"}


class SessionEditor(QWidget):
    saved = Signal(str)  # the session's id
    closed = Signal()  # saved or cancelled: the form is done

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self.session_id: str | None = None  # None: a new session
        self._filling = False  # setting values is no edit to keep as a draft
        self.draft = FormDraft(worker, DRAFT_NAME, self)
        self._build()
        for signal in (self.held_on.changed, self.starts_at.textEdited, self.ends_at.textEdited,
                       self.place.textEdited, self.languages.changed, self.interpreter.textEdited,
                       self.partners.changed, self.capacity.valueChanged, self.notes.textChanged):
            signal.connect(self._edited)

    def _build(self) -> None:
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.held_on = DateField(self)
        self.held_on.edit.setObjectName("sessionHeldOn")
        self.held_on.setMaximumWidth(self.held_on.sizeHint().width() + 40)
        self.starts_at = self._clock("sessionStartsAt")
        self.ends_at = self._clock("sessionEndsAt")
        times = QHBoxLayout()
        times.addWidget(self.starts_at)
        times.addWidget(QLabel(self.tr("until"), self))
        times.addWidget(self.ends_at)
        times.addStretch(1)
        self.place = QLineEdit(self)
        self.place.setObjectName("sessionPlace")
        self.place.setMaxLength(MAX_PLACE)
        self.place.setPlaceholderText(self.tr("For example: Stadhuis, zaal 2, Dudokpark 1"))
        self.languages = LanguageList(self)
        self.languages.setObjectName("sessionLanguages")
        self.interpreter = QLineEdit(self)
        self.interpreter.setObjectName("sessionInterpreter")
        self.interpreter.setMaxLength(MAX_INTERPRETER)
        self.interpreter.setPlaceholderText(self.tr("Who interprets, in which language (empty: none)"))
        self.partners = OrganisationList(self)
        self.partners.setObjectName("sessionPartners")
        self.capacity = QSpinBox(self)
        self.capacity.setObjectName("sessionCapacity")
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setSpecialValueText(self.tr("not set"))
        self.capacity.setMaximumWidth(120)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("sessionNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What the session covers; no personal details (every partner sees it)"))
        self.notes.setMaximumHeight(self.fontMetrics().height() * 4)
        self.error = QLabel(self)
        self.error.setObjectName("sessionError")
        self.error.setWordWrap(True)
        set_role(self.error, "problem")
        self.save_button = QPushButton(self.tr("Save session"), self)
        self.save_button.setObjectName("saveSession")
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip(self.tr("Save the session (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelSession")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # an Enter typed in a field presses neither
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        form = QFormLayout()
        form.addRow(self.tr("Day"), self.held_on)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Languages"), self.languages)
        form.addRow(self.tr("Interpreter"), self.interpreter)
        form.addRow(self.tr("Partners present"), self.partners)
        form.addRow(self.tr("Places"), self.capacity)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _clock(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText("14:00")
        edit.setMaxLength(5)
        edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("00:00") * 3)
        return edit

    # -- opening -------------------------------------------------------------------
    def set_organisations(self, organisations: list[dict]) -> None:
        """The partners that can be present: the chain's organisations (the municipality aside)."""
        chosen = self.partners.value()
        self.partners.set_organisations([o for o in organisations if o.get("kind") != "gemeente"])
        self.partners.set_value(chosen)

    def start(self, session: dict | None) -> None:
        """Open the form for a new session (None) or a stored one."""
        session = session or {}
        self.session_id = session.get("id")
        self.title.setText(self.tr("Edit session") if self.session_id else self.tr("New session"))
        self._fill({"held_on": session.get("held_on"), "starts_at": session.get("starts_at") or "",
                    "ends_at": session.get("ends_at") or "", "place": session.get("place") or "",
                    "languages": session.get("languages") or ["nl"], "interpreter": session.get("interpreter") or "",
                    "partners_present": session.get("partners_present") or [],
                    "capacity": session.get("capacity") or 0, "notes": session.get("notes") or ""})
        self.error.clear()
        self.held_on.setFocus()

    def _fill(self, values: dict, held_on_text: str | None = None) -> None:
        self._filling = True
        try:
            if held_on_text is None:
                self.held_on.set_value(values.get("held_on"))
            else:
                self.held_on.edit.setText(held_on_text)
            self.starts_at.setText(values.get("starts_at") or "")
            self.ends_at.setText(values.get("ends_at") or "")
            self.place.setText(values.get("place") or "")
            self.languages.set_value(values.get("languages") or [])
            self.interpreter.setText(values.get("interpreter") or "")
            self.partners.set_value(values.get("partners_present") or [])
            self.capacity.setValue(int(values.get("capacity") or 0))
            self.notes.setPlainText(values.get("notes") or "")
        finally:
            self._filling = False

    # -- the draft -------------------------------------------------------------------
    def state(self) -> dict:
        """The form as typed so far, with the field in focus: what the draft keeps."""
        focus, cursor = focus_in(self)
        return {"session_id": self.session_id, "held_on_text": self.held_on.edit.text(), **self.values(),
                "focus": focus, "cursor": cursor}

    def restore(self, state: dict) -> None:
        """Open the form again as the draft kept it (after a lock or a crash)."""
        self.session_id = state.get("session_id")
        self.title.setText(self.tr("Edit session") if self.session_id else self.tr("New session"))
        self._fill(state, held_on_text=state.get("held_on_text") or "")
        self.error.clear()
        refocus(self, state.get("focus"), state.get("cursor"))

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.draft.keep(self.state())

    def flush(self) -> None:
        """Before a lock: what was typed (kept on each edit, debounced) reaches the worker now."""
        self.draft.flush()

    # -- saving ------------------------------------------------------------------------
    def values(self) -> dict:
        return {"held_on": self.held_on.value(),
                "starts_at": self.starts_at.text().strip(), "ends_at": self.ends_at.text().strip() or None,
                "place": self.place.text(), "languages": self.languages.value(),
                "interpreter": self.interpreter.text(), "partners_present": self.partners.value(),
                "capacity": self.capacity.value() or None, "notes": self.notes.toPlainText()}

    def save(self) -> None:
        if not self.isVisible() or not self.save_button.isEnabled():
            return
        fields, session_id = self.values(), self.session_id
        self.save_button.setEnabled(False)
        self._worker.write(lambda store: store.workshops.save_session(fields, session_id), CHANGES,
                           on_done=self._saved, on_error=self._save_failed, asker=self)

    def _saved(self, session_id: str) -> None:
        self.save_button.setEnabled(True)
        self.draft.drop()
        self.draft.flush()  # gone before anything reads drafts again
        self.session_id = session_id
        self.saved.emit(session_id)
        self.closed.emit()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, RecordInvalid):
            self.error.setText(session_error(*first_error(error.errors)))
            return
        log.error("saving a workshop session failed", exc_info=error)
        self.error.setText(self.tr("The session could not be saved."))

    def cancel(self) -> None:
        self.draft.drop()
        self.draft.flush()
        self.closed.emit()

    def clear(self) -> None:
        """Lock: the draft is handed over first, then the form forgets what it showed."""
        self.flush()
        self._worker.forget(self)
        self.session_id = None
        self._fill({})
        self.error.clear()
        self.save_button.setEnabled(True)
