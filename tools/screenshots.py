"""Render every main screen of the demo to docs/screens/<lang>/<size>/<screen>.png.

    python -m tools.screenshots [--lang nl en] [--size 1280x720 1920x1080] [--clients 60]

A small demo store is made in a temporary folder; then, for each language and size, a fresh
process opens the real main window offscreen at 1280x720 logical pixels and grabs each screen.
1920x1080 is the same window at scale 150% (QT_SCALE_FACTOR=1.5), as a Full HD laptop shows it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screens"
PASSPHRASE = "demo-wachtwoord-ketenplan"
SIZES = {"1280x720": "1", "1920x1080": "1.5"}  # physical size -> scale; the window is 1280x720 logical
WINDOW = (1280, 720)
TABS = ("client", "handover", "intake", "plan", "visits", "journey")


def _wait(condition, timeout: float = 15.0) -> None:
    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("timed out waiting for a screen")
        QApplication.processEvents()
        time.sleep(0.01)


def _settle(worker, seconds: float = 0.4) -> None:
    from PySide6.QtWidgets import QApplication
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
    worker.wait_idle()
    for _ in range(20):
        QApplication.processEvents()


def _richest_client(data_dir: Path) -> str:
    """The demo client with the most records: handover, intake, plan and visits."""
    from sqlalchemy import func, select

    from desktop.store import Store
    from desktop.store import schema as s
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        with store._engine.connect() as conn:
            with_plan = select(s.plans.c.client_id)
            row = conn.execute(
                select(s.visits.c.client_id, func.count()).where(s.visits.c.client_id.in_(with_plan))
                .group_by(s.visits.c.client_id).order_by(func.count().desc()).limit(1)).first()
            return row[0]
    finally:
        store.close()


def _save(widget, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(path), "PNG", 0)  # 0: smallest file, the screens are flat colour
    return path


def render(data_dir: Path, language: str, out: Path) -> list[Path]:
    """One language at the scale of this process: every screen, as the user sees it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.settings import Settings
    from desktop.store.keyfile import FAST_KDF
    from desktop.tasks import DbWorker
    from desktop.views.common.style import apply_style
    from desktop.views.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    app._translators = install_translators(app, language)
    client_id = _richest_client(data_dir)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))

        # First start: an empty folder asks for a new passphrase.
        first_worker = DbWorker()
        first = MainWindow(first_worker, settings, Path(tmp) / "new-store", kdf=FAST_KDF)
        first.resize(*WINDOW)
        first.show()
        first.start()
        _settle(first_worker)
        written.append(_save(first, out / "first-passphrase.png"))
        first.close()
        first_worker.shutdown()

        worker = DbWorker()
        window = MainWindow(worker, settings, data_dir, kdf=FAST_KDF)
        window.resize(*WINDOW)
        window.show()
        window.start()
        _wait(window.unlock_panel.passphrase_edit.isEnabled)
        _settle(worker)
        written.append(_save(window, out / "unlock.png"))
        window.unlock_with_passphrase(PASSPHRASE)
        _wait(lambda: not window.is_locked)
        _settle(worker, 1.0)
        written.append(_save(window, out / "caseload.png"))

        for index, tab in enumerate(TABS):
            window._open_client(client_id, index)
            _settle(worker, 0.8)
            written.append(_save(window, out / f"client-{tab}.png"))

        window.show_agenda()
        _settle(worker)
        written.append(_save(window, out / "agenda.png"))
        window.show_my_actions()
        _settle(worker)
        written.append(_save(window, out / "my-actions.png"))
        window.show_workshops()
        _settle(worker)
        if window.workshops.sessions.topLevelItemCount() > 1:  # the demo's session held, with who came
            window.workshops.sessions.setCurrentItem(window.workshops.sessions.topLevelItem(1))
            _settle(worker)
        written.append(_save(window, out / "workshops.png"))
        window.show_socialmap()
        _settle(worker, 0.8)
        written.append(_save(window, out / "socialmap.png"))
        window.show_caseload()

        for name, open_dialog in (("refused-changes", window.open_rejects),
                                  ("conflicts", window.open_conflicts),
                                  ("audit-log", window.open_audit),
                                  ("devices", window.open_devices),
                                  ("settings", window.open_settings)):
            dialog = open_dialog()
            _settle(worker, 0.8)
            written.append(_save(dialog, out / f"{name}.png"))
            dialog.reject()
            _settle(worker, 0.1)
        window.lock()
        _settle(worker)
        window._closing = True
        window.close()
        worker.shutdown()
    return written


def _optimise(paths: list[Path]) -> None:
    """Squeeze the PNGs losslessly when optipng is on the machine; they are fine without."""
    from shutil import which
    if which("optipng") and paths:
        subprocess.run(["optipng", "-quiet", "-o2", *map(str, paths)], check=False)


def _screen_config(folder: Path, size: str) -> Path:
    """An offscreen screen of the laptop's physical size (Qt's offscreen platform config)."""
    width, height = (int(n) for n in size.split("x"))
    path = folder / f"screen-{size}.json"
    path.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                             "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", nargs="+", default=["nl", "en"], choices=("nl", "en"))
    parser.add_argument("--size", nargs="+", default=list(SIZES), choices=list(SIZES))
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--render", type=Path, help=argparse.SUPPRESS)  # a child: the store folder
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.render:
        for path in render(args.render, args.lang[0], args.out):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return

    from desktop.demo import fill_demo_store
    from desktop.store.keyfile import FAST_KDF
    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        fill_demo_store(store_dir, PASSPHRASE, clients=args.clients, kdf=FAST_KDF)
        for language in args.lang:
            for size in args.size:
                env = dict(os.environ, QT_SCALE_FACTOR=SIZES[size])
                if env.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
                    # The offscreen screen is 800x600 unless told: dialogs would be squeezed to it.
                    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(Path(tmp), size)}"
                env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"  # never the user's keyring
                out = OUT / language / size
                subprocess.run([sys.executable, "-m", "tools.screenshots", "--render", str(store_dir),
                                "--lang", language, "--out", str(out)], env=env, check=True, cwd=ROOT)
                _optimise(sorted(out.glob("*.png")))


if __name__ == "__main__":
    main()
