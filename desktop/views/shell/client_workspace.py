"""The right-hand side of the work page: one client's file, handover, intake, plan and visits as tabs.

The client file (ClientEditor) saves on request with undo; the fieldwork panels autosave.
A panel is built the first time its tab is shown (or asked for), and loads its client
only when shown, so start-up and opening a client stay quick.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTabWidget, QToolButton, QVBoxLayout, QWidget

from desktop.tasks import DbWorker
from desktop.views.client.client_editor import ClientEditor
from desktop.views.workshop.client_line import WorkshopLine


def _handover_panel(worker, parent):
    from desktop.views.conversation.handover_panel import HandoverPanel
    return HandoverPanel(worker, parent)


def _intake_panel(worker, parent):
    from desktop.views.conversation.intake_panel import IntakePanel
    return IntakePanel(worker, parent)


def _plan_panel(worker, parent):
    from desktop.views.plan.plan_panel import PlanPanel
    return PlanPanel(worker, parent)


def _visits_panel(worker, parent):
    from desktop.views.visits.visits_panel import VisitsPanel
    return VisitsPanel(worker, parent)


def _journey_panel(worker, parent):
    from desktop.views.journey.journey_panel import JourneyPanel
    return JourneyPanel(worker, parent)


class _Slot(QWidget):
    """A tab's place; its panel is made on first use."""

    def __init__(self, make: Callable[[DbWorker, QWidget], QWidget], worker: DbWorker, parent: QWidget):
        super().__init__(parent)
        self._make, self._worker = make, worker
        self.panel: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        if self.panel is None:
            self.panel = self._make(self._worker, self)
            self._layout.addWidget(self.panel)
        return self.panel


