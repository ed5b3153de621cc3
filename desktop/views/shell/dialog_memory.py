"""The dialogs a lock closed, with what was typed into them, to open them again after the unlock.

A lock closes every dialog: nothing stays open on an unattended laptop. Those that hold no client
data keep what was typed over the lock, in memory (the key is gone, the drafts' store with it):
signing in keeps the server's address and the user name, the settings keep the idle minutes and
the language chosen. Passwords and passphrases are never kept: they are typed again. After the
unlock the dialogs open as they were, the focus in the field it was in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog

from desktop.views.common.form_draft import cursor_of, refocus


@dataclass
class HeldDialog:
    name: str  # which dialog: how the window opens it again
    held: dict  # the dialog's own held_input()
    focus: str | None  # the object name of the field that had the focus
    cursor: int | None


def capture(dialogs: dict[str, QDialog | None]) -> list[HeldDialog]:
    """The open dialogs among `dialogs` (in their order) that have something to keep."""
    kept = []
    for name, dialog in dialogs.items():
        if dialog is None or not dialog.isVisible():
            continue
        held = dialog.held_input()
        if held is not None:
            focus = dialog.focusWidget()  # the dialog's own: it is a window of its own
            field = focus.objectName() if focus is not None else ""
            kept.append(HeldDialog(name, held, field or None, cursor_of(focus) if field else None))
    return kept


def reopen(kept: list[HeldDialog], openers: dict[str, Callable[[], QDialog | None]]) -> None:
    """Open each kept dialog again (a later one over an earlier) with what it held."""
    for item in kept:
        dialog = openers[item.name]()
        if dialog is None:
            continue
        dialog.put_back(item.held)
        if item.focus:
            dialog.activateWindow()
            refocus(dialog, item.focus, item.cursor)
