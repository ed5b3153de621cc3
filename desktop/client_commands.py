"""Undoable changes to the client file. Each command calls the store through the DbWorker.

The commands never touch widgets: they write, and report back through callbacks that run
on the GUI thread. Their mutable state lives in a plain object shared with the work they
submit, because that work runs later on the worker thread, possibly after the stack has
deleted the command itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.tasks import DbWorker

Applied = Callable[[str], None]  # the client id whose stored values changed
Failed = Callable[[BaseException], None]

CHANGES = frozenset({"clients"})


@dataclass
class _EditState:
    new: dict
    old: dict


@dataclass
class _CreateState:
    fields: dict
    household_of: str | None
    client_id: str | None = None


class _ClientCommand(QUndoCommand):
    def __init__(self, worker: DbWorker, text: str, on_applied: Applied | None,
                 on_error: Failed | None):
        super().__init__(text)
        self._worker = worker
        self._on_applied = on_applied
        self._on_error = on_error
        self.failed = False  # set when the store refused; redo/undo then do nothing

    def _write(self, fn: Callable, client_id: Callable[[], str | None]) -> None:
        # The callbacks capture locals, not self: they may run after the stack dropped us.
        on_applied, on_error = self._on_applied, self._on_error

        def done(_result):
            if on_applied is not None:
                on_applied(client_id())

        self._worker.write(fn, changes=CHANGES, on_done=done, on_error=on_error)


class EditClientCommand(_ClientCommand):
    """Redo writes new_values, undo writes the values the store held before."""

    def __init__(self, worker: DbWorker, client_id: str, new_values: dict, old_values: dict,
                 on_applied: Applied | None = None, on_error: Failed | None = None,
                 text: str = ""):
        super().__init__(worker, text or QCoreApplication.translate(
            "ClientCommands", "Edit client file"), on_applied, on_error)
        self.client_id = client_id
        self._state = _EditState(dict(new_values), dict(old_values))

    @property
    def new_values(self) -> dict:
        return dict(self._state.new)

    def redo(self) -> None:
        if self.failed:
            return
        state, client_id = self._state, self.client_id

        def run(store):
            previous = store.clients.update(client_id, state.new)
            if previous:  # what the store really held, so undo restores exactly that
                state.old = previous

        self._write(run, lambda: client_id)

    def undo(self) -> None:
        if self.failed:
            return
        state, client_id = self._state, self.client_id
        self._write(lambda store: store.clients.update(client_id, state.old), lambda: client_id)


class CreateClientCommand(_ClientCommand):
    """Redo creates (the first time) or restores; undo leaves a tombstone. The id stays.

    With household_of (a client id) the new person joins that client's household, which
    is made first if the client has none yet.
    """

    def __init__(self, worker: DbWorker, fields: dict, on_applied: Applied | None = None,
                 on_error: Failed | None = None, household_of: str | None = None,
                 text: str = ""):
        super().__init__(worker, text or QCoreApplication.translate(
            "ClientCommands", "Add client"), on_applied, on_error)
        self._state = _CreateState(dict(fields), household_of)

    @property
    def client_id(self) -> str | None:
        """Known once the first redo has run on the worker thread."""
        return self._state.client_id

    def redo(self) -> None:
        if self.failed:
            return
        state = self._state

        def run(store):
            if state.client_id is not None:
                store.clients.restore(state.client_id)
            elif state.household_of:
                state.client_id = store.clients.add_to_household(state.household_of, state.fields)
            else:
                state.client_id = store.clients.create(state.fields)

        self._write(run, lambda: state.client_id)

    def undo(self) -> None:
        if self.failed:
            return
        state = self._state

        def run(store):
            if state.client_id is not None:
                store.clients.delete(state.client_id)

        self._write(run, lambda: state.client_id)
