"""Inviting people from the caseload to one session: search, tick several, invite them at once.

People invited already are shown ticked and greyed, so nobody is invited twice; what is ticked
stays ticked while the search changes. Enter in the search field searches, it never invites.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common.labels import language_label
from desktop.views.common.style import set_role

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
CHANGES = {"workshop_invitations"}


class InviteDialog(QDialog):
    invited = Signal(int, int, int)  # invited now, invited already, no longer in the caseload

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._session_id: str | None = None
        self._chosen: set[str] = set()
        self._found = (0, 0)  # matching in all, shown
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Invite people"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("inviteSearch")
        self.search.setPlaceholderText(self.tr("Search by name, V-nummer, BSN or phone"))
        self.search.setClearButtonEnabled(True)
        self.people = QListWidget(self)
        self.people.setObjectName("inviteCandidates")
        self.people.setAccessibleName(self.tr("People of the caseload"))
        self.people.setUniformItemSizes(True)
        self.count = QLabel(self)
        self.count.setObjectName("inviteCount")
        set_role(self.count, "hint")
        self.error = QLabel(self)
        set_role(self.error, "problem")
        self.invite_button = QPushButton(self.tr("Invite"), self)
        self.invite_button.setObjectName("inviteChosen")
        self.invite_button.setProperty("primary", True)
        cancel = QPushButton(self.tr("Cancel"), self)
        for button in (self.invite_button, cancel):
            button.setAutoDefault(False)  # Enter in the search field searches; it never invites
            button.setDefault(False)
        self.invite_button.clicked.connect(self._invite)
        cancel.clicked.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search)
        self.people.itemChanged.connect(self._ticked)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.invite_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.search)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(560, 520)

    def start(self, session_id: str, title: str) -> None:
        self._worker.forget(self)
        self._session_id = session_id
        self._chosen.clear()
        self.heading.setText(self.tr("Who do you invite to the session of {session}?").format(session=title))
        self.error.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.people.clear()
        self._update_count(0)
        self._search()
        self.open()
        self.search.setFocus()

    def _search(self) -> None:
        self._timer.stop()
        session_id, text = self._session_id, self.search.text()
        if session_id is None:
            return
        self._worker.read(lambda store: store.workshops.candidates(session_id, text), on_done=self._show,
                          on_error=lambda e: log.error("reading the caseload failed", exc_info=e),
                          key="invite-search", asker=self)

    def _show(self, found: tuple[list[dict], int]) -> None:
        people, total = found
        self.people.blockSignals(True)
        self.people.clear()
        for person in people:
            languages = ", ".join(language_label(c) for c in person["languages"])
            text = " · ".join(part for part in (person["name"], person["v_number"] or "", languages) if part)
            item = QListWidgetItem(text, self.people)
            item.setData(Qt.ItemDataRole.UserRole, person["id"])
            if person["invited"]:
                item.setText(self.tr("{person} (invited)").format(person=text))
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # shown, ticked, not to be invited again
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if person["id"] in self._chosen else Qt.CheckState.Unchecked)
        self.people.blockSignals(False)
        self._update_count(total, len(people))

    def _ticked(self, item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        client_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen.add(client_id)
        else:
            self._chosen.discard(client_id)
        self._update_count()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Space ticks the current person; Enter never invites (nor closes the dialog).
        item = self.people.currentItem()
        if event.key() == Qt.Key.Key_Space and self.people.hasFocus() and item is not None \
                and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)

    def _update_count(self, total: int | None = None, shown: int | None = None) -> None:
        if total is not None:
            self._found = (total, shown if shown is not None else total)
        total, shown = self._found
        found = (self.tr("{shown} of {total} found: search to narrow").format(shown=shown, total=total)
                 if shown < total else self.tr("{total} found").format(total=total))
        self.count.setText(self.tr("{found}; {chosen} chosen").format(found=found, chosen=len(self._chosen)))
        self.invite_button.setEnabled(bool(self._chosen))
        self.invite_button.setText(self.tr("Invite {n}").format(n=len(self._chosen)) if self._chosen
                                   else self.tr("Invite"))

    def chosen(self) -> list[str]:
        return sorted(self._chosen)

    def _invite(self) -> None:
        session_id, people = self._session_id, self.chosen()
        if session_id is None or not people:
            return
        self.invite_button.setEnabled(False)
        self._worker.write(lambda store: store.workshops.invite(session_id, people), CHANGES,
                           on_done=self._done, on_error=self._failed, asker=self)

    def _done(self, result) -> None:
        self.invited.emit(len(result.made), len(result.skipped), len(result.missing))
        self._chosen.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        log.error("inviting failed", exc_info=error)
        self.error.setText(self.tr("Nobody was invited: the people chosen could not be read. Search again."))
        self._update_count()

    def clear(self) -> None:
        """Lock: names leave the dialog."""
        self._worker.forget(self)
        self._session_id = None
        self._chosen.clear()
        self.people.clear()
        self.heading.clear()
        self.search.clear()
        self.reject()
