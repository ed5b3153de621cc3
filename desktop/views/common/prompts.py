"""The questions the views ask before something is lost: unsaved edits, a removal.

Each is a window-modal QMessageBox, opened (not exec'd: the event loop and a lock go on)
and returned so the view can close it when it locks or shows another record. The default
button, the one Enter presses, is always Cancel: an Enter typed out of habit keeps the user
where they were, neither saving unseen edits nor throwing them away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate


def _question(parent: QWidget, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def _open_with_cancel(box: QMessageBox) -> QMessageBox:
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("keepEditing")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.open()
    return box


def ask_to_save(parent: QWidget, title: str, text: str, on_save: Callable[[], None],
                on_discard: Callable[[], None] | None = None) -> QMessageBox:
    """Save, Discard changes (when on_discard is given) or Cancel: keep editing."""
    box = _question(parent, title, text, QMessageBox.Icon.Question)
    save = box.addButton(translate("Prompts", "Save"), QMessageBox.ButtonRole.AcceptRole)
    save.setObjectName("saveFirst")
    save.clicked.connect(on_save)
    if on_discard is not None:
        discard = box.addButton(translate("Prompts", "Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardChanges")
        discard.clicked.connect(on_discard)
    return _open_with_cancel(box)


def confirm(parent: QWidget, title: str, text: str, action: str, on_confirm: Callable[[], None],
            button_name: str = "") -> QMessageBox:
    """A destructive step (remove, sign off): the button named `action`, or Cancel."""
    box = _question(parent, title, text, QMessageBox.Icon.Question)
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    button.setObjectName(button_name)
    button.clicked.connect(on_confirm)
    return _open_with_cancel(box)


class PromptSlot:
    """The one question a view has open: a new one replaces it, and close() (on a lock, on
    another record) takes it away, so no question naming a client outlives what it was about."""

    def __init__(self) -> None:
        self.box: QMessageBox | None = None

    def hold(self, box: QMessageBox) -> QMessageBox:
        if self.box is not box:
            self.close()
        self.box = box
        box.finished.connect(lambda _result: self._forget(box))
        return box

    def close(self) -> None:
        if self.box is not None:
            box, self.box = self.box, None
            box.close()

    def _forget(self, box: QMessageBox) -> None:
        if self.box is box:
            self.box = None
