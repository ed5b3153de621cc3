"""The stages of the journey as a grid, one column per voice (the person, a partner, a worker):
each cell the newest rating, +, 0 or -, in words too (never by colour alone), its reason as the
cell's tooltip. Choosing a cell opens its rating beside the grid: a new rating, with a reason, or
the newest one removed when it was a mistake. A rating is never edited: a new opinion is a new,
dated rating, so the meeting sees a stage's ratings change over time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.common.field_widgets import DateField, FieldSlot, format_date
from desktop.views.common.journey_labels import kind_label, rating_label, stage_label
from desktop.views.common.labels import field_error_message
from domain.errors import FieldError
from domain.monitoring.journey import RATINGS, TELLER_KINDS, Stage, stages_from


def cell_text(ratings: list[dict]) -> str:
    """The newest rating of a cell in symbol and word, with how many more voices it holds."""
    if not ratings:
        return ""
    newest = ratings[0]
    text = f"{newest['rating']}  {rating_label(newest['rating'])}  {format_date(newest['rated_on'])}"
    voices = {r.get("organisation_id") for r in ratings}
    return text + (f"  (+{len(voices) - 1})" if len(voices) > 1 else "")


class RatingGrid(QWidget):
    rate = Signal(dict)  # a new rating's fields, unchecked
    remove = Signal(str)  # the id of a rating to remove
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stages: tuple[Stage, ...] = stages_from(None)
        self._ratings: list[dict] = []
        self._organisations: dict[str, str] = {}
        self._own: str | None = None  # this device's worker's organisation
        self._only_own = False  # a partner's device removes its own organisation's ratings only
        self._filling = False

        self.table = QTableWidget(self)
        self.table.setObjectName("ratingGrid")
        self.table.setColumnCount(len(TELLER_KINDS))
        self.table.setHorizontalHeaderLabels([kind_label(k) for k in TELLER_KINDS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Ratings per stage"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.currentCellChanged.connect(lambda *_a: self._show_cell())

        self.editor = QFrame(self)
        self.editor.setObjectName("ratingEditor")
        self.editor.setStyleSheet("QFrame#ratingEditor { background: #ffffff; border: 1px solid #d8dde3; "
                                  "border-radius: 6px; }")
        self.heading = QLabel(self.editor)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.history = QLabel(self.editor)
        self.history.setObjectName("ratingHistory")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setProperty("role", "hint")
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for rating in RATINGS:
            button = QRadioButton(f"{rating}  {rating_label(rating)}", self.editor)
            button.setObjectName(f"rating_{'plus' if rating == '+' else 'zero' if rating == '0' else 'minus'}")
            self.group.addButton(button)
            self.buttons[rating] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.reason = QLineEdit(self.editor)
        self.reason.setObjectName("ratingReason")
        self.reason.setMaxLength(2000)
        self.reason.setPlaceholderText(self.tr("Why: what helped, or where it hurts"))
        self.rated_on = DateField(self.editor)
        self.rated_on.setObjectName("ratingDate")
        self.rated_on.edit.setObjectName("ratingDateEdit")
        self._slots = {"reason": FieldSlot(self.reason, self.editor), "rated_on": FieldSlot(self.rated_on, self.editor)}
        self.rating_error = QLabel(self.editor)  # the choice has no field to mark: its message stands under it
        self.rating_error.setObjectName("ratingError")
        self.rating_error.setStyleSheet(f"color: {FieldSlot.ERROR_COLOUR};")
        self.rating_error.hide()
        self.save_button = QPushButton(self.tr("Save &rating"), self.editor)
        self.save_button.setObjectName("saveRating")
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self._save)
        self.remove_button = QPushButton(self.tr("Remove newest"), self.editor)
        self.remove_button.setObjectName("removeRating")
        self.remove_button.setToolTip(self.tr("Remove the newest rating of this stage and voice, when it was a "
                                              "mistake"))
        self.remove_button.clicked.connect(self._remove)
        for signal in (self.group.buttonClicked, self.reason.textEdited, self.rated_on.changed):
            signal.connect(self._edited)
        self.group.buttonClicked.connect(lambda _b: self.rating_error.hide())

        form = QVBoxLayout(self.editor)
        form.setContentsMargins(10, 8, 10, 8)
        form.setSpacing(4)
        form.addWidget(self.heading)
        form.addLayout(choices)
        form.addWidget(self.rating_error)
        reason_label = QLabel(self.tr("Rea&son"), self.editor)
        reason_label.setBuddy(self.reason)
        form.addWidget(reason_label)
        form.addWidget(self._slots["reason"])
        day = QHBoxLayout()
        day_label = QLabel(self.tr("Rated &on"), self.editor)
        day_label.setBuddy(self.rated_on.edit)
        day.addWidget(day_label)
        day.addWidget(self._slots["rated_on"])
        day.addStretch(1)
        form.addLayout(day)
        form.addWidget(self.history, 1, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        form.addLayout(actions)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.editor, 2)
        self.set_stages(self._stages)

    # -- public ------------------------------------------------------------------
    def set_stages(self, stages: tuple[Stage, ...]) -> None:
        self._stages = stages
        self.table.setRowCount(len(stages))
        self.table.setVerticalHeaderLabels([stage_label(s) for s in stages])
        self._fill_cells()

    def set_ratings(self, ratings: list[dict], organisations: dict[str, str], own: str | None = None,
                    only_own: bool = False) -> None:
        """The client's ratings, newest first (the store's order)."""
        self._ratings, self._organisations, self._own, self._only_own = ratings, organisations, own, only_own
        self._fill_cells()
        self._show_cell(keep_input=True)

    def current(self) -> tuple[str, str] | None:
        row, column = self.table.currentRow(), self.table.currentColumn()
        if row < 0 or column < 0 or row >= len(self._stages):
            return None
        return self._stages[row].key, TELLER_KINDS[column]

    def choose(self, stage: str, kind: str) -> None:
        rows = [i for i, s in enumerate(self._stages) if s.key == stage]
        if rows and kind in TELLER_KINDS:
            self.table.setCurrentCell(rows[0], TELLER_KINDS.index(kind))

    def values(self) -> dict:
        cell = self.current() or ("", "")
        rating = next((r for r, b in self.buttons.items() if b.isChecked()), "")
        return {"stage": cell[0], "rated_by_kind": cell[1], "rating": rating, "reason": self.reason.text().strip(),
                "rated_on": self.rated_on.value() or ""}

    def restore(self, values: dict) -> None:
        self.choose(values.get("stage") or "", values.get("rated_by_kind") or "")
        self._fill_input(values)

    def start(self, today: str) -> None:
        """An empty rating for the chosen cell, dated today."""
        self._fill_input({"rated_on": today})

    def show_errors(self, errors: dict) -> None:
        wrong = errors.get("rating")
        self.rating_error.setText(field_error_message(FieldError(wrong)) if wrong else "")
        self.rating_error.setVisible(bool(wrong))
        for key, slot in self._slots.items():
            if key in errors:
                slot.set_error(field_error_message(FieldError(errors[key])))
            else:
                slot.clear_error()

    def error(self, key: str) -> str:
        return self.rating_error.text() if key == "rating" else self._slots[key].error

    def clear(self) -> None:
        self._ratings, self._organisations = [], {}
        self._fill_cells()
        self._fill_input({})
        self.history.clear()

    def cell_ratings(self, stage: str, kind: str) -> list[dict]:
        return [r for r in self._ratings if r["stage"] == stage and r["rated_by_kind"] == kind]

    # -- inside ------------------------------------------------------------------
    def _fill_cells(self) -> None:
        for row, stage in enumerate(self._stages):
            for column, kind in enumerate(TELLER_KINDS):
                ratings = self.cell_ratings(stage.key, kind)
                item = QTableWidgetItem(cell_text(ratings))
                item.setToolTip("\n".join(self._line(r) for r in ratings[:6]))
                if ratings and ratings[0]["rating"] == "-":
                    font = item.font()
                    font.setBold(True)  # where it hurts stands out in print and in black and white too
                    item.setFont(font)
                self.table.setItem(row, column, item)

    def _line(self, rating: dict) -> str:
        org = self._organisations.get(rating.get("organisation_id") or "", "")
        parts = [f"{rating['rating']} {rating_label(rating['rating'])}", format_date(rating["rated_on"]), org,
                 rating.get("reason") or ""]
        return " · ".join(p for p in parts if p)

    def _show_cell(self, keep_input: bool = False) -> None:
        cell = self.current()
        self.editor.setEnabled(cell is not None)
        if cell is None:
            self.heading.setText(self.tr("Choose a stage and who rates it in the grid."))
            self.history.clear()
            return
        stage, kind = cell
        self.heading.setText(self.tr("{stage}, rated by: {kind}").format(
            stage=stage_label(stage, self._stages), kind=kind_label(kind).lower()))
        ratings = self.cell_ratings(stage, kind)
        self.history.setText("\n".join(self._line(r) for r in ratings[:4]) if ratings else
                             self.tr("Not rated yet."))
        self.remove_button.setEnabled(bool(ratings) and (not self._only_own
                                                          or ratings[0].get("organisation_id") == self._own))
        if not keep_input:
            self._fill_input({"rated_on": self.rated_on.value() or date.today().isoformat()})

    def _fill_input(self, values: dict) -> None:
        self._filling = True
        try:
            self.group.setExclusive(False)
            for rating, button in self.buttons.items():
                button.setChecked(values.get("rating") == rating)
            self.group.setExclusive(True)
            self.reason.setText(values.get("reason") or "")
            self.rated_on.set_value(values.get("rated_on"))
        finally:
            self._filling = False
        self.show_errors({})

    def _edited(self, *_args) -> None:
        if not self._filling:
            self.edited.emit()

    def _save(self) -> None:
        if self.current() is not None:
            self.rate.emit(self.values())

    def _remove(self) -> None:
        cell = self.current()
        ratings = self.cell_ratings(*cell) if cell else []
        if ratings:
            self.remove.emit(ratings[0]["id"])
