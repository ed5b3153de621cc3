"""Start-up: the application object, look, language, settings, worker and main window.

Only what the first screen needs is imported here; the store, the work page and the
passphrase strength checker come in when they are first used.
"""

from __future__ import annotations

import gc
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop.paths import APP_NAME, default_data_dir, icons_dir, translations_dir
from desktop.settings import APPLICATION, LANGUAGES, ORGANISATION, Settings
from sync.log_safety import guard_process

log = logging.getLogger(__name__)

_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    # English words, Dutch conventions (dates as 31-12-2024): the work is in the Netherlands.
    "en": QLocale(QLocale.Language.English, QLocale.Country.Netherlands),
}


def qt_translations_dir(language: str) -> Path:
    """Where Qt's own translations are: as Qt says, or beside PySide6 in a bundle that moved them."""
    said = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (said / f"qtbase_{language}.qm").exists():
        return said
    import PySide6
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load our Dutch strings (and Qt's own); English is the source language: nothing to load."""
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["nl"]))
    if language == "en":
        return []
    installed = []
    candidates = (
        (translations_dir(), f"ketenplan_{language}.qm"),
        (qt_translations_dir(language), f"qtbase_{language}.qm"),  # buttons, file dialogs
    )
    for folder, name in candidates:
        path = folder / name
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation at %s", path)
    return installed


def _window_icon() -> QIcon | None:
    for name in ("ketenplan.svg", "ketenplan.png", "ketenplan.ico"):
        path = icons_dir() / name
        if path.exists():
            return QIcon(str(path))
    return None


def run_app(data_dir: Path | None = None, lang: str | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    guard_process()  # no record contents in a log line or crash report (sync/log_safety.py)
    app = QApplication.instance()
    if app is None:
        from desktop.system_libraries import check_platform_libraries
        missing = check_platform_libraries()
        if missing:  # said before Qt fails on it with a plugin stack trace
            print(missing, file=sys.stderr)
            return 1
        app = QApplication(sys.argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    icon = _window_icon()
    if icon is not None:
        app.setWindowIcon(icon)

    from desktop.views.common.style import apply_style
    apply_style(app)
    settings = Settings()
    language = lang if lang in LANGUAGES else settings.language
    app._translators = install_translators(app, language)  # kept alive with the app

    # The worker brings the store (SQLAlchemy, SQLCipher) along: needed for the first unlock.
    from desktop.idle import IdleWatcher
    from desktop.sync_service import SyncService
    from desktop.tasks import DbWorker
    from desktop.views.shell.main_window import MainWindow

    worker = DbWorker()
    idle = IdleWatcher(settings.idle_lock_minutes)
    sync = SyncService(worker, settings)  # syncs only while unlocked and signed in to a server
    window = MainWindow(worker, settings, Path(data_dir) if data_dir else default_data_dir(),
                        idle_watcher=idle, sync_service=sync)
    window.setWindowIcon(app.windowIcon())
    app.aboutToQuit.connect(sync.shutdown)  # first: a running sync stops at its next step...
    app.aboutToQuit.connect(worker.shutdown)  # ...so this can close the store: the key leaves memory
    window.caseload_shown.connect(_freeze_start_up_heap, Qt.ConnectionType.SingleShotConnection)
    window.show()
    window.start()
    _quit_on_interrupt(app)
    log.info("%s started", APP_NAME)
    return app.exec()


def _freeze_start_up_heap() -> None:
    """Leave what start-up and the first unlock built (modules, classes, Qt's wrappers) out of
    later full collections: each took some 60 ms of the GUI thread with 200 clients, now under 1 ms.
    Objects freed by reference count are still freed; only the cycle search skips these."""
    if not gc.isenabled():
        return
    gc.collect()
    gc.freeze()


def _quit_on_interrupt(app: QApplication) -> None:
    """Ctrl+C in the terminal quits through Qt, so the worker still closes the store."""
    signal.signal(signal.SIGINT, lambda *_: app.quit())
    # Python runs signal handlers only between its own bytecodes: wake it now and then.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)
