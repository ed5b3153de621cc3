"""The client file's unsaved edits, kept as an encrypted draft in the store.

The client file is saved on purpose (Save, with undo): a half-typed new client cannot be
stored yet, and a change to someone's file is one checked step. What is typed but not saved
is written, as the user types, into the store's drafts (SQLCipher, never synced), and
once more before a lock takes the key: a lock, a crash or signing out loses none of it.
Saving, reverting or discarding removes the draft (docs/decisions/0026).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from desktop.tasks import DbWorker
from desktop.views.common.autosave import Autosaver

NAME = "client_editor"
CHANGES = frozenset({"drafts"})  # no screen reads drafts on a change: nothing reloads


class ClientDraft(QObject):
    """Keeps, drops and reads the one draft of the client file."""

    def __init__(self, worker: DbWorker, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._saver = Autosaver(worker, parent=self)
        self._held = False  # a draft is written (or waits to be)

    def keep(self, state: dict) -> None:
        self._held = True
        self._saver.schedule(NAME, lambda store: store.drafts.put(NAME, state), CHANGES)

    def drop(self) -> None:
        if self._held:
            self._held = False
            self._saver.schedule(NAME, lambda store: store.drafts.drop(NAME), CHANGES)

    def flush(self) -> None:
        self._saver.flush()

    def read(self, asker: QObject, on_done: Callable[[dict | None], None]) -> None:
        def got(draft: dict | None) -> None:
            self._held = draft is not None
            on_done(draft)
        self._worker.read(lambda store: store.drafts.get(NAME), on_done=got, asker=asker)
