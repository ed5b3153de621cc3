"""Saving as people type: each change is written about a second later at most.

Fieldwork forms have no Save button (docs/decisions/0006). A view schedules the write
for what it shows under a key (a record's part, say); typing on replaces the scheduled
write, so only the newest state is written, once typing pauses.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.store import Store
from desktop.tasks import DbWorker
from desktop.views.common.form_part_view import FormPartView, valid_part
from desktop.views.common.style import set_role
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)


@dataclass
class _Scheduled:
    fn: Callable[[Store], Any]
    changes: set[str]
    first: float  # when the first unsaved change came (monotonic seconds)
    last: float  # when the newest change came


class Autosaver(QObject):
    """Debounced saving through the DbWorker: a change is written DELAY_MS after typing pauses,
    and at most MAX_WAIT_MS after the first unsaved change even while typing goes on, so a crash
    loses at most about a second."""

    saved = Signal(str)  # key
    failed = Signal(str, object)  # key, exception (RecordInvalid -> show at the field, keep the text)
    scheduled = Signal(str)  # key; a change waits to be written

    DELAY_MS = 400
    MAX_WAIT_MS = 700  # leaves room for the write itself within the second a crash may cost

    def __init__(self, worker: DbWorker, delay_ms: int = DELAY_MS, max_wait_ms: int = MAX_WAIT_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._delay = delay_ms / 1000
        self._max_wait = max_wait_ms / 1000
        self._scheduled: dict[str, _Scheduled] = {}
        self._in_flight = 0
        # One timer for every key, set to the earliest write due: no timer objects come and go
        # while people type.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._submit_due)

    def schedule(self, key: str, fn: Callable[[Store], Any], changes: set[str]) -> None:
        """Write `fn` for `key` soon; replaces the write still waiting for that key."""
        now = time.monotonic()
        entry = self._scheduled.get(key)
        if entry is None:
            self._scheduled[key] = _Scheduled(fn, set(changes), now, now)
        else:
            entry.fn, entry.changes, entry.last = fn, set(changes), now
        self._arm()
        self.scheduled.emit(key)

    def flush(self) -> None:
        """Submit every waiting write now (on lock, on close, when switching client)."""
        for key in list(self._scheduled):
            self._submit(key)
        self._timer.stop()

    def has_pending(self) -> bool:
        """Whether a write still waits for its time (not yet handed to the worker)."""
        return bool(self._scheduled)

    def is_saving(self) -> bool:
        """Whether a write was handed to the worker and has not come back yet."""
        return self._in_flight > 0

    # -- inside --------------------------------------------------------------------
    def _due(self, entry: _Scheduled) -> float:
        return min(entry.last + self._delay, entry.first + self._max_wait)

    def _arm(self) -> None:
        if not self._scheduled:
            self._timer.stop()
            return
        wait = min(self._due(e) for e in self._scheduled.values()) - time.monotonic()
        self._timer.start(max(0, math.ceil(wait * 1000)))

    def _submit_due(self) -> None:
        now = time.monotonic() + 0.005  # a timer may fire a hair early
        for key, entry in list(self._scheduled.items()):
            if self._due(entry) <= now:
                self._submit(key)
        self._arm()

    def _submit(self, key: str) -> None:
        entry = self._scheduled.pop(key)
        self._in_flight += 1
        self._worker.write(entry.fn, changes=entry.changes,
                           on_done=lambda _result: self._done(key, None),
                           on_error=lambda error: self._done(key, error))

    def _done(self, key: str, error: BaseException | None) -> None:
        self._in_flight -= 1
        if error is None:
            self.saved.emit(key)
            return
        log.info("autosave of %s refused: %s", key, type(error).__name__)
        self.failed.emit(key, error)


class PartAutosave(QObject):
    """Saves the parts of one form record as they are edited.

    The valid answers of a part are written; invalid ones are marked at their field once
    the write is done (not at every keystroke: a half-typed date is not yet wrong) and
    stay in the widget, so nothing typed is lost. `repository` picks the store's
    repository (store.handovers, store.intakes, store.visits): its save_part is called.
    """

    def __init__(self, autosaver: Autosaver, repository: Callable[[Store], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._autosaver = autosaver
        self._repository = repository
        self._views: dict[str, FormPartView] = {}
        self._record_id: str | None = None
        self._client_id: str | None = None
        self._errors: dict[str, dict] = {}  # by key: what the newest scheduled write left out
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)

    def add_view(self, view: FormPartView) -> None:
        self._views[view.part.key] = view
        view.edited.connect(self._edited)

    def set_record(self, record_id: str | None, client_id: str | None) -> None:
        """The record the views show now; answers for another record are not shown."""
        self._record_id, self._client_id = record_id, client_id
        self._errors.clear()

    def _edited(self, part_key: str) -> None:
        record_id, client_id = self._record_id, self._client_id
        if record_id is None:
            return
        view = self._views[part_key]
        answers, notes, errors = valid_part(view.part, *view.values())
        key = f"{record_id}/{part_key}"
        self._errors[key] = errors
        repository = self._repository
        self._autosaver.schedule(
            key, lambda store: repository(store).save_part(record_id, client_id, part_key, answers, notes),
            {"form_parts"})

    def _view_for(self, key: str) -> FormPartView | None:
        record_id, _, part_key = key.partition("/")
        return self._views.get(part_key) if record_id == self._record_id else None

    def _saved(self, key: str) -> None:
        view = self._view_for(key)
        if view is not None:
            view.show_errors(self._errors.pop(key, {}))

    def _failed(self, key: str, error: BaseException) -> None:
        view = self._view_for(key)
        if view is not None and isinstance(error, RecordInvalid):
            view.show_errors(error.errors)


class SaveStateLabel(QLabel):
    """Tells whether what was typed is stored: "Saving…", "All changes saved", or a problem."""

    def __init__(self, autosaver: Autosaver, parent: QWidget | None = None):
        super().__init__(parent)
        self._autosaver = autosaver
        self.setObjectName("saveState")
        self.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self, "hint")
        autosaver.scheduled.connect(lambda _key: self._show(self.tr("Saving…"), "hint"))
        autosaver.saved.connect(self._saved)
        autosaver.failed.connect(self._failed)

    def reset(self) -> None:
        self._show("", "hint")

    def _saved(self, _key: str) -> None:
        if not self._autosaver.has_pending() and not self._autosaver.is_saving():
            self._show(self.tr("All changes saved"), "success")

    def _failed(self, _key: str, error: BaseException) -> None:
        if isinstance(error, RecordInvalid):
            self._show(self.tr("Not everything is saved: see the marked fields."), "problem")
        else:
            self._show(self.tr("Could not save. Your text is kept; it is saved again on the next change."),
                       "problem")

    def _show(self, text: str, role: str) -> None:
        self.setText(text)
        set_role(self, role)
