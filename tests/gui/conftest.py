import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from desktop.settings import Settings
from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from desktop.tasks import DbWorker
from desktop.views.shell.main_window import MainWindow
from desktop.views.shell.unlock_panel import UnlockPanel
from tests.conftest import PASSPHRASE, new_store

TIMEOUT_MS = 5000  # one shared wait for background work in GUI tests


@pytest.fixture
def worker(qtbot, store):
    """A DbWorker owning the test store, as the app has after unlock."""
    w = DbWorker()
    with qtbot.waitSignal(w.busy_changed, timeout=TIMEOUT_MS, check_params_cb=lambda b: not b):
        w.open(lambda: store)
    yield w
    shut_down(w)


@pytest.fixture
def app_worker():
    """A worker with no store yet, as at start-up: the window opens the store on it."""
    w = DbWorker()
    yield w
    shut_down(w)


def shut_down(worker: DbWorker) -> None:
    """End a test's worker only once the test's windows are gone.

    pytest-qt closes them before fixtures end but merely deleteLater()s them; alive, a pending
    timer of theirs (a refresh, the work page built ahead) would call the ended worker in
    the next test.
    """
    worker.wait_idle()
    QApplication.processEvents()  # results reach the closed, not yet deleted, widgets
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for widget in QApplication.topLevelWidgets():  # a window kept alive still has its sync timers
        service = getattr(widget, "sync_service", None)
        if service is not None:
            service.stop()
    worker.shutdown()


def close_app(window: MainWindow, worker: DbWorker) -> None:
    """Close the window and end its worker mid-test, as quitting the app does: its sync timers end
    too, so that none reaches the ended worker."""
    window.close()
    window.sync_service.stop()
    worker.shutdown()


def settings_file(tmp_path) -> QSettings:
    """The test's own settings file, never the user's; read it again to see what was stored."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def settings(tmp_path):
    return Settings(settings_file(tmp_path))


def save_clients(store_dir, *records: dict) -> list[str]:
    """A store made earlier with these clients, and closed: the state of a later start."""
    store = new_store(store_dir)
    try:
        return [store.clients.create(record) for record in records]
    finally:
        store.close()


def two_clients_one_with_plan(store_dir) -> tuple[str, str]:
    """A closed store with Amina Yusuf, who has a plan, and Tesfay Haile, who has none."""
    with_plan, without = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf", "sex": "V"},
                                      {"given_names": "Tesfay", "family_name": "Haile"})
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        store.plans.start(with_plan)
    finally:
        store.close()
    return with_plan, without


def start_window(qtbot, worker: DbWorker, settings: Settings, data_dir) -> MainWindow:
    """The main window as the app starts it: shown, then setup or unlock (keyring first)."""
    window = MainWindow(worker, settings, data_dir, kdf=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.start()
    return window


def ready_unlock_panel(qtbot, window: MainWindow) -> UnlockPanel:
    """The unlock panel once it takes a passphrase (the keyring try at start is over)."""
    panel = window.unlock_panel
    qtbot.waitUntil(panel.passphrase_edit.isEnabled, timeout=TIMEOUT_MS)
    return panel


def unlock_window(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Unlock with the passphrase and wait until the caseload is shown."""
    ready_unlock_panel(qtbot, window)
    with qtbot.waitSignal(window.caseload_shown, timeout=TIMEOUT_MS):
        window.unlock_with_passphrase(passphrase)


@pytest.fixture
def client_id(store):
    """A client with only a name, as the conversation panels start from; a module needing more defines its own."""
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad"})


def show_panel(qtbot, panel):
    """A panel at the size the work page gives it, shown and active, so that keys and focus reach it."""
    qtbot.addWidget(panel)
    panel.resize(900, 620)
    panel.show()
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow, timeout=TIMEOUT_MS)
    return panel


def wait_saved(qtbot, panel, worker: DbWorker) -> None:
    """Everything typed in the panel is stored: its autosave handed over and the worker done."""
    panel.flush()
    worker.wait_idle()
    qtbot.waitUntil(lambda: not panel.autosaver.is_saving(), timeout=TIMEOUT_MS)
