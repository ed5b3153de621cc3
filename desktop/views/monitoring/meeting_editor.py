"""One monitoring meeting: date, title, cohort basis, who took part, the figures frozen, the stories
selected with why, the decisions, the actions, and the previous meeting's open actions with what
became of them. The editor holds the meeting as a dict; MeetingWindow loads, saves and drafts it.

Stories come from a provider (the journey's `StoryChoice` items, consented ones only): the meeting
keeps the story's id and the reason, never its text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import DateField
from desktop.views.common.style import set_role
from desktop.views.monitoring.meeting_rows import RowTable, connect_all, date_text
from domain.ids import new_id
from domain.monitoring.journey import StoryChoice
from domain.monitoring.meeting import COHORT_BASES


def quiet_button(text: str, parent: QWidget, name: str) -> QPushButton:
    """A button that Enter in a field never presses (no default, no auto-default)."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


class MeetingEditor(QScrollArea):
    edited = Signal()  # the person changed something (a draft is kept)
    freeze_asked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("meetingEditor")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it fits the width given
        self._meeting: dict[str, Any] = {}
        self._choices: dict[str, StoryChoice] = {}
        self._workers: list[dict] = []
        self._organisations: dict[str, str] = {}
        body = QWidget(self)
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()  # the meeting and who took part side by side: the tables below need the width
        top.addWidget(self._build_header(body), 3)
        top.addWidget(self._build_participants(body), 2)
        layout.addLayout(top)
        layout.addWidget(self._build_stories(body))
        layout.addWidget(self._build_decisions(body))
        layout.addWidget(self._build_actions(body))
        layout.addWidget(self._build_carried(body))
        layout.addStretch(1)
        connect_all([self.held_on.changed, self.title.textEdited, self.cohort_box.activated,
                     self.participants.edited, self.stories.edited, self.decisions.textChanged,
                     self.actions.edited, self.carried.edited], self._on_edit)

    # -- building ----------------------------------------------------------------------
    def _build_header(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting"), parent)
        form = QFormLayout(box)
        self.held_on = DateField(box)
        self.held_on.edit.setObjectName("meetingHeldOn")
        self.held_on.setMaximumWidth(190)
        self.title = QLineEdit(box)
        self.title.setObjectName("meetingTitle")
        self.title.setPlaceholderText(self.tr("For example: monitoringsoverleg, first quarter"))
        self.title.setMaxLength(200)
        self.cohort_box = QComboBox(box)
        self.cohort_box.setObjectName("meetingCohort")
        self.cohort_box.addItem(self.tr("Year of settling (vestiging)"), COHORT_BASES[0])
        self.cohort_box.addItem(self.tr("Year the integration duty started (CBS)"), COHORT_BASES[1])
        self.figures_label = QLabel(box)
        self.figures_label.setObjectName("figuresFrozen")
        self.figures_label.setWordWrap(True)
        set_role(self.figures_label, "hint")
        self.freeze_button = quiet_button(self.tr("Freeze the figures now"), box, "freezeFigures")
        self.freeze_button.setToolTip(self.tr("Keep the figures as this device computes them on the meeting's "
                                              "date, with the meeting"))
        self.freeze_button.clicked.connect(self.freeze_asked)
        figures = QVBoxLayout()  # the label wraps onto its own lines, the button below it
        figures.addWidget(self.figures_label)
        figures.addWidget(self.freeze_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.previous_label = QLabel(box)
        self.previous_label.setObjectName("previousMeeting")
        set_role(self.previous_label, "hint")
        form.addRow(self.tr("&Date"), self.held_on)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Cohort"), self.cohort_box)
        form.addRow(self.tr("Figures"), figures)
        form.addRow(self.tr("Previous meeting"), self.previous_label)
        for label_field in (self.held_on, self.title, self.cohort_box):
            label = form.labelForField(label_field)
            if label is not None:
                label.setBuddy(label_field)
        return box

    def _build_participants(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Participants"), parent)
        layout = QVBoxLayout(box)
        self.participants = RowTable([("name", self.tr("Name"), True), ("organisation", self.tr("Organisation"), True)],
                                     "participantsTable", box, stretch="organisation")
        self.participants.setMinimumHeight(90)
        self.participants.setMaximumHeight(150)
        self.directory_box = QComboBox(box)
        self.directory_box.setObjectName("directoryWorker")
        self.directory_box.setMinimumContentsLength(8)
        self.directory_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        add_known = quiet_button(self.tr("Add from the directory"), box, "addKnownParticipant")
        add_typed = quiet_button(self.tr("Add a name"), box, "addParticipant")
        remove = quiet_button(self.tr("Remove"), box, "removeParticipant")
        add_known.clicked.connect(self._add_known)
        add_typed.clicked.connect(lambda: self.participants.add_row({"name": "", "organisation": "",
                                                                      "worker_id": None}))
        remove.clicked.connect(self.participants.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.directory_box, 1)
        row.addWidget(add_known)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add_typed)
        buttons.addWidget(remove)
        layout.addWidget(self.participants)
        layout.addLayout(row)
        layout.addLayout(buttons)
        return box

    def _build_stories(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Stories selected (most significant change)"), parent)
        layout = QVBoxLayout(box)
        self.stories = RowTable([("title", self.tr("Story"), False), ("stage", self.tr("Stage"), False),
                                 ("reason", self.tr("Why it was selected"), True)], "storiesTable", box,
                                stretch="reason")
        self.stories.setMinimumHeight(100)
        self.stories.setMaximumHeight(170)
        self.story_box = QComboBox(box)
        self.story_box.setObjectName("storyChoice")
        self.story_box.setMinimumContentsLength(20)
        self.story_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.story_text = QLabel(box)
        self.story_text.setObjectName("storyText")
        self.story_text.setWordWrap(True)
        set_role(self.story_text, "hint")
        select = quiet_button(self.tr("Select this story"), box, "selectStory")
        remove = quiet_button(self.tr("Remove"), box, "removeStory")
        select.clicked.connect(self._select_story)
        remove.clicked.connect(self.stories.remove_current)
        self.story_box.currentIndexChanged.connect(self._show_story)
        row = QHBoxLayout()
        row.addWidget(self.story_box, 1)
        row.addWidget(select)
        row.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(self.story_text)
        layout.addWidget(self.stories)
        return box

    def _build_decisions(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Decisions (one per line)"), parent)
        layout = QVBoxLayout(box)
        self.decisions = QPlainTextEdit(box)
        self.decisions.setObjectName("decisions")
        self.decisions.setTabChangesFocus(True)
        self.decisions.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        layout.addWidget(self.decisions)
        return box

    def _build_actions(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Actions: who does what by when"), parent)
        layout = QVBoxLayout(box)
        self.actions = RowTable([("what", self.tr("What"), True), ("who", self.tr("Who"), True),
                                 ("due_on", self.tr("By (dd-mm-yyyy)"), True), ("status", self.tr("Status"), True),
                                 ("outcome", self.tr("What became of it"), True)], "actionsTable", box,
                                stretch="what")
        self.actions.setMinimumHeight(120)
        self.actions.setMaximumHeight(260)
        add = quiet_button(self.tr("Add an action"), box, "addAction")
        remove = quiet_button(self.tr("Remove"), box, "removeAction")
        add.clicked.connect(lambda: self.actions.add_row({"id": new_id(), "what": "", "who": "", "due_on": None,
                                                          "status": "open", "outcome": ""}))
        remove.clicked.connect(self.actions.remove_current)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(self.actions)
        layout.addLayout(row)
        return box

    def _build_carried(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("Open actions of the previous meeting: what became of them"), parent)
        layout = QGridLayout(box)
        self.carried = RowTable([("what", self.tr("What"), False), ("who", self.tr("Who"), False),
                                 ("due_on", self.tr("By"), False), ("status", self.tr("Status"), True),
                                 ("outcome", self.tr("What became of it"), True)], "carriedTable", box,
                                stretch="outcome")
        self.carried.setMinimumHeight(100)
        self.carried.setMaximumHeight(220)
        self.no_carried = QLabel(self.tr("Nothing was left open by the previous meeting."), box)
        set_role(self.no_carried, "hint")
        layout.addWidget(self.carried, 0, 0)
        layout.addWidget(self.no_carried, 1, 0)
        return box

    # -- the meeting -----------------------------------------------------------------------
    def set_directory(self, workers: list[dict], organisations: dict[str, str]) -> None:
        self._workers, self._organisations = workers, organisations
        self.directory_box.clear()
        for worker in workers:
            org = organisations.get(worker.get("organisation_id") or "", "")
            self.directory_box.addItem(f"{worker['name']} ({org})" if org else worker["name"], worker["id"])

    def set_choices(self, choices: list[StoryChoice], stage_labels: dict[str, str]) -> None:
        self._choices = {c.id: c for c in choices}
        self._stage_labels = stage_labels
        self.story_box.clear()
        for choice in choices:
            self.story_box.addItem(f"{choice.title} - {stage_labels.get(choice.stage, choice.stage)}", choice.id)
        self.story_box.setEnabled(bool(choices))
        if not choices:
            self.story_text.setText(self.tr("No stories with consent to use them are on this device yet."))

    def set_meeting(self, meeting: dict[str, Any], previous_label: str = "") -> None:
        self._meeting = dict(meeting)
        self.held_on.set_value(meeting.get("held_on"))
        self.title.setText(meeting.get("title") or "")
        self.cohort_box.setCurrentIndex(max(0, self.cohort_box.findData(meeting.get("cohort_by") or "vestiging")))
        self.participants.set_rows(meeting.get("participants") or [])
        self.stories.set_rows([self._story_row(s) for s in meeting.get("stories") or []])
        self.decisions.setPlainText("\n".join(meeting.get("decisions") or []))
        self.actions.set_rows(meeting.get("actions") or [])
        carried = meeting.get("carried_actions") or []
        self.carried.set_rows(carried)
        self.carried.setVisible(bool(carried))
        self.no_carried.setVisible(not carried)
        self.previous_label.setText(previous_label or self.tr("none: this is the first meeting"))
        self.set_figures(meeting.get("figures"))

    def set_figures(self, figures: dict | None) -> None:
        self._meeting["figures"] = figures
        if figures:
            self.figures_label.setText(self.tr("Frozen: the figures of {date} ({n} persons)").format(
                date=date_text(figures.get("reference_date")), n=figures.get("persons", 0)))
        else:
            self.figures_label.setText(self.tr("Not frozen yet: the report shows the figures as they are now"))

    def meeting(self) -> dict[str, Any]:
        """The meeting as the form holds it, ready for MeetingRepository.save (checked there)."""
        out = dict(self._meeting)
        out.update(held_on=self.held_on.value(), title=self.title.text().strip(),
                   cohort_by=self.cohort_box.currentData(),
                   participants=[{"name": p["name"], "organisation": p.get("organisation") or "",
                                  "worker_id": p.get("worker_id")} for p in self.participants.rows()],
                   stories=[{"story_id": s["story_id"], "reason": s["reason"]} for s in self.stories.rows()],
                   decisions=[line.strip() for line in self.decisions.toPlainText().splitlines() if line.strip()],
                   actions=[_action(a) for a in self.actions.rows()],
                   carried_actions=[_action(a, carried=True) for a in self.carried.rows()])
        return out

    def bad_dates(self) -> list[int]:
        return self.actions.bad_dates()

    # -- inside ------------------------------------------------------------------------------
    def _on_edit(self) -> None:
        self.edited.emit()

    def _story_row(self, selected: dict) -> dict:
        choice = self._choices.get(selected.get("story_id"))
        title = choice.title if choice else self.tr("(not on this device, or no consent any more)")
        stage = getattr(self, "_stage_labels", {}).get(choice.stage, choice.stage) if choice else ""
        return {"story_id": selected.get("story_id"), "title": title, "stage": stage,
                "reason": selected.get("reason") or ""}

    def _show_story(self) -> None:
        choice = self._choices.get(self.story_box.currentData())
        if choice is None:
            return
        who = choice.person_label if choice.consent_use == "named" and choice.person_label else self.tr("anonymous")
        self.story_text.setText(f"{choice.text_nl}\n({who})")

    def _select_story(self) -> None:
        story_id = self.story_box.currentData()
        if story_id is None or story_id in {r["story_id"] for r in self.stories.rows()}:
            return
        self.stories.add_row(self._story_row({"story_id": story_id, "reason": ""}))
        self.stories.editItem(self.stories.item(self.stories.rowCount() - 1, 2))

    def _add_known(self) -> None:
        worker_id = self.directory_box.currentData()
        worker = next((w for w in self._workers if w["id"] == worker_id), None)
        if worker is None or worker_id in {p.get("worker_id") for p in self.participants.rows()}:
            return
        self.participants.add_row({"name": worker["name"], "worker_id": worker_id,
                                   "organisation": self._organisations.get(worker.get("organisation_id") or "", "")})


def _action(row: dict, carried: bool = False) -> dict:
    keys = ("id", "what", "who", "due_on", "status", "outcome") + (("meeting_id",) if carried else ())
    out = {k: row.get(k) for k in keys}
    out["who"] = out["who"] or ""
    out["outcome"] = out["outcome"] or ""
    out["status"] = out["status"] or "open"
    if not carried or out.get("meeting_id") is None:
        out.pop("meeting_id", None)
    return out

