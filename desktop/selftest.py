"""`ketenplan --self-test`: prove that this build can open an encrypted store and show a window.

It runs the same from the source tree and inside the frozen bundle, so CI can check what
PyInstaller left out (a migration file, the SQLCipher driver, a Qt plugin) before a user does.
Nothing here touches a real store: everything happens in a throwaway folder, removed after.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import pkgutil
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.paths import translations_dir

# Parent folder for the throwaway store; the system's temporary folder when unset.
WORK_DIR_ENV = "KETENPLAN_SELFTEST_DIR"

PASSPHRASE = "zelftest van de bundel, niet geheim"
MARKER = "Selftestqwvuzname"  # a name that cannot occur in the file by chance
VALID_BSN = "111222333"  # passes the 11-check


class SelfTestError(Exception):
    pass


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


class _Run:
    """Runs named checks in order; the first failure stops the run."""

    def __init__(self) -> None:
        self.warnings = 0

    def check(self, name: str, fn: Callable[[], str | None]) -> None:
        try:
            detail = fn()
        except Exception as error:  # any failure, expected or not, is reported by name
            print(f"FAIL  {name}: {type(error).__name__}: {error}", flush=True)
            if not isinstance(error, SelfTestError):
                traceback.print_exc(file=sys.stdout)
            raise SelfTestError(name) from error
        print(f"ok    {name}" + (f" ({detail})" if detail else ""), flush=True)

    def warn(self, message: str) -> None:
        self.warnings += 1
        print(f"WARN  {message}", flush=True)


def self_test(work_dir: Path | None = None) -> int:
    """Print one line per check and 'self-test ok'; 0 when all pass, 1 at the first failure."""
    parent = work_dir or os.environ.get(WORK_DIR_ENV) or None
    run = _Run()
    made: list[Path] = []
    print(f"Ketenplan self-test ({'bundle' if getattr(sys, 'frozen', False) else 'source'}, "
          f"Python {sys.version.split()[0]})", flush=True)
    try:
        _store_checks(run, parent, made)
        _domain_checks(run)
        _qt_checks(run)
        _card_checks(run, parent, made)
        _desktop_only_check(run)
    except SelfTestError as failed:
        print(f"self-test FAILED at: {failed}", flush=True)
        return 1
    finally:
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"self-test ok{f' ({run.warnings} warning(s))' if run.warnings else ''}", flush=True)
    return 0


def _store_checks(run: _Run, parent: Path | str | None, made: list[Path]) -> None:
    from desktop.store import Store, WrongPassphrase, migrate
    from desktop.store.keyfile import FAST_KDF

    state: dict = {}
    store_dir = Path()

    def create() -> str:
        nonlocal store_dir
        made.append(Path(tempfile.mkdtemp(prefix="ketenplan-selftest-", dir=parent)))
        store_dir = made[0] / "store"
        state["store"] = Store.create(store_dir, PASSPHRASE, kdf=FAST_KDF)
        return f"in {made[0]}; migrations from {migrate.MIGRATIONS}"

    def at_head() -> str:
        head = migrate.head_revision()
        current = migrate.current_revision(state["store"].engine)
        _require(current == head, f"store at revision {current}, newest is {head}")
        return f"revision {head}"

    def write_and_read() -> None:
        clients = state["store"].clients
        state["id"] = clients.create(
            {"given_names": "Amina", "family_name": MARKER, "bsn": VALID_BSN})
        _require(clients.get(state["id"])["family_name"] == MARKER, "client read back differs")

    def reopen() -> None:
        state.pop("store").close()
        store = Store.unlock(store_dir, PASSPHRASE)
        try:
            _require(store.clients.get(state["id"])["bsn"] == VALID_BSN,
                     "client differs after reopening")
        finally:
            store.close()

    def no_plaintext() -> str:
        files = [p for p in store_dir.iterdir() if p.is_file()]
        for path in files:
            data = path.read_bytes()
            _require(MARKER.encode() not in data, f"client name readable in {path.name}")
            _require(not data.startswith(b"SQLite format 3"), f"{path.name} is plain SQLite")
        return f"{len(files)} files"

    def wrong_passphrase() -> None:
        try:
            store = Store.unlock(store_dir, PASSPHRASE + " maar fout")
        except WrongPassphrase:
            return
        store.close()
        raise SelfTestError("a wrong passphrase opened the store")

    try:
        run.check("create encrypted store in a temporary folder", create)
        run.check("schema at newest revision", at_head)
        run.check("write and read a client", write_and_read)
        run.check("close and reopen with the passphrase", reopen)
        run.check("no plain text in the store's files", no_plaintext)
        run.check("wrong passphrase refused", wrong_passphrase)
    finally:
        if "store" in state:
            state["store"].close()


def _domain_checks(run: _Run) -> None:
    def passphrase_rules() -> str:
        from domain.passphrase import strength
        _require(strength("Tr0mbone-Kaas-Fiets-1987!").score >= 3, "zxcvbn rated a strong one weak")
        return "zxcvbn"

    def keyring_backend() -> str:
        import keyring
        return type(keyring.get_keyring()).__module__

    run.check("passphrase strength", passphrase_rules)
    run.check("keyring backends load", keyring_backend)


def _qt_checks(run: _Run) -> None:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
    from PySide6.QtWidgets import QApplication, QLabel

    def application() -> str:
        app = QCoreApplication.instance() or QApplication(sys.argv[:1] or ["ketenplan"])
        _require(isinstance(app, QApplication), "a non-GUI application is already running")
        return f"Qt platform {QApplication.platformName()}"

    def dutch() -> str | None:
        qm = translations_dir() / "ketenplan_nl.qm"
        if not qm.exists():
            run.warn(f"no Dutch translation built ({qm})")
            return "skipped"
        translator = QTranslator()
        # Loaded, not installed: the test must not change the language of a running app.
        _require(translator.load(str(qm)), f"{qm} does not load")
        if translator.isEmpty():
            run.warn(f"no Dutch translation built ({qm} is empty)")
        return str(qm)

    def qt_dutch() -> str:
        folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _require(QTranslator().load(str(folder / "qtbase_nl.qm")), f"no qtbase_nl.qm in {folder}")
        return str(folder)

    def hyphenation() -> str:
        from desktop.views.common.pdf_pages import SOFT_HYPHEN, hyphenate_html
        _require(SOFT_HYPHEN in hyphenate_html("<p>inburgeringsplicht</p>", "nl"), "no Dutch hyphenation")
        # A person export in English is hyphenated as English: the bundle keeps that one dictionary too.
        _require(SOFT_HYPHEN in hyphenate_html("<p>responsibilities</p>", "en"), "no English hyphenation")
        return "nl, en"

    def screens() -> str:
        import desktop.app
        import desktop.views
        names = [m.name for m in pkgutil.walk_packages(desktop.views.__path__, "desktop.views.")
                 if not m.ispkg]
        for name in names:
            importlib.import_module(name)
        return f"desktop.app and {len(names)} view modules"

    def widget() -> None:
        label = QLabel("Ketenplan")
        label.show()
        QApplication.processEvents()
        visible = label.isVisible()
        label.close()
        label.deleteLater()
        _require(visible, "the widget did not show")

    run.check("Qt application", application)
    run.check("Dutch translation", dutch)
    run.check("Qt's own Dutch translation", qt_dutch)
    run.check("Dutch and English hyphenation for PDFs", hyphenation)
    run.check("screens import", screens)
    run.check("show a widget", widget)


def _card_checks(run: _Run, parent: Path | str | None, made: list[Path]) -> None:
    """A contact card in every language: the bundle carries the fonts, the texts and the map."""
    def cards() -> str:
        from desktop.arrival.card_selftest import cards_in_every_language
        folder = Path(tempfile.mkdtemp(prefix="ketenplan-cards-", dir=parent))
        made.append(folder)
        return cards_in_every_language(folder)

    run.check("contact card in every language", cards)


# What the server and the demo command need: the desktop runs without them, and the bundle
# leaves them out (build.spec). The desktop's own modules must not even import them.
NOT_IN_THE_DESKTOP = ("server", "fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary", "faker")


def _desktop_only_check(run: _Run) -> None:
    def absent() -> str:
        if not getattr(sys, "frozen", False):
            # Beside the sources they may be installed, and a test run may have loaded them:
            # tests/test_desktop_only.py checks a clean start from the sources instead.
            return "not checked from the sources"
        loaded = [name for name in NOT_IN_THE_DESKTOP if name in sys.modules]
        _require(not loaded, f"loaded: {', '.join(loaded)}")
        present = [name for name in NOT_IN_THE_DESKTOP if importlib.util.find_spec(name) is not None]
        _require(not present, f"in the bundle: {', '.join(present)}")
        return f"none of {', '.join(NOT_IN_THE_DESKTOP)}"

    run.check("no server or demo libraries", absent)
