"""The audit log: who read or changed a person's file, from which device, when.

The log lives on the server, which decides who may read it (coordinators and administrators)
and says so; the dialog is there for everyone and shows that answer plainly. The device's
request goes through desktop.server_calls: neither the window nor the store waits for the network.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.server_calls import Connect, ServerCalls
from desktop.store import CaseloadQuery
from desktop.tasks import DbWorker
from desktop.views.admin.audit_reads import group_reads
from desktop.views.common.refusal_texts import cause_of, cause_text
from desktop.views.common.style import set_role
from desktop.views.common.sync_labels import field_label, record_label
from desktop.views.common.sync_texts import when_text
from domain.client import display_name
from sync.errors import SyncError
from sync.protocol import AUDIT_PAGE, AuditEntry, AuditPage

log = logging.getLogger(__name__)

PERIOD_DAYS = 30  # the period a search starts with
ALL_CLIENTS = 100_000  # the whole local caseload for the person picker


def local_choices(store) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(client id, name) of the caseload and (worker id, name) of the directory; on the worker thread."""
    clients = [(r["id"], display_name(r)) for r in store.clients.search(CaseloadQuery(limit=ALL_CLIENTS)).rows]
    workers = [(w["id"], w["name"]) for w in store.directory.workers()]
    return clients, workers


