"""The agenda: what a begeleider looks at first in the morning.

Today's visits, the rest of the week, visits that took place but were never reported,
follow-up actions past their date, and the clients who have not been visited at home
yet. "Only mine" keeps to the visits, actions and caseload of who works on this device, and
shows their to-do list (store.work.items(), the list "Mijn acties" shows) for today or the week.
The agenda is read again when visits, actions or clients change, but only while shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.fieldwork_labels import outcome_label
from desktop.views.common.style import set_role
from desktop.views.common.work_labels import work_kind, work_what
from desktop.views.visits.agenda_section import AgendaRow, AgendaSection
from desktop.views.visits.visit_fields import day_text, worker_names
from domain.client import display_name
from domain.visits import Outcome, week_of

log = logging.getLogger(__name__)

LOAD_KEY = "agenda"
REFRESH_DELAY_MS = 150  # a burst of writes (autosave, a report) becomes one read
WATCHED = frozenset({"visits", "follow_ups", "clients", "device_state", "plan_actions", "plans", "plan_versions"})


class AgendaView(QWidget):
    open_visit = Signal(str, str)  # client id, visit id
    open_client = Signal(str)
    loaded = Signal()  # the lists show what was just read

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._locked = False
        self._stale = True
        self._date_text = ""
        self.today: Callable[[], date] = date.today
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(REFRESH_DELAY_MS)
        self._refresh.timeout.connect(self.reload)
        self._build()
        worker.changed.connect(self._store_changed)

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Agenda"), self)
        title.setObjectName("pageTitle")
        self.date_label = QLabel(self)
        self.date_label.setProperty("role", "hint")
        self.mine_button = QRadioButton(self.tr("Only &mine"), self)
        self.mine_button.setObjectName("agendaOnlyMine")
        self.everyone_button = QRadioButton(self.tr("&Everyone"), self)
        self.everyone_button.setObjectName("agendaEveryone")
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.mine_button)
        self._scope.addButton(self.everyone_button)
        self.mine_button.setChecked(True)
        self._prefer_mine = True  # the choice made; shown as "everyone" while nobody works here
        self.mine_button.toggled.connect(self._scope_chosen)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("agendaRefresh")
        self.refresh_button.setToolTip(self.tr("Read the agenda again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.reload)
        self.status = QLabel(self)
        self.status.setObjectName("agendaStatus")
        self.status.setWordWrap(True)

        self.today_section = AgendaSection(
            self.tr("&Today"), [self.tr("Time"), self.tr("Client"), self.tr("Outcome"), self.tr("Address")],
            self.tr("No visits today."), stretch_column=3, parent=self)
        self.week_section = AgendaSection(
            self.tr("Later this &week"), [self.tr("Day"), self.tr("Time"), self.tr("Client"), self.tr("Who goes")],
            self.tr("Nothing more planned this week."), stretch_column=3, parent=self)
        self.unreported_section = AgendaSection(
            self.tr("Not yet re&ported"), [self.tr("Date"), self.tr("Client"), self.tr("Who goes")],
            self.tr("Every visit that took place has its report."), stretch_column=2, parent=self)
        self.overdue_section = AgendaSection(
            self.tr("&Overdue actions"), [self.tr("Due"), self.tr("Client"), self.tr("Action"), self.tr("Who")],
            self.tr("No follow-up action is overdue."), stretch_column=2, parent=self)
        self.todo_section = AgendaSection(
            self.tr("To &do"), [self.tr("Due"), self.tr("Client"), self.tr("What"), self.tr("Kind")],
            self.tr("Nothing to do in this period."), stretch_column=2, parent=self)
        self.todo_day = QRadioButton(self.tr("Today"), self)
        self.todo_week = QRadioButton(self.tr("This week"), self)
        self.todo_day.setObjectName("agendaTodoDay")
        self.todo_week.setObjectName("agendaTodoWeek")
        self._todo_span = QButtonGroup(self)
        for button in (self.todo_day, self.todo_week):
            self._todo_span.addButton(button)
        self.todo_week.setChecked(True)
        self.todo_week.toggled.connect(lambda _on: self.reload())
        self.todo_section.activated.connect(self._todo_activated)
        self.not_visited_section = AgendaSection(
            self.tr("&No home visit yet"), [self.tr("Client"), self.tr("City"), self.tr("Settled on")],
            self.tr("Every client has had a home visit."), stretch_column=0, parent=self)
        for section in (self.today_section, self.week_section, self.unreported_section):
            section.activated.connect(self._visit_activated)
        self.overdue_section.activated.connect(self._follow_up_activated)
        self.not_visited_section.activated.connect(lambda row: self.open_client.emit(row["id"]))
        self.today_section.setToolTip(self.tr("Enter opens the visit's report"))
        self.not_visited_section.setToolTip(self.tr("Enter opens the client's home visits"))

        header = QHBoxLayout()
        header.setSpacing(12)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(title)
        names.addWidget(self.date_label)
        header.addLayout(names, 1)
        header.addWidget(self.mine_button)
        header.addWidget(self.everyone_button)
        header.addSpacing(8)
        header.addWidget(self.refresh_button)
        left = QVBoxLayout()
        left.setSpacing(10)
        right = QVBoxLayout()
        right.setSpacing(10)
        span = QHBoxLayout()
        span.addStretch(1)
        span.addWidget(self.todo_day)
        span.addWidget(self.todo_week)
        right.addLayout(span)
        # Each column's sections with their share of its height; the spare room goes below them.
        self._columns = [(left, [(self.today_section, 3), (self.week_section, 3), (self.unreported_section, 2)]),
                         (right, [(self.todo_section, 1), (self.overdue_section, 1), (self.not_visited_section, 1)])]
        for column, sections in self._columns:
            for section, share in sections:
                column.addWidget(section, share)
            column.addStretch(0)
        columns = QHBoxLayout()
        columns.setSpacing(10)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.status)
        layout.addLayout(columns, 1)
        order = [self.mine_button, self.everyone_button, self.refresh_button, *(
            s.list for s in (self.today_section, self.week_section, self.unreported_section)),
            self.todo_day, self.todo_week, self.todo_section.list,
            self.overdue_section.list, self.not_visited_section.list]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._set_status("")

    @property
    def sections(self) -> dict[str, AgendaSection]:
        return {"today": self.today_section, "this_week": self.week_section,
                "unreported": self.unreported_section, "overdue_follow_ups": self.overdue_section,
                "todo": self.todo_section, "not_visited": self.not_visited_section}

    # -- public ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the agenda again (and show it again after a lock)."""
        self._refresh.stop()
        self._locked, self._stale = False, False
        today, only_mine = self.today(), self._prefer_mine
        until = today if self.todo_day.isChecked() else week_of(today)[1]

        def work(store):
            me = store.current_worker()
            agenda = store.visits.agenda(today, me if only_mine else None)
            # The worker's to-do list up to the end of the day or week: what "Mijn acties" lists.
            todo = store.work.items(worker_id=me, until=until, today=today) if me and only_mine else []
            return agenda, todo, store.directory.workers(), me

        # Only the newest read's answer is shown: a newer one of the same key supersedes it.
        self._worker.read(work, key=LOAD_KEY, asker=self, on_done=lambda result: self._loaded(today, *result),
                          on_error=self._failed)

    def clear(self) -> None:
        """Lock: forget every client shown, and read nothing until reload()."""
        self._refresh.stop()
        self._locked, self._stale = True, True
        self._worker.forget(self)
        for section in self.sections.values():
            section.set_rows([])
        self._close_gaps()
        self.date_label.clear()
        self._set_status("")

    # -- reading -----------------------------------------------------------------
    def _store_changed(self, changes) -> None:
        if self._locked or not (WATCHED & set(changes)):
            return
        if self.isVisible():
            self._refresh.start()
        else:
            self._stale = True  # read when shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale and not self._locked:
            self.reload()

    def _failed(self, error: BaseException) -> None:
        log.error("reading the agenda failed", exc_info=error)
        self._set_status(self.tr("The agenda could not be read."), "problem")

    def _loaded(self, today: date, agenda, todo: list[dict], workers: list[dict], me: str | None) -> None:
        names = {w["id"]: w["name"] for w in workers}
        locale = QLocale()
        self._date_text = self.tr("{day}, week {week}").format(
            day=locale.toString(today, QLocale.FormatType.LongFormat), week=today.isocalendar().week)
        self._show_scope(me, names)
        day = today.isoformat()

        self.today_section.set_rows([self._visit_row(
            v, [v.get("planned_time") or "", display_name(v), outcome_label(v["outcome"]), v.get("address") or ""],
            names) for v in agenda.today])
        later = [v for v in agenda.this_week if v["planned_on"] > day]  # today's have their own list
        self.week_section.set_rows([self._visit_row(
            v, [day_text(v["planned_on"]), v.get("planned_time") or "", display_name(v),
                worker_names(v.get("visitor_ids"), names)], names) for v in later])
        self.unreported_section.set_rows([self._visit_row(
            v, [day_text(v["planned_on"]), display_name(v), worker_names(v.get("visitor_ids"), names)], names,
            warn_column=0) for v in agenda.unreported])
        self.overdue_section.list.setColumnHidden(3, me is not None and self._prefer_mine)  # all mine
        self.overdue_section.set_rows([AgendaRow(
            [format_date(f["due_on"]), display_name(f), f["description"], names.get(f["owner_id"], "")], f,
            warn_column=0, tooltips={2: f["description"]}) for f in agenda.overdue_follow_ups])
        mine = me is not None and self._prefer_mine
        # Mine: the to-do list holds the overdue follow-ups too, with the rest of the worker's list.
        self.overdue_section.setVisible(not mine)
        for widget in (self.todo_section, self.todo_day, self.todo_week):
            widget.setVisible(mine)
        self.todo_section.set_rows([AgendaRow(
            [format_date(i["due_on"]), i["client_name"], work_what(i), work_kind(i)], i,
            warn_column=0 if i["overdue"] else None, tooltips={2: work_what(i)}) for i in todo])
        not_visited = [AgendaRow([display_name(c), c.get("address_city") or "", format_date(c.get("vestiging_date"))],
                                 c) for c in agenda.not_visited]
        total = agenda.not_visited_total
        more = (self.tr("The {shown} settled longest ago of {total} are shown.").format(
            shown=len(not_visited), total=total) if total > len(not_visited) else "")
        self.not_visited_section.set_rows(not_visited, count=total, footer=more)
        self._close_gaps()
        self.loaded.emit()

    def _close_gaps(self) -> None:
        """Only sections with rows share a column's height; an empty one keeps its few lines, and
        when a whole column is empty its sections stand together at the top, not spread over it."""
        for column, sections in self._columns:
            filled = False
            for section, share in sections:
                has_rows = section.list.topLevelItemCount() > 0
                column.setStretchFactor(section, share if has_rows else 0)
                filled = filled or has_rows
            column.setStretch(column.count() - 1, 0 if filled else 1)

    def _visit_row(self, visit: dict, texts: list[str], names: dict[str, str],
                   warn_column: int | None = None) -> AgendaRow:
        tip = "\n".join(p for p in (visit.get("address"), worker_names(visit.get("visitor_ids"), names)) if p)
        row = AgendaRow(texts, visit, warn_column, {i: tip for i in range(len(texts))})
        if visit["outcome"] != Outcome.PLANNED:
            row.warn_column = None
        return row

    def _scope_chosen(self, mine: bool) -> None:
        self._prefer_mine = mine
        self.reload()

    def _show_scope(self, me: str | None, names: dict[str, str]) -> None:
        self.mine_button.setEnabled(me is not None)
        shown = self.mine_button if me is not None and self._prefer_mine else self.everyone_button
        for button in (self.mine_button, self.everyone_button):
            button.blockSignals(True)
        shown.setChecked(True)
        for button in (self.mine_button, self.everyone_button):
            button.blockSignals(False)
        if me is None:
            self.date_label.setText(self._date_text)
            self._set_status(self.tr("Everyone's agenda is shown. Choose who works on this device in "
                                     "Settings to see only your own."), "hint")
            return
        self._set_status("")
        if self.mine_button.isChecked():
            self.date_label.setText(self.tr("{date}  ·  the agenda of {name}").format(
                date=self._date_text, name=names.get(me, "?")))
        else:
            self.date_label.setText(self.tr("{date}  ·  everyone's agenda").format(date=self._date_text))

    # -- opening -----------------------------------------------------------------
    def _visit_activated(self, visit: dict) -> None:
        self.open_visit.emit(visit["client_id"], visit["id"])

    def _follow_up_activated(self, follow_up: dict) -> None:
        if follow_up.get("visit_id"):
            self.open_visit.emit(follow_up["client_id"], follow_up["visit_id"])
        else:
            self.open_client.emit(follow_up["client_id"])

    def _todo_activated(self, item: dict) -> None:
        if item.get("kind") == "follow_up" and item.get("visit_id"):
            self.open_visit.emit(item["client_id"], item["visit_id"])
        else:
            self.open_client.emit(item["client_id"])

    def _set_status(self, text: str, role: str = "hint") -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_role(self.status, role)
