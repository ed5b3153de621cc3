"""What the app shows, read off its widgets: for tests that check nothing private is left."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def texts(widget: QWidget) -> list[str]:
    """What a widget shows: its own text, and for lists and tables every cell of the model."""
    found = [widget.windowTitle(), widget.toolTip()]
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        found.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        found += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = widget.rootIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # QListWidget's model keeps columnCount private: one column
            columns = 1
        for row in range(model.rowCount(root)):
            found += [str(model.index(row, col, root).data() or "") for col in range(columns)]
    return [t for t in found if t]


def shown(needles: tuple[str, ...], visible_only: bool) -> list[str]:
    """Every widget text holding one of the needles, as 'WidgetType: text'."""
    hits = []
    for widget in QApplication.allWidgets():
        if visible_only and not widget.isVisible():
            continue
        for text in texts(widget):
            hits += [f"{type(widget).__name__}: {text!r}" for needle in needles if needle in text]
    return hits
