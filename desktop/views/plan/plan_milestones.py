"""Milestones the person reached: work, school, the exam, a language level per skill, a network."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.autosave import Autosaver
from desktop.views.common.field_widgets import format_date
from desktop.views.common.style import set_role
from desktop.views.plan.plan_record_fields import Column, Field, Spec
from desktop.views.plan.plan_records import RecordSection
from domain.plan import LANGUAGE_LEVELS, SKILLS, Milestone, check_milestone


def _skill_text(milestone: dict) -> str:
    if milestone.get("kind") != Milestone.LANGUAGE_LEVEL:
        return ""
    return f"{words.skill_label(milestone.get('skill'))} {milestone.get('level') or ''}".strip()


class MilestonesSection(QWidget):
    def __init__(self, worker: DbWorker, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        spec = Spec(
            part="milestones", entity="plan_milestones",
            fields=(Field("kind", self.tr("Milestone"), "choice",
                          tuple((m.value, words.milestone_label(m)) for m in Milestone), stretch=3),
                    Field("reached_on", self.tr("Reached on"), "date"),
                    Field("skill", self.tr("Skill"), "choice", tuple((s, words.skill_label(s)) for s in SKILLS)),
                    Field("level", self.tr("Level"), "choice", tuple((lv, lv) for lv in LANGUAGE_LEVELS)),
                    Field("detail", self.tr("Detail"), stretch=3,
                          placeholder=self.tr("Employer, school, certificate"))),
            columns=(Column(self.tr("Reached on"), lambda m: format_date(m.get("reached_on")), field="reached_on"),
                     Column(self.tr("Milestone"), lambda m: words.milestone_label(m.get("kind")), field="kind"),
                     Column(self.tr("Language level"), _skill_text, field="skill"),
                     Column(self.tr("Detail"), lambda m: m.get("detail") or "", True, "detail")),
            rows=(("kind", "reached_on"), ("skill", "level", "detail")),
            check=check_milestone,
            empty_text=self.tr("No milestones reached yet."),
            new_text=self.tr("&New milestone"),
        )
        self.records = RecordSection(worker, autosaver, spec, self)
        self.records.edited.connect(self._edited)
        self.records.chosen.connect(lambda _id: self._enable())
        intro = QLabel(self.tr("What the person reached on the way: the plan's results for the municipality's "
                               "monitor. A language level names the skill and the level."), self)
        intro.setWordWrap(True)
        set_role(intro, "hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(intro)
        layout.addWidget(self.records, 1)
        self._enable()

    def set_plan(self, plan_id: str | None) -> None:
        self.records.set_plan(plan_id)
        self._enable()

    def show_milestones(self, milestones: list[dict]) -> None:
        self.records.set_records(milestones)
        self._enable()

    def clear(self) -> None:
        self.records.clear()

    def _edited(self, key: str) -> None:
        if key != "kind":
            return
        if self.records.inputs["kind"].currentData() != Milestone.LANGUAGE_LEVEL:
            for name in ("skill", "level"):  # only a language level has them
                self.records.inputs[name].setCurrentIndex(0)
        self._enable()

    def _enable(self) -> None:
        language = self.records.inputs["kind"].currentData() == Milestone.LANGUAGE_LEVEL
        for name in ("skill", "level"):
            self.records.inputs[name].setEnabled(language)
