"""The municipality's monitoring settings, for the coordinator: H1's housing norm in weeks, H2's
taakstelling per half year, and the journey's stages (keys stay stable: a rename changes the label).
Read-only for other roles (the server refuses their change all the same). Decision 0038."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.store.monitoring_settings import NORM_RANGE, SettingsInvalid
from desktop.tasks import DbWorker
from desktop.views.common.style import set_role
from domain.monitoring.journey import stages_from
from domain.monitoring.settings_record import WRITER_ROLES

_KEY = Qt.ItemDataRole.UserRole


def new_key(label: str, taken: set[str]) -> str:
    """A stable key for a new stage, from its first label; never one already in use."""
    base = re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "stage"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


class MonitoringSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, worker: DbWorker, parent: QWidget | None = None):
        super().__init__(parent)
        self._worker = worker
        self.setWindowTitle(self.tr("Monitoring settings"))
        self.setObjectName("monitoringSettings")
        self.resize(720, 560)
        self.editable = False

        self.norm = QSpinBox(self)
        self.norm.setObjectName("housingNorm")
        self.norm.setRange(*NORM_RANGE)
        self.norm.setValue(10)
        self.norm.setMaximumWidth(140)
        self.norm.setSuffix(self.tr(" weeks"))
        self.norm.setToolTip(self.tr("H1: from koppeling to a house within this many weeks (the letter: 10, "
                                     "the national norm: 14)"))
        norm_form = QFormLayout()
        norm_form.addRow(self.tr("Housing norm (H1)"), self.norm)

        self.quotas = QTableWidget(0, 2, self)
        self.quotas.setObjectName("quotaTable")
        self.quotas.setHorizontalHeaderLabels([self.tr("Half year"), self.tr("Taakstelling")])
        self.quotas.horizontalHeaderItem(0).setToolTip(self.tr("Written as 2025-H1 (January to June) or 2025-H2"))
        self.quotas.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.quotas.verticalHeader().setVisible(False)
        self.add_quota = QPushButton(self.tr("Add half year"), self)
        self.remove_quota = QPushButton(self.tr("Remove half year"), self)
        quota_box = self._box(self.tr("Taakstelling per half year (H2)"), self.quotas,
                              (self.add_quota, self.remove_quota))

        self.stages = QListWidget(self)
        self.stages.setObjectName("stageList")
        self.stages.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.add_stage = QPushButton(self.tr("Add stage"), self)
        self.rename_stage = QPushButton(self.tr("Rename"), self)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.remove_stage = QPushButton(self.tr("Remove stage"), self)
        stage_box = self._box(self.tr("Stages of the journey"), self.stages,
                              (self.add_stage, self.rename_stage, self.up, self.down, self.remove_stage))

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        for button in self.findChildren(QPushButton):  # Enter in a field never saves nor removes
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        lists = QHBoxLayout()
        lists.addWidget(quota_box, 1)
        lists.addWidget(stage_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(norm_form)
        layout.addLayout(lists, 1)
        layout.addLayout(buttons)

        self.add_quota.clicked.connect(self._add_quota)
        self.remove_quota.clicked.connect(lambda: self.quotas.removeRow(self.quotas.currentRow()))
        self.add_stage.clicked.connect(self._add_stage)
        self.rename_stage.clicked.connect(lambda: self.stages.currentItem() and self.stages.editItem(
            self.stages.currentItem()))
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.remove_stage.clicked.connect(lambda: self.stages.takeItem(self.stages.currentRow()))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self._set_editable(False)

    def _box(self, title: str, body: QWidget, buttons) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(body, 1)
        layout.addLayout(row)
        return box

    # -- loading and saving ------------------------------------------------------------
    def load(self) -> None:
        def read(store):
            return store.monitoring_settings.get(), store.monitoring_settings.my_role()
        self._worker.read(read, on_done=self._show, on_error=lambda _e: self._say(
            self.tr("The settings could not be read."), "problem"), asker=self)

    def _show(self, answer) -> None:
        settings, role = answer
        self.norm.setValue(settings["housing_norm_weeks"] or 10)
        self.quotas.setRowCount(0)
        for period, quota in settings["quotas"].items():
            self._add_quota(period, quota)
        self.stages.clear()
        for stage in stages_from(settings):
            self._stage_item(stage.key, stage.label)
        self._set_editable(role is None or role in WRITER_ROLES)
        if not self.editable:
            self._say(self.tr("Only a coordinator or an administrator can change these settings."), "hint")

    def fields(self) -> dict:
        """What is on screen, as the store keeps it; SettingsInvalid for a half year or number that is not one."""
        quotas = {}
        for row in range(self.quotas.rowCount()):
            period = (self.quotas.item(row, 0).text() if self.quotas.item(row, 0) else "").strip()
            number = (self.quotas.item(row, 1).text() if self.quotas.item(row, 1) else "").strip()
            if not period and not number:
                continue  # an empty row added and left
            if not number.isdigit():
                raise SettingsInvalid("quotas", "bad_quota", period)
            if period in quotas:
                raise SettingsInvalid("quotas", "duplicate_period", period)
            quotas[period] = int(number)
        stages = [{"key": self.stages.item(i).data(_KEY), "label": self.stages.item(i).text().strip()}
                  for i in range(self.stages.count())]
        return {"housing_norm_weeks": self.norm.value(), "quotas": quotas, "journey_stages": stages}

    def save(self) -> None:
        if not self.editable:
            return
        try:
            fields = self.fields()
        except SettingsInvalid as error:
            self._say(self.refusal(error), "problem")
            return
        self._worker.write(lambda store: store.monitoring_settings.save(fields), changes={"monitoring_settings"},
                           on_done=self._saved, on_error=self._failed, asker=self)

    def _saved(self, _kept) -> None:
        self._say(self.tr("Saved. Every device of the municipality receives these settings at its next sync."),
                  "hint")
        self.saved.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, SettingsInvalid):
            self._say(self.refusal(error), "problem")
        else:
            self._say(self.tr("The settings could not be saved. Nothing was changed."), "problem")

    def refusal(self, error: SettingsInvalid) -> str:
        """A bad setting in Dutch (through the translation), naming what to fix."""
        texts = {
            "out_of_range": self.tr("The housing norm must be a whole number of weeks from {low} to {high}.").format(
                low=NORM_RANGE[0], high=NORM_RANGE[1]),
            "bad_period": self.tr("'{detail}' is not a half year: write it as 2025-H1 or 2025-H2."),
            "bad_quota": self.tr("The taakstelling for '{detail}' must be a whole number, 0 or more."),
            "duplicate_period": self.tr("The half year '{detail}' is listed twice."),
            "no_label": self.tr("Every stage needs a name."),
            "no_key": self.tr("Every stage needs a name."),
            "duplicate_key": self.tr("A stage is listed twice."),
        }
        return texts.get(error.code, self.tr("This setting cannot be kept.")).format(detail=error.detail)

    # -- editing ----------------------------------------------------------------------
    def _add_quota(self, period: str = "", quota: int | None = None) -> None:
        row = self.quotas.rowCount()
        self.quotas.insertRow(row)
        self.quotas.setItem(row, 0, QTableWidgetItem(period or ""))
        item = QTableWidgetItem("" if quota is None else str(quota))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quotas.setItem(row, 1, item)
        if not period:
            self.quotas.setCurrentCell(row, 0)
            self.quotas.editItem(self.quotas.item(row, 0))

    def _stage_item(self, key: str, label: str) -> QListWidgetItem:
        item = QListWidgetItem(label, self.stages)
        item.setData(_KEY, key)
        flags = item.flags() | Qt.ItemFlag.ItemIsEditable
        item.setFlags(flags if self.editable else item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        return item

    def _add_stage(self) -> None:
        label = self.tr("New stage")
        taken = {self.stages.item(i).data(_KEY) for i in range(self.stages.count())}
        item = self._stage_item(new_key(label, taken), label)
        self.stages.setCurrentItem(item)
        self.stages.editItem(item)

    def _move(self, step: int) -> None:
        row = self.stages.currentRow()
        if row < 0 or not 0 <= row + step < self.stages.count():
            return
        item = self.stages.takeItem(row)
        self.stages.insertItem(row + step, item)
        self.stages.setCurrentRow(row + step)

    def _set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.norm.setReadOnly(not editable)
        triggers = (QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                    if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.quotas.setEditTriggers(triggers)
        self.stages.setEditTriggers(triggers)
        for button in (self.add_quota, self.remove_quota, self.add_stage, self.rename_stage, self.up, self.down,
                       self.remove_stage, self.save_button):
            button.setVisible(editable)

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
