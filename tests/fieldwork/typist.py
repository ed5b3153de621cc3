"""The app, typing: started by test_kill_while_typing.py, which kills it with SIGKILL.

Opens the real main window on a store, unlocks it, opens the client's intake and types
the text into the "own wishes" answer one key at a time, as a person would. After each
key it prints the number of characters typed, so the killer knows what was on screen.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEY_INTERVAL_MS = 40  # 25 keys a second: a fast typist


def main() -> None:
    data_dir, passphrase, client_id, text, settings_path = sys.argv[1:6]
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.settings import Settings
    from desktop.tasks import DbWorker
    from desktop.views.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    worker = DbWorker()
    window = MainWindow(worker, Settings(QSettings(settings_path, QSettings.Format.IniFormat)), Path(data_dir))
    window.resize(1366, 768)
    window.show()
    typed = 0

    def type_next() -> None:
        nonlocal typed
        field = window.workspace.intake.part_views["wishes"].field("own_wishes")
        QTest.keyClick(field, text[typed])
        typed += 1
        print(typed, flush=True)
        if typed < len(text):
            QTimer.singleShot(KEY_INTERVAL_MS, type_next)

    def when_intake_shown() -> None:
        intake = window.workspace.intake
        if intake.page != "form":
            QTimer.singleShot(20, when_intake_shown)
            return
        intake.show_part("wishes")
        field = intake.part_views["wishes"].field("own_wishes")
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        print("ready", flush=True)
        type_next()

    def unlocked() -> None:
        window.workspace.open_client(client_id, tab=2)
        when_intake_shown()

    def unlock_when_asked() -> None:  # the keyring is tried first
        if not window.unlock_panel.passphrase_edit.isEnabled():
            QTimer.singleShot(20, unlock_when_asked)
            return
        window.unlock_with_passphrase(passphrase)

    window.caseload_shown.connect(unlocked)
    window.start()
    unlock_when_asked()
    app.exec()


if __name__ == "__main__":
    main()
