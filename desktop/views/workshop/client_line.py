"""In the client file: the person's welcome workshop invitations and what came of them, read-only.

The shell puts it under the client file and tells it which client is shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date
from desktop.views.common.labels import language_label
from desktop.views.workshop.workshop_texts import status_label

log = logging.getLogger(__name__)

WATCHED = {"workshop_sessions", "workshop_invitations"}


class WorkshopLine(QLabel):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._client_id: str | None = None
        self.setObjectName("clientWorkshops")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        worker.changed.connect(self._store_changed)
        self.hide()

    def load_client(self, client_id: str | None) -> None:
        if client_id != self._client_id:
            self._worker.forget(self)
            self._client_id = client_id
            self.clear()
            self.hide()
        if client_id is not None:
            self._worker.read(lambda store: store.workshops.for_client(client_id), on_done=self._show,
                              on_error=lambda e: log.error("reading workshop invitations failed", exc_info=e),
                              asker=self)

    def _show(self, invitations: list[dict]) -> None:
        if not invitations:
            self.clear()
            self.hide()
            return
        lines = [self._describe(i) for i in invitations]
        self.setText(self.tr("Welcome workshop: {lines}").format(lines="; ".join(lines)))
        self.show()

    def _describe(self, invitation: dict) -> str:
        text = self.tr("{day} {time}, {place}: {status}").format(
            day=format_date(invitation["held_on"]), time=invitation["starts_at"], place=invitation["place"],
            status=status_label(invitation["status"]).lower())
        if invitation["card_handed_out"]:
            language = invitation.get("card_language")
            text += (self.tr(", card handed out ({language})").format(language=language_label(language))
                     if language else self.tr(", card handed out"))
        return text

    def _store_changed(self, entities) -> None:
        if self._client_id is not None and entities & WATCHED:
            self.load_client(self._client_id)
