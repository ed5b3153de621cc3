"""The drill-down: the persons behind one figure, by name, and back from a person to the targets
that count them. Names are read on the database worker; only persons this device holds appear
(the store holds only what its worker may see)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.store.monitoring_source import client_names
from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from desktop.views.monitoring.monitoring_texts import outcome_label, target_title

_ID = Qt.ItemDataRole.UserRole


class PersonDrill(QWidget):
    open_client = Signal(str)
    names_shown = Signal()  # the list is filled (tests wait on it)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._counting = None  # client id -> [(code, outcome)]
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.persons = QListWidget(self)
        self.persons.setObjectName("drillPersons")
        self.persons.setUniformItemSizes(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        set_role(self.note, "hint")
        self.counting_label = QLabel(self)
        self.counting_label.setObjectName("countingTargets")
        self.counting_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open client file"), self)
        self.open_button.setEnabled(False)
        self.open_button.setToolTip(self.tr("Open the chosen person's client file (double-click works too)"))

        buttons = QHBoxLayout()  # one line under the list: room for the list at 720 pixels high
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.persons, 1)
        layout.addWidget(self.counting_label)
        layout.addLayout(buttons)

        self.persons.currentItemChanged.connect(self._on_person)
        self.persons.itemActivated.connect(lambda item: self.open_client.emit(item.data(_ID)))
        self.open_button.clicked.connect(self._open_current)
        self.clear()

    def clear(self) -> None:
        self._worker.forget(self)
        self.persons.clear()
        self.heading.setText(self.tr("Choose a figure to see the persons behind it."))
        self.note.clear()
        self._set_counting("")
        self.open_button.setEnabled(False)

    def show_ids(self, heading: str, ids_by_outcome: dict[str, list[str]], counting,
                 with_outcome: bool = False, notes: dict[str, str] | None = None) -> None:
        """List the persons behind a figure: {outcome: ids}; `counting(id)` gives the targets counting one."""
        self._counting = counting
        self.clear()
        self.heading.setText(heading)
        ids = sorted({i for group in ids_by_outcome.values() for i in group})
        outcome_of = {i: outcome for outcome, group in ids_by_outcome.items() for i in group}
        if not ids:
            self.note.setText(self.tr("Nobody is counted here."))
            self.names_shown.emit()
            return
        self.note.setText(self.tr("Reading names..."))
        several = with_outcome or len(ids_by_outcome) > 1
        if notes is None and several:
            notes = {i: outcome_label(outcome).lower() for i, outcome in outcome_of.items()}
        self._worker.read(lambda store: client_names(store.engine, ids),
                          on_done=lambda names: self._fill(names, ids, notes),
                          on_error=lambda _e: self.note.setText(self.tr("The names could not be read.")),
                          key="names", asker=self)

    def _fill(self, names: dict[str, str], ids: list[str], notes: dict[str, str] | None) -> None:
        self.persons.clear()
        for cid in sorted((i for i in ids if i in names), key=lambda i: names[i].lower()):
            text = names[cid] or self.tr("(no name)")
            if notes and notes.get(cid):
                text = f"{text}  -  {notes[cid]}"
            item = QListWidgetItem(text, self.persons)
            item.setData(_ID, cid)
        shown = self.persons.count()
        missing = len(ids) - shown
        note = self.tr("Persons: {n}").format(n=shown)
        if missing:
            note += " " + self.tr("(not on this device: {n})").format(n=missing)
        self.note.setText(note)
        self.names_shown.emit()

    def names(self) -> list[str]:
        return [self.persons.item(i).text() for i in range(self.persons.count())]

    def ids(self) -> list[str]:
        return [self.persons.item(i).data(_ID) for i in range(self.persons.count())]

    def _on_person(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.open_button.setEnabled(item is not None)
        if item is None or self._counting is None:
            self._set_counting("")
            return
        parts = [f"{code} {target_title(code).lower()}: {outcome_label(outcome).lower()}"
                 for code, outcome in self._counting(item.data(_ID))]
        self._set_counting(self.tr("Counted by: {targets}").format(targets="; ".join(parts))
                           if parts else self.tr("No target counts this person yet."))

    def _set_counting(self, text: str) -> None:
        self.counting_label.setText(text)
        self.counting_label.setVisible(bool(text))

    def _open_current(self) -> None:
        item = self.persons.currentItem()
        if item is not None:
            self.open_client.emit(item.data(_ID))
