"""A client's joint plan of action (PIP): start it from the intake, then route, goals, actions,
money, milestones, agreement and history as sections.

The plan's own fields save one by one as they are edited; goals, actions and the rest are
records of their own, saved as they change (docs/decisions/0008). Every write announces the
tables it touched and the panel reads the plan again, so what two partners add meets here.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.autosave import Autosaver, SaveStateLabel
from desktop.views.common.export_file import ask_export_path, safe_file_name
from desktop.views.common.field_widgets import format_date
from desktop.views.common.shortcuts import shortcut
from desktop.views.common.style import card_page, repolish, set_role
from desktop.views.plan.plan_actions import ActionsSection
from desktop.views.plan.plan_agreement import AgreementSection
from desktop.views.plan.plan_data import PlanData, read_plan, record_names
from desktop.views.plan.plan_goals import GoalsSection
from desktop.views.plan.plan_header_fields import HeaderFields
from desktop.views.plan.plan_history_view import HistorySection
from desktop.views.plan.plan_milestones import MilestonesSection
from desktop.views.plan.plan_money import MoneySection
from desktop.views.plan.plan_pdf import PlanPrint, person_language, save_plan_pdf
from desktop.views.plan.plan_records import RecordSection
from desktop.views.plan.plan_route import RouteSection
from desktop.views.plan.plan_widgets import PLAN_STYLE
from domain.client import display_name

log = logging.getLogger(__name__)

LOAD_KEY = "plan-panel"
PLAN_TABLES = frozenset({"plans", "plan_goals", "plan_actions", "plan_tranches", "plan_debt_signals",
                         "plan_milestones", "plan_versions"})
READ_AGAIN = PLAN_TABLES | {"clients", "intakes", "device_state", "organisations", "workers"}


class PlanPanel(QWidget):
    plan_shown = Signal(str)  # the plan's id, each time the panel has shown it as read from the store

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._data: PlanData | None = None
        self.autosaver = Autosaver(worker, parent=self)
        self.fields = HeaderFields(self.autosaver, self)
        self.setStyleSheet(PLAN_STYLE)
        self._pages = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self._empty, "hint")
        self._pages.addWidget(self._empty)
        self._pages.addWidget(self._build_start_page())
        self._pages.addWidget(self._build_plan_page())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._pages)
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build_start_page(self) -> QWidget:
        page = QWidget(self)
        layout = card_page(page, 560)
        title = QLabel(self.tr("Plan of action (PIP)"), page)
        title.setObjectName("pageTitle")
        self.start_intro = QLabel(page)
        self.start_intro.setObjectName("planStartIntro")
        self.start_intro.setWordWrap(True)
        holds = QLabel(self.tr("The plan holds the learning route, the goals per life domain, the actions of "
                               "every partner, money matters and milestones. Once agreed with the person it is "
                               "frozen as a numbered version, which DUO receives."), page)
        holds.setWordWrap(True)
        set_role(holds, "hint")
        self.start_button = QPushButton(page)
        self.start_button.setObjectName("startPlan")
        self.start_button.setProperty("primary", True)
        # Started on purpose only: a click, Space or Alt+S; a stray Enter starts nothing.
        self.start_button.setAutoDefault(False)
        self.start_button.clicked.connect(self.start_plan)
        self.start_status = QLabel(page)
        self.start_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout.addWidget(title)
        layout.addWidget(self.start_intro)
        layout.addWidget(holds)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.start_status)
        return page

    def _build_plan_page(self) -> QWidget:
        page = QWidget(self)
        title = QLabel(self.tr("Plan of action"), page)
        title.setObjectName("panelTitle")
        self.version_chip = QLabel(page)
        self.version_chip.setObjectName("versionChip")
        self.save_state = SaveStateLabel(self.autosaver, page)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), page)
        self.pdf_button.setObjectName("savePlanPdf")
        self.pdf_button.clicked.connect(self._ask_pdf_path)
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(title)
        top.addWidget(self.version_chip)
        top.addStretch(1)
        top.addWidget(self.save_state)
        top.addWidget(self.pdf_button)
        self.message = QLabel(page)
        self.message.setObjectName("planMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        self.route = RouteSection(self.fields, page)
        self.goals = GoalsSection(self._worker, self.autosaver, page)
        self.actions = ActionsSection(self._worker, self.autosaver, page)
        self.money = MoneySection(self._worker, self.autosaver, self.fields, page)
        self.milestones = MilestonesSection(self._worker, self.autosaver, page)
        self.agreement = AgreementSection(self._worker, page)
        self.history = HistorySection(self._worker, page)
        self.sections = QTabWidget(page)
        self.sections.setObjectName("planSections")
        for index, (widget, text) in enumerate((
                (self.route, self.tr("Route")), (self.goals, self.tr("Goals")), (self.actions, self.tr("Actions")),
                (self.money, self.tr("Money")), (self.milestones, self.tr("Milestones")),
                (self.agreement, self.tr("Agreement")), (self.history, self.tr("History")))):
            self.sections.addTab(widget, text)
            self.sections.setTabToolTip(index, self.tr("Ctrl+PgDown: next section, Ctrl+PgUp: previous"))
        # Not Alt+digit: the main window's pages own Alt+1/2/3 everywhere (no key is defined twice).
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut(keys, page, lambda s=step: self.step_section(s), Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.sections.currentChanged.connect(lambda _i: self._section_shown())
        for section in (self.goals.records, self.actions.records, self.money.tranches, self.money.debts,
                        self.milestones.records, self.agreement):
            section.message.connect(self._show_message)
        self.agreement.route_missing.connect(self._agreement_refused)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.sections, 1)
        return page

    # -- the panel's face towards the main window ----------------------------------
    @property
    def page(self) -> str:
        """What is shown: "empty" (no client, loading), "start" or "plan"."""
        return ("empty", "start", "plan")[self._pages.currentIndex()]

    @property
    def plan_id(self) -> str | None:
        return self._data.plan["id"] if self._data and self._data.plan else None

    @property
    def data(self) -> PlanData | None:
        return self._data

    def load_client(self, client_id: str | None) -> None:
        """Show a client's plan; None shows nothing. The same client again is read again."""
        if client_id != self._client_id:
            self.flush()
            self._forget()
            self._client_id = client_id
            self._show_empty(self.tr("Loading…") if client_id else self.tr("No client open."))
        if client_id is not None:
            self._fetch()

    def flush(self) -> None:
        self.autosaver.flush()
        self.agreement.flush()  # a half-filled agreement is a draft
        for records in self.findChildren(RecordSection):
            records.flush()  # so is a new record typed but not added

    def clear(self) -> None:
        """Lock: save what is typed, then forget every client detail in the widgets."""
        self.flush()
        self._forget()
        self._client_id = None
        self._show_empty(self.tr("No client open."))

    def show_section(self, index: int) -> None:
        self.sections.setCurrentIndex(index)

    def step_section(self, step: int) -> None:
        self.show_section((self.sections.currentIndex() + step) % self.sections.count())

    def start_plan(self) -> None:
        client_id = self._client_id
        if client_id is None:
            return
        self.start_button.setEnabled(False)

        def failed(error):
            self.start_button.setEnabled(True)
            log.error("starting a plan failed", exc_info=error)
            self.start_status.setText(self.tr("The plan could not be started."))
            set_role(self.start_status, "problem")

        # The button comes back in any case; the problem is told only if the client is still shown.
        self._worker.write(lambda store: store.plans.start(client_id), {"plans", "plan_goals"},
                           on_done=lambda _plan_id: self.start_button.setEnabled(True),
                           on_error=self._worker.bound(self, failed))

    def plan_print(self) -> PlanPrint | None:
        data = self._data
        if data is None or data.plan is None:
            return None
        return PlanPrint(plan=data.plan, client_name=display_name(data.client), language=person_language(data.client),
                         names=self._names(), changed_since_agreed=bool(data.since and not data.since.empty))

    def save_pdf(self, path: str) -> None:
        document = self.plan_print()
        if document is not None:
            save_plan_pdf(document, path)

    # -- loading -----------------------------------------------------------------
    def _forget(self) -> None:
        self._worker.forget(self)  # answers about the client shown before are dropped
        self._data = None
        self.fields.clear()
        for section in (self.route, self.goals, self.actions, self.money, self.milestones, self.agreement,
                        self.history):
            section.clear()
        self.message.clear()
        self.message.hide()
        self.save_state.reset()
        self.start_status.clear()
        self.sections.setCurrentIndex(0)

    def _fetch(self) -> None:
        client_id = self._client_id
        self._worker.read(read_plan(client_id), key=LOAD_KEY, asker=self,
                          on_done=lambda data: self._loaded(client_id, data), on_error=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading the plan failed", exc_info=error)
        self._show_empty(self.tr("The plan could not be loaded."))

    def _store_changed(self, changes) -> None:
        if self._client_id is not None and READ_AGAIN & set(changes):
            self._fetch()

    def _loaded(self, client_id: str, data: PlanData) -> None:
        if client_id != self._client_id:
            return
        self._data = data
        if data.plan is None:
            self._show_start(data)
            return
        plan, plan_id = data.plan, data.plan["id"]
        self.fields.set_plan(plan_id)
        for section in (self.goals, self.actions, self.money, self.milestones):
            section.set_plan(plan_id)
        self.agreement.set_plan(plan_id, data.me)
        names = self._names()
        self.actions.set_directory(data.workers, data.organisations)
        self.money.set_organisations(data.organisations)
        self.agreement.set_directory(data.workers, names)
        self.history.set_names(names)
        self.fields.show(plan, plan.get("law_errors"))
        self.route.show_deadlines(plan.get("deadlines") or [])
        self.goals.show_goals(plan["goals"], plan["actions"], data.suggested)
        self.actions.show_actions(plan["actions"], plan["goals"])
        self.money.show_money(plan)
        self.milestones.show_milestones(plan["milestones"])
        self.agreement.show_versions(plan["versions"], data.since)
        self._show_version(plan["versions"], data.since)
        if self.sections.currentWidget() is self.history:
            self.history.load(plan_id)
        self._pages.setCurrentIndex(2)
        self.plan_shown.emit(plan_id)

    def _names(self) -> dict[str, str]:
        return record_names(self._data) if self._data else {}

    def _show_empty(self, text: str) -> None:
        self._empty.setText(text)
        self._pages.setCurrentIndex(0)

    def _show_start(self, data: PlanData) -> None:
        if data.has_intake:
            self.start_intro.setText(self.tr("{name} has no plan yet. Start it from the broad intake: its support "
                                             "level becomes the guidance, and each domain it named becomes a goal.")
                                     .format(name=display_name(data.client)))
            self.start_button.setText(self.tr("&Start plan from the intake"))
        else:
            self.start_intro.setText(self.tr("{name} has no plan yet, and no completed broad intake to start it "
                                             "from. You can start an empty plan and add the goals by hand.")
                                     .format(name=display_name(data.client)))
            self.start_button.setText(self.tr("&Start an empty plan"))
        self._pages.setCurrentIndex(1)

    def _show_version(self, versions: list[dict], since) -> None:
        if not versions:
            text, state = self.tr("Not agreed yet"), "draft"
        elif since is not None and not since.empty:
            text, state = self.tr("Version {number} · changed since").format(number=versions[-1]["number"]), "changed"
        else:
            text, state = self.tr("Version {number} · agreed {date}").format(
                number=versions[-1]["number"], date=format_date(versions[-1].get("agreed_on"))), "agreed"
        self.version_chip.setText(text)
        self.version_chip.setProperty("state", state)
        repolish(self.version_chip)

    def _section_shown(self) -> None:
        if self.sections.currentWidget() is self.history:
            self.history.load(self.plan_id)

    def _show_message(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_role(self.message, role)

    def _agreement_refused(self, problems: dict) -> None:
        self.fields.show_problems(problems)
        named = ", ".join(f"{words.field_label(f)}: {words.plan_error_message(c)}" for f, c in problems.items())
        self._show_message(self.tr("Not agreed. In the route: {problems}").format(problems=named), "problem")

    def _ask_pdf_path(self) -> None:
        document = self.plan_print()
        if document is None:
            return
        name = safe_file_name(self.tr("Plan {name}.pdf").format(name=document.client_name))
        path = ask_export_path(self, self.tr("Save the plan as PDF"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            save_plan_pdf(document, path)
        except OSError as error:
            log.error("writing the plan's PDF failed", exc_info=error)
            self._show_message(self.tr("The PDF could not be written."), "problem")
            return
        client_id = self._client_id
        self._worker.write(lambda store: store.export_log.record("plan_pdf", client_id, [path]), {"export_log"})
        self._show_message(self.tr("Saved as {path}. This file is not encrypted.").format(path=path), "success")

    def sizeHint(self) -> QSize:
        return QSize(900, 600)