class ClientWorkspace(QWidget):
    title_changed = Signal(str)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = ClientEditor(worker, self)
        self.workshop_line = WorkshopLine(worker, self)  # the person's welcome workshop, under the file
        self.editor.add_section(self.workshop_line)
        self._slots = [_Slot(make, worker, self) for make in
                       (_handover_panel, _intake_panel, _plan_panel, _visits_panel, _journey_panel)]
        self._client_id: str | None = None
        self._loaded: dict[QWidget, str | None] = {}
        self._worker = worker
        self.exporter = None  # PersonDataExport, made on first use

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("clientTabs")
        self.tabs.setDocumentMode(True)
        # No Alt letters on the tabs: the client file's fields use them all; Ctrl+1..6 switch tabs.
        self.tabs.addTab(self.editor, self.tr("Client file"))
        for slot, title in zip(self._slots, (self.tr("Handover"), self.tr("Intake"), self.tr("Plan"),
                                             self.tr("Home visits"), self.tr("Experiences")), strict=True):
            self.tabs.addTab(slot, title)
        # Over the tab bar's right end. Not a corner widget: in document mode the tab bar takes the
        # whole width here and the corner was laid out at its left, over the first tab.
        self._corner = corner = QWidget(self)
        self.name_label = QLabel(corner)
        self.name_label.setObjectName("workspaceClientName")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setContentsMargins(8, 0, 8, 0)
        self.export_action = QAction(self.tr("Export personal data (GDPR)…"), self)
        self.export_action.triggered.connect(self.export_personal_data)
        self.more_button = QToolButton(corner)
        self.more_button.setObjectName("workspaceMore")
        self.more_button.setText(self.tr("More"))
        self.more_button.setToolTip(self.tr("More for this client"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button.setAutoRaise(True)
        self.more_button.setMenu(QMenu(self.more_button))
        self.more_button.menu().addAction(self.export_action)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 4, 0)
        corner_layout.addWidget(self.name_label)
        corner_layout.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for index in range(self.tabs.count()):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self, lambda i=index: self.show_tab(i))
            self.tabs.setTabToolTip(index, f"Ctrl+{index + 1}")

        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.editor.title_changed.connect(self._on_title)
        self.editor.title_changed.connect(lambda _name: self.workshop_line.load_client(self.editor.client_id))
        self.editor.saved.connect(self._on_saved)
        self._set_client(None)

    # -- the panels, made when first asked for ---------------------------------------
    @property
    def handovers(self):
        return self._slots[0].ensure()

    @property
    def intake(self):
        return self._slots[1].ensure()

    @property
    def plan(self):
        return self._slots[2].ensure()

    @property
    def visits(self):
        return self._slots[3].ensure()

    @property
    def journey(self):
        return self._slots[4].ensure()

    def _built(self) -> list[QWidget]:
        return [slot.panel for slot in self._slots if slot.panel is not None]

    # -- opening -----------------------------------------------------------------
    def open_client(self, client_id: str, tab: int | None = None) -> None:
        """Open a stored client (asking first about unsaved edits in the file)."""
        def go():
            self.editor.load(client_id)
            self._set_client(client_id)
            if tab is not None:
                self.show_tab(tab)
        self.editor.ask_to_save_then(go)

    def new_client(self) -> None:
        def go():
            self.editor.new_client()
            self._set_client(None)
            self.show_tab(0)
        self.editor.ask_to_save_then(go)

    def show_tab(self, index: int) -> None:
        if self.tabs.isTabEnabled(index):
            self.tabs.setCurrentIndex(index)

    @property
    def client_id(self) -> str | None:
        return self._client_id

    def resume(self, client_id: str | None, tab: int) -> None:
        """After an unlock: the client and tab shown before, and the client file's draft."""
        if client_id is not None:
            self.open_client(client_id, tab)
        self.editor.resume_draft()

    def has_unsaved_changes(self) -> bool:
        return self.editor.has_unsaved_changes()

    def export_personal_data(self) -> None:
        """Everything held about the open client, as PDF and JSON (the person's request under the AVG)."""
        def go():
            if self._client_id is None:
                return
            if self.exporter is None:
                from desktop.views.export.person_export_action import PersonDataExport
                self.exporter = PersonDataExport(self._worker, self)
            self.exporter.start(self._client_id, self.name_label.text())
        self.editor.ask_to_save_then(go)  # the export holds what is stored

    # -- lock and close ------------------------------------------------------------
    def flush(self) -> None:
        for panel in self._built():
            panel.flush()
        self.editor.draft.flush()  # the client file's draft too, before the worker stops

    def clear(self) -> None:
        """Lock: save the drafts, then forget every client detail on every tab."""
        if self.exporter is not None:
            self.exporter.cancel()
        for panel in self._built():
            panel.clear()  # flushes first
        self.editor.clear()
        self.editor.undo_stack.clear()  # its commands hold client details too
        self._loaded.clear()
        self._set_client(None)
        self.name_label.clear()
        self._place_corner()
        self.tabs.setCurrentIndex(0)

    # -- inside ----------------------------------------------------------------------
    def _set_client(self, client_id: str | None) -> None:
        if client_id != self._client_id:
            self.flush()  # a draft belongs to the client it was typed for
        self._client_id = client_id
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, client_id is not None)
        self.more_button.setEnabled(client_id is not None)
        self._load_current()

    def _load_current(self) -> None:
        current = self.tabs.currentWidget()
        panel = current.ensure() if isinstance(current, _Slot) else None
        if panel is not None and self._loaded.get(panel, "") != self._client_id:
            self._loaded[panel] = self._client_id
            panel.load_client(self._client_id)
        for other in self._built():  # shown later: loads then
            if other is not panel and self._loaded.get(other, "") != self._client_id:
                self._loaded.pop(other, None)

    def _on_title(self, name: str) -> None:
        self.name_label.setText(name)
        self._place_corner()
        self.title_changed.emit(name)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_corner()

    def _place_corner(self) -> None:
        size = self._corner.sizeHint()
        height = max(size.height(), self.tabs.tabBar().sizeHint().height())
        self._corner.setGeometry(self.width() - size.width(), 0, size.width(), height)
        self._corner.raise_()

    def _on_saved(self, client_id: str) -> None:
        if client_id != self._client_id and self.editor.client_id == client_id:
            self._set_client(client_id)  # a new client, saved: its fieldwork can start
