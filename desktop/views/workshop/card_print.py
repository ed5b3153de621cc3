"""Printing the contact cards for everyone invited to a session: one PDF per person, in each
person's own language, into a folder chosen each time (the same batch as
`python -m desktop contact-card --workshop`). The files leave the encrypted store: each is
recorded in the export log.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

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
    """Draws the cards one per turn of the event loop: drawing uses Qt's fonts and painter (the GUI
    thread), and between two cards the window answers and a lock can stop the batch. Each card whose
    file was written is recorded in the export log as it comes, so a batch stopped halfway leaves
    no file unrecorded (a card whose text did not fit is a file too)."""

    finished = Signal(int, int, str)  # cards written, cards that failed, the folder
    progress = Signal(int, int)  # cards done, cards in all

    def __init__(self, worker: DbWorker, parent: QWidget):
        super().__init__(parent)
        self._worker = worker
        self._parent = parent
        self._batch: Iterator | None = None
        self._folder = ""
        self._total = self._written = self._failed = 0

    @property
    def busy(self) -> bool:
        return self._batch is not None

    def ask_and_print(self, session_id: str) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the contact cards (they leave the encrypted store)"),
            documents_folder(), QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)
        if folder:
            self.print_to(session_id, Path(folder))

    def print_to(self, session_id: str, folder: Path) -> None:
        if self.busy:
            return  # one batch at a time
        self._worker.read(lambda store: _people(store, session_id),
                          on_done=lambda found: self._start(folder, *found), on_error=self._failed_to_read,
                          asker=self)

    def _start(self, folder: Path, people, directory, map_data) -> None:
        from desktop.arrival.cli import make_cards
        self._folder, self._total, self._written, self._failed = str(folder), len(people), 0, 0
        self._batch = zip(people, make_cards(people, directory, folder, None, "wallet", map_data), strict=True)
        self.progress.emit(0, self._total)
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        batch = self._batch
        if batch is None:
            return  # stopped (the lock)
        try:
            person, (_line, ok, path) = next(batch)
        except StopIteration:
            self._batch = None
            self.finished.emit(self._written, self._failed, self._folder)
            return
        if path.is_file():  # it left the store, whole or not
            client_id, name = person.client_id, path.name
            self._worker.write(lambda store: store.export_log.record("contact_card", client_id, [name]),
                               {"export_log"}, on_error=lambda e: log.error("recording a card export failed",
                                                                            exc_info=e))
        if ok:
            self._written += 1
        else:
            self._failed += 1
        self.progress.emit(self._written + self._failed, self._total)
        QTimer.singleShot(0, self._next)

    def _failed_to_read(self, error: BaseException) -> None:
        log.error("reading the people for the cards failed", exc_info=error)
        self.finished.emit(0, -1, "")

    def cancel(self) -> None:
        """The lock: no card more is drawn; those written are recorded already (their writes queued)."""
        self._batch = None
        self._worker.forget(self)
