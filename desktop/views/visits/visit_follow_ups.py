"""The follow-up actions of one visit: what is to be done, by when and by whom.

Each change is written at once through the worker (no Save for the report as a whole);
a refused one is marked at its field and nothing of it is stored. The list itself is
filled by the report, which reads it again whenever follow-ups change. What is typed in the
editor but not yet added or saved is an encrypted draft (common/form_draft.py): a lock or a
crash does not lose it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import DateField, FieldSlot, format_date
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.prompts import PromptSlot, confirm
from desktop.views.common.refer_dialog import open_refer_dialog
from desktop.views.common.shortcuts import shortcut
from desktop.views.visits.visit_fields import show_slot_errors
from domain.errors import RecordInvalid
from domain.visits import check_follow_up

log = logging.getLogger(__name__)

DUE, ACTION, OWNER, DONE = range(4)
CHANGES = {"follow_ups"}
DRAFT = "visit_follow_up"
OVERDUE_COLOUR = "#a12622"


class FollowUpList(QWidget):
    """Add, change, mark done and remove the follow-up actions of the visit shown."""

    problem = Signal(str)  # a write failed for another reason than a refused value
    saved = Signal(str)  # what was done, for the report's status line

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._visit_id: str | None = None
        self._rows: list[dict] = []
        self._editing: str | None = None  # the follow-up in the editor; None: a new one
        self._busy = False
        self._prompt = PromptSlot()
        self._current_worker: str | None = None  # owns a new action unless changed
        self.today: Callable[[], date] = date.today
        self._filling = False  # the editor is filled by the program: no edit to draft
        self._baseline: dict = {}  # what the editor was filled with: not worth a draft
        self.draft = FormDraft(worker, DRAFT, self)
        self._build()
        self.description.textEdited.connect(self._note_draft)
        self.due.changed.connect(self._note_draft)
        self.owner.activated.connect(self._note_draft)

    def _build(self) -> None:
        self.list = QTreeWidget(self)
        self.list.setObjectName("followUpList")
        self.list.setColumnCount(4)
        self.list.setHeaderLabels([self.tr("Due"), self.tr("Action"), self.tr("Who"), self.tr("Done")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Follow-up actions"))
        header = self.list.header()
        header.setStretchLastSection(False)
        for column in (DUE, OWNER, DONE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self.list.currentItemChanged.connect(lambda item, _old: self._edit_item(item))
        shortcut(QKeySequence.StandardKey.Delete, self.list, self.remove_current, Qt.ShortcutContext.WidgetShortcut)
        self._empty = QLabel(self.tr("No follow-up actions yet."), self)
        self._empty.setProperty("role", "hint")

        self.description = QLineEdit(self)
        self.description.setObjectName("followUpDescription")
        self.description.setMaxLength(500)
        self.description.setPlaceholderText(self.tr("What is to be done"))
        self.description.setAccessibleName(self.tr("Follow-up action"))
        self.due = DateField(self)
        self.due.setObjectName("followUpDue")
        self.due.edit.setObjectName("followUpDueEdit")
        self.due.edit.setAccessibleName(self.tr("Due date"))
        self.owner = QComboBox(self)
        self.owner.setObjectName("followUpOwner")
        self.owner.setAccessibleName(self.tr("Who does it"))
        self.owner.setMinimumContentsLength(14)
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._slots = {"description": FieldSlot(self.description, self), "due_on": FieldSlot(self.due, self),
                       "owner_id": FieldSlot(self.owner, self)}
        for edit in (self.description, self.due.edit):
            edit.returnPressed.connect(self.submit)

        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("submitFollowUp")
        self.submit_button.clicked.connect(self.submit)
        self.new_button = QPushButton(self.tr("&New action"), self)
        self.new_button.setObjectName("newFollowUp")
        self.new_button.setToolTip(self.tr("Empty the fields to add another action"))
        self.new_button.clicked.connect(lambda: (self.draft.drop(), self.start_new()))  # emptied on purpose
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("toggleFollowUpDone")
        self.done_button.clicked.connect(self.toggle_done)
        self.remove_button = QPushButton(self.tr("Re&move"), self)
        self.remove_button.setObjectName("removeFollowUp")
        self.remove_button.setToolTip(self.tr("Remove the chosen action (Del in the list)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.refer_button = QPushButton(self.tr("Refer…"), self)  # a follow-up can be a referral
        self.refer_button.setObjectName("referFromVisit")
        self.refer_button.setToolTip(self.tr("Refer the client to a service of the sociale kaart from this visit"))
        self.refer_button.clicked.connect(lambda: self._visit_id and open_refer_dialog(
            self._worker, self, origin="visit", origin_id=self._visit_id))

        editor = QGridLayout()
        editor.setHorizontalSpacing(8)
        editor.setVerticalSpacing(2)
        for column, (text, buddy) in enumerate(((self.tr("A&ction"), self.description),
                                                (self.tr("D&ue"), self.due.edit),
                                                (self.tr("W&ho"), self.owner))):
            label = QLabel(text, self)
            label.setBuddy(buddy)
            editor.addWidget(label, 0, column)
        editor.addWidget(self._slots["description"], 1, 0, Qt.AlignmentFlag.AlignTop)
        editor.addWidget(self._slots["due_on"], 1, 1, Qt.AlignmentFlag.AlignTop)
        editor.addWidget(self._slots["owner_id"], 1, 2, Qt.AlignmentFlag.AlignTop)
        editor.addWidget(self.submit_button, 1, 3, Qt.AlignmentFlag.AlignTop)
        editor.setColumnStretch(0, 1)
        # what can be done with the chosen action; there is nothing to choose in an empty list
        self._row_buttons = QWidget(self)
        buttons = QHBoxLayout(self._row_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(6)
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refer_button)
        buttons.addWidget(self.new_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list)
        layout.addWidget(self._empty)
        layout.addWidget(self._row_buttons)
        layout.addLayout(editor)
        for first, second in ((self.list, self.done_button), (self.done_button, self.remove_button),
                              (self.remove_button, self.new_button), (self.new_button, self.description),
                              (self.description, self.due.edit), (self.due.edit, self.owner),
                              (self.owner, self.submit_button)):
            QWidget.setTabOrder(first, second)
        self._show_rows()

    # -- public ------------------------------------------------------------------
    def set_visit(self, visit_id: str | None, rows: list[dict], workers: list[dict],
                  current_worker: str | None) -> None:
        """Show another visit's actions; the editor starts empty, owned by who works here."""
        self._close_prompt()
        self._worker.forget(self)  # answers about the visit shown before are dropped
        self._visit_id, self._busy = visit_id, False
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem("", None)
        for worker in workers:
            self.owner.addItem(worker["name"], worker["id"])
        self.owner.blockSignals(False)
        self._current_worker = current_worker
        self.set_rows(rows)
        self.start_new()
        if visit_id is not None:
            self.draft.read(self, lambda draft: self._resume_draft(visit_id, draft))

    def set_rows(self, rows: list[dict]) -> None:
        """The stored actions, read again; the one in the editor stays chosen if still there."""
        self._rows = rows
        self._show_rows()
        if self._editing is not None:
            if any(r["id"] == self._editing for r in rows):
                self._select(self._editing)
            else:
                self.start_new()
        self._update_buttons()

    def rows(self) -> list[dict]:
        return list(self._rows)

    def clear(self) -> None:
        self.flush()  # what is typed waits as a draft
        self.set_visit(None, [], [], None)

    def flush(self) -> None:
        self._note_draft()
        self.draft.flush()

    def start_new(self) -> None:
        self._editing = None
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self._fill({"description": "", "due_on": None, "owner_id": self._current_worker})
        self._update_buttons()
        if self.isVisible() and self._visit_id:
            self.description.setFocus()

    def submit(self) -> None:
        """Add the action in the editor, or store the changes to the chosen one."""
        if self._visit_id is None or self._busy:
            return
        fields = {"description": self.description.text().strip(), "due_on": self.due.value() or "",
                  "owner_id": self.owner.currentData() or ""}
        errors = check_follow_up(fields)
        if errors:
            self.show_errors(errors)
            return
        visit_id, editing = self._visit_id, self._editing
        if editing is None:
            def work(store):
                return store.visits.add_follow_up(visit_id, fields)
            done_text = self.tr("Follow-up action added.")
        else:
            def work(store):
                store.visits.update_follow_up(editing, fields)
                return editing
            done_text = self.tr("Follow-up action saved.")
        self._write(work, lambda _id: self._after_submit(done_text))

    def toggle_done(self) -> None:
        row = self._current_row()
        if row is None or self._busy:
            return
        done_on = None if row.get("done_on") else self.today().isoformat()
        follow_up_id = row["id"]
        text = self.tr("Marked as done.") if done_on else self.tr("Marked as not done.")
        self._write(lambda store: store.visits.update_follow_up(follow_up_id, {"done_on": done_on}),
                    lambda _r: self.saved.emit(text))

    def remove_current(self) -> None:
        row = self._current_row()
        if row is None or self._busy:
            return
        follow_up_id = row["id"]
        self._prompt.hold(confirm(
            self, self.tr("Remove action"),
            self.tr("Remove this follow-up action?\n\n{action}").format(action=row["description"]),
            self.tr("Remove"), lambda: self._write(
                lambda store: store.visits.remove_follow_up(follow_up_id),
                lambda _r: self.saved.emit(self.tr("Follow-up action removed."))),
            button_name="confirmRemoveFollowUp"))

    def show_errors(self, errors: dict) -> None:
        show_slot_errors(self._slots, errors)

    def error(self, key: str) -> str:
        return self._slots[key].error

    # -- inside ------------------------------------------------------------------
    def _write(self, fn, on_done) -> None:
        self._busy = True
        self._update_buttons()

        def done(result):
            self._busy = False
            self._update_buttons()
            on_done(result)

        def failed(error):
            self._busy = False
            self._update_buttons()
            if isinstance(error, RecordInvalid):
                self.show_errors(error.errors)
                return
            log.error("a follow-up action could not be saved", exc_info=error)
            self.problem.emit(self.tr("The follow-up action could not be saved."))

        self._worker.write(fn, changes=CHANGES, on_done=done, on_error=failed, asker=self)

    def _after_submit(self, text: str) -> None:
        self.draft.drop()  # added or saved: nothing left to keep
        if self._editing is None:
            self._fill({"description": "", "due_on": None, "owner_id": self.owner.currentData()})
            self.description.setFocus()  # ready for the next action
        self.saved.emit(text)

    def _fill(self, row: dict) -> None:
        self._filling = True
        try:
            self.description.setText(row.get("description") or "")
            self.due.set_value(row.get("due_on"))
            index = self.owner.findData(row.get("owner_id")) if row.get("owner_id") else 0
            self.owner.setCurrentIndex(max(index, 0))
        finally:
            self._filling = False
        self._baseline = self._values()
        self.show_errors({})

    def _values(self) -> dict:
        return {"description": self.description.text(), "due_on": self.due.value(),
                "owner_id": self.owner.currentData()}

    def _note_draft(self, *_args) -> None:
        """Typed into: the draft follows; typed back to what the editor was filled with: no draft."""
        if self._filling or self._visit_id is None:
            return  # no visit shown (locked, another visit): its draft waits as it was
        if self._values() != self._baseline:
            focus, cursor = focus_in(self)
            self.draft.keep({"visit_id": self._visit_id, "editing": self._editing, "values": self._values(),
                             "focus": focus, "cursor": cursor})
        else:
            self.draft.drop()

    def _resume_draft(self, visit_id: str, draft: dict | None) -> None:
        if not draft or draft.get("visit_id") != visit_id or visit_id != self._visit_id:
            return
        editing = draft.get("editing")
        row = self._row(editing) if editing is not None else None
        if row is not None:  # the action being changed, chosen again (the draft stays)
            self._select(editing)
            self._editing = editing
            self._fill(row)
            self._update_buttons()
        values = draft.get("values") or {}
        baseline = self._baseline
        self._fill(values)
        self._baseline = baseline  # still not added or saved
        refocus(self, draft.get("focus"), draft.get("cursor"))

    def _show_rows(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        today = self.today().isoformat()
        names = {self.owner.itemData(i): self.owner.itemText(i) for i in range(1, self.owner.count())}
        for row in self._rows:
            item = QTreeWidgetItem([format_date(row["due_on"]), row["description"],
                                    names.get(row["owner_id"], ""), format_date(row.get("done_on"))])
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(ACTION, row["description"])
            if row.get("done_on"):
                for column in range(4):
                    item.setForeground(column, QBrush(QColor("#6b7680")))
            elif row["due_on"] < today:
                item.setForeground(DUE, QBrush(QColor(OVERDUE_COLOUR)))
                item.setToolTip(DUE, self.tr("Overdue"))
            self.list.addTopLevelItem(item)
        self.list.blockSignals(False)
        # as tall as its rows, within limits: the report around it scrolls
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        visible = min(max(len(self._rows), 1), 6)
        self.list.setFixedHeight(self.list.header().sizeHint().height() + visible * row_height
                                 + 2 * self.list.frameWidth() + 2)
        self.list.setVisible(bool(self._rows))
        self._row_buttons.setVisible(bool(self._rows))
        self._empty.setVisible(not self._rows)

    def _select(self, follow_up_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == follow_up_id:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                return

    def _edit_item(self, item: QTreeWidgetItem | None) -> None:
        row = self._row(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
        if row is None:
            return
        self.draft.drop()  # another action chosen: the editor shows it instead
        self._editing = row["id"]
        self._fill(row)
        self._update_buttons()

    def _row(self, follow_up_id: str | None) -> dict | None:
        return next((r for r in self._rows if r["id"] == follow_up_id), None)

    def _current_row(self) -> dict | None:
        return self._row(self._editing)

    def _update_buttons(self) -> None:
        row = self._current_row()
        has_visit = self._visit_id is not None and not self._busy
        self.submit_button.setText(self.tr("&Add") if row is None else self.tr("&Save"))
        self.submit_button.setToolTip(self.tr("Add this action (Enter)") if row is None
                                      else self.tr("Save the changes to this action (Enter)"))
        self.submit_button.setEnabled(has_visit)
        self.new_button.setEnabled(has_visit and row is not None)
        self.done_button.setText(self.tr("Not &done") if row and row.get("done_on") else self.tr("Mark &done"))
        self.done_button.setEnabled(has_visit and row is not None)
        self.remove_button.setEnabled(has_visit and row is not None)
        self.refer_button.setEnabled(has_visit)
        for widget in (self.description, self.due, self.owner):
            widget.setEnabled(self._visit_id is not None)

    def _close_prompt(self) -> None:
        # a question naming an action must not outlive a lock or another visit
        self._prompt.close()
