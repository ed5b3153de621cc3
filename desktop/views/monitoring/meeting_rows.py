"""The meeting editor's tables: participants, selected stories, actions and the previous meeting's
actions. Each is a QTableWidget whose rows are dicts; text cells are typed in, the status is a
drop-down (the app's wheel guard keeps a wheel from changing it), and read-only cells stay read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from domain.monitoring.meeting import ACTION_STATUSES

_ID = Qt.ItemDataRole.UserRole
translate = QCoreApplication.translate


def status_label(status: str) -> str:
    return {"open": translate("MeetingRows", "open"), "done": translate("MeetingRows", "done"),
            "dropped": translate("MeetingRows", "dropped")}.get(status, status)


def date_text(iso: str | None) -> str:
    day = QDate.fromString(iso or "", "yyyy-MM-dd")
    return day.toString("dd-MM-yyyy") if day.isValid() else ""


def parse_date(text: str) -> str | None | bool:
    """"dd-mm-jjjj" (or ISO) to ISO; None for empty; False when it is no date."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("dd-MM-yyyy", "d-M-yyyy", "yyyy-MM-dd"):
        day = QDate.fromString(text, fmt)
        if day.isValid():
            return day.toString("yyyy-MM-dd")
    return False


class RowTable(QTableWidget):
    """Rows of dicts: `columns` are (key, title, editable); a "status" key gets a drop-down."""
    edited = Signal()

    def __init__(self, columns: list[tuple[str, str, bool]], name: str, parent: QWidget | None = None,
                 stretch: str | None = None):
        super().__init__(0, len(columns), parent)
        self.setObjectName(name)
        self.columns = columns
        self._extra: list[dict] = []  # per row, the keys no column shows (ids), kept as they were
        self.setHorizontalHeaderLabels([title for _, title, _ in columns])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        for i, (key, _, _) in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if key == stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(i, mode)
            if mode == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(i, {"due_on": 150, "status": 110}.get(key, 150))
        self.itemChanged.connect(self._date_typed)  # first: the typed date is read before anyone is told
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_rows(self, rows: list[dict]) -> None:
        with QSignalBlocker(self):
            self.setRowCount(0)
            self._extra = []
            for row in rows:
                self._append(row)
        self.resizeRowsToContents()

    def add_row(self, row: dict) -> None:
        self._append(row)
        self.resizeRowsToContents()
        self.setCurrentCell(self.rowCount() - 1, 0)
        self.edited.emit()

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            del self._extra[row]
            self.edited.emit()

    def rows(self) -> list[dict]:
        out = []
        for r in range(self.rowCount()):
            row = dict(self._extra[r])
            for c, (key, _, _) in enumerate(self.columns):
                widget = self.cellWidget(r, c)
                if isinstance(widget, QComboBox):
                    row[key] = widget.currentData()
                else:
                    item = self.item(r, c)
                    text = item.text().strip() if item is not None else ""
                    row[key] = text if key != "due_on" else item.data(_ID) if item is not None else None
            out.append(row)
        return out

    def bad_dates(self) -> list[int]:
        """Rows whose date cell holds something that is no date (1-based, as the user counts)."""
        bad = []
        for r in range(self.rowCount()):
            for c, (key, _, _) in enumerate(self.columns):
                item = self.item(r, c)
                if key == "due_on" and item is not None and parse_date(item.text()) is False:
                    bad.append(r + 1)
        return bad

    def _append(self, row: dict) -> None:
        r = self.rowCount()
        self.insertRow(r)
        shown = {key for key, _, _ in self.columns}
        self._extra.append({k: v for k, v in row.items() if k not in shown})
        for c, (key, _, editable) in enumerate(self.columns):
            if key == "status" and editable:
                self.setCellWidget(r, c, self._status_box(row.get("status") or "open"))
                continue
            value = row.get(key)
            item = QTableWidgetItem(date_text(value) if key == "due_on" else "" if value is None else str(value))
            if key == "due_on":
                item.setData(_ID, value)
            if key == "status":
                item.setText(status_label(value or "open"))
            if not editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, c, item)

    def _date_typed(self, item: QTableWidgetItem) -> None:
        key = self.columns[item.column()][0]
        if key == "due_on":
            parsed = parse_date(item.text())
            with QSignalBlocker(self):
                item.setData(_ID, parsed if isinstance(parsed, str) else None)

    def _status_box(self, status: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName("actionStatus")
        for value in ACTION_STATUSES:
            box.addItem(status_label(value), value)
        box.setCurrentIndex(max(0, box.findData(status)))
        box.currentIndexChanged.connect(lambda _i: self.edited.emit())
        return box


def today_iso() -> str:
    return date.today().isoformat()


def connect_all(signals: list, slot: Callable[[], None]) -> None:
    for signal in signals:
        signal.connect(lambda *_args: slot())
