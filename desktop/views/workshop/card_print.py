"""Printing the contact cards for everyone invited to a session: one PDF per person, in each
person's own language, into a folder chosen each time (the same batch as
`python -m desktop contact-card --workshop`). The files leave the encrypted store: each is
recorded in the export log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.tasks import DbWorker
from desktop.views.common.export_file import documents_folder

log = logging.getLogger(__name__)

STORE_MAP = Path("arrival") / "map.geojson"  # a municipality's imported map, in the data folder


def _people(store, session_id: str):
    """On the worker: everyone invited (not cancelled), as the card reads them, the store's sociale kaart
    (the demo's only while the store holds none, as the command does) and the map, read from its file."""
    from desktop.arrival.card_source import person_file, workshop_invitees
    from desktop.arrival.map_data import DEMO_MAP, MapDataError, load_map_data
    from domain.arrival.demo_hilversum import demo_directory
    people = [person_file(store.engine, cid) for cid in workshop_invitees(store.engine, session_id)]
    directory, _problems = store.social_map.directory()
    is_demo = not directory.services
    imported = store.data_dir / STORE_MAP
    path = imported if imported.is_file() else DEMO_MAP if is_demo else None
    try:
        map_data = load_map_data(path) if path is not None else None
    except MapDataError:
        map_data = None  # the card draws a schematic map
    return people, demo_directory() if is_demo else directory, map_data


class CardPrinter(QObject):
    finished = Signal(int, int, str)  # cards written, cards that failed, the folder

    def __init__(self, worker: DbWorker, parent: QWidget):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent

    def ask_and_print(self, session_id: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the contact cards (they leave the encrypted store)"),
            documents_folder(), QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.print_to(session_id, Path(folder))

    def print_to(self, session_id: str, folder: Path) -> None:
        self._worker.read(lambda store: _people(store, session_id),
                          on_done=lambda found: self._draw(folder, *found), on_error=self._failed, asker=self)

    def _draw(self, folder: Path, people, directory, map_data) -> None:
        """On the GUI thread (drawing uses Qt's fonts and painter); a card that fails never stops the others."""
        from desktop.arrival.cli import make_cards
        written: dict[str, str] = {}
        failed = 0
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            cards = make_cards(people, directory, folder, None, "wallet", map_data)
            for person, (_line, ok, path) in zip(people, cards, strict=True):
                if ok:
                    written[person.client_id] = path.name
                else:
                    failed += 1
        finally:
            QApplication.restoreOverrideCursor()

        def log_exports(store):
            for client_id, name in written.items():
                store.export_log.record("contact_card", client_id, [name])
        self._worker.write(log_exports, {"export_log"},
                           on_error=lambda e: log.error("recording the card exports failed", exc_info=e))
        self.finished.emit(len(written), failed, str(folder))

    def _failed(self, error: BaseException) -> None:
        log.error("reading the people for the cards failed", exc_info=error)
        self.finished.emit(0, -1, "")

    def cancel(self) -> None:
        self._worker.forget(self)
