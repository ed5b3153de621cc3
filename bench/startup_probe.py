"""Started by bench/store.py as a fresh process: unlock a store and show the caseload.

Prints one JSON line: when the caseload was shown (seconds since this process started,
from the kernel's own start time), the Argon2 derivation time inside that, and peak RSS.
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
    data_dir, passphrase, settings_path = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.settings import Settings
    from desktop.store.keyfile import KeyFile
    from desktop.store.store import KEY_NAME
    from desktop.tasks import DbWorker
    from desktop.views.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    worker = DbWorker()
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    window = MainWindow(worker, settings, data_dir)
    window.resize(1366, 768)
    window.show()
    result = {}

    def shown():
        result["shown_s"] = process_age_s()
        app.quit()

    window.caseload_shown.connect(shown)
    window.unlock_with_passphrase(passphrase)
    app.exec()

    key_file = KeyFile.load(data_dir / KEY_NAME)
    start = time.perf_counter()
    key_file.kdf.derive(passphrase, key_file.salt)
    result["derive_s"] = time.perf_counter() - start
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker.shutdown()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
