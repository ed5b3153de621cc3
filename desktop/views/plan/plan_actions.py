"""The plan's actions: what is to be done, by which partner and worker, by when, and how it went.

Overdue actions stand out in red. Everything works from the keyboard: Ctrl+Shift+N a new action,
Ctrl+D marks the chosen one done (or planned again), the status is a choice in the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import format_date
from desktop.views.common.refer_dialog import open_refer_dialog
from desktop.views.common.shortcuts import shortcut
from desktop.views.common.style import set_role
from desktop.views.plan.plan_goals import goal_name
from desktop.views.plan.plan_record_fields import Column, Field, Spec
from desktop.views.plan.plan_records import RecordSection
from desktop.views.plan.plan_widgets import MUTED_COLOUR, OVERDUE_BACKGROUND, OVERDUE_COLOUR
from domain.plan import OPEN_ACTION, ActionStatus, check_action

DUE, WHAT, ORGANISATION, WORKER, STATUS, RESULT = range(6)


class ActionsSection(QWidget):
    def __init__(self, worker: DbWorker, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._worker_orgs: dict[str, str | None] = {}  # worker id -> organisation id
        self._workers: list[tuple[str, str]] = []  # (id, label) of everyone in the directory
        spec = Spec(
            part="actions", entity="plan_actions",
            fields=(Field("description", self.tr("What"), stretch=3, placeholder=self.tr("What is to be done")),
                    Field("goal_id", self.tr("For goal"), "choice", empty=self.tr("(no goal)"), stretch=2),
                    Field("organisation_id", self.tr("Partner organisation"), "choice", stretch=2),
                    Field("worker_id", self.tr("Worker"), "choice", stretch=2),
                    Field("due_on", self.tr("Due"), "date"),
                    Field("status", self.tr("Status"), "choice",
                          tuple((s.value, words.action_status_label(s)) for s in ActionStatus), empty=None),
                    Field("result_note", self.tr("Result"), stretch=3, max_length=8000,
                          placeholder=self.tr("How it went, what came of it"))),
            columns=(Column(self.tr("Due"), lambda a: format_date(a.get("due_on")), field="due_on"),
                     Column(self.tr("What"), lambda a: a.get("description") or "", True, "description"),
                     Column(self.tr("Partner"), lambda a: a.get("organisation_name") or "", field="organisation_id",
                            width=150),
                     Column(self.tr("Worker"), lambda a: a.get("worker_name") or "", field="worker_id", width=120),
                     Column(self.tr("Status"), self._status_text, field="status"),
                     Column(self.tr("Result"), lambda a: a.get("result_note") or "", field="result_note",
                            width=130)),
            rows=(("description", "goal_id"), ("organisation_id", "worker_id", "due_on", "status"),
                  ("result_note",)),
            check=check_action,
            empty_text=self.tr("No actions yet. Add what is to be done, by whom and by when."),
            new_text=self.tr("&New action"),
            defaults=lambda: {"status": ActionStatus.PLANNED.value},
        )
        self.records = RecordSection(worker, autosaver, spec, self)
        self.records.table.decorate = self._decorate
        self.records.table.shows = lambda a: self.show_closed.isChecked() or a.get("status") in OPEN_ACTION
        self.records.edited.connect(self._edited)
        self.records.filled.connect(lambda: self._offer_workers(keep_current=True))
        self.records.chosen.connect(lambda _id: self._update_done_button())

        self.summary = QLabel(self)
        self.summary.setObjectName("actionsSummary")
        set_role(self.summary, "hint")
        self.show_closed = QCheckBox(self.tr("Show d&one and cancelled"), self)
        self.show_closed.setObjectName("showClosedActions")
        self.show_closed.setChecked(True)
        self.show_closed.toggled.connect(lambda _on: self.records.refresh_rows())
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_closed)
        self.done_button = QPushButton(self.tr("Mark &done"), self)
        self.done_button.setObjectName("toggleActionDone")
        self.done_button.setToolTip(self.tr("Mark the chosen action done, or planned again (Ctrl+D)"))
        self.done_button.clicked.connect(self.toggle_done)
        self.records.buttons.insertWidget(1, self.done_button)
        self.refer_button = QPushButton(self.tr("Refer…"), self)  # to a service of the sociale kaart, from this action
        self.refer_button.setObjectName("referFromAction")
        self.refer_button.setToolTip(self.tr("Refer the client to a service of the sociale kaart for this action"))
        self.refer_button.clicked.connect(lambda: self.records.editing and open_refer_dialog(
            self._worker, self, origin="plan_action", origin_id=self.records.editing))
        self.records.buttons.insertWidget(2, self.refer_button)
        shortcut("Ctrl+D", self, self.toggle_done, Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.records, 1)
        QWidget.setTabOrder(self.show_closed, self.records.table)
        self._update_done_button()

    # -- public ------------------------------------------------------------------
    def set_plan(self, plan_id: str | None) -> None:
        self.records.set_plan(plan_id)

    def set_directory(self, workers: list[dict], organisations: list[dict]) -> None:
        org_names = {o["id"]: o["name"] for o in organisations}
        self._worker_orgs = {w["id"]: w.get("organisation_id") for w in workers}
        self.records.set_choices("organisation_id", [(o["id"], o["name"]) for o in organisations])
        self._workers = [
            (w["id"], f"{w['name']} ({org_names[w['organisation_id']]})" if w.get("organisation_id") in org_names
             else w["name"]) for w in workers]
        self._offer_workers(keep_current=True)

    def show_actions(self, actions: list[dict], goals: list[dict]) -> None:
        self.records.set_choices("goal_id", [(g["id"], goal_name(g)) for g in goals], self.tr("(no goal)"))
        self.records.set_records(actions)
        open_actions = [a for a in actions if a.get("status") in OPEN_ACTION]
        overdue = sum(1 for a in actions if a.get("overdue"))
        text = self.tr("{open} open of {total}").format(open=len(open_actions), total=len(actions))
        if overdue:
            text += " · " + self.tr("{count} overdue").format(count=overdue)
        self.summary.setText(text if actions else "")
        self._update_done_button()

    def clear(self) -> None:
        self.records.clear()
        self.summary.clear()
        self._update_done_button()

    def toggle_done(self) -> None:
        action = self.records.record(self.records.editing)
        if action is None:
            return
        done = action.get("status") == ActionStatus.DONE
        self.records.save(action["id"], {"status": ActionStatus.PLANNED.value if done else ActionStatus.DONE.value})

    def overdue_rows(self) -> list[str]:
        """Descriptions of the rows shown as overdue."""
        table = self.records.table
        return [table.topLevelItem(i).text(WHAT) for i in range(table.topLevelItemCount())
                if table.topLevelItem(i).data(DUE, Qt.ItemDataRole.UserRole + 1)]

    # -- inside ------------------------------------------------------------------
    @staticmethod
    def _status_text(action: dict) -> str:
        status = words.action_status_label(action.get("status"))
        if action.get("status") == ActionStatus.DONE and action.get("done_on"):
            return f"{status} {format_date(action['done_on'])}"
        return status

    def _decorate(self, item: QTreeWidgetItem, action: dict) -> None:
        if action.get("overdue"):
            item.setData(DUE, Qt.ItemDataRole.UserRole + 1, True)
            font = QFont(item.font(DUE))
            font.setBold(True)
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(QColor(OVERDUE_COLOUR)))
                item.setBackground(column, QBrush(QColor(OVERDUE_BACKGROUND)))
            item.setFont(DUE, font)
            item.setText(DUE, f"⚠ {item.text(DUE)}")
            item.setToolTip(DUE, self.tr("Overdue: the due date has passed"))
        elif action.get("status") not in OPEN_ACTION:
            for column in range(item.columnCount()):
                item.setForeground(column, QBrush(QColor(MUTED_COLOUR)))

    def offered_workers(self) -> list[str]:
        """Ids of the workers the worker list offers now."""
        combo = self.records.inputs["worker_id"]
        return [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]

    def _offer_workers(self, keep_current: bool) -> None:
        """Only the workers of the chosen organisation (everyone while none is chosen). A stored
        worker of another organisation stays shown when a record is opened, so nothing changes
        by looking; choosing another organisation then empties the worker."""
        organisation = self.records.inputs["organisation_id"].currentData()
        combo = self.records.inputs["worker_id"]
        current = combo.currentData()
        offered = [(wid, label) for wid, label in self._workers
                   if organisation is None or self._worker_orgs.get(wid) == organisation]
        dropped = current is not None and all(wid != current for wid, _label in offered)
        if dropped and keep_current:
            offered += [(wid, label) for wid, label in self._workers if wid == current]
        if dropped and not keep_current:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(None), 0))
            combo.blockSignals(False)
        self.records.set_choices("worker_id", offered)
        if dropped and not keep_current:
            self.records.changed_by_program("worker_id")

    def _edited(self, key: str) -> None:
        if key == "organisation_id":
            self._offer_workers(keep_current=False)
        if key == "worker_id":  # a worker's actions go to their organisation unless told otherwise
            org_combo = self.records.inputs["organisation_id"]
            worker_org = self._worker_orgs.get(self.records.inputs["worker_id"].currentData())
            if worker_org and org_combo.currentData() is None:
                index = org_combo.findData(worker_org)
                if index >= 0:
                    org_combo.setCurrentIndex(index)
        if key == "status":
            self._update_done_button()

    def _update_done_button(self) -> None:
        action = self.records.record(self.records.editing)
        self.done_button.setEnabled(action is not None)
        self.refer_button.setEnabled(action is not None)
        self.done_button.setText(self.tr("Planned &again") if action and action.get("status") == ActionStatus.DONE
                                 else self.tr("Mark &done"))
