"""The work pages beside the caseload (agenda, my actions, monitoring, workshops, sociale kaart):
each built when first wanted, so start-up stays quick, then shown and reloaded. Mixed into the main
window, whose attributes (the pages, their actions, the worker, _open_client) it uses."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

PLAN_TAB, VISITS_TAB = 3, 4  # in the client workspace: file, handover, intake, plan, visits
# From the caseload's first rows to the dashboard's warming: the start-up and the first look at the
# caseload go first, and the start's memory peak is the start's (the kept figures come after).
WARM_AFTER_MS = 1500


class WorkPages:
    def _show_page(self, name: str, action: QAction, build) -> None:
        """A work page: built when first wanted (start-up stays quick), then shown and reloaded."""
        if self._locked or self.work_pages is None:
            return
        page = getattr(self, name)
        if page is None:
            page = build()
            setattr(self, name, page)
            self.work_pages.addWidget(page)
        self.work_pages.setCurrentWidget(page)
        action.setChecked(True)
        page.reload()

    def show_agenda(self) -> None:
        def build():
            from desktop.views.visits.agenda_view import AgendaView
            page = AgendaView(self._worker)
            page.open_client.connect(lambda client_id: self._open_client(client_id, VISITS_TAB))
            page.open_visit.connect(self._open_visit)
            return page
        self._show_page("agenda", self.agenda_page_action, build)

    def show_my_actions(self) -> None:
        def build():
            from desktop.views.plan.my_actions_view import MyActionsView
            page = MyActionsView(self._worker)
            page.open_client.connect(lambda client_id: self._open_client(client_id, PLAN_TAB))
            return page
        self._show_page("my_actions", self.actions_page_action, build)

    def show_monitoring(self) -> None:
        def build():
            from desktop.views.monitoring.dashboard_view import DashboardView
            page = DashboardView(self._worker)
            page.open_client.connect(self._open_client)
            return page
        self._show_page("monitoring", self.monitoring_page_action, build)

    def show_workshops(self) -> None:
        def build():
            from desktop.views.workshop.workshop_view import WorkshopView
            page = WorkshopView(self._worker)
            page.open_client.connect(self._open_client)
            return page
        self._show_page("workshops", self.workshop_page_action, build)

    def show_socialmap(self) -> None:
        def build():
            from desktop.views.socialmap.socialmap_view import SocialMapView
            return SocialMapView(self._worker)
        self._show_page("socialmap", self.socialmap_page_action, build)

    # -- the dashboard's figures, made ready in the background after an unlock ----------------
    def _warm_dashboard(self) -> None:
        """The caseload's first rows are shown: a moment later, and only once per unlock, the dashboard's
        figures are computed at low priority (desktop/views/monitoring/warmup.py). The moment leaves the
        start-up and the first look at the caseload (a search, a client opened) to themselves."""
        if self._warm_armed and not self._locked:
            QTimer.singleShot(WARM_AFTER_MS, self, self._start_warming)

    def _start_warming(self) -> None:
        if not self._warm_armed or self._locked:  # locked meanwhile, or started by an earlier search's rows
            return
        self._warm_armed = False
        if self.warmup is None:
            from desktop.views.monitoring.warmup import DashboardWarmup
            self.warmup = DashboardWarmup(self._worker, self)
        self.warmup.start()

    def _stop_warming(self) -> None:
        self._warm_armed = False
        if self.warmup is not None:
            self.warmup.stop()
