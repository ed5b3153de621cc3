"""The agenda: what a begeleider looks at first in the morning.

Today's visits, the rest of the week, visits that took place but were never reported,
follow-up actions past their date, and the clients who have not been visited at home
yet. "Only mine" keeps to the visits, actions and caseload of who works on this device.
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
from desktop.views.visits.agenda_section import AgendaRow, AgendaSection
from desktop.views.visits.visit_fields import day_text, worker_names
from domain.client import display_name
from domain.visits import Outcome

log = logging.getLogger(__name__)

LOAD_KEY = "agenda"
REFRESH_DELAY_MS = 150  # a burst of writes (autosave, a report) becomes one read
WATCHED = frozenset({"visits", "follow_ups", "clients", "device_state"})


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
        left.addWidget(self.today_section, 3)
        left.addWidget(self.week_section, 3)
        left.addWidget(self.unreported_section, 2)
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.overdue_section, 1)
        right.addWidget(self.not_visited_section, 1)
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
            s.list for s in (self.today_section, self.week_section, self.unreported_section,
                             self.overdue_section, self.not_visited_section))]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._set_status("")

    @property
    def sections(self) -> dict[str, AgendaSection]:
        return {"today": self.today_section, "this_week": self.week_section,
                "unreported": self.unreported_section, "overdue_follow_ups": self.overdue_section,
                "not_visited": self.not_visited_section}

    # -- public ------------------------------------------------------------------
    def reload(self) -> None:
        """Read the agenda again (and show it again after a lock)."""
        self._refresh.stop()
        self._locked, self._stale = False, False
        today, only_mine = self.today(), self._prefer_mine

        def work(store):
            me = store.current_worker()
            agenda = store.visits.agenda(today, me if only_mine else None)
            return agenda, store.directory.workers(), me

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

    def _loaded(self, today: date, agenda, workers: list[dict], me: str | None) -> None:
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
        not_visited = [AgendaRow([display_name(c), c.get("address_city") or "", format_date(c.get("vestiging_date"))],
                                 c) for c in agenda.not_visited]
        total = agenda.not_visited_total
        more = (self.tr("The {shown} settled longest ago of {total} are shown.").format(
            shown=len(not_visited), total=total) if total > len(not_visited) else "")
        self.not_visited_section.set_rows(not_visited, count=total, footer=more)
        self.loaded.emit()

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

    def _set_status(self, text: str, role: str = "hint") -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_role(self.status, role)
