"""A form's unsaved input, kept as an encrypted draft in the store while the person types.

Forms that are saved on purpose (an agreement, a visit being planned) write what is typed,
debounced as autosave is, into the store's drafts (SQLCipher, never synced), and once more
before a lock takes the key: a lock, a crash or signing out loses none of it. Saving or
cancelling removes the draft (docs/decisions/0026).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QWidget

from desktop.tasks import DbWorker
from desktop.views.common.autosave import Autosaver

CHANGES = frozenset({"drafts"})  # no screen reads drafts on a change: nothing reloads


def cursor_of(widget: QWidget | None) -> int | None:
    """Where the text cursor stands in a text input; None for other widgets."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().position()
    return None


def put_cursor(widget: QWidget, position: int | None) -> None:
    if position is None:
        return
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)


def focus_in(form: QWidget) -> tuple[str | None, int | None]:
    """The focused field of `form` (its object name) and the cursor in it, for a draft."""
    focus = QApplication.focusWidget()  # not form.focusWidget(): that stays set after focus left
    if focus is None or not focus.objectName() or not form.isAncestorOf(focus):
        return None, None
    return focus.objectName(), cursor_of(focus)


def refocus(form: QWidget, name: str | None, cursor: int | None) -> None:
    """Focus the field a draft names, with the cursor where it was."""
    if not name:
        return
    widget = form.findChild(QWidget, name)
    if widget is not None:
        widget.setFocus()
        put_cursor(widget, cursor)


class FormDraft(QObject):
    """Keeps, drops and reads the one draft named `name`."""

    def __init__(self, worker: DbWorker, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self.name = name
        self._saver = Autosaver(worker, parent=self)
        self._held = False  # a draft is written (or waits to be)

    def keep(self, state: dict) -> None:
        name = self.name
        self._held = True
        self._saver.schedule(name, lambda store: store.drafts.put(name, state), CHANGES)

    def drop(self) -> None:
        """Handed to the worker at once, not debounced: the form that saved or cancelled may start a
        new draft of the same name straight away (a new meeting after one was saved), and its read
        must not find what was just saved coming back as "unsaved changes"."""
        if self._held:
            name = self.name
            self._held = False
            self._saver.schedule(name, lambda store: store.drafts.drop(name), CHANGES)
            self._saver.flush()

    def flush(self) -> None:
        self._saver.flush()

    def read(self, asker: QObject, on_done: Callable[[dict | None], None]) -> None:
        name = self.name

        def got(draft: dict | None) -> None:
            self._held = draft is not None
            on_done(draft)
        self._worker.read(lambda store: store.drafts.get(name), on_done=got, asker=asker)
