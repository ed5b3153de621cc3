"""Search-as-you-type as a caseworker meets it: from a keystroke in the caseload's search field
to the rows painted in the table, in a real main window (offscreen) on an unlocked store.

Used by bench/store.py. Each keystroke waits for its rows before the next one, so every figure
holds the whole path: the key event, the search field's debounce timer (SEARCH_DELAY_MS, a fixed
wait, also reported apart), the query on the database worker thread, the model reset and the
table's repaint.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from bench.figures import p95, spread


def _round_figures(total: list[float], after: list[float], debounce: list[float]) -> dict:
    return {"p50_ms": spread(total)["median"], "p95_ms": round(p95(total), 2),
            "after_debounce_p50_ms": spread(after)["median"], "after_debounce_p95_ms": round(p95(after), 2),
            "debounce_p50_ms": spread(debounce)["median"], "keystrokes": len(total)}


def search_in_window(data_dir: Path, passphrase: str, settings_path: Path,
                     rounds: list[list[str]], warm_up: list[str]) -> dict:
    """Type each word of each round a character at a time (select all first, as a user replacing
    the search does); returns every keystroke's times per round and the figures of each round."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop.app import install_translators
    from desktop.settings import Settings
    from desktop.tasks import DbWorker
    from desktop.views.caseload.caseload_view import SEARCH_DELAY_MS
    from desktop.views.common.style import apply_style
    from desktop.views.shell.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    apply_style(app)  # as desktop/app.py starts: the rows are painted under the style sheet...
    translators = install_translators(app, "nl")  # ...in Dutch  # noqa: F841 (kept alive)
    worker = DbWorker()
    window = MainWindow(worker, Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)), data_dir)
    window.resize(1366, 768)
    window.show()

    def wait(signal, timeout_s: float = 60.0) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        guard = QTimer()
        guard.setSingleShot(True)
        guard.timeout.connect(loop.quit)
        guard.start(int(timeout_s * 1000))
        loop.exec()
        signal.disconnect(loop.quit)
        if not guard.isActive():
            raise RuntimeError("the caseload did not answer in time")
        guard.stop()

    try:
        window.unlock_with_passphrase(passphrase)
        wait(window.caseload_shown)
        view = window.caseload
        model, field = view._model, view._search  # the model the worker's rows land in; the field typed in
        if model.rowCount() == 0:
            wait(model.modelReset)
        fired: list[float] = []
        view._search_timer.timeout.connect(lambda: fired.append(time.perf_counter()))

        def type_words(words: list[str], into: tuple[list, list, list]) -> None:
            for word in words:
                field.setFocus()
                field.selectAll()  # the next key replaces the text: no search of its own
                for ch in word:
                    fired.clear()
                    start = time.perf_counter()
                    QTest.keyClick(field, ch)
                    # The worker's answer resets the model (CaseloadModel.set_page): the rows are in;
                    # the table repaints on the update that reset posted, so those posted events are
                    # handled too before the clock stops: the rows are on screen, not only in memory.
                    wait(model.modelReset)
                    app.processEvents()
                    end = time.perf_counter()
                    if field.text() != view._query.text:
                        raise RuntimeError("the rows shown are not those of the text typed")
                    into[0].append((end - start) * 1000)
                    into[1].append((end - fired[0]) * 1000)
                    into[2].append((fired[0] - start) * 1000)

        type_words(warm_up, ([], [], []))  # the page cache and Qt's first paints
        per_round = []
        for words in rounds:
            times: tuple[list, list, list] = ([], [], [])
            type_words(words, times)
            per_round.append(times)
    finally:
        window.close()
        worker.shutdown()

    total = [t for r in per_round for t in r[0]]
    after = [t for r in per_round for t in r[1]]
    debounce = [t for r in per_round for t in r[2]]
    return {
        "delay_ms": SEARCH_DELAY_MS,
        "all": _round_figures(total, after, debounce),
        "rounds": [_round_figures(*r) for r in per_round],
    }


def over_rounds(result: dict, key: str) -> dict:
    """The spread of one figure over the rounds (each round's own p50 or p95)."""
    return spread([r[key] for r in result["rounds"]])
