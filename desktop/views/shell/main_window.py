"""The main window: first start, unlock, and the work page (caseload beside the client file).

It owns the lock. Locking drops every client detail from the widgets, closes the app's
dialogs, stops a running sync, and takes the key out of the worker; unlocking brings the
caseload back and lets the sync service start again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.idle import IdleWatcher
from desktop.settings import Settings
from desktop.store import store_exists
from desktop.store.keyfile import KdfParams
from desktop.sync_service import SyncService
from desktop.tasks import DbWorker
from desktop.views.shell import dialog_memory, work_place
from desktop.views.shell.input_filter import InputFilter
from desktop.views.shell.unlock_panel import UnlockPanel
from desktop.views.shell.work_pages import VISITS_TAB, WorkPages
from desktop.views.sync.sync_status import SyncStatusWidget

log = logging.getLogger(__name__)

APP_TITLE = "Ketenplan"
# The work page is built shortly after the first screen shows, while the user types.
PREBUILD_DELAY_MS = 300
# 1366x768 laptops: the caseload keeps its key columns, the client file gets the rest.
CASELOAD_SHARE = 0.40


# The work pages a lock comes back to (each has its show_<name>); any other page goes back to the caseload.
PLACE_PAGES = ("agenda", "my_actions", "workshops", "socialmap")


class MainWindow(QMainWindow, WorkPages):
    caseload_shown = Signal()  # the work page is up after an unlock (benchmarks wait on it)
    locked = Signal()

    def __init__(self, worker: DbWorker, settings: Settings, data_dir: Path, *,
                 idle_watcher: IdleWatcher | None = None, kdf: KdfParams | None = None,
                 sync_service: SyncService | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._settings = settings
        self._data_dir = Path(data_dir)
        self._kdf = kdf  # for a new store only; None tunes Argon2 to this machine
        self._locked = True
        self._settings_dialog = None
        self._sync_dialogs: dict[str, QDialog] = {}  # sign-in, conflicts, rejects, duplicates: built once
        self._closing = False  # the question about unsaved changes was answered
        self.setWindowTitle(APP_TITLE)

        self.idle_watcher = idle_watcher or IdleWatcher(settings.idle_lock_minutes, self)
        self.idle_watcher.set_minutes(settings.idle_lock_minutes)
        self.idle_watcher.pause()
        self.idle_watcher.idle.connect(self.lock)
        self.sync_service = sync_service or SyncService(worker, settings, self)

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.pages)
        self.setup_page = None  # only on a first start: it brings the strength checker along
        self.welcome_page = None  # the first start's first step: server or offline
        self._first_sign_in: tuple[str, str] | None = None  # address and user name chosen there
        self.unlock_panel = UnlockPanel(worker, self._data_dir, self.pages)
        self.pages.addWidget(self.unlock_panel)
        self.work_page = QWidget(self.pages)
        self.pages.addWidget(self.work_page)
        self.caseload = None  # built by _ensure_work_page
        self.workspace = None
        self.editor = None
        # the work pages beside the caseload, each built when first shown
        self.agenda = self.my_actions = self.monitoring = self.workshops = self.socialmap = None
        self.warmup, self._warm_armed = None, False  # the dashboard's figures, made ready after unlock
        self.work_pages: QStackedWidget | None = None
        self._place: work_place.WorkPlace | None = None  # where the lock found the worker
        self._held_dialogs: list[dialog_memory.HeldDialog] = []  # open at the lock: opened again after it
        self.splitter: QSplitter | None = None

        self._build_actions()
        self._build_toolbar()
        self._build_status_bar()
        self._set_work_enabled(False)
        self._prebuild = QTimer(self)
        self._prebuild.setSingleShot(True)
        self._prebuild.setInterval(PREBUILD_DELAY_MS)
        self._prebuild.timeout.connect(self._ensure_work_page)

        self.unlock_panel.unlocked.connect(self._on_unlocked)
        self.unlock_panel.notice.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.sync_service.status_changed.connect(self._on_sync_status)
        self.sync_service.progress_changed.connect(self.sync_status.show_progress)
        self.sync_service.device_revoked.connect(self._on_device_revoked)
        self.sync_status.sign_in_requested.connect(self.open_sign_in)
        self.sync_status.conflicts_requested.connect(self.open_conflicts)
        self.sync_status.rejects_requested.connect(self.open_rejects)
        self.sync_status.duplicates_requested.connect(self.open_duplicates)
        self._restore_window()
        self._input_filter = InputFilter(self)  # idle input, the lock key, the wheel guard
        QApplication.instance().installEventFilter(self._input_filter)

    # -- building ----------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({keys})")
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work with the toolbar hidden too
        return action

    def _build_actions(self) -> None:
        self.new_client_action = self._action(self.tr("New client"), "Ctrl+N", self.new_client)
        self.caseload_page_action = self._action(self.tr("Caseload"), "Alt+1", self.show_caseload)
        self.agenda_page_action = self._action(self.tr("Agenda"), "Alt+2", self.show_agenda)
        self.actions_page_action = self._action(self.tr("My actions"), "Alt+3", self.show_my_actions)
        self.monitoring_page_action = self._action(self.tr("Monitoring"), "Alt+4", self.show_monitoring)
        self.workshop_page_action = self._action(self.tr("Workshops"), "Alt+5", self.show_workshops)
        self.socialmap_page_action = self._action(self.tr("Sociale kaart"), "Alt+6", self.show_socialmap)
        pages = QActionGroup(self)
        for action in (self.caseload_page_action, self.agenda_page_action, self.actions_page_action,
                       self.monitoring_page_action, self.workshop_page_action, self.socialmap_page_action):
            action.setCheckable(True)
            pages.addAction(action)
        self.caseload_page_action.setChecked(True)
        self.settings_action = self._action(self.tr("Settings"), "Ctrl+,", self.open_settings)
        self.sync_action = self._action(self.tr("Sync now"), "F5", self.sync_now)
        self.devices_action = self._action(self.tr("Devices"), None, self.open_devices)
        self.devices_action.setVisible(False)  # for an administrator only, once the account is known
        self.lock_action = self._action(self.tr("Lock"), "Ctrl+L", self.lock)
        self.audit_action = self._action(self.tr("Audit log"), None, self.open_audit)  # the server decides who may
        # Lock must work from a non-modal dialog too, not only from the main window.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self._work_actions = (self.new_client_action, self.caseload_page_action, self.agenda_page_action,
                              self.actions_page_action, self.monitoring_page_action, self.workshop_page_action,
                              self.socialmap_page_action, self.sync_action,
                              self.settings_action, self.lock_action, self.audit_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.toggleViewAction().setEnabled(False)
        self.toolbar.addAction(self.caseload_page_action)
        self.toolbar.addAction(self.agenda_page_action)
        self.toolbar.addAction(self.actions_page_action)
        self.toolbar.addAction(self.monitoring_page_action)
        self.toolbar.addAction(self.workshop_page_action)
        self.toolbar.addAction(self.socialmap_page_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_client_action)
        self._undo_anchor = self.toolbar.addSeparator()  # undo and redo go here once built
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.audit_action)
        self.toolbar.addAction(self.sync_action)
        self.toolbar.addAction(self.devices_action)
        self.toolbar.addAction(self.settings_action)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        self.folder_label = QLabel(self.tr("Store: {folder}").format(folder=self._data_dir))
        self.folder_label.setToolTip(str(self._data_dir))
        # A long folder gives way to the sync status rather than widening the window.
        self.folder_label.setMinimumWidth(80)
        self.folder_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sync_status = SyncStatusWidget(self)
        self.pending_label = self.sync_status.pending_label
        self.statusBar().addWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.statusBar().setSizeGripEnabled(False)

    def _ensure_work_page(self) -> None:
        if self.caseload is not None:
            return
        from desktop.views.caseload.caseload_view import CaseloadView
        from desktop.views.common.splitter_memory import remember_splitter
        from desktop.views.shell.client_workspace import ClientWorkspace

        self.caseload = CaseloadView(self._worker)
        self.workspace = ClientWorkspace(self._worker)
        self.editor = self.workspace.editor
        if self._locked:
            self.caseload.clear()  # built ahead of the unlock: nothing to show yet
        self.work_pages = QStackedWidget(self.work_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.work_pages)
        self.splitter.setObjectName("workSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.caseload)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        width = max(self.width(), 1000)
        self.splitter.setSizes([int(width * CASELOAD_SHARE), int(width * (1 - CASELOAD_SHARE))])
        if not remember_splitter(self.splitter, self._settings, "work"):
            saved = self._settings.splitter_state  # saved on close by an earlier version
            if saved is not None:
                self.splitter.restoreState(saved)
        self.work_pages.addWidget(self.splitter)
        layout = QVBoxLayout(self.work_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.work_pages)

        stack = self.editor.undo_stack
        self.undo_action = stack.createUndoAction(self)  # Qt words it: "%1 ongedaan maken"
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            self.toolbar.insertAction(self._undo_anchor, action)

        self.caseload.open_client.connect(self._open_client)
        self.caseload.new_client_requested.connect(self.new_client)
        self.caseload.rows_shown.connect(self._warm_dashboard)
        self.workspace.title_changed.connect(self._on_title_changed)

    # -- start, lock, unlock -------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self._locked

    def start(self) -> None:
        """The first screen: create a store on a first start, else unlock (the keyring first)."""
        if store_exists(self._data_dir):
            self._show_unlock()
            self.unlock_panel.try_keyring()
        else:
            self._show_setup()
        self._prebuild.start()

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """What typing the passphrase and pressing Unlock does."""
        self.unlock_panel.unlock_with_passphrase(passphrase)

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self._stop_warming()
        self.idle_watcher.pause()
        self.sync_service.stop()  # a running sync ends at its next step, so the worker can close the store
        self._held_dialogs = dialog_memory.capture({"settings": self._settings_dialog,
                                                    "sign_in": self._sync_dialogs.get("sign_in")})
        self._close_dialogs()
        for dialog in self._sync_dialogs.values():  # they name clients: gone, not merely hidden
            dialog.deleteLater()
        self._sync_dialogs.clear()
        # Fieldwork autosaves, and is saved before the key goes; unsaved edits of the client file
        # go into its encrypted draft (asking first would leave the data open on an unattended
        # laptop). The place is kept, so the unlock goes back to it.
        if self.caseload is not None:
            self._place = work_place.capture(self._page_name(), self.workspace)
            self.caseload.clear()
            self.workspace.clear()  # saves the fieldwork drafts first, then forgets them
            for page in (self.agenda, self.my_actions, self.monitoring, self.workshops, self.socialmap):
                if page is not None:
                    page.clear()
            self.show_caseload()
        self._set_title("")
        self._set_work_enabled(False)
        self.sync_status.clear()
        self.statusBar().clearMessage()
        self._worker.close()  # the worker drops the store and overwrites the key bytes
        self._show_unlock()
        self.locked.emit()

    def _show_unlock(self) -> None:
        self.unlock_panel.prepare()
        self.pages.setCurrentWidget(self.unlock_panel)
        self.unlock_panel.passphrase_edit.setFocus()

    def _show_setup(self) -> None:
        """First start: how to work (server or offline), then the passphrase, then signing in."""
        if self.setup_page is None:
            from desktop.views.shell.first_start import WelcomePage
            from desktop.views.shell.passphrase_setup import PassphraseSetupPage
            self.welcome_page = WelcomePage(self.pages)
            self.welcome_page.chosen.connect(self._first_start_chosen)
            self.pages.addWidget(self.welcome_page)
            self.setup_page = PassphraseSetupPage(self._worker, self._data_dir, self._kdf,
                                                  self.pages)
            self.setup_page.created.connect(self._first_start_created)
            self.pages.addWidget(self.setup_page)
        self.pages.setCurrentWidget(self.welcome_page)

    def _first_start_chosen(self, address: str, username: str) -> None:
        self._first_sign_in = (address, username) if address else None
        self.pages.setCurrentWidget(self.setup_page)

    def _first_start_created(self) -> None:
        self._on_unlocked()
        if self._first_sign_in:  # the last step: the password, and the first sync
            address, username = self._first_sign_in
            self._first_sign_in = None
            self.open_sign_in().prefill(address, username)

    def _on_unlocked(self) -> None:
        self._locked = False
        self._ensure_work_page()
        self.pages.setCurrentWidget(self.work_page)
        self._set_work_enabled(True)
        self._warm_armed = True  # once the caseload's first rows are shown
        self.caseload.reload()
        self.caseload.focus_search()
        self._back_to_place()
        held, self._held_dialogs = self._held_dialogs, []
        dialog_memory.reopen(held, {"settings": self.open_settings, "sign_in": self.open_sign_in})
        self.idle_watcher.resume()
        self.sync_service.start()
        self.caseload_shown.emit()

    def _page_name(self) -> str:
        current = self.work_pages.currentWidget() if self.work_pages is not None else None
        return next((name for name in PLACE_PAGES if current is not None and current is getattr(self, name)),
                    "caseload")

    def _back_to_place(self) -> None:
        """The page, client, tab and field of before the lock; a kept draft comes back with them."""
        place, self._place = self._place, None
        if place is None:
            self.workspace.editor.resume_draft()  # after a crash or a restart: the draft alone
            return
        getattr(self, f"show_{place.page}", self.show_caseload)()
        self.workspace.resume(place.client_id, place.tab)
        work_place.restore_focus(place, self.workspace.editor)

    def _set_work_enabled(self, enabled: bool) -> None:
        for action in self._work_actions:
            action.setEnabled(enabled)
        self.toolbar.setVisible(enabled)
        self.statusBar().setVisible(enabled)  # the store folder shows on the setup card

    def _close_dialogs(self) -> None:
        """Close every other window of the app: dialogs, message boxes, menus, tooltips."""
        QToolTip.hideText()
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            following = QApplication.activePopupWidget()
            popup = following if following is not popup else None
        for widget in QApplication.topLevelWidgets():
            if widget is self:
                continue
            if widget.isVisible():
                if isinstance(widget, QDialog):
                    widget.reject()  # in exec() it returns Rejected: its caller does nothing
                widget.hide()
            if isinstance(widget, QMessageBox):
                # Hidden is not gone: an answered question may still hold a client's name.
                widget.setText("")
                widget.setInformativeText("")
                widget.setDetailedText("")

    # -- the work page -------------------------------------------------------------
    def new_client(self) -> None:
        if not self._locked and self.workspace is not None:
            self.show_caseload()
            self.workspace.new_client()

    def _open_client(self, client_id: str, tab: int | None = None) -> None:
        if not self._locked:
            self.show_caseload()
            self.workspace.open_client(client_id, tab)

    def _open_visit(self, client_id: str, visit_id: str) -> None:
        if not self._locked:
            self._open_client(client_id, VISITS_TAB)
            self.workspace.visits.open_visit(visit_id)

    def show_caseload(self) -> None:
        if self.work_pages is not None:
            self.work_pages.setCurrentWidget(self.splitter)
            self.caseload_page_action.setChecked(True)

    def _on_title_changed(self, name: str) -> None:
        self._set_title("" if self._locked else name)

    def _set_title(self, name: str) -> None:
        self.setWindowTitle(f"{name} - {APP_TITLE}" if name else APP_TITLE)

    def open_settings(self):
        """Show the settings dialog (window-modal, so a lock can close it); returns it."""
        if self._locked:
            return None
        if self._settings_dialog is None:
            from desktop.views.shell.settings_dialog import SettingsDialog
            self._settings_dialog = SettingsDialog(self._worker, self._settings, self)
            self._settings_dialog.accepted.connect(self._apply_settings)
            self._settings_dialog.remembered_changed.connect(self.unlock_panel.set_remembered)
            self._settings_dialog.connect_requested.connect(self.open_sign_in)
        else:
            self._settings_dialog.reset()
        self._settings_dialog.open()
        return self._settings_dialog

    def _apply_settings(self) -> None:
        self.idle_watcher.set_minutes(self._settings.idle_lock_minutes)

    # -- sync ----------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync now; on a device not yet signed in, the way to sign in."""
        if self._locked:
            return
        if not self.sync_service.status.enrolled:
            self.open_sign_in()
            return
        self.sync_service.sync_now()

    def _on_sync_status(self, status) -> None:
        if not self._locked:
            self.sync_status.show_status(status)
            self.devices_action.setVisible(status.account_role == "administrator")

    def _on_device_revoked(self) -> None:
        """Signed off by an administrator: the data leaves the screen, the person is told, then the
        store is removed and the first start comes back."""
        from desktop.views.admin.devices_dialog import signed_off_notice
        self.lock()  # queues the store's close on the worker, before the wipe
        signed_off_notice(self)
        self.unlock_panel.set_remembered(False)
        self.sync_service.wipe_device(self._data_dir, on_done=lambda _r: self._show_setup(),
                                      on_error=lambda e: log.error("could not remove the store", exc_info=e))

    def _sync_dialog(self, name: str, build):
        """One dialog per kind, window-modal over whatever modal dialog is up (settings), so a lock
        closes it; shown again fresh."""
        if self._locked:
            return None
        dialog = self._sync_dialogs.get(name)
        if dialog is None:
            dialog = self._sync_dialogs[name] = build()
        elif hasattr(dialog, "reset"):
            dialog.reset()
        else:
            dialog.reload()
        parent = QApplication.activeModalWidget()
        dialog.setParent(parent if parent is not None and parent is not dialog else self, dialog.windowFlags())
        dialog.open()
        return dialog

    def open_sign_in(self):
        from desktop.views.sync.sync_sign_in import SignInDialog
        return self._sync_dialog("sign_in", lambda: SignInDialog(self.sync_service, self))

    def open_conflicts(self):
        from desktop.views.sync.sync_conflicts import ConflictsDialog
        return self._sync_dialog("conflicts", lambda: ConflictsDialog(self._worker, self))

    def open_rejects(self):
        from desktop.views.sync.sync_rejects import RejectsDialog
        def build():
            dialog = RejectsDialog(self._worker, self)
            dialog.open_client.connect(self._open_client)
            return dialog

        return self._sync_dialog("rejects", build)

    def open_devices(self):
        from desktop.views.admin.devices_dialog import DevicesDialog
        return self._sync_dialog("devices", lambda: DevicesDialog(self._worker, self))

    def open_duplicates(self):
        from desktop.views.sync.sync_duplicates import DuplicatesDialog
        return self._sync_dialog("duplicates", lambda: DuplicatesDialog(self._worker, self))

    def open_audit(self):
        from desktop.views.admin.audit_view import AuditDialog
        return self._sync_dialog("audit", lambda: AuditDialog(self._worker, self))

    # -- the window itself -----------------------------------------------------------
    def _restore_window(self) -> None:
        geometry = self._settings.window_geometry
        if geometry is not None and self.restoreGeometry(geometry):
            state = self._settings.window_state
            if state is not None:
                self.restoreState(state)
            return
        screen = QGuiApplication.primaryScreen()
        size = QSize(1280, 760)
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(QSize(int(available.width() * 0.96),
                                        int(available.height() * 0.94)))
        self.resize(size)

    def closeEvent(self, event: QCloseEvent) -> None:
        editor = self.editor
        if (not self._locked and not self._closing and editor is not None
                and editor.has_unsaved_changes()):
            event.ignore()  # ask first; the answer closes the window (or not)
            editor.ask_to_save_then(self._close_after_question)
            return
        if self.workspace is not None and not self._locked:
            self.workspace.flush()  # drafts reach the worker before it shuts down
            if self.workshops is not None:
                self.workshops.flush()
        splitter = self.splitter.saveState() if self.splitter is not None else None
        self._settings.save_window(self.saveGeometry(), self.saveState(),
                                   splitter if splitter is not None else QByteArray())
        self._settings.sync()
        self.idle_watcher.pause()
        self.sync_service.stop()  # no sync timer outlives the window (nor the worker it asks)
        QApplication.instance().removeEventFilter(self._input_filter)
        super().closeEvent(event)

    def _close_after_question(self) -> None:
        self._closing = True
        self.close()
