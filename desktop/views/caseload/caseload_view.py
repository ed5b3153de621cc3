"""The caseload: every client, searchable and filterable, loaded a page at a time.

All reads go through the DbWorker. The model asks for the list's pages: a new list (or a
lock) makes the worker forget the model's answers still on their way, so no page of an older
list lands in the new one.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.store import CaseloadQuery, StoreLocked
from desktop.tasks import DbWorker
from desktop.views.caseload import caseload_model as cols
from desktop.views.caseload.caseload_model import CaseloadModel
from desktop.views.common.labels import country_label, role_label, stage_label
from domain.client import Stage

log = logging.getLogger(__name__)

PAGE_SIZE = 200
SEARCH_DELAY_MS = 60  # long enough to skip a query per keystroke, short enough to feel instant
REFRESH_DELAY_MS = 100  # batches a burst of writes into one reload

# Samples of typical content, so each column fits it in any font; the name takes the rest.
_COLUMN_SAMPLES = {
    # A long name of two parts: the name column stretching took what the others left, and on a
    # 1280 px laptop that cut most names; now it is wide enough and the table scrolls sideways.
    cols.NAME: "Abdulrahman Al-Maqtari",
    cols.DATE_OF_BIRTH: "00-00-0000", cols.COUNTRY: "Afghanistan", cols.V_NUMBER: "0000000000",
    cols.BSN: "000000000", cols.PHONE: "06-00000000", cols.STAGE: "Linked (koppeling)",
    cols.KLANTMANAGER: "Fatima de Vries-Jansen",
}


def _first_page(store, query: CaseloadQuery):
    """The page, and whether the store holds any client at all (to pick the empty state)."""
    page = store.clients.search(query, stages=False)  # the rows first; the stages' counts follow
    has_clients = page.total > 0 or store.clients.search(CaseloadQuery(limit=0), stages=False).total > 0
    return page, has_clients


def _choices(store):
    return store.directory.workers(), store.clients.origins()


class CaseloadView(QWidget):
    open_client = Signal(str)
    new_client_requested = Signal()
    rows_shown = Signal()  # a first page of the list is on screen (after an unlock: work may follow)

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._model = CaseloadModel(self)
        self._locked = False
        self._query = CaseloadQuery(limit=PAGE_SIZE)  # the query behind the rows shown
        self._sort = ("name", False)

        self._build()
        self._connect()
        self.reload()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self._search = QLineEdit(self)
        self._search.setPlaceholderText(self.tr("Search by name, V-nummer, BSN or phone"))
        self._search.setClearButtonEnabled(True)
        self._search.setAccessibleName(self.tr("Search clients"))
        self._search.setMinimumWidth(180)
        self._search.setObjectName("caseloadSearch")

        self._stage = self._combo("stageFilter", self.tr("Filter by stage"))
        self._stage.addItem(self.tr("All stages"), None)
        for stage in Stage:
            self._stage.addItem(stage_label(stage.value), stage.value)
        self._worker_filter = self._combo(
            "workerFilter", self.tr("Filter by klantmanager or social support worker"))
        self._origin = self._combo("originFilter", self.tr("Filter by country of origin"))
        self._reset_name_choices()

        self._new = QPushButton(self.tr("New client"), self)
        self._new.setObjectName("newClient")

        # Search and filters on two rows: on one they made the caseload wider than its share
        # of a 1366 px screen, and the splitter then cut off the client file beside it.
        search_row = QHBoxLayout()
        search_row.setSpacing(8)
        search_row.addWidget(self._search, 1)
        search_row.addWidget(self._new)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(8)
        for combo in (self._stage, self._worker_filter, self._origin):
            filter_row.addWidget(combo, 1)
        filter_row.addStretch(0)

        self._counts = QLabel(self)
        self._counts.setObjectName("caseloadCounts")
        self._counts.setWordWrap(True)  # every stage on one line would widen the caseload again
        self._counts.setTextFormat(Qt.TextFormat.PlainText)
        self._counts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._table = QTableView(self)
        self._table.setObjectName("caseloadTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.setShowGrid(False)
        self._table.setWordWrap(False)
        self._table.setCornerButtonEnabled(False)
        self._table.verticalHeader().hide()
        rows = self._table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self._table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(60)
        self._size_columns()
        header.setSortIndicator(cols.NAME, Qt.SortOrder.AscendingOrder)
        self._table.setSortingEnabled(True)

        self._empty = QLabel(self)
        self._empty.setObjectName("caseloadEmpty")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setTextFormat(Qt.TextFormat.PlainText)
        font = self._empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._empty.setFont(font)

        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._table)
        self._pages.addWidget(self._empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self._counts)
        layout.addWidget(self._pages, 1)

        self._search_timer = self._single_shot(SEARCH_DELAY_MS, self._load)
        self._refresh_timer = self._single_shot(REFRESH_DELAY_MS, self._refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)

    def _size_columns(self) -> None:
        header = self._table.horizontalHeader()
        cells, heads = self._table.fontMetrics(), header.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            title = self._model.headerData(column, Qt.Orientation.Horizontal)
            width = max(cells.horizontalAdvance(sample), heads.horizontalAdvance(title) + 16)
            header.resizeSection(column, width + 16)
        header.setStretchLastSection(True)

    def _combo(self, name: str, tooltip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setToolTip(tooltip)
        combo.setAccessibleName(tooltip)
        # Sized by a fixed number of characters, not by the longest name in the list: a long
        # worker's name must not widen the caseload. The open list still shows names in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.setMaximumWidth(combo.fontMetrics().averageCharWidth() * 32)
        return combo

    def _single_shot(self, ms: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    def _connect(self) -> None:
        self._search.textChanged.connect(lambda _text: self._search_timer.start())
        self._search.installEventFilter(self)
        for combo in (self._stage, self._worker_filter, self._origin):
            combo.currentIndexChanged.connect(lambda _index: self._load())
        self._new.clicked.connect(self.new_client_requested)
        self._table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self._table.installEventFilter(self)
        self._table.horizontalHeader().sortIndicatorChanged.connect(self._on_sort_indicator)
        self._model.sort_requested.connect(self._on_sort_requested)
        self._model.more_requested.connect(self._load_more)
        self._worker.changed.connect(self._on_changed)

    # -- public ------------------------------------------------------------------
    def reload(self) -> None:
        """Load the filter choices and the list afresh (after unlock)."""
        self._locked = False
        self._load_choices()
        self._load()

    def clear(self) -> None:
        """Forget every client detail shown (on lock); reload() brings them back."""
        self._locked = True
        self._worker.forget(self._model)  # answers asked for before a lock are dropped
        self._worker.forget(self)
        self._search_timer.stop()
        self._refresh_timer.stop()
        for widget in (self._search, self._stage):
            widget.blockSignals(True)
        self._search.setText("")  # setText, unlike clear(), also drops the undo history
        self._stage.setCurrentIndex(0)
        for widget in (self._search, self._stage):
            widget.blockSignals(False)
        self._reset_name_choices()
        self._model.clear()
        self._query = CaseloadQuery(limit=PAGE_SIZE)
        self._counts.clear()
        self._empty.clear()
        self._pages.setCurrentWidget(self._table)

    def focus_search(self) -> None:
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    # -- loading -----------------------------------------------------------------
    def _current_query(self) -> CaseloadQuery:
        return CaseloadQuery(
            text=self._search.text(), stage=self._stage.currentData(),
            worker_id=self._worker_filter.currentData(), origin=self._origin.currentData(),
            sort=self._sort[0], descending=self._sort[1], limit=PAGE_SIZE)

    def _load(self, keep_place: bool = False) -> None:
        if self._locked:
            return
        self._search_timer.stop()
        self._worker.forget(self._model)  # a new list: pages of the one before are dropped
        query = self._current_query()
        place = None
        if keep_place:  # a refresh: as many rows as were loaded, the same selection and scroll
            query = replace(query, limit=max(PAGE_SIZE, self._model.rowCount()))
            place = (self._selected_client_id(), self._table.verticalScrollBar().value())
        self._query = query
        self._worker.read(
            lambda store: _first_page(store, query),
            on_done=lambda result: self._on_first_page(result, place),
            on_error=self._on_error, key="caseload", asker=self._model)

    def _load_more(self, offset: int) -> None:
        if self._locked:
            self._model.abort_fetch()
            return
        query = replace(self._query, offset=offset, limit=PAGE_SIZE)

        def failed(error: BaseException) -> None:
            self._model.abort_fetch()
            self._on_error(error)

        self._worker.read(
            lambda store: store.clients.search(query, stages=False),
            on_done=lambda page: self._on_more(offset, page),
            on_error=failed, key="caseload-more", asker=self._model)

    def _load_choices(self) -> None:
        if self._locked:
            return
        self._worker.read(_choices, on_done=self._on_choices, on_error=self._on_error, key="caseload-choices",
                          asker=self)

    def _refresh(self) -> None:
        self._load_choices()
        self._load(keep_place=True)

    # -- answers -----------------------------------------------------------------
    def _on_first_page(self, result, place) -> None:
        page, has_clients = result
        self._model.set_page(page.rows, page.total)
        self._counts.setText(self._counts_text(page.total, {}))
        if page.total:
            query, total = self._query, page.total
            self._worker.read(lambda store: store.clients.stage_counts(query),
                              on_done=lambda by_stage: self._counts.setText(self._counts_text(total, by_stage)),
                              on_error=self._on_error, key="caseload-stages", asker=self._model)
        QTimer.singleShot(0, self, self.rows_shown.emit)  # after this answer is painted; not once the view is gone
        if page.total == 0:
            self._empty.setText(
                self.tr("No clients match this search or filter.") if has_clients
                else self.tr("No clients yet. Use New client to add the first."))
            self._pages.setCurrentWidget(self._empty)
            return
        self._pages.setCurrentWidget(self._table)
        if place is not None:
            client_id, scroll = place
            row = self._model.row_of(client_id) if client_id else -1
            if row >= 0:
                self._table.selectRow(row)
            self._table.verticalScrollBar().setValue(scroll)

    def _on_more(self, offset: int, page) -> None:
        if offset != self._model.rowCount():
            self._model.abort_fetch()
            return
        self._model.append_rows(page.rows)

    def _on_choices(self, result) -> None:
        if self._locked:
            return
        workers, origins = result
        self._model.set_worker_names({w["id"]: w["name"] for w in workers})
        changed = self._fill(self._worker_filter, [
            (w["name"], w["id"], role_label(w["role"])) for w in workers])
        changed |= self._fill(self._origin, [(country_label(o), o, "") for o in origins])
        if changed:  # a chosen worker or country is gone: the list shown no longer fits
            self._load()

    def _on_error(self, error: BaseException) -> None:
        if isinstance(error, StoreLocked):
            return  # the lock clears the view; nothing to tell
        log.error("caseload read failed", exc_info=error)
        self._counts.setText(self.tr("The list could not be loaded. Please try again."))

    def _on_changed(self, changes) -> None:
        if not self._locked and {"clients", "workers"} & set(changes):
            self._refresh_timer.start()

    # -- filters -----------------------------------------------------------------
    def _reset_name_choices(self) -> None:
        self._fill(self._worker_filter, [])
        self._fill(self._origin, [])

    def _fill(self, combo: QComboBox, items: list[tuple[str, str, str]]) -> bool:
        """Replace a filter's choices, keeping the chosen one; True when it had to be dropped."""
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All workers") if combo is self._worker_filter
                      else self.tr("All countries"), None)
        for text, data, tip in items:
            combo.addItem(text, data)
            if tip:
                combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        return chosen is not None and index < 0

    # -- sorting -----------------------------------------------------------------
    def _on_sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self._load()

    def _on_sort_indicator(self, column: int, _order) -> None:
        if self._model.is_sortable(column):
            return
        # Put the arrow back on the column the list is really sorted by.
        header = self._table.horizontalHeader()
        key, descending = self._sort
        back = next(c for c, k in cols.SORT_COLUMNS.items() if k == key)
        header.blockSignals(True)
        header.setSortIndicator(back, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # -- rows --------------------------------------------------------------------
    def _selected_client_id(self) -> str | None:
        rows = self._table.selectionModel().selectedRows()
        return self._model.client_id(rows[0].row()) if rows else None

    def _open_row(self, row: int) -> None:
        client_id = self._model.client_id(row)
        if client_id is not None:
            self.open_client.emit(client_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self._search:
            if key == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                return True
            if key == Qt.Key.Key_Down and self._model.rowCount():
                self._table.setFocus(Qt.FocusReason.OtherFocusReason)
                self._table.selectRow(0)
                return True
        elif watched is self._table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self._table.currentIndex()
            if index.isValid():
                self._open_row(index.row())
                return True
        return super().eventFilter(watched, event)

    # -- text --------------------------------------------------------------------
    def _counts_text(self, total: int, by_stage: dict[str, int]) -> str:
        locale = QLocale()
        parts = [self.tr("1 client") if total == 1
                 else self.tr("{count} clients").format(count=locale.toString(total))]
        order = [s.value for s in Stage] + sorted(set(by_stage) - {s.value for s in Stage})
        for stage in order:
            if by_stage.get(stage):
                parts.append(self.tr("{stage}: {count}").format(
                    stage=stage_label(stage), count=locale.toString(by_stage[stage])))
        return " · ".join(parts)
