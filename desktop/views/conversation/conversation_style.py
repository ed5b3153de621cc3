"""The look the conversation panels (handover, intake) share: cards on a grey column, the
panel title and the status chip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QWidget

from desktop.views.common.fieldwork_labels import status_label
from desktop.views.common.style import repolish
from domain.forms import Part

PANEL_STYLE = """
QFrame#partCard { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QFrame#partCard[special="true"] { background: #fffdf5; border: 1px solid #e5c56b; }
QFrame#headerCard { background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px; }
QScrollArea#partsScroll, QWidget#partsColumn { background: #f3f5f7; border: none; }
QLabel#panelTitle { font-size: 17px; font-weight: 600; color: #1d2b36; }
QLabel#statusChip { border-radius: 9px; padding: 1px 9px; background: #e8eef3; color: #2f4858; }
QLabel#statusChip[status="complete"] { background: #dcefe1; color: #1f6f3a; }
"""


def panel_title(text: str, parent: QWidget) -> QLabel:
    title = QLabel(text, parent)
    title.setObjectName("panelTitle")
    return title


def status_chip(parent: QWidget) -> QLabel:
    chip = QLabel(parent)
    chip.setObjectName("statusChip")
    chip.setTextFormat(Qt.TextFormat.PlainText)
    return chip


def set_status_chip(chip: QLabel, status: str) -> None:
    chip.setText(status_label(status))
    chip.setProperty("status", status)
    repolish(chip)  # the sheet styles by the status property


def header_card(parent: QWidget) -> tuple[QFrame, QGridLayout]:
    """The card above the parts that holds the conversation's own fields, and its grid."""
    card = QFrame(parent)
    card.setObjectName("headerCard")
    grid = QGridLayout(card)
    grid.setContentsMargins(14, 10, 14, 10)
    grid.setHorizontalSpacing(10)
    grid.setVerticalSpacing(6)
    return card, grid


def part_card(part: Part, parent: QWidget | None = None) -> QFrame:
    """A part's white card; a special category of personal data shows in a warmer one."""
    card = QFrame(parent)
    card.setObjectName("partCard")
    card.setProperty("special", part.special)
    return card


def parts_scroll(content: QWidget, parent: QWidget | None = None) -> QScrollArea:
    scroll = QScrollArea(parent)
    scroll.setObjectName("partsScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll
