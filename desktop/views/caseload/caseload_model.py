"""The caseload as a table model: fed with pages of rows, it never queries the store itself.

Rows arrive a page at a time (CaseloadPage from the store); the view asks for the next
page through `more_requested` when the list is scrolled to its end, and sorting is done
by the store through `sort_requested`, so a caseload of thousands never sits here whole.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.views.common.labels import country_label, stage_label
from domain.client import display_name

NAME, DATE_OF_BIRTH, COUNTRY, V_NUMBER, BSN, PHONE, STAGE, KLANTMANAGER = range(8)
COLUMN_COUNT = 8

# Column -> sort key of the store (desktop.store.clients.SORT_KEYS); absent: not sortable.
SORT_COLUMNS = {
    NAME: "name",
    DATE_OF_BIRTH: "date_of_birth",
    COUNTRY: "country_of_origin",
    V_NUMBER: "v_number",
    STAGE: "stage",
}

_NO_PARENT = QModelIndex()


def _date_text(value) -> str:
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value)).strftime("%d-%m-%Y")
    except ValueError:
        return str(value)


def _permit_name(row: dict) -> str:
    return f"{row.get('given_names') or ''} {row.get('family_name') or ''}".strip()


class CaseloadModel(QAbstractTableModel):
    more_requested = Signal(int)  # offset of the next page
    sort_requested = Signal(str, bool)  # sort key, descending

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._total = 0
        self._worker_names: dict[str, str] = {}
        self._fetching = False  # a page is on its way; do not ask twice

    # -- feeding -----------------------------------------------------------------
    def set_page(self, rows: list[dict], total: int) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = max(total, len(self._rows))
        self._fetching = False
        self.endResetModel()

    def append_rows(self, rows: list[dict]) -> None:
        self._fetching = False
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(_NO_PARENT, first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    def abort_fetch(self) -> None:
        """The next page did not come (an error, a lock): allow asking again later."""
        self._fetching = False

    def clear(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._worker_names = {}
        self._fetching = False
        self.endResetModel()

    def set_worker_names(self, names: dict[str, str]) -> None:
        self._worker_names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, KLANTMANAGER),
                                  self.index(len(self._rows) - 1, KLANTMANAGER))

    # -- reading -----------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    def client_id(self, row: int) -> str | None:
        return self._rows[row]["id"] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: str) -> int:
        """The row holding this client among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r["id"] == client_id), -1)

    def is_sortable(self, column: int) -> bool:
        return column in SORT_COLUMNS

    # -- Qt's model interface ----------------------------------------------------
    def rowCount(self, parent=_NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def canFetchMore(self, parent=_NO_PARENT) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent=_NO_PARENT) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_requested.emit(len(self._rows))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_COLUMNS.get(column)
        if key is not None:
            self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section] if 0 <= section < COLUMN_COUNT else None
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_COLUMNS:
            return self.tr("This column cannot be sorted")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            # The whole name, as a narrow column may cut it, and the permit's when it differs.
            permit, name = _permit_name(row), display_name(row)
            if permit and permit != name:
                return f"{name}\n" + self.tr("Name on the permit: {name}").format(name=permit)
            return name or None
        if role == Qt.ItemDataRole.ToolTipRole and column != NAME:
            return self._display(row, column) or None  # a cut date or name reads in full
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def _display(self, row: dict, column: int) -> str:
        if column == NAME:
            return display_name(row)
        if column == DATE_OF_BIRTH:
            return _date_text(row.get("date_of_birth"))
        if column == COUNTRY:
            return country_label(row.get("country_of_origin"))
        if column == V_NUMBER:
            return row.get("v_number") or ""
        if column == BSN:
            return row.get("bsn") or ""
        if column == PHONE:
            return row.get("phone") or ""
        if column == STAGE:
            return stage_label(row.get("stage"))
        if column == KLANTMANAGER:
            return self._worker_names.get(row.get("klantmanager_id") or "", "")
        return ""

    def _headers(self) -> list[str]:
        return [
            self.tr("Name"), self.tr("Date of birth"), self.tr("Country"),
            self.tr("V-nummer"), self.tr("BSN"), self.tr("Phone"), self.tr("Stage"),
            self.tr("Klantmanager"),
        ]
