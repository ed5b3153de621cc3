"""The client's referrals to the sociale kaart, newest first: when, to which service, what was
shared and the note. Shown under the consents, which decide what a referral may share."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.tasks import DbWorker
from desktop.views.common.field_widgets import format_date

WHEN, SERVICE, SHARED, NOTE = range(4)


class ReferralList(QTreeWidget):
    def __init__(self, worker: DbWorker, part_label, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("referralList")
        self._worker, self._part_label = worker, part_label
        self._client_id: str | None = None
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Referred on"), self.tr("Service"), self.tr("Shared"), self.tr("Note")])
        self.setAccessibleName(self.tr("Referrals"))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setMaximumHeight(110)
        header = self.header()
        header.setStretchLastSection(True)
        for column in (WHEN, SERVICE, SHARED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        worker.changed.connect(lambda tables: self._client_id and {"referrals", "social_map_items"} & set(tables)
                               and self.load_client(self._client_id))
        self.hide()

    def load_client(self, client_id: str | None) -> None:
        self._worker.forget(self)
        self._client_id = client_id
        self.clear()
        self.hide()
        if client_id is not None:
            self._worker.read(lambda store: store.referrals.for_client(client_id), self._show, asker=self)

    def _show(self, referrals: list[dict]) -> None:
        self.clear()
        for r in referrals:
            shared = ", ".join(self._part_label(p) for p in r["shared_parts"]) or self.tr("only the address")
            self.addTopLevelItem(QTreeWidgetItem([format_date(r["referred_on"]),
                                                  r["service_name"] or self.tr("(no longer on the kaart)"),
                                                  shared, r["note"] or ""]))
        self.setVisible(bool(referrals))
