"""Render the monitoring dashboard of a demo store to docs/screens/monitoring-dashboard-<w>x<h>.png.

    QT_QPA_PLATFORM=offscreen python -m tools.monitoring_screens [--clients 500] [--store DIR]

The real main window, unlocked on a demo store (made in a temporary folder unless --store names
one made earlier with the same passphrase), in Dutch, with the dashboard open on a figure.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screens"
PASSPHRASE = "demo passphrase 2026"
SIZES = ((1280, 720), (1920, 1080))


def wait_for(signal, ms: int = 60_000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--store", type=Path, help="a demo store made earlier with the passphrase above")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    from desktop.app import install_translators
    from desktop.demo import fill_demo_store
    from desktop.settings import Settings
    from desktop.store.keyfile import FAST_KDF
    from desktop.tasks import DbWorker
    from desktop.views.common.style import apply_style
    from desktop.views.shell.main_window import MainWindow

    apply_style(app)
    app._translators = install_translators(app, "nl")
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.store
        if data_dir is None:
            data_dir = Path(tmp) / "store"
            fill_demo_store(data_dir, PASSPHRASE, clients=args.clients, kdf=FAST_KDF)
        worker = DbWorker()
        settings = Settings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(worker, settings, data_dir, kdf=FAST_KDF)
        window.show()
        window.start()
        QTimer.singleShot(500, lambda: window.unlock_with_passphrase(PASSPHRASE))
        wait_for(window.caseload_shown)
        args.out.mkdir(parents=True, exist_ok=True)
        for width, height in SIZES:
            window.resize(width, height)
            window.show_monitoring()
            wait_for(window.monitoring.figures_shown)
            window.monitoring.select("S4", "all", "excluded")  # a figure with reasons to show
            wait_for(window.monitoring.drill.names_shown, 5000)
            app.processEvents()
            path = args.out / f"monitoring-dashboard-{width}x{height}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        worker.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
