"""The open client file: the form, the household, Save and Revert, and undo.

Reads and writes go through the DbWorker; every save is a QUndoCommand on `undo_stack`, the
history of the open client. The form is checked with the domain's rules first; should the
store still refuse, the command is taken off the stack again, so the history never shows a
change that was not made. Unsaved edits are kept as an encrypted draft (client_draft.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.client_commands import CreateClientCommand, EditClientCommand
from desktop.store import RecordNotFound
from desktop.tasks import DbWorker
from desktop.views.client.client_draft import ClientDraft
from desktop.views.client.client_form import ClientForm
from desktop.views.client.consent_panel import ConsentPanel
from desktop.views.client.household_panel import HouseholdPanel
from desktop.views.common.changed_banner import ChangedBanner
from desktop.views.common.form_draft import cursor_of, put_cursor
from desktop.views.common.labels import stage_label
from desktop.views.common.prompts import PromptSlot, ask_to_save
from desktop.views.common.style import set_role
from domain.client import CLIENT_FIELDS, HouseholdRole, display_name, empty_client, normalise_client, validate_client
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)

LOAD_KEY = "client-editor"
# A new household member usually shares these with the person they join.
SHARED_WITH_HOUSEHOLD = (
    "azc_location", "address_street", "address_postcode", "address_city", "stage",
    "koppeling_date", "vestiging_date", "klantmanager_id", "begeleider_id",
)
_LIST_FIELDS = ("languages", "partner_org_ids")


def changed_fields(before: dict, after: dict) -> dict:
    """Fields of `after` that differ from `before` (lists compared as sets)."""
    out = {}
    for name in CLIENT_FIELDS:
        old, new = before.get(name), after.get(name)
        if name in _LIST_FIELDS:
            if sorted(old or []) != sorted(new or []):
                out[name] = new
        elif (old or None) != (new or None):  # "" and None are both "empty"
            out[name] = new
    return out


def _choices(store) -> tuple[list[dict], list[dict]]:
    return store.directory.workers(), store.directory.organisations()


class ClientEditor(QWidget):
    saved = Signal(str)
    title_changed = Signal(str)  # the display name; "" when no client is open

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self.undo_stack = QUndoStack(self)
        self._client_id: str | None = None  # kept after an undone creation, for redo
        self._is_new = False
        self._household_of: str | None = None
        self._baseline: dict | None = None  # what is stored (or the new form as first shown)
        self._saving = False
        self._prompt = PromptSlot()
        self.draft = ClientDraft(worker, self)
        self._pending_draft: dict | None = None  # read back after a lock or crash, waiting for its client
        self._clearing = False
        self._build()
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self._title = QLabel(self)
        self._title.setObjectName("clientTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._subtitle = QLabel(self)
        self._subtitle.setObjectName("clientSubtitle")
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self._subtitle.setProperty("role", "hint")
        self._status = QLabel(self)
        self._status.setObjectName("editorStatus")
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setWordWrap(True)

        self._revert = QPushButton(self.tr("Re&vert"), self)
        self._revert.setObjectName("revertClient")
        self._revert.setToolTip(self.tr("Throw away the changes not yet saved"))
        self._revert.clicked.connect(self.revert)
        self._save = QPushButton(self.tr("Save"), self)
        self._save.setObjectName("saveClient")
        self._save.setProperty("primary", True)
        self._save.setToolTip(self.tr("Save the client file (Ctrl+S)"))
        self._save.clicked.connect(lambda: self.save())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.save())

        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self._title)
        names.addWidget(self._subtitle)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addLayout(names, 1)
        header.addWidget(self._revert, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self._save, 0, Qt.AlignmentFlag.AlignVCenter)

        self.form = ClientForm(self)
        self.form.edited.connect(self._edited)
        self.household = HouseholdPanel(self._worker, self)
        self.consent = ConsentPanel(self._worker, self)
        self.consent.edited.connect(self._note_draft)
        self.household.add_member_requested.connect(self._add_member)
        self.household.open_member.connect(
            lambda member_id: self.ask_to_save_then(lambda: self.load(member_id)))

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(header)
        layout.addWidget(self._status)
        self.changed_banner = ChangedBanner(page)
        # Reload: the stored version replaces the typing (and its draft).
        self.changed_banner.reload_requested.connect(lambda: (self.draft.drop(), self._fetch(force=True)))
        layout.addWidget(self.changed_banner)
        layout.addWidget(self.form, 1)
        layout.addWidget(rule)
        layout.addWidget(self.household)
        layout.addWidget(self.consent)

        self._empty = QLabel(self)
        self._empty.setObjectName("editorEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setProperty("role", "hint")

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._empty)
        self._pages.addWidget(page)
        self._page = page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)

    # -- public ------------------------------------------------------------------
    def add_section(self, widget: QWidget) -> None:
        """A read-only section under the file that another feature shows (the shell wires it)."""
        self._page.layout().addWidget(widget)

    @property
    def client_id(self) -> str | None:
        """The client shown; None for a new client not yet saved, or when nothing is open."""
        return None if self._is_new or self._baseline is None else self._client_id

    def load(self, client_id: str) -> None:
        """Open a stored client. Opening another client starts a new undo history."""
        if client_id == self._client_id and not self._is_new and self.has_unsaved_changes():
            return  # already open, with edits the user has not saved: keep them
        if client_id != self._client_id or self._is_new:
            self._leave()
        self._client_id, self._is_new, self._household_of = client_id, False, None
        self._fetch(force=True)

    def new_client(self, household_of: str | None = None) -> None:
        """An empty file. With household_of (a client id) the new person joins that client's
        household, as a child unless changed, with the household's address and route."""
        self._leave()
        self._client_id, self._is_new, self._household_of = None, True, household_of
        record = empty_client()
        if household_of:
            record["household_role"] = HouseholdRole.CHILD.value
        self._show_record(record)
        self._set_header(self.tr("New household member") if household_of
                         else self.tr("New client"), "")
        self._set_status("")
        self.household.clear()
        self.consent.clear()
        self.household.set_add_enabled(bool(household_of))
        if household_of:
            self.form.setEnabled(False)  # until the household's shared values are in

            def work(store):
                main = store.clients.get(household_of)
                return main, *_choices(store)

            self._worker.read(work, on_done=lambda r: self._member_ready(record, *r),
                              on_error=lambda e: self._member_ready(record, None, [], []),
                              key=LOAD_KEY, asker=self)
        else:
            self._worker.read(_choices, on_done=lambda r: self._choices_ready(*r), key=LOAD_KEY, asker=self)
        self.form.focus_first()

    def clear(self) -> None:
        """Show nothing and forget everything about the client (on lock, among others); unsaved
        edits are first handed to the worker as the encrypted draft."""
        self._note_draft()
        self.draft.flush()
        self._pending_draft, self._clearing = None, True  # emptying the widgets is no edit to draft
        self._leave()
        self._client_id, self._is_new, self._household_of = None, False, None
        self._baseline = None
        self.form.clear()
        self.household.clear()
        self.consent.clear()
        self._set_header("", "")
        self._set_status("")
        self._show_empty(self.tr("No client open. Choose a client in the caseload, "
                                 "or add a new one."))
        self._clearing = False

    def has_unsaved_changes(self) -> bool:
        if self._baseline is None:
            return False
        return bool(changed_fields(self._baseline, normalise_client(self.form.record())))

    def save(self, then: Callable[[], None] | None = None) -> None:
        """Check, then store the changes as one undoable step; `then` runs once stored."""
        if self._baseline is None or self._saving:
            return
        then = then if callable(then) else None
        record = normalise_client(self.form.record())
        errors = validate_client(record)
        if errors:
            self.form.show_errors(errors)
            self._set_status(self.tr("Not saved: please correct the marked fields."), "problem")
            return
        if self._is_new:
            self._check_identity_then_create(record, then)
            return
        changes = changed_fields(self._baseline, record)
        if not changes:
            if then:
                then()
            return
        old = {name: self._baseline.get(name) for name in changes}
        client_id, text = self._client_id, self.tr("Edit {name}").format(
            name=display_name(self._baseline))
        self._push(lambda applied, failed: EditClientCommand(
            self._worker, client_id, changes, old, applied, failed, text=text), record, then)

    def revert(self) -> None:
        if self._baseline is not None:
            self.form.set_record(self._baseline)
            self._set_status("")
            self._update_buttons()
            self._note_draft()

    def ask_to_save_then(self, action: Callable[[], None]) -> None:
        """Run `action` now if nothing is unsaved; otherwise ask to save or discard first."""
        if not self.has_unsaved_changes():
            action()
            return
        self._hold(ask_to_save(self, self.tr("Unsaved changes"),
                               self.tr("Save the changes to this client file first?"),
                               on_save=lambda: self.save(then=action),
                               on_discard=lambda: (self.revert(), action())))

    def _leave(self) -> None:
        """Let go of the client shown: its history, open questions and answers in flight."""
        self.changed_banner.dismiss()
        self._worker.forget(self)
        self._close_prompt()
        self.undo_stack.clear()
        self._saving = False

    # -- loading -----------------------------------------------------------------
    def _fetch(self, force: bool) -> None:
        """Read the open client. `force` replaces unsaved edits (after undo/redo); a quiet
        refresh after someone else's change does not."""
        client_id = self._client_id

        def work(store):
            return store.clients.get(client_id), *_choices(store)

        self._worker.read(work, key=LOAD_KEY, asker=self, on_done=lambda r: self._loaded(client_id, force, *r),
                          on_error=lambda e: self._load_failed(client_id, e))

    def _current(self, client_id: str | None) -> bool:
        return client_id == self._client_id and not self._is_new

    def _loaded(self, client_id, force, record, workers, organisations) -> None:
        if not self._current(client_id):
            return
        if not force and (self._saving or self.has_unsaved_changes()):
            # Someone typing keeps their text; what changed underneath is shown beside it.
            stored = normalise_client({name: record[name] for name in CLIENT_FIELDS})
            theirs = changed_fields(self._baseline or {}, stored)
            if theirs and not self._saving:
                self.changed_banner.show_changed([self.form.label_text(name) for name in theirs])
            return
        self.changed_banner.dismiss()
        self.form.set_choices(workers, organisations)
        self._show_record({name: record[name] for name in CLIENT_FIELDS})
        self.form.setEnabled(True)
        self._set_header(display_name(record), self._describe(record))
        self.household.show_household(record["household_id"], client_id)
        self.household.set_add_enabled(True)
        self.consent.load_client(client_id)
        self._pages.setCurrentWidget(self._page)
        self._apply_pending()

    def _load_failed(self, client_id, error: BaseException) -> None:
        if not self._current(client_id):
            return
        if isinstance(error, RecordNotFound):
            # Gone: deleted elsewhere, or its creation was undone (redo brings it back).
            self._baseline = None
            self.form.clear()
            self.household.clear()
            self.consent.clear()
            self._set_header("", "")
            self._show_empty(self.tr("This client is no longer in the file."))
            return
        log.error("loading a client failed", exc_info=error)
        self._set_status(self.tr("The client file could not be loaded."), "problem")

    def _choices_ready(self, workers, organisations) -> None:
        self.form.set_choices(workers, organisations)

    def _member_ready(self, record, main, workers, organisations) -> None:
        if not self._is_new:
            return
        self.form.set_choices(workers, organisations)
        if main is not None:
            record = {**record, **{name: main[name] for name in SHARED_WITH_HOUSEHOLD}}
            self._show_record(record)
            self.household.show_household(main["household_id"])
        self.form.setEnabled(True)
        self.form.focus_first()
        self._apply_pending()

    def _show_record(self, record: dict) -> None:
        self._baseline = normalise_client(record)
        self.form.set_record(record)
        self._pages.setCurrentWidget(self._page)
        self._update_buttons()

    # -- saving ------------------------------------------------------------------
    def _check_identity_then_create(self, record: dict, then) -> None:
        """A V-nummer or BSN already on file is possibly the same person: ask first."""
        if not (record.get("v_number") or record.get("bsn")):
            self._create(record, then)
            return
        self._set_saving(True)

        def checked(ids: list[str]) -> None:
            self._set_saving(False)
            if ids:
                self._ask_possible_duplicate(record, ids, then)
            else:
                self._create(record, then)

        def failed(error: BaseException) -> None:
            self._set_saving(False)
            log.error("identity check failed", exc_info=error)
            self._set_status(self.tr("Not saved: the file could not be checked."), "problem")

        self._worker.read(
            lambda store: store.clients.find_by_identity(record.get("v_number") or "",
                                                         record.get("bsn") or ""),
            on_done=checked, on_error=failed, asker=self)

    def _ask_possible_duplicate(self, record: dict, ids: list[str], then) -> None:
        box = self._ask(
            self.tr("Possibly the same person"),
            self.tr("A client with this V-nummer or BSN is already in the file. "
                    "This is possibly the same person."),
            QMessageBox.Icon.Warning)
        create = box.addButton(self.tr("Save as a new client"), QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("saveAsNew")
        existing = box.addButton(self.tr("Open the existing file"),
                                 QMessageBox.ButtonRole.ActionRole)
        existing.setObjectName("openExisting")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        # Enter keeps the typed file open: both other answers leave it (a new record, or the typing gone).
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        create.clicked.connect(lambda: self._create(record, then))
        existing.clicked.connect(lambda: self.load(ids[0]))
        box.open()

    def _create(self, record: dict, then) -> None:
        household_of = self._household_of
        text = self.tr("Add {name}").format(name=display_name(record))
        self._push(lambda applied, failed: CreateClientCommand(
            self._worker, record, applied, failed, household_of=household_of, text=text),
            record, then)

    def _push(self, make: Callable, record: dict, then) -> None:
        """Push a save made by make(on_applied, on_error). The command's first application
        is the save itself; later ones are undo and redo, after which the form shows what is
        stored."""
        first = [True]

        def applied(client_id: str | None) -> None:
            if first[0]:
                first[0] = False
                self._saved(client_id, record, then)
            elif client_id is not None and client_id == self._client_id:
                self._fetch(force=True)

        def failed(error: BaseException) -> None:
            if first[0]:
                first[0] = False
                self._save_refused(command, error)
            else:
                log.error("undo or redo failed", exc_info=error)
                self._set_status(self.tr("That step could not be undone or redone."), "problem")
                self._fetch(force=True)

        # The command's answers are dropped once the editor has let go of this client.
        command = make(self._worker.bound(self, applied), self._worker.bound(self, failed))
        self._set_saving(True)
        self.undo_stack.push(command)  # runs redo(): the write is queued

    def _saved(self, client_id: str, record: dict, then) -> None:
        self._set_saving(False)
        self._client_id, self._is_new, self._household_of = client_id, False, None
        self._baseline = record  # near enough until the stored record arrives
        self._note_draft()  # saved: the draft goes (unless a consent form is still being filled in)
        self._set_status(self.tr("Saved."), "success")
        self._fetch(force=False)
        self.saved.emit(client_id)
        if then:
            then()

    def _save_refused(self, command, error: BaseException) -> None:
        self._set_saving(False)
        command.failed = True
        command.setObsolete(True)
        # An obsolete command is dropped, not undone, when the stack passes over it.
        index = self.undo_stack.index()
        if index > 0 and self.undo_stack.command(index - 1) is command:
            self.undo_stack.undo()
        elif index < self.undo_stack.count() and self.undo_stack.command(index) is command:
            self.undo_stack.redo()
        if isinstance(error, RecordInvalid):
            self.form.show_errors(error.errors)
            self._set_status(self.tr("Not saved: please correct the marked fields."), "problem")
        else:
            log.error("saving a client failed", exc_info=error)
            self._set_status(self.tr("Not saved: the client file could not be written."),
                             "problem")

    # -- the household -----------------------------------------------------------
    def _add_member(self) -> None:
        main = self._household_of if self._is_new else self._client_id
        if main is None:
            return
        if self._is_new or self.has_unsaved_changes():
            # After saving a new member, the household is the one that member joined.
            self._hold(ask_to_save(self, self.tr("Save first"),
                                   self.tr("Save this client file before adding a household member?"),
                                   on_save=lambda: self.save(
                                       then=lambda: self.new_client(household_of=self._client_id))))
            return
        self.new_client(household_of=main)

    # -- small parts -------------------------------------------------------------
    def _store_changed(self, changes) -> None:
        if self._baseline is None or self._is_new or self._client_id is None:
            return
        if "clients" in changes or "workers" in changes or "organisations" in changes:
            self._fetch(force=False)

    def _edited(self) -> None:
        if self._status.property("role") == "success":
            self._set_status("")
        self._update_buttons()
        self._note_draft()

    # -- the draft ---------------------------------------------------------------
    def _note_draft(self) -> None:
        if self._clearing:
            return
        if self.has_unsaved_changes() or self.consent.form_state() is not None:
            self.draft.keep(self.draft_state())
        else:
            self.draft.drop()  # saved, closed, or typed back to what is stored

    def draft_state(self) -> dict:
        """What is typed and where: enough to show it again after a lock or a crash."""
        focus, field = self.focusWidget(), None
        for name in self.form.field_order:
            widget = self.form.field(name)
            if focus is not None and (widget is focus or widget.isAncestorOf(focus)):
                field = name
        return {"client_id": None if self._is_new else self._client_id, "household_of": self._household_of,
                "record": self.form.record(), "focus": field, "cursor": cursor_of(focus) if field else None,
                "consent": self.consent.form_state()}

    def resume_draft(self) -> None:
        """Show the edits kept from before a lock or a crash, on their client."""
        self.draft.read(self, self._draft_read)

    def _draft_read(self, draft: dict | None) -> None:
        if not draft or not isinstance(draft.get("record"), dict):
            return
        client_id = draft.get("client_id")
        if client_id is None:
            self.new_client(household_of=draft.get("household_of"))
        elif client_id != self._client_id:
            self.load(client_id)  # shown once loaded
        self._pending_draft = draft
        if (client_id is None and not draft.get("household_of")) or (
                self._current(client_id) and self._baseline is not None):
            self._apply_pending()

    def _apply_pending(self) -> None:
        draft, self._pending_draft = self._pending_draft, None
        if draft is None or draft.get("client_id") != (None if self._is_new else self._client_id):
            return
        self.form.set_record(draft["record"])  # over what is stored: the baseline stays
        self._update_buttons()
        if self.has_unsaved_changes():
            self.draft.keep(draft)
            self._set_status(self.tr("Your changes not yet saved are back. Save or revert them."), "hint")
        if isinstance(draft.get("consent"), dict) and not self._is_new:
            self.consent.restore_form(draft["consent"])
        field = draft.get("focus")
        if field in self.form.field_order:
            widget = self.form.field(field)
            widget.setFocus()
            put_cursor(widget, draft.get("cursor"))

    def _update_buttons(self) -> None:
        dirty = self.has_unsaved_changes()
        self._save.setEnabled(not self._saving and (dirty or self._is_new))
        self._revert.setEnabled(not self._saving and dirty)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._update_buttons()

    def _set_header(self, title: str, subtitle: str) -> None:
        self._title.setText(title)
        self._subtitle.setText(subtitle)
        self._subtitle.setVisible(bool(subtitle))
        self.title_changed.emit(title)

    def _describe(self, record: dict) -> str:
        parts = []
        if record.get("v_number"):
            parts.append(self.tr("V-nummer {number}").format(number=record["v_number"]))
        parts.append(stage_label(record.get("stage")))
        return "  ·  ".join(parts)

    def _set_status(self, text: str, role: str = "hint") -> None:
        self._status.setText(text)
        set_role(self._status, role)
        self._status.setVisible(bool(text))

    def _show_empty(self, text: str) -> None:
        self._empty.setText(text)
        self._pages.setCurrentWidget(self._empty)
        self._update_buttons()

    def _ask(self, title: str, text: str,
             icon: QMessageBox.Icon = QMessageBox.Icon.Question) -> QMessageBox:
        self._close_prompt()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return self._hold(box)

    def _hold(self, box: QMessageBox) -> QMessageBox:
        box.setObjectName("editorPrompt")
        return self._prompt.hold(box)

    def _close_prompt(self) -> None:
        # A question still open may name the client; it must not outlive a lock.
        self._prompt.close()