class AuditDialog(QDialog):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None, *, connect: Connect | None = None,
                 page_size: int = AUDIT_PAGE):
        super().__init__(parent)
        self._worker = worker
        self._server = ServerCalls(worker, self, connect=connect)
        self._page_size = page_size
        self._query: dict = {}
        self._entries: list[AuditEntry] = []
        self._clients: dict[str, str] = {}
        self._workers: dict[str, str] = {}
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 560)

        intro = QLabel(self.tr(
            "Who read or changed a person's file, from which device, and when. Changes made offline show "
            "when they were made and when they reached the server. Only coordinators and administrators "
            "may read the audit log; the server checks this."), self)
        intro.setWordWrap(True)
        self.client_combo = QComboBox(self)
        self.client_combo.setEditable(True)
        self.client_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.client_combo.lineEdit().setPlaceholderText(self.tr("Everyone"))
        completer = QCompleter(self.client_combo.model(), self.client_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.client_combo.setCompleter(completer)
        self.worker_combo = QComboBox(self)
        self.period_check = QCheckBox(self.tr("From"), self)
        self.period_check.setChecked(True)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d-M-yyyy")
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setDefault(True)
        period = QHBoxLayout()
        period.addWidget(self.period_check)
        period.addWidget(self.from_edit)
        period.addWidget(QLabel(self.tr("to"), self))
        period.addWidget(self.to_edit)
        period.addStretch(1)
        period.addWidget(self.search_button)
        filters = QFormLayout()
        filters.addRow(self.tr("Person"), self.client_combo)
        filters.addRow(self.tr("Worker"), self.worker_combo)
        filters.addRow(self.tr("Period"), period)

        headers = [self.tr("When"), self.tr("Who"), self.tr("Device"), self.tr("What"), self.tr("Person"),
                   self.tr("Record"), self.tr("Fields")]
        # A tree: the reads of one session are one line, opened to show each.
        self.table = QTreeWidget(self)
        self.table.setColumnCount(len(headers))
        self.table.setHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.more_button = QPushButton(self.tr("More"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.more_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.rejected.connect(self.reject)
        self.search_button.clicked.connect(self.search)
        self.more_button.clicked.connect(self.load_more)
        self.period_check.toggled.connect(self._update_period)
        self.reset()

    # -- state ---------------------------------------------------------------------
    def reset(self) -> None:
        """As opened: the last 30 days, everyone, no results yet; the pickers read again."""
        self._server.forget()  # an answer to a search of before is not shown
        self._entries, self._query = [], {}
        today = QDate.currentDate()
        self.from_edit.setDate(today.addDays(-PERIOD_DAYS))
        self.to_edit.setDate(today)
        self.period_check.setChecked(True)
        self.client_combo.setEditText("")
        self.table.clear()
        self.more_button.setVisible(False)
        self.search_button.setEnabled(True)
        self._say("", "")
        self._worker.read(local_choices, key="audit-choices", on_done=self._show_choices,
                          on_error=lambda e: log.warning("audit: local choices not read: %s", e))

    def reload(self) -> None:
        self.reset()

    def _show_choices(self, choices) -> None:
        clients, workers = choices
        self._clients, self._workers = dict(clients), dict(workers)
        typed = self.client_combo.currentText()
        self.client_combo.clear()
        self.client_combo.addItem("", None)
        for client_id, name in sorted(clients, key=lambda c: c[1].lower()):
            self.client_combo.addItem(name, client_id)
        self.client_combo.setEditText(typed)
        self.worker_combo.clear()
        self.worker_combo.addItem(self.tr("Everyone"), None)
        for worker_id, name in sorted(workers, key=lambda w: w[1].lower()):
            self.worker_combo.addItem(name, worker_id)

    def _update_period(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    # -- searching -----------------------------------------------------------------
    def search(self) -> None:
        typed = self.client_combo.currentText().strip()
        client_id = None
        if typed:
            index = self.client_combo.findText(typed, Qt.MatchFlag.MatchFixedString)
            if index <= 0:
                self._say(self.tr("There is no person called \"{name}\" on this device. Pick a person from "
                                  "the list.").format(name=typed), "error")
                return
            client_id = self.client_combo.itemData(index)
        query = {"client_id": client_id, "worker_id": self.worker_combo.currentData()}
        if self.period_check.isChecked():
            first, last = sorted((self.from_edit.date().toPython(), self.to_edit.date().toPython()))
            # Whole days of this computer's clock: from the first midnight to the one after the last day.
            query["start"] = datetime.combine(first, time.min).astimezone()
            query["end"] = datetime.combine(last + timedelta(days=1), time.min).astimezone()
        self._query, self._entries = query, []
        self.table.clear()
        self.more_button.setVisible(False)
        self._fetch()

    def load_more(self) -> None:
        if self._query:
            self._fetch()

    def _fetch(self) -> None:
        offset = len(self._entries)
        self.search_button.setEnabled(False)
        self.more_button.setEnabled(False)
        self._say(self.tr("Searching the audit log on the server..."), "")
        query = dict(self._query)
        self._server.call(lambda transport: transport.audit(offset=offset, limit=self._page_size, **query),
                          on_done=lambda page: self._on_answer(page, None),
                          on_error=lambda error: self._on_answer(None, error), key="search")

    def _on_answer(self, page: AuditPage | None, error: BaseException | None) -> None:
        """The newest search's answer only: an earlier one answered late is dropped by ServerCalls."""
        self._finish()
        if error is not None:
            self._say(self._error_text(error), "error")
            return
        self._entries += page.entries
        self._show_lines()
        self.more_button.setVisible(page.more)
        if not self._entries:
            self._say(self.tr("Nothing in the audit log matches this search."), "")
        else:
            count = len(self._entries)  # whole sentences rather than "%n line(s)": English loads no translator
            found = self.tr("1 line") if count == 1 else self.tr("{n} lines").format(n=count)
            self._say(self.tr("{found}; there are more.").format(found=found) if page.more else found, "")

    def _finish(self) -> None:
        self.search_button.setEnabled(True)
        self.more_button.setEnabled(True)

    def _error_text(self, error: BaseException) -> str:
        code = getattr(error, "code", None)
        if code == "no_server":
            return self.tr("This device does not sync with a server, so there is no audit log to search. "
                           "Sign in to the server first (Settings).")
        if code == "audit_not_allowed":
            return self.tr("Your role may not read the audit log: only coordinators and administrators may. "
                           "Ask a coordinator if you need to know who saw or changed a file.")
        if code == "offline":
            return self.tr("The server could not be reached. The audit log is on the server: search again "
                           "when this computer is online.")
        if code in ("not_signed_in", "device_revoked"):
            return self.tr("The server no longer accepts this device's sign-in. Sign in again (Settings) "
                           "and search again.")
        if code == "upgrade_required":
            return self.tr("This version of Ketenplan is too old for the server. Please update Ketenplan.")
        if isinstance(error, SyncError):
            return self.tr("The server could not search the audit log: {reason}").format(reason=error.message)
        log.error("audit search failed", exc_info=error)
        return self.tr("The audit log could not be searched ({error}).").format(error=error.__class__.__name__)

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_role(self.message, role)

    # -- the lines -----------------------------------------------------------------
    def _show_lines(self) -> None:
        """All lines found so far; reads of one file by one person on one device in one session are
        one line ("read N records between t1 and t2"), opened to show each read."""
        self.table.clear()
        for group in group_reads(self._entries):
            if len(group) == 1:
                self._line(self.table, group[0])
                continue
            item = QTreeWidgetItem(self.table)
            first, last = group[-1], group[0]  # newest first
            records = sum(len(e.records) for e in group)
            cells = (self.tr("{first} to {last}").format(first=when_text(first.at), last=when_text(last.at)),
                     last.user_name or self._workers.get(last.worker_id or "", ""), last.device_name or "",
                     self.tr("Read {n} times").format(n=len(group)), self._person(last.client_id),
                     self.tr("{n} records in all").format(n=records), "")
            for column, text in enumerate(cells):
                item.setText(column, text)
            for entry in group:
                self._line(item, entry)
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)

    def _line(self, parent, entry: AuditEntry) -> None:
        cells = (self._when(entry), entry.user_name or self._workers.get(entry.worker_id or "", ""),
                 entry.device_name or "", self._what(entry), self._person(entry.client_id),
                 self._record(entry), self._fields(entry))
        item = QTreeWidgetItem(parent)
        for column, (text, tip) in enumerate(self._cell(c) for c in cells):
            item.setText(column, text)
            if tip:
                item.setToolTip(column, tip)

    @staticmethod
    def _cell(value: str | tuple[str, str]) -> tuple[str, str]:
        return value if isinstance(value, tuple) else (value, "")

    def _when(self, entry: AuditEntry) -> tuple[str, str]:
        arrived = when_text(entry.at)
        if not entry.made_at or entry.made_at[:16] == entry.at[:16]:
            return arrived, ""
        made = when_text(entry.made_at)
        return (self.tr("{made}\n(reached the server {arrived})").format(made=made, arrived=arrived),
                self.tr("Made on the device {made}, while offline; reached the server {arrived}.")
                .format(made=made, arrived=arrived))

    def _what(self, entry: AuditEntry) -> str:
        return {
            "read": self.tr("Read"),
            "insert": self.tr("New"),
            "update": self.tr("Change"),
            "delete": self.tr("Removal"),
            "conflict": self.tr("Change, in part"),
            "refused": self.tr("Refused"),
            "account": self.tr("Account change"),  # an administrator moved a user or changed the role
            "setting": self.tr("Setting changed"),  # the municipality's region or its sharing there
        }.get(entry.action, self.tr("Other action"))

    def _person(self, client_id: str | None) -> str:
        if not client_id:
            return ""
        return self._clients.get(client_id) or self.tr("Not on this device")

    def _record(self, entry: AuditEntry) -> tuple[str, str]:
        if entry.action != "read":
            return record_label(entry.entity) if entry.entity else "", entry.record_id or ""
        kinds = Counter(entity for entity, _record_id in entry.records)
        count = len(entry.records)
        text = self.tr("1 record") if count == 1 else self.tr("{n} records").format(n=count)
        listed = ", ".join(f"{count} × {record_label(e)}" if count > 1 else record_label(e)
                           for e, count in kinds.most_common())
        return f"{text}: {listed}" if listed else text, "\n".join(f"{record_label(e)} {r}" for e, r in entry.records)

    def _fields(self, entry: AuditEntry) -> str | tuple[str, str]:
        if entry.action == "refused":  # the server's sentence in plain words of the interface
            text = cause_text(cause_of(entry.reason))
            return text.title, text.why
        text = ", ".join(field_label(f) for f in entry.fields)
        if entry.conflicts:
            kept = ", ".join(field_label(f) for f in entry.conflicts)
            text += "\n" + self.tr("Kept the value already on the server: {fields}").format(fields=kept)
        return text
