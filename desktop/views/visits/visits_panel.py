"""A client's home visits: the list, planning a new one, and each visit's report.

The list and the report take turns on one page: the report needs the whole width of
a laptop screen. Planning happens in a small form under the list; it is checked with
the domain's rules first, so a refused plan is marked at its fields and nothing is stored.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.fieldwork_labels import outcome_label
from desktop.views.common.form_draft import FormDraft, focus_in, refocus
from desktop.views.common.style import set_role
from desktop.views.visits.visit_fields import client_address, day_text, worker_names
from desktop.views.visits.visit_plan_form import VisitPlanForm
from desktop.views.visits.visit_report import VisitReport
from domain.errors import RecordInvalid
from domain.visits import Outcome, check_plan

log = logging.getLogger(__name__)

LOAD_KEY = "visits-panel"
PLAN_DRAFT = "visit_plan"  # a visit being planned, kept as it is typed
DATE, TIME, OUTCOME, VISITORS, ADDRESS = range(5)
PLAN_CHANGES = {"visits"}


def _load(client_id: str):
    def work(store):
        return (store.clients.get(client_id), store.visits.for_client(client_id), store.directory.workers(),
                store.current_worker())
    return work


class VisitsPanel(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self._client: dict | None = None
        self._visits: list[dict] = []
        self._names: dict[str, str] = {}
        self._current_worker: str | None = None
        self._wanted_visit: str | None = None  # asked to open before the list was there
        self._reopen: tuple[str, str] | None = None  # (client, visit) whose report was open at the lock
        self._pick: str | None = None  # to choose in the list once it is read again
        self._saving = False
        self._build()
        worker.changed.connect(self._store_changed)
        self.clear()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Home visits"), self)
        title.setStyleSheet("font-size: 16px; font-weight: 600; color: #1d2b36;")
        self.summary = QLabel(self)
        self.summary.setObjectName("visitsSummary")
        self.summary.setProperty("role", "hint")
        self.plan_button = QPushButton(self.tr("&Plan a visit"), self)
        self.plan_button.setObjectName("planVisit")
        self.plan_button.setProperty("primary", True)
        self.plan_button.clicked.connect(self.start_planning)
        self.change_button = QPushButton(self.tr("C&hange plan"), self)
        self.change_button.setObjectName("changePlan")
        self.change_button.setToolTip(self.tr("Change the date, time, address or visitors of a planned visit"))
        self.change_button.clicked.connect(self._start_change)
        self.open_button = QPushButton(self.tr("Open &report"), self)
        self.open_button.setObjectName("openReport")
        self.open_button.setToolTip(self.tr("Open the report of the chosen visit (Enter)"))
        self.open_button.clicked.connect(self._open_current)

        self.list = QTreeWidget(self)
        self.list.setObjectName("visitList")
        self.list.setColumnCount(5)
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Outcome"), self.tr("Who goes"),
                                   self.tr("Address")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Home visits of this client"))
        header = self.list.header()
        header.setStretchLastSection(True)
        for column in (DATE, TIME, OUTCOME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VISITORS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(VISITORS, 200)
        self.list.itemActivated.connect(lambda _item, _col: self._open_current())
        self.list.currentItemChanged.connect(lambda _new, _old: self._update_buttons())
        self.list_hint = QLabel(self)
        self.list_hint.setObjectName("visitsEmpty")
        self.list_hint.setProperty("role", "hint")
        self.list_hint.setWordWrap(True)

        self.plan_form = VisitPlanForm(self)
        self.plan_form.submitted.connect(self._submit_plan)
        self.plan_form.cancelled.connect(self._cancel_planning)
        self.plan_draft = FormDraft(self._worker, PLAN_DRAFT, self)
        self.plan_form.edited.connect(self._keep_plan_draft)
        self.plan_form.hide()
        self.status = QLabel(self)
        self.status.setObjectName("visitsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(title)
        names.addWidget(self.summary)
        bar.addLayout(names, 1)
        bar.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignVCenter)
        list_page = QWidget(self)
        layout = QVBoxLayout(list_page)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.list_hint)
        layout.addWidget(self.plan_form)
        self._list_page = list_page

        self.report = VisitReport(self._worker, self)
        self.report.back.connect(self.show_list)

        self._empty = QLabel(self.tr("No client open."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setProperty("role", "hint")
        self.pages = QStackedWidget(self)
        for page in (self._empty, list_page, self.report):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        QWidget.setTabOrder(self.plan_button, self.list)

    # -- the panel's face towards the main window ----------------------------------
    def load_client(self, client_id: str | None) -> None:
        """Show a client's visits; None shows nothing. The same client again is read again."""
        another = client_id != self._client_id
        if another:
            self.flush()
            self._forget()
            self._client_id = client_id
            self.pages.setCurrentWidget(self._list_page if client_id else self._empty)
            if client_id is None:
                self._wanted_visit = None
            elif self._reopen is not None and self._reopen[0] == client_id:
                self._wanted_visit = self._reopen[1]  # after an unlock: the report shown before
            self._reopen = None
        if client_id is not None:
            self._fetch()
        if another and client_id is not None:  # after the visits (one queue, answered in order)
            self.plan_draft.read(self, lambda draft: self._resume_planning(client_id, draft))

    def open_visit(self, visit_id: str) -> None:
        """Open a visit's report, as from the agenda. The client is loaded first (load_client)."""
        if any(v["id"] == visit_id for v in self._visits):
            self._wanted_visit = None
            self._show_report(visit_id)
        else:
            self._wanted_visit = visit_id  # opened once the list holds it

    def flush(self) -> None:
        self.report.flush()
        self.plan_draft.flush()

    def clear(self) -> None:
        """Lock: save what is typed, then forget every detail of the client in the widgets."""
        self._keep_plan_draft()  # with the field and cursor of this moment
        if self.pages.currentWidget() is self.report and self.report.visit_id and self._client_id:
            self._reopen = (self._client_id, self.report.visit_id)  # ids only, no contents
        self.flush()
        self._forget()
        self._client_id = None
        self._wanted_visit = None
        self.pages.setCurrentWidget(self._empty)

    def show_list(self) -> None:
        if self._client_id is None:
            return
        visit_id = self.report.visit_id
        self.report.flush()
        self.pages.setCurrentWidget(self._list_page)
        if visit_id:
            self._select(visit_id)
        self.list.setFocus()

    def start_planning(self) -> None:
        if self._client is None:
            return
        self.plan_form.show()
        mine = [self._current_worker] if self._current_worker in self._names else []
        self.plan_form.start_new(client_address(self._client), mine)
        self._set_status("", "hint")

    # -- loading -----------------------------------------------------------------
    def _forget(self) -> None:
        self._worker.forget(self)  # answers about the client shown before are dropped
        self._client = None
        self._visits = []
        self._pick = None
        self._saving = False
        self.list.clear()
        self.summary.clear()
        self.list_hint.clear()
        self._stop_planning()
        self.plan_form.clear()
        self.report.clear()
        self._set_status("", "hint")
        self._update_buttons()

    def _fetch(self) -> None:
        client_id = self._client_id
        self._worker.read(_load(client_id), key=LOAD_KEY, asker=self,
                          on_done=lambda result: self._loaded(client_id, *result), on_error=self._load_failed)

    def _loaded(self, client_id, client, visits, workers, current_worker) -> None:
        if client_id != self._client_id:
            return
        self._client, self._visits, self._current_worker = client, visits, current_worker
        self._names = {w["id"]: w["name"] for w in workers}
        if not self.plan_form.isVisible():
            self.plan_form.set_workers(workers)
        self._show_rows()
        if self._wanted_visit and any(v["id"] == self._wanted_visit for v in visits):
            visit_id, self._wanted_visit = self._wanted_visit, None
            self._show_report(visit_id)

    def _load_failed(self, error: BaseException) -> None:
        log.error("loading the visits failed", exc_info=error)
        self._set_status(self.tr("The visits could not be loaded."), "problem")

    def _store_changed(self, changes) -> None:
        if self._client_id is not None and {"visits", "clients", "device_state"} & set(changes):
            self._fetch()

    def _show_rows(self) -> None:
        current, self._pick = self._pick or self._current_id(), None
        self.list.clear()
        for visit in self._visits:
            item = QTreeWidgetItem([day_text(visit["planned_on"]), visit.get("planned_time") or "",
                                    outcome_label(visit["outcome"]),
                                    worker_names(visit.get("visitor_ids"), self._names), visit.get("address") or ""])
            item.setData(0, Qt.ItemDataRole.UserRole, visit["id"])
            item.setToolTip(ADDRESS, visit.get("address") or "")
            if visit["outcome"] == Outcome.PLANNED:
                font = item.font(0)
                font.setBold(True)
                item.setFont(OUTCOME, font)
            self.list.addTopLevelItem(item)
        if current:
            self._select(current)
        elif self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        planned = sum(1 for v in self._visits if v["outcome"] == Outcome.PLANNED)
        done = sum(1 for v in self._visits if v["outcome"] == Outcome.DONE)
        self.summary.setText(self.tr("{planned} planned, {done} took place").format(planned=planned, done=done)
                             if self._visits else "")
        self.list_hint.setText("" if self._visits else
                               self.tr("No home visits yet: plan the first one."))
        self.list_hint.setVisible(not self._visits)
        self._update_buttons()

    # -- planning ----------------------------------------------------------------
    def _start_change(self) -> None:
        visit = self._current_visit()
        if visit is None or visit["outcome"] != Outcome.PLANNED:
            return
        self.plan_form.show()
        self.plan_form.start_change(visit)
        self._set_status("", "hint")

    def _keep_plan_draft(self) -> None:
        """A visit being planned is saved on purpose only: until then it waits, encrypted, as a
        draft, written as it is typed (so a crash loses at most a second of it)."""
        if self.plan_form.isHidden() or self._client_id is None:
            return
        focus, cursor = focus_in(self.plan_form)
        self.plan_draft.keep({"client_id": self._client_id, "visit_id": self.plan_form.visit_id,
                              "values": self.plan_form.values(), "focus": focus, "cursor": cursor})

    def _resume_planning(self, client_id: str, draft: dict | None) -> None:
        if not draft or draft.get("client_id") != client_id or client_id != self._client_id:
            return
        visit = next((v for v in self._visits if v["id"] == draft.get("visit_id")), None)
        if visit is not None:
            self.plan_form.show()
            self.plan_form.start_change(visit)
        else:
            self.start_planning()
        self.plan_form.restore(draft.get("values") or {})
        refocus(self.plan_form, draft.get("focus"), draft.get("cursor"))

    def _cancel_planning(self) -> None:
        self.plan_draft.drop()  # cancelled on purpose: it does not come back
        self._set_status("", "hint")
        self._stop_planning()

    def _stop_planning(self) -> None:
        self.plan_form.hide()
        self.plan_button.setEnabled(self._client is not None)
        if self.pages.currentWidget() is self._list_page:
            self.list.setFocus()

    def _submit_plan(self, fields: dict) -> None:
        if self._client_id is None or self._saving:
            return
        visit_id = self.plan_form.visit_id
        errors = check_plan(fields)
        if errors:
            self.plan_form.show_errors(errors)
            self._set_status(self.tr("Not planned: please correct the marked fields."), "problem")
            return
        client_id = self._client_id
        if visit_id is None:
            def work(store):
                return store.visits.plan(client_id, fields)
        else:
            def work(store):
                store.visits.update_plan(visit_id, fields)
                return visit_id
        self._saving = True
        self._worker.write(work, changes=PLAN_CHANGES, asker=self,
                           on_done=lambda new_id: self._planned(new_id, fields, visit_id is None),
                           on_error=self._plan_refused)

    def _planned(self, visit_id: str, fields: dict, new: bool) -> None:
        self._saving = False
        self.plan_draft.drop()  # planned: stored, nothing left to keep
        self._stop_planning()
        when = day_text(fields["planned_on"])
        if fields.get("planned_time"):
            when = f"{when} {fields['planned_time']}"
        self._set_status((self.tr("Visit planned: {when}.") if new else self.tr("Plan changed: {when}."))
                         .format(when=when), "success")
        self._pick = visit_id  # the list is read again on the change: choose this visit then

    def _plan_refused(self, error: BaseException) -> None:
        self._saving = False
        if isinstance(error, RecordInvalid):
            self.plan_form.show_errors(error.errors)
            self._set_status(self.tr("Not planned: please correct the marked fields."), "problem")
            return
        log.error("planning a visit failed", exc_info=error)
        self._set_status(self.tr("The visit could not be planned."), "problem")

    # -- the list ----------------------------------------------------------------
    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_visit(self) -> dict | None:
        visit_id = self._current_id()
        return next((v for v in self._visits if v["id"] == visit_id), None)

    def _select(self, visit_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == visit_id:
                self.list.setCurrentItem(item)
                return

    def _open_current(self) -> None:
        visit_id = self._current_id()
        if visit_id:
            self._show_report(visit_id)

    def _show_report(self, visit_id: str) -> None:
        self._stop_planning()
        self._select(visit_id)
        self.pages.setCurrentWidget(self.report)
        self.report.show_visit(visit_id)

    def _update_buttons(self) -> None:
        visit = self._current_visit()
        self.plan_button.setEnabled(self._client is not None)
        self.open_button.setEnabled(visit is not None)
        self.change_button.setEnabled(visit is not None and visit["outcome"] == Outcome.PLANNED)

    def _set_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_role(self.status, role)
