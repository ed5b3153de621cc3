"""Started by bench/store.py as a fresh process: start the app as desktop/app.py does (style
sheet, Dutch translators, worker, sync service, main window), unlock, and wait for the caseload.

Prints one JSON line, in seconds since this process started (from the kernel's own start time):
window_s (the unlock screen is up), shown_s (the work page is up, its first query on its way),
rows_s (the caseload's first rows are painted: what the user waits for); derive_s, the Argon2
derivation inside that, and keyring_s, the wait for the remembered-key attempt that precedes
the passphrase; and peak RSS. The settings go to the folder given as $XDG_CONFIG_HOME.
"""

import json
import os
import resource
import sys
import time
from pathlib import Path


def process_age_s() -> float:
    """Seconds since the kernel started this process (Linux), not since Python got going."""
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return uptime - start


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.app import run_app
    from desktop.system_libraries import check_platform_libraries

    # run_app makes the application object only when there is none; this one is made first so the
    # timer below can wait for it. The check it then skips is made here, as it would.
    if check_platform_libraries():
        raise SystemExit("missing platform libraries")
    app = QApplication(sys.argv[:1])
    result: dict[str, float] = {}

    def at_first_screen() -> None:  # the event loop has started: the unlock screen is shown
        result["window_s"] = process_age_s()
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
        window.caseload_shown.connect(lambda: shown(window))
        type_passphrase(window)

    def type_passphrase(window) -> None:
        if window.unlock_panel._busy:  # trying the key remembered on this device: Unlock waits
            QTimer.singleShot(1, lambda: type_passphrase(window))
            return
        result["keyring_s"] = process_age_s() - result["window_s"]
        window.unlock_with_passphrase(passphrase)

    def shown(window) -> None:
        result["shown_s"] = process_age_s()
        window.caseload._model.modelReset.connect(lambda: rows_painted(window))

    def rows_painted(window) -> None:
        if window.caseload._model.rowCount() == 0:
            return
        app.processEvents()  # the table's repaint the reset posted
        result["rows_s"] = process_age_s()
        app.quit()

    QTimer.singleShot(0, at_first_screen)
    run_app(data_dir, "nl")

    from desktop.store.keyfile import KeyFile
    from desktop.store.store import KEY_NAME
    key_file = KeyFile.load(data_dir / KEY_NAME)
    start = time.perf_counter()
    key_file.kdf.derive(passphrase, key_file.salt)
    result["derive_s"] = time.perf_counter() - start
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


if __name__ == "__main__":
    main()
