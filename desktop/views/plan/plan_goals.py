"""The plan's goals by life domain: the desired result and its target date.

The brede intake's conclusion named the domains the person needs support on; those the
plan has no goal on yet are offered above the list, one button each.
"""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import format_date
from desktop.views.common.style import set_role
from desktop.views.plan.plan_record_fields import Column, Field, Spec
from desktop.views.plan.plan_records import RecordSection
from desktop.views.plan.plan_widgets import MUTED_COLOUR
from domain.plan import GOAL_DOMAINS, OPEN_ACTION, GoalStatus, check_goal

CHANGES = {"plan_goals"}


def goal_name(goal: dict) -> str:
    """A goal as other lists name it: its domain, and its result when written."""
    domain = words.domain_label(goal.get("domain"))
    return f"{domain}: {goal['result']}" if goal.get("result") else domain


class GoalsSection(QWidget):
    def __init__(self, worker: DbWorker, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._plan_id: str | None = None
        self._counts: dict[str, tuple[int, int]] = {}  # goal id -> (open actions, all actions)
        self._suggested: list[dict] = []
        spec = Spec(
            part="goals", entity="plan_goals",
            fields=(Field("domain", self.tr("Domain"), "choice",
                          tuple((d, words.domain_label(d)) for d in GOAL_DOMAINS)),
                    Field("result", self.tr("Desired result"), stretch=4, max_length=8000,
                          placeholder=self.tr("What the person wants to reach, in their words")),
                    Field("target_on", self.tr("Target date"), "date"),
                    Field("status", self.tr("Status"), "choice",
                          tuple((s.value, words.goal_status_label(s)) for s in GoalStatus), empty=None)),
            columns=(Column(self.tr("Domain"), lambda g: words.domain_label(g.get("domain")), field="domain"),
                     Column(self.tr("Desired result"), lambda g: g.get("result") or "", True, "result"),
                     Column(self.tr("Target date"), lambda g: format_date(g.get("target_on")), field="target_on"),
                     Column(self.tr("Status"), lambda g: words.goal_status_label(g.get("status")), field="status"),
                     Column(self.tr("Actions"), self._count_text)),
            rows=(("domain", "result", "target_on", "status"),),
            check=check_goal,
            empty_text=self.tr("No goals yet. Add one below, or take over the domains the intake named."),
            new_text=self.tr("&New goal"),
            defaults=lambda: {"status": GoalStatus.OPEN.value},
        )
        self.records = RecordSection(worker, autosaver, spec, self)
        self.records.table.decorate = self._decorate

        self.suggestions = QFrame(self)
        self.suggestions.setObjectName("planCard")
        row = QHBoxLayout(self.suggestions)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(6)
        intro = QLabel(self.tr("From the intake:"), self.suggestions)
        set_role(intro, "hint")
        row.addWidget(intro)
        self._suggestion_row = QHBoxLayout()
        self._suggestion_row.setSpacing(6)
        row.addLayout(self._suggestion_row)
        row.addStretch(1)
        self.take_all_button = QPushButton(self.tr("Take over a&ll"), self.suggestions)
        self.take_all_button.setObjectName("takeSuggestedGoals")
        self.take_all_button.setToolTip(self.tr("Add a goal for every domain the intake named"))
        self.take_all_button.clicked.connect(lambda: self.take_suggested([g["domain"] for g in self._suggested]))
        row.addWidget(self.take_all_button)
        self.suggestions.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.suggestions)
        layout.addWidget(self.records, 1)

    # -- public ------------------------------------------------------------------
    def set_plan(self, plan_id: str | None) -> None:
        self._plan_id = plan_id
        self.records.set_plan(plan_id)

    def show_goals(self, goals: list[dict], actions: list[dict], suggested: list[dict]) -> None:
        counts: dict[str, list[int]] = {}
        for action in actions:
            if action.get("goal_id"):
                entry = counts.setdefault(action["goal_id"], [0, 0])
                entry[0] += action.get("status") in OPEN_ACTION
                entry[1] += 1
        new_counts = {k: (v[0], v[1]) for k, v in counts.items()}
        order = {d: i for i, d in enumerate(GOAL_DOMAINS)}
        goals = sorted(goals, key=lambda g: (order.get(g.get("domain"), 99), g.get("created_at") or ""))
        if new_counts != self._counts:
            self._counts = new_counts
            self.records.refresh_rows()
        self.records.set_records(goals)
        self._show_suggested(suggested)

    def clear(self) -> None:
        self._plan_id, self._counts = None, {}
        self.records.clear()
        self._show_suggested([])

    def suggested_domains(self) -> list[str]:
        return [g["domain"] for g in self._suggested]

    def take_suggested(self, domains: list[str]) -> None:
        plan_id = self._plan_id
        if plan_id is None or not domains:
            return

        def work(store):
            return [store.plans.goals.add(plan_id, {"domain": d, "status": GoalStatus.OPEN.value}) for d in domains]

        self._worker.write(work, CHANGES,
                           on_done=lambda ids: self.records.message.emit(
                               self.tr("Goals added: write down the desired result of each."), "success"),
                           on_error=lambda error: self.records.message.emit(
                               self.tr("The goals could not be added."), "problem"))

    # -- inside ------------------------------------------------------------------
    def _count_text(self, goal: dict) -> str:
        open_count, total = self._counts.get(goal["id"], (0, 0))
        return self.tr("{open} open of {total}").format(open=open_count, total=total) if total else ""

    @staticmethod
    def _decorate(item, goal: dict) -> None:
        if goal.get("status") != GoalStatus.OPEN:
            item.setForeground(3, QBrush(QColor(MUTED_COLOUR)))

    def _show_suggested(self, suggested: list[dict]) -> None:
        if [g["domain"] for g in suggested] == self.suggested_domains() and self.suggestions.isVisibleTo(self) \
                == bool(suggested):
            return
        self._suggested = suggested
        while self._suggestion_row.count():
            item = self._suggestion_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for goal in suggested:
            button = QPushButton("+ " + words.domain_label(goal["domain"]), self.suggestions)
            button.setObjectName(f"suggest_{goal['domain']}")
            button.setToolTip(self.tr("Add a goal on this domain"))
            button.clicked.connect(lambda _checked=False, d=goal["domain"]: self.take_suggested([d]))
            self._suggestion_row.addWidget(button)
        self.take_all_button.setVisible(len(suggested) > 1)
        self.suggestions.setVisible(bool(suggested))
