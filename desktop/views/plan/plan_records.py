"""A list of one kind of plan record with its editor under it (goals, actions, money, milestones).

A new record is added with Add (Enter); a record chosen in the list is edited in place and
each change is saved through the Autosaver, as the plan's other fields are. What the
domain refuses is marked at its field; the rest of the change is kept. A new record typed but
not yet added is an encrypted draft (common/form_draft.py), so a lock or a crash loses none of
it. Keyboard: Ctrl+Shift+N
starts a new record (Ctrl+N is the window's new client), Enter in the list goes to the editor,
Del removes, Esc goes back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import FieldSlot, value_changed_signal
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.plan_labels import plan_error_message
from desktop.views.common.prompts import PromptSlot
from desktop.views.common.shortcuts import shortcut
from desktop.views.common.style import set_role
from desktop.views.plan.plan_record_fields import Spec, focus_target, make_input, read_input, write_input
from desktop.views.plan.plan_record_table import RecordTable, confirm_remove
from desktop.views.plan.plan_widgets import set_choices
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class RecordSection(QWidget):
    message = Signal(str, str)  # text, role ("success", "problem") for the panel's status line
    added = Signal(str)  # the new record's id
    edited = Signal(str)  # the field key the person changed
    filled = Signal()  # the editor shows another record (or a new one)
    chosen = Signal(object)  # the id of the record in the editor; None: a new one

    def __init__(self, worker: DbWorker, autosaver: Autosaver, spec: Spec, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker, self._autosaver, self.spec = worker, autosaver, spec
        self._plan_id: str | None = None
        self._records: list[dict] = []
        self._editing: str | None = None  # the record in the editor; None: a new one
        self._loading = False
        self._dirty = False  # the editor holds changes not yet shown back from the store
        self._later_errors: dict[str, dict] = {}  # by save key: what the write left out
        self._prompt = PromptSlot()
        self._blank: dict = {}  # the new record as the editor starts it: not worth a draft
        self.draft = FormDraft(worker, f"plan_new_{spec.part}", self)
        self._build()
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        spec = self.spec
        self.table = RecordTable(spec.columns, self)
        self.table.setObjectName(f"{spec.part}Table")
        self.table.currentItemChanged.connect(lambda item, _old: self._chosen(item))
        self.table.itemActivated.connect(lambda _item, _col: self.focus_editor())
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_current, Qt.ShortcutContext.WidgetShortcut)
        self.empty_label = QLabel(spec.empty_text, self)
        self.empty_label.setWordWrap(True)
        set_role(self.empty_label, "hint")

        self.inputs: dict[str, QWidget] = {}
        self.slots: dict[str, FieldSlot] = {}
        self.editor = QFrame(self)
        self.editor.setObjectName("recordEditor")
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(10, 6, 10, 8)
        editor.setSpacing(4)
        for keys in spec.rows:
            grid = QGridLayout()
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(1)
            for column, key in enumerate(keys):
                field = next(f for f in spec.fields if f.key == key)
                widget = make_input(field, self.editor)
                slot = FieldSlot(widget, self.editor)
                self.inputs[key], self.slots[key] = widget, slot
                value_changed_signal(widget).connect(lambda *_a, k=key: self._changed(k))
                if field.kind != "check":
                    label = QLabel(field.label, self.editor)
                    label.setBuddy(focus_target(widget))
                    grid.addWidget(label, 0, column)
                grid.addWidget(slot, 1, column, Qt.AlignmentFlag.AlignTop)
                grid.setColumnStretch(column, 0 if field.kind == "date" else field.stretch)
                target = focus_target(widget)
                if hasattr(target, "returnPressed"):
                    target.returnPressed.connect(self._enter)
            editor.addLayout(grid)
        editor.addLayout(self._build_buttons())
        self._finish()

    def _build_buttons(self) -> QHBoxLayout:
        spec = self.spec
        self.add_button = QPushButton(spec.add_text or translate("PlanRecords", "&Add"), self)
        self.add_button.setObjectName(f"add_{spec.part}")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.submit)
        self.new_button = QPushButton(spec.new_text or translate("PlanRecords", "&New"), self)
        self.new_button.setObjectName(f"new_{spec.part}")
        self.new_button.setToolTip(translate("PlanRecords", "Empty the editor to add another (Ctrl+Shift+N)"))
        self.new_button.clicked.connect(lambda: self.start_new(focus=True))
        self.remove_button = QPushButton(translate("PlanRecords", "Re&move"), self)
        self.remove_button.setObjectName(f"remove_{spec.part}")
        self.remove_button.setToolTip(translate("PlanRecords", "Remove the chosen one (Del in the list)"))
        self.remove_button.clicked.connect(self.remove_current)
        self.mode_label = QLabel(self)
        set_role(self.mode_label, "hint")
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.buttons.addWidget(self.mode_label, 1)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.add_button)
        return self.buttons

    def _finish(self) -> None:
        shortcut("Ctrl+Shift+N", self, lambda: self.start_new(focus=True))  # while the focus is in the section
        shortcut(Qt.Key.Key_Escape, self, self.table.setFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.editor)
        chain = [self.table, *(focus_target(w) for w in self.inputs.values()), self.remove_button,
                 self.new_button, self.add_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- public ------------------------------------------------------------------
    @property
    def editing(self) -> str | None:
        return self._editing

    def records(self) -> list[dict]:
        return list(self._records)

    def set_choices(self, key: str, items: list[tuple[object, str]], empty: str | None = "") -> None:
        self._loading = True
        try:
            set_choices(self.inputs[key], items, empty)
        finally:
            self._loading = False

    def set_plan(self, plan_id: str | None) -> None:
        if plan_id != self._plan_id:
            self._close_prompt()
            self._plan_id, self._records = plan_id, []
            self._later_errors.clear()
            self._show_rows()
            self.start_new()
            if plan_id is not None:  # after the plan's choices (one queue, answered in order)
                self.draft.read(self, lambda draft: self._resume_draft(plan_id, draft))

    def flush(self) -> None:
        self._note_draft()
        self.draft.flush()

    def set_records(self, records: list[dict]) -> None:
        """The stored records, read again; the one in the editor stays unless the person is typing in it."""
        if records == self._records:
            return
        self._records = records
        self._show_rows()
        if self._editing is None:
            return
        record = self.record(self._editing)
        if record is None:
            self.start_new()
        elif not self._typing():
            self._fill(record)
        self._select(self._editing)

    def refresh_rows(self) -> None:
        self._show_rows()
        if self._editing:
            self._select(self._editing)

    def record(self, record_id: str | None) -> dict | None:
        return next((r for r in self._records if r["id"] == record_id), None)

    def clear(self) -> None:
        self.flush()  # a new record typed but not added waits as a draft
        self._plan_id = None
        self._close_prompt()
        self._records, self._later_errors = [], {}
        self._show_rows()
        self.start_new()

    def start_new(self, focus: bool = False) -> None:
        self._editing = None
        self.table.unselect()
        self._fill(self.spec.defaults())
        self._blank = self.values()
        self._update_buttons()
        self.chosen.emit(None)
        if focus:
            self.focus_editor()

    def select(self, record_id: str) -> None:
        self._select(record_id)
        self._chosen(self.table.currentItem())

    def focus_editor(self) -> None:
        first = self.spec.rows[0][0]
        focus_target(self.inputs[first]).setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        return {f.key: read_input(f, self.inputs[f.key]) for f in self.spec.fields}

    def submit(self) -> None:
        """Add the record in the editor (a chosen record saves as it is edited)."""
        if self._plan_id is None or self._editing is not None:
            return
        fields = {**self.spec.defaults(), **self.values()}
        errors = self.spec.check(fields)
        if errors:
            self.show_errors(errors)
            self.message.emit(translate("PlanRecords", "Not added: please correct the marked fields."), "problem")
            return
        plan_id, part = self._plan_id, self.spec.part
        self._worker.write(lambda store: getattr(store.plans, part).add(plan_id, fields), {self.spec.entity},
                           on_done=lambda new_id: self._added(plan_id, new_id),
                           on_error=lambda error: self._refused(plan_id, error))

    def save(self, record_id: str, changes: dict) -> None:
        """Save changes to a record now (a status change from a button, say)."""
        part = self.spec.part
        self._worker.write(lambda store: getattr(store.plans, part).update(record_id, changes), {self.spec.entity},
                           on_error=lambda error: self._refused(self._plan_id, error))

    def remove_current(self) -> None:
        record = self.record(self._editing)
        if record is None:
            return
        self._close_prompt()
        part, record_id = self.spec.part, record["id"]
        self._prompt.hold(confirm_remove(self, self.table.describe(record), f"confirm_remove_{part}", lambda: (
            self._worker.write(lambda store: getattr(store.plans, part).remove(record_id), {self.spec.entity},
                               on_done=lambda _r: self.message.emit(translate("PlanRecords", "Removed."), "success"),
                               on_error=lambda error: self._refused(self._plan_id, error)))))

    def show_errors(self, errors: dict) -> None:
        for key, slot in self.slots.items():
            if key in errors:
                slot.set_error(plan_error_message(errors[key]))
            else:
                slot.clear_error()

    def error(self, key: str) -> str:
        return self.slots[key].error

    # -- inside ------------------------------------------------------------------
    def _key(self, record_id: str) -> str:
        return f"{self._plan_id}/{self.spec.part}/{record_id}"

    def _typing(self) -> bool:
        focused = QApplication.focusWidget()
        in_editor = focused is not None and any(w is focused or w.isAncestorOf(focused) for w in self.inputs.values())
        return self._dirty and (in_editor or self._autosaver.has_pending() or self._autosaver.is_saving())

    def changed_by_program(self, key: str) -> None:
        """A field the section's owner changed in answer to another one: saved like a typed change."""
        self._changed(key)

    def _changed(self, key: str) -> None:
        if self._loading:
            return
        self.edited.emit(key)
        self._note_draft()
        record_id, plan_id = self._editing, self._plan_id
        if record_id is None or plan_id is None:
            return
        self._dirty = True
        values = self.values()
        errors = self.spec.check({**(self.record(record_id) or {}), **values})
        changes = {k: v for k, v in values.items() if k not in errors}
        save_key = self._key(record_id)
        self._later_errors[save_key] = errors
        part = self.spec.part
        self._autosaver.schedule(save_key, lambda store: getattr(store.plans, part).update(record_id, changes),
                                 {self.spec.entity})

    def _saved(self, key: str) -> None:
        errors = self._later_errors.pop(key, None)
        if errors is not None and self._editing and key == self._key(self._editing):
            self.show_errors(errors)

    def _failed(self, key: str, error: BaseException) -> None:
        if self._editing and key == self._key(self._editing):
            self._refused(self._plan_id, error)

    def _added(self, plan_id: str, new_id: str) -> None:
        if plan_id != self._plan_id:
            return
        kept = {k: v for k, v in self.values().items() if k in self._sticky()}
        self._fill({**self.spec.defaults(), **kept})
        self._blank = self.values()
        self.draft.drop()  # added: nothing left to keep
        self.focus_editor()
        self.message.emit(translate("PlanRecords", "Added."), "success")
        self.added.emit(new_id)

    def _sticky(self) -> set[str]:
        # who and by when often repeat from one new record to the next
        return {"organisation_id", "worker_id", "due_on", "goal_id"}

    def _refused(self, plan_id: str | None, error: BaseException) -> None:
        if plan_id != self._plan_id:
            return
        if isinstance(error, RecordInvalid):
            self.show_errors(error.errors)
            self.message.emit(translate("PlanRecords", "Not saved: please correct the marked fields."), "problem")
            return
        log.error("saving a plan record failed", exc_info=error)
        self.message.emit(translate("PlanRecords", "This could not be saved."), "problem")

    def _fill(self, record: dict) -> None:
        self._loading = True
        try:
            for field in self.spec.fields:
                write_input(field, self.inputs[field.key], record.get(field.key))
        finally:
            self._loading = False
        self._dirty = False
        self.show_errors({})
        self.filled.emit()

    def _show_rows(self) -> None:
        self.table.show_records(self._records)
        self.empty_label.setVisible(not self._records)

    def _select(self, record_id: str) -> None:
        self.table.select_id(record_id)

    def _chosen(self, item: QTreeWidgetItem | None) -> None:
        record = self.record(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
        if record is None:
            return
        if self._editing is None:
            self.draft.drop()  # a stored record chosen: the new one typed is left on purpose
        self._editing = record["id"]
        self._fill(record)
        self._update_buttons()
        self.chosen.emit(record["id"])

    def _enter(self) -> None:
        if self._editing is None:
            self.submit()
        else:
            self.table.setFocus()

    def _update_buttons(self) -> None:
        editing = self._editing is not None
        self.add_button.setVisible(not editing)
        self.remove_button.setEnabled(editing)
        self.new_button.setEnabled(editing)
        self.mode_label.setText(translate("PlanRecords", "Changes are saved as you type.") if editing
                                else translate("PlanRecords", "New: fill in and press Add (Enter)."))

    def _close_prompt(self) -> None:
        self._prompt.close()

    def _note_draft(self) -> None:
        """A new record typed into: the draft follows; typed back to how it started: no draft."""
        if self._loading or self._plan_id is None or self._editing is not None:
            return  # a stored record saves as it is typed; no plan shown: its draft waits as it was
        if self.values() != self._blank:
            focus, cursor = focus_in(self)
            self.draft.keep({"plan_id": self._plan_id, "values": self.values(), "focus": focus, "cursor": cursor})
        else:
            self.draft.drop()

    def _resume_draft(self, plan_id: str, draft: dict | None) -> None:
        if (not draft or draft.get("plan_id") != plan_id or plan_id != self._plan_id
                or self._editing is not None or self.values() != self._blank):
            return
        self._fill({**self.spec.defaults(), **(draft.get("values") or {})})
        refocus(self, draft.get("focus"), draft.get("cursor"))
