"""Who changed what in the plan, and when: one line per changed field, newest first.

The store keeps the history by trigger (docs/decisions/0008); it is read only when this
section is shown, so opening a plan does not pay for it.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.tasks import DbWorker
from desktop.views.common import plan_labels as words
from desktop.views.common.style import set_role
from desktop.views.plan.plan_widgets import value_text

log = logging.getLogger(__name__)

WHEN, WHO, WHAT, FIELD, BEFORE, AFTER = range(6)
LIMIT = 500
GROUPS = {"route": ("plans",), "goals": ("plan_goals",), "actions": ("plan_actions",),
          "money": ("plan_tranches", "plan_debt_signals"), "milestones": ("plan_milestones",)}


def local_time(stamp: str | None) -> str:
    """A stored UTC stamp in the time of this computer, as dd-mm-yyyy hh:mm."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


class HistorySection(QWidget):
    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self._plan_id: str | None = None
        self._rows: list[dict] = []
        self._names: dict[str, str] = {}  # record and directory ids -> what people call them
        self.show_group = QComboBox(self)
        self.show_group.setObjectName("historyGroup")
        for key, text in ((None, self.tr("Everything")), ("route", self.tr("Route, dates and money")),
                          ("goals", self.tr("Goals")), ("actions", self.tr("Actions")),
                          ("money", self.tr("Furnishing loan and debts")), ("milestones", self.tr("Milestones"))):
            self.show_group.addItem(text, key)
        self.show_group.currentIndexChanged.connect(lambda _i: self._show_rows())
        label = QLabel(self.tr("&Show"), self)
        label.setBuddy(self.show_group)
        self.summary = QLabel(self)
        set_role(self.summary, "hint")
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.show_group)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.table = QTreeWidget(self)
        self.table.setObjectName("planHistory")
        self.table.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Field"),
                                    self.tr("Before"), self.tr("After")])
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("History of the plan"))
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in (WHEN, WHO, FIELD):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (WHAT, BEFORE, AFTER):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_names(self, names: dict[str, str]) -> None:
        self._names = names

    def load(self, plan_id: str | None) -> None:
        """Read the history again (when shown, and when the plan changed while shown)."""
        if plan_id != self._plan_id:
            self._rows = []
            self.table.clear()
        self._plan_id = plan_id
        if plan_id is None:
            return
        # A newer read of the same key supersedes this one: only the newest answer is shown.
        self._worker.read(lambda store: store.plans.history(plan_id, LIMIT), key="plan-history", asker=self,
                          on_done=self._loaded,
                          on_error=lambda error: log.error("reading the plan's history failed", exc_info=error))

    def clear(self) -> None:
        self._worker.forget(self)
        self._plan_id, self._rows, self._names = None, [], {}
        self.table.clear()
        self.summary.clear()

    def rows(self) -> list[tuple[str, ...]]:
        """The lines shown, as text (who, what, field, before, after), with who and what filled in."""
        out, who, what = [], "", ""
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            who, what = item.text(WHO) or who, item.text(WHAT) or what
            out.append((who, what, item.text(FIELD), item.text(BEFORE), item.text(AFTER)))
        return out

    def _loaded(self, rows: list[dict]) -> None:
        self._rows = rows
        self._show_rows()

    def _what(self, row: dict) -> str:
        kind = words.entity_label(row["entity"])
        if row["entity"] == "plans":
            return kind
        name = self._names.get(row["record_id"])
        return f"{kind}: {name}" if name else kind

    def _show_rows(self) -> None:
        group = self.show_group.currentData()
        entities = GROUPS.get(group) if group else None
        items, previous = [], None
        for row in self._rows:
            if entities and row["entity"] not in entities:
                continue
            entity, field = row["entity"], row["field"]
            before = value_text(entity, field, row["old"], self._names) if row["old"] is not None else ""
            when, who, what = (local_time(row["at"]), row.get("author_name") or self.tr("(unknown)"),
                               self._what(row))
            # one change of one record by one person reads as one block: its first line says who and when
            repeated = previous == (when, who, row["record_id"])
            previous = (when, who, row["record_id"])
            item = QTreeWidgetItem(["" if repeated else when, "" if repeated else who, "" if repeated else what,
                                    words.field_label(field), before,
                                    value_text(entity, field, row["new"], self._names)])
            for column in (WHAT, BEFORE, AFTER):
                item.setToolTip(column, item.text(column))
            item.setData(0, Qt.ItemDataRole.UserRole, row["id"])
            items.append(item)
        self.table.clear()
        self.table.addTopLevelItems(items)
        shown = len(items)
        self.summary.setText(self.tr("{count} changes").format(count=shown) if len(self._rows) < LIMIT
                             else self.tr("The latest {count} changes").format(count=LIMIT))
