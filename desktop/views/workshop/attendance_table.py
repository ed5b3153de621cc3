"""Who was invited to one session, and what came of it: attended or not, the card handed out.

Each change is recorded at once (as fieldwork autosaves); a refused one says why and the row
shows the stored value again. Attended and absent are offered only once the session's day has
come. The drop-downs change only when focused (the shell's wheel guard).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.labels import language_label
from desktop.views.workshop.workshop_texts import attendance_error, status_label
from domain.arrival.card_texts import available_languages
from domain.arrival.workshop import AFTER_THE_DAY, Attendance
from domain.errors import RecordInvalid

log = logging.getLogger(__name__)

NAME, V_NUMBER, LANGUAGES, STATUS, CARD, CARD_LANGUAGE = range(6)
CHANGES = {"workshop_invitations"}


class AttendanceTable(QTableWidget):
    problem = Signal(str)  # a change was refused: why (the view then shows the stored values again)

    def __init__(self, worker: DbWorker, parent=None):
        super().__init__(0, 6, parent)
        self._worker = worker
        self._rows: list[dict] = []
        self.session_id: str | None = None  # whose invitations are shown
        self.setObjectName("attendanceTable")
        self.setHorizontalHeaderLabels([self.tr("Name"), self.tr("V-nummer"), self.tr("Languages"),
                                        self.tr("Status"), self.tr("Card handed out"), self.tr("Card language")])
        self.setAccessibleName(self.tr("Invited people"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (V_NUMBER, LANGUAGES, STATUS, CARD, CARD_LANGUAGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_invitations(self, session_id: str, invitations: list[dict], held_on: str | None) -> None:
        """One row per invited person; attended and absent only once the day has come."""
        self.session_id, self._rows = session_id, invitations
        self.setRowCount(0)
        self.setRowCount(len(invitations))
        happened = bool(held_on) and held_on <= date.today().isoformat()
        for row, invitation in enumerate(invitations):
            self._item(row, NAME, invitation["name"])
            self._item(row, V_NUMBER, invitation.get("v_number") or "")
            self._item(row, LANGUAGES, ", ".join(language_label(c) for c in invitation.get("languages") or []))
            self.setCellWidget(row, STATUS, self._status_box(invitation, happened))
            self.setCellWidget(row, CARD, self._centred(self._card_box(invitation)))
            self.setCellWidget(row, CARD_LANGUAGE, self._language_box(invitation))

    def clear_rows(self) -> None:
        self.session_id, self._rows = None, []
        self.setRowCount(0)

    def _item(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        self.setItem(row, column, item)

    def _status_box(self, invitation: dict, happened: bool) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("attendanceStatus")
        box.setAccessibleName(self.tr("Status of {name}").format(name=invitation["name"]))
        for status in Attendance:
            box.addItem(status_label(status), status.value)
            if status in AFTER_THE_DAY and not happened:  # nobody attends a session still to come
                box.model().item(box.count() - 1).setEnabled(False)
        box.setCurrentIndex(max(0, box.findData(invitation["status"])))
        box.activated.connect(lambda _i, b=box, i=invitation: self._chosen(b, i, status=b.currentData()))
        return box

    def _centred(self, box: QCheckBox) -> QWidget:
        holder = QWidget(self)
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        holder.setFocusProxy(box)
        return holder

    def _card_box(self, invitation: dict) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName("attendanceCard")
        box.setAccessibleName(self.tr("Card handed out to {name}").format(name=invitation["name"]))
        box.setChecked(invitation["card_handed_out"])
        box.clicked.connect(lambda checked, i=invitation: self._record(i, card_handed_out=checked))
        return box

    def _language_box(self, invitation: dict) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("attendanceCardLanguage")
        own = (invitation.get("languages") or [None])[0]
        box.addItem(self.tr("Own language"), "")
        stored = invitation.get("card_language") or ""
        for code in (*available_languages(), *([stored] if stored and stored not in available_languages() else [])):
            box.addItem(language_label(code), code)  # the stored language even when no card text has it
        box.setCurrentIndex(max(0, box.findData(invitation.get("card_language") or "")))
        box.setToolTip(self.tr("The language of the card handed out (own: {language})").format(
            language=language_label(own) if own else self.tr("none recorded")))
        box.activated.connect(lambda _i, b=box, i=invitation: self._chosen(b, i, card_language=b.currentData()))
        return box

    def _chosen(self, box: QComboBox, invitation: dict, **change) -> None:
        """A choice is stored at once; the box lets go of the focus, so that a wheel turned over the table
        afterwards scrolls it (the app's wheel guard) instead of storing one choice per notch."""
        box.clearFocus()
        self._record(invitation, **change)

    def _record(self, invitation: dict, **change) -> None:
        invitation_id = invitation["id"]
        self._worker.write(lambda store: store.workshops.record(invitation_id, **change), CHANGES,
                           on_error=self._refused, asker=self)

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, RecordInvalid):
            self.problem.emit(attendance_error(error.errors))
        else:
            log.error("recording attendance failed", exc_info=error)
            self.problem.emit(self.tr("This could not be recorded."))

    def client_at(self, row: int) -> str | None:
        return self._rows[row]["client_id"] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str) -> int:
        return next((n for n, r in enumerate(self._rows) if r["client_id"] == client_id), -1)

    def status_box(self, row: int) -> QComboBox:
        return self.cellWidget(row, STATUS)

    def card_box(self, row: int) -> QCheckBox:
        return self.cellWidget(row, CARD).findChild(QCheckBox)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Enter on a row goes to its status, never changes it.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.cellWidget(self.currentRow(), STATUS).setFocus()
            return
        super().keyPressEvent(event)
