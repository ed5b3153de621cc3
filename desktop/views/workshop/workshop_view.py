"""The welcome workshop page: the sessions, one session's invitations and attendance, its cards.

Left the sessions (newest first) with how many are invited and came; right the chosen session:
where and when, who is invited and what came of it, inviting more, printing their cards; or
the session's form. Everything is read and written on the database worker, tied to this page.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.workshops import SessionInUse
from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.labels import language_label
from desktop.views.common.prompts import PromptSlot, confirm
from desktop.views.common.style import set_role
from desktop.views.workshop.attendance_table import AttendanceTable
from desktop.views.workshop.card_print import CardPrinter
from desktop.views.workshop.invite_dialog import InviteDialog
from desktop.views.workshop.session_editor import SessionEditor
from domain.arrival.workshop import over_capacity

log = logging.getLogger(__name__)

DAY, TIME, PLACE, LANGUAGES, INVITED, ATTENDED = range(6)
WATCHED = {"workshop_sessions", "workshop_invitations", "clients", "organisations"}


class WorkshopView(QWidget):
    open_client = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._sessions: list[dict] = []
        self._organisations: dict[str, str] = {}
        self._selected: str | None = None
        self._draft_asked = False  # a kept draft is looked for once per unlock (or start)
        self._prompt = PromptSlot()
        self._build()
        worker.changed.connect(self._store_changed)

    # -- building ----------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Welcome workshops"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        hint = QLabel(self.tr("Sessions of \"Welkom in\" the municipality: who is invited, who came, "
                              "and their contact cards. Attendance counts for targets S1 and S6."), self)
        set_role(hint, "hint")
        hint.setWordWrap(True)

        self.sessions = QTreeWidget(self)
        self.sessions.setObjectName("workshopSessions")
        self.sessions.setAccessibleName(self.tr("Workshop sessions"))
        self.sessions.setHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Place"), self.tr("Languages"),
                                       self.tr("Invited"), self.tr("Came")])
        self.sessions.setRootIsDecorated(False)
        self.sessions.setUniformRowHeights(True)
        self.sessions.setAllColumnsShowFocus(True)
        self.sessions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the place elides
        header = self.sessions.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PLACE, QHeaderView.ResizeMode.Stretch)
        for column in (DAY, TIME, LANGUAGES, INVITED, ATTENDED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions.itemSelectionChanged.connect(self._selection_changed)
        self.sessions.itemActivated.connect(lambda _item, _col: self.edit_session())
        self.new_button = self._button(self.tr("New session"), "newSession", self.new_session)
        self.edit_button = self._button(self.tr("Edit"), "editSession", self.edit_session)
        self.delete_button = self._button(self.tr("Delete"), "deleteSession", self.delete_session)
        self.delete_button.setToolTip(self.tr("Only a session nobody is invited to can be deleted"))
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_button)
        left_buttons.addStretch(1)
        left_buttons.addWidget(self.edit_button)
        left_buttons.addWidget(self.delete_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.sessions, 1)
        left_layout.addLayout(left_buttons)

        self.pages = QStackedWidget(self)
        self.empty = QLabel(self.tr("Choose a session, or make a new one."), self.pages)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.empty, "hint")
        self.detail = self._build_detail()
        self.editor = SessionEditor(self._worker, self.pages)
        self.editor.saved.connect(self._session_saved)
        self.editor.closed.connect(self._editor_closed)
        for page in (self.empty, self.detail, self.editor):
            self.pages.addWidget(page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("workshopSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        # The form's check lists grow with the chain's organisations and languages: it scrolls
        # rather than make the window taller than a 1280x720 laptop's screen.
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.pages)
        self.splitter.addWidget(self.page_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.splitter, 1)

        self.invite_dialog = InviteDialog(self._worker, self)
        self.invite_dialog.invited.connect(self._invited)
        self._printable = False  # someone invited and not cancelled: cards to print
        self.printer = CardPrinter(self._worker, self)
        self.printer.finished.connect(self._printed)
        self.printer.progress.connect(self._printing)
        self._update_buttons()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _build_detail(self) -> QWidget:
        detail = QWidget(self.pages)
        self.heading = QLabel(detail)
        self.heading.setObjectName("sessionHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.facts = QLabel(detail)
        self.facts.setObjectName("sessionFacts")
        self.facts.setWordWrap(True)
        self.invite_button = self._button(self.tr("Invite people…"), "invitePeople", self.invite_people)
        self.print_button = self._button(self.tr("Print cards…"), "printCards", self.print_cards)
        self.print_button.setToolTip(self.tr("A contact card for everyone invited, each in their own language"))
        self.message = QLabel(detail)
        self.message.setObjectName("workshopMessage")
        self.message.setWordWrap(True)
        self.table = AttendanceTable(self._worker, detail)
        self.table.problem.connect(self._problem)
        self.table.cellDoubleClicked.connect(self._open_person)
        buttons = QHBoxLayout()
        buttons.addWidget(self.invite_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        return detail

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Read the sessions again; a session form kept as a draft (a lock, a crash) comes back."""
        def work(store):
            return store.workshops.sessions(), store.directory.organisations()
        self._worker.read(work, on_done=lambda r: self._show_sessions(*r), key="workshop-sessions", asker=self,
                          on_error=lambda e: log.error("reading workshop sessions failed", exc_info=e))
        if not self._draft_asked and self.pages.currentWidget() is not self.editor:
            self._draft_asked = True
            self.editor.draft.read(self, self._resume_draft)

    def _resume_draft(self, draft: dict | None) -> None:
        if draft and self.pages.currentWidget() is not self.editor:
            self.editor.restore(draft)
            self.pages.setCurrentWidget(self.editor)
            self._update_buttons()

    def _show_sessions(self, sessions: list[dict], organisations: list[dict]) -> None:
        self._sessions = sessions
        self._organisations = {o["id"]: o["name"] for o in organisations}
        self.editor.set_organisations(organisations)
        self.sessions.blockSignals(True)
        self.sessions.clear()
        chosen = None
        for session in sessions:
            item = QTreeWidgetItem([
                format_date(session["held_on"]), self._time(session), session["place"],
                ", ".join(c.upper() for c in session["languages"]),  # short: the list keeps its width
                str(session["invited"]), str(session["attended"])])
            item.setData(DAY, Qt.ItemDataRole.UserRole, session["id"])
            item.setToolTip(PLACE, session["place"])
            item.setToolTip(LANGUAGES, ", ".join(language_label(c) for c in session["languages"]))
            for column in (INVITED, ATTENDED):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sessions.addTopLevelItem(item)
            if session["id"] == self._selected:
                chosen = item
        self.sessions.blockSignals(False)
        if chosen is not None:
            self.sessions.setCurrentItem(chosen)
        elif self._selected is not None:
            self._selected = None
        self._show_selected()

    def _time(self, session: dict) -> str:
        return f"{session['starts_at']}–{session['ends_at']}" if session.get("ends_at") else session["starts_at"]

    def selected(self) -> dict | None:
        return next((s for s in self._sessions if s["id"] == self._selected), None)

    def _selection_changed(self) -> None:
        items = self.sessions.selectedItems()
        chosen = items[0].data(DAY, Qt.ItemDataRole.UserRole) if items else None
        if chosen != self._selected:  # another session: the last one's message goes
            self.message.clear()
        self._selected = chosen
        self._show_selected()

    def _show_selected(self) -> None:
        session = self.selected()
        self._update_buttons()
        if self.pages.currentWidget() is self.editor:
            return
        if session is None:
            self.table.clear_rows()
            self.pages.setCurrentWidget(self.empty)
            return
        self.pages.setCurrentWidget(self.detail)
        self.heading.setText(self.tr("Welkom: {day}, {time}, {place}").format(
            day=format_date(session["held_on"]), time=self._time(session), place=session["place"]))
        self.facts.setText(self._facts(session))
        session_id, held_on = session["id"], session["held_on"]
        self._worker.read(lambda store: store.workshops.invited_to(session_id),
                          on_done=lambda rows: self._show_invited(session_id, held_on, rows),
                          key="workshop-invited", asker=self,
                          on_error=lambda e: log.error("reading invitations failed", exc_info=e))

    def _facts(self, session: dict) -> str:
        parts = [self.tr("Languages: {languages}").format(
            languages=", ".join(language_label(c) for c in session["languages"]))]
        parts.append(self.tr("Interpreter: {who}").format(who=session["interpreter"]) if session["interpreter"]
                     else self.tr("No interpreter"))
        partners = [self._organisations.get(p, "") for p in session["partners_present"]]
        if any(partners):
            parts.append(self.tr("Partners present: {names}").format(names=", ".join(p for p in partners if p)))
        if session["capacity"]:
            parts.append(self.tr("{invited} invited for {places} places").format(
                invited=session["invited"], places=session["capacity"]))
        text = " · ".join(parts)
        over = over_capacity(session, session["invited"])
        if over:
            text += "\n" + self.tr("{n} more invited than there are places.").format(n=over)
        if session["notes"]:
            text += "\n" + session["notes"]
        return text

    def _show_invited(self, session_id: str, held_on: str, rows: list[dict]) -> None:
        if session_id != self._selected:
            return
        self.table.show_invitations(session_id, rows, held_on)
        self._printable = any(r["status"] != "cancelled" for r in rows)
        self.print_button.setEnabled(self._printable and not self.printer.busy)

    def _store_changed(self, entities) -> None:
        if self.isVisible() and entities & WATCHED:
            self.reload()

    # -- acting ----------------------------------------------------------------------
    def new_session(self) -> None:
        if self.pages.currentWidget() is self.editor:
            return
        self.editor.start(None)
        self.pages.setCurrentWidget(self.editor)
        self._update_buttons()

    def edit_session(self) -> None:
        session = self.selected()
        if session is None or self.pages.currentWidget() is self.editor:
            return
        self.editor.start(session)
        self.pages.setCurrentWidget(self.editor)
        self._update_buttons()

    def _session_saved(self, session_id: str) -> None:
        self._selected = session_id
        self.message.clear()

    def _editor_closed(self) -> None:
        self.pages.setCurrentWidget(self.detail if self.selected() else self.empty)
        self.reload()

    def delete_session(self) -> None:
        session = self.selected()
        if session is None:
            return
        session_id = session["id"]
        text = self.tr("Delete the session of {day} at {place}?").format(day=format_date(session["held_on"]),
                                                                        place=session["place"])
        self._prompt.hold(confirm(self, self.tr("Delete session"), text, self.tr("Delete"),
                                  lambda: self._delete(session_id), "confirmDeleteSession"))

    def _delete(self, session_id: str) -> None:
        self._worker.write(lambda store: store.workshops.delete_session(session_id), {"workshop_sessions"},
                           on_error=self._delete_failed, asker=self)

    def _delete_failed(self, error: BaseException) -> None:
        if isinstance(error, SessionInUse):
            self._problem(self.tr("People are invited to this session: cancel their invitations first. "
                                  "Attendance is part of their files."))
        else:
            log.error("deleting a workshop session failed", exc_info=error)
            self._problem(self.tr("The session could not be deleted."))

    def invite_people(self) -> None:
        session = self.selected()
        if session is not None:
            self.invite_dialog.start(session["id"], self.tr("{day}, {time}, {place}").format(
                day=format_date(session["held_on"]), time=self._time(session), place=session["place"]))

    def _invited(self, made: int, skipped: int, missing: int) -> None:
        text = self.tr("%n people invited.", "", made)
        if skipped:
            text += " " + self.tr("%n were invited already.", "", skipped)
        if missing:
            text += " " + self.tr("%n are no longer in the caseload and were left out.", "", missing)
        self._say(text, "success")

    def print_cards(self) -> None:
        session = self.selected()
        if session is not None and not self.printer.busy:
            self.printer.ask_and_print(session["id"])

    def _printing(self, done: int, total: int) -> None:
        self.print_button.setEnabled(False)  # one batch at a time
        self._say(self.tr("Drawing the cards: {done} of {total}...").format(done=done, total=total), "hint")

    def _printed(self, written: int, failed: int, folder: str) -> None:
        self.print_button.setEnabled(self._printable)
        if failed < 0:
            self._problem(self.tr("The cards could not be made: the people invited could not be read."))
        elif failed:
            self._problem(self.tr("{written} cards written to {folder}; {failed} could not be made.").format(
                written=written, folder=folder, failed=failed))
        else:
            self._say(self.tr("{written} cards written to {folder}.").format(written=written, folder=folder),
                      "success")

    def _open_person(self, row: int, _column: int) -> None:
        client_id = self.table.client_at(row)
        if client_id is not None:
            self.open_client.emit(client_id)

    def _problem(self, text: str) -> None:
        self._say(text, "problem")
        self.reload()  # the stored values again

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)

    def _update_buttons(self) -> None:
        editing = self.pages.currentWidget() is self.editor
        chosen = self.selected() is not None
        self.new_button.setEnabled(not editing)
        self.edit_button.setEnabled(chosen and not editing)
        self.delete_button.setEnabled(chosen and not editing)
        self.sessions.setEnabled(not editing)

    # -- lock ----------------------------------------------------------------------
    def flush(self) -> None:
        self.editor.flush()

    def clear(self) -> None:
        """Lock: a session being edited goes into its draft first; then nothing of anyone stays."""
        self._prompt.close()
        self.editor.clear()
        self.invite_dialog.clear()
        self.printer.cancel()
        self._printable = False
        self.print_button.setEnabled(False)
        self._worker.forget(self)
        self._sessions, self._selected, self._draft_asked = [], None, False
        self.sessions.clear()
        self.table.clear_rows()
        self.heading.clear()
        self.facts.clear()
        self.message.clear()
        self.pages.setCurrentWidget(self.empty)
        self._update_buttons()
