"""Small inputs the client form is built from, and the way a field shows it is invalid."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.views.common.labels import language_label
from domain.client import LANGUAGES

_DMY = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_DMY_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date | None:
    """A date as caseworkers type it: 5-3-1990, 05/03/1990, 05031990 or 1990-03-05."""
    match = _DMY.match(text) or _DMY_COMPACT.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        match = _ISO.match(text)
        if match:
            return date.fromisoformat(match.group(0).strip())
    except ValueError:
        return None
    return None


def format_date(iso: str | None) -> str:
    """ISO to the dd-mm-yyyy the users read; anything else is shown as it is."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


class DateField(QWidget):
    """An optional date: empty is allowed. Typed as dd-mm-yyyy, or picked from a calendar."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setMaxLength(10)
        self.edit.textChanged.connect(self.changed)
        self.edit.editingFinished.connect(self._tidy)
        self.setFocusProxy(self.edit)

        # The calendar is made when the picker first opens: a plan or an intake shows dozens of dates,
        # and a calendar each took some 2 ms of building the screen, for pickers rarely opened.
        self._calendar: QCalendarWidget | None = None
        menu = QMenu(self)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._menu = menu

        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date from the calendar"))
        self.button.setAccessibleName(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # tabbing goes field to field
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def value(self) -> str | None:
        """ISO date; None when empty; the text as typed when it is no date, so validation
        reports it instead of the typed value silently disappearing."""
        text = self.edit.text().strip()
        if not text:
            return None
        parsed = parse_date(text)
        return parsed.isoformat() if parsed else text

    def set_value(self, iso: str | None) -> None:
        self.edit.setText(format_date(iso))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        width = self.edit.fontMetrics().horizontalAdvance("00-00-00000") + 48
        return QSize(max(width, 120), hint.height())

    def _tidy(self) -> None:
        parsed = parse_date(self.edit.text())
        if parsed and self.edit.text() != parsed.strftime("%d-%m-%Y"):
            self.edit.setText(parsed.strftime("%d-%m-%Y"))

    def _prepare_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(False)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self._calendar)  # the action owns it from now on
            self._menu.addAction(holder)
        parsed = parse_date(self.edit.text())
        self._calendar.setSelectedDate(QDate(parsed) if parsed else QDate.currentDate())

    def _picked(self, picked: QDate) -> None:
        self.edit.setText(picked.toPython().strftime("%d-%m-%Y"))
        self._menu.hide()
        self.edit.setFocus()


ITEM_PADDING = 24  # beside a check box's text: its margins and the gap to the next column


class CheckList(QListWidget):
    """Checkable items laid out in wrapping columns; Space toggles the current one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 3):
        super().__init__(parent)
        self._columns = columns
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """(code, label) pairs; keeps what was checked."""
        checked = set(self.value())
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setToolTip(label)  # a long name is elided in its column
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if code in checked
                               else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self._fit()

    def value(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_value(self, codes: list[str] | None) -> None:
        wanted = set(codes or [])
        known = {self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())}
        missing = [(c, c) for c in (codes or []) if c not in known]
        if missing:  # keep a value the list does not offer rather than drop it on save
            self.set_items([*self._pairs(), *missing])
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def _pairs(self) -> list[tuple[str, str]]:
        return [(self.item(i).data(Qt.ItemDataRole.UserRole), self.item(i).text())
                for i in range(self.count())]

    def keyPressEvent(self, event) -> None:
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState()
                               == Qt.CheckState.Checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def columns(self) -> int:
        """The columns shown: as many as asked for, fewer where the longest label would be cut off."""
        if not self.count():
            return self._columns
        widest = max(self.fontMetrics().horizontalAdvance(self.item(i).text()) for i in range(self.count()))
        needed = widest + self.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + ITEM_PADDING
        return max(1, min(self._columns, (self._room() - 1) // needed))

    def _room(self) -> int:
        """The width for the columns: where the list may scroll, as if its scroll bar showed, so that
        the bar coming or going never changes the columns (and with them whether it is needed)."""
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if self.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and not bar.isVisible():
            width -= self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(width, 120)

    def _fit(self) -> None:
        # Columns share the width; the height shows every row, so the list never scrolls.
        width = self._room()
        columns = self.columns()
        column = max((width - 1) // columns, 60)
        row_height = self.fontMetrics().height() + 8
        cell = QSize(column, row_height)
        blocked = self.blockSignals(True)  # a size hint is an item change, not the user's
        try:
            for i in range(self.count()):
                self.item(i).setSizeHint(cell)  # the item, not just the grid: no eliding
        finally:
            self.blockSignals(blocked)
        self.setGridSize(cell)
        rows = max(1, -(-self.count() // columns))
        frame = 2 * max(self.frameWidth(), 2)  # room for the error border: marking it moves nothing
        self.setFixedHeight(rows * row_height + frame + 6)


class LanguageList(CheckList):
    """The languages a person speaks, from the domain's list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, columns=3)
        self.set_items([(code, language_label(code)) for code in LANGUAGES])


class OrganisationList(CheckList):
    """Partner organisations involved with a person: rows from store.directory.organisations()."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, columns=2)

    def set_organisations(self, organisations: list[dict]) -> None:
        self.set_items([(o["id"], o["name"]) for o in organisations])


def value_changed_signal(widget: QWidget):
    """The signal a widget emits when the user changes its value."""
    if isinstance(widget, (DateField, CheckList)):
        return widget.changed
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    raise TypeError(f"no change signal known for {type(widget).__name__}")


class MessageLine(QLabel):
    """One line of fixed height for a field's message, there even when empty, so a message
    appearing or going never moves the fields below; a message too long for the width is
    elided and read in full from the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(False)
        self.setFixedHeight(self.fontMetrics().height())
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:  # the whole message, not the elided one on screen
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setToolTip(text)
        self._elide()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 1))
        super().setText(shown)


class FieldSlot(QWidget):
    """An input with a reserved line for an error message under it.

    An invalid field gets a red border, the message in the line below, and the message as
    tooltip and accessible description, so it is seen, read by screen readers and not
    lost when the label scrolls away. Changing the value clears it. The line keeps its
    height when empty: a message never makes the form jump.
    """

    ERROR_COLOUR = "#b3261e"

    def __init__(self, field: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.message = MessageLine(self)
        self.message.setStyleSheet(f"color: {self.ERROR_COLOUR};")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(field)
        layout.addWidget(self.message)
        self.setFocusProxy(field)
        self._tooltip = ""
        self._heights = (0, 0)
        value_changed_signal(field).connect(self.clear_error)

    @property
    def error(self) -> str:
        return self.message.text()

    def set_error(self, message: str) -> None:
        target = self._bordered()
        if not self.message.text():
            self._tooltip = target.toolTip()
            # The border style would change the field's height: hold it as it was.
            self._heights = (target.minimumHeight(), target.maximumHeight())
            target.setFixedHeight(target.height() if target.isVisible() else target.sizeHint().height())
        target.setProperty("invalid", True)
        name = target.objectName() or "invalidField"
        target.setObjectName(name)
        target.setStyleSheet(f"#{name} {{ border: 2px solid {self.ERROR_COLOUR}; "
                             "border-radius: 3px; }")
        self.message.setText(message)
        target.setToolTip(message)
        target.setAccessibleDescription(message)

    def clear_error(self) -> None:
        if not self.message.text():
            return
        target = self._bordered()
        target.setProperty("invalid", False)
        target.setStyleSheet("")
        target.setMinimumHeight(self._heights[0])
        target.setMaximumHeight(self._heights[1])
        self.message.clear()
        target.setToolTip(self._tooltip)
        target.setAccessibleDescription("")

    def _bordered(self) -> QWidget:
        # The widget that takes focus, so its border, tooltip and description are the ones
        # seen and read.
        return self.field.edit if isinstance(self.field, DateField) else self.field
