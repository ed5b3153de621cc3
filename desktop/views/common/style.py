"""The look: Qt's Fusion style in a light palette, and a quiet style sheet.

Widgets opt in by object name or a `role` property (set_role), so the sheet never has to
know the widgets of a screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

ACCENT = "#2f6690"

STYLE_SHEET = f"""
QMainWindow, QStackedWidget#pages {{ background: #f3f5f7; }}
QFrame#card {{
    background: #ffffff; border: 1px solid #d8dde3; border-radius: 8px;
}}
QFrame#card QLineEdit {{ padding: 5px 6px; }}
QLabel#pageTitle {{ font-size: 20px; font-weight: 600; color: #1d2b36; }}
QLabel[role="hint"] {{ color: #55606b; }}
QLabel[role="problem"] {{ color: #a12622; }}
QLabel[role="success"] {{ color: #1f6f3a; }}
QLabel[role="path"] {{ color: #55606b; }}
QPushButton {{ padding: 5px 12px; }}
QPushButton[primary="true"] {{
    background: {ACCENT}; color: #ffffff; border: 1px solid #24516f; border-radius: 4px;
    padding: 6px 16px; font-weight: 600;
}}
QPushButton[primary="true"]:hover {{ background: #28597d; }}
QPushButton[primary="true"]:disabled {{
    background: #b9c8d4; border-color: #b9c8d4; color: #f4f7f9;
}}
QProgressBar#strengthBar {{
    border: 1px solid #c9d0d6; border-radius: 3px; background: #eef1f4; max-height: 8px;
}}
QProgressBar#strengthBar::chunk {{ border-radius: 2px; background: #c0392b; }}
QProgressBar#strengthBar[level="1"]::chunk {{ background: #d35400; }}
QProgressBar#strengthBar[level="2"]::chunk {{ background: #c9a227; }}
QProgressBar#strengthBar[level="3"]::chunk {{ background: #5a9e3a; }}
QProgressBar#strengthBar[level="4"]::chunk {{ background: #2e7d32; }}
QToolBar {{ spacing: 4px; padding: 2px 6px; border: none; border-bottom: 1px solid #d8dde3; }}
QStatusBar QLabel {{ color: #55606b; padding: 0 6px; }}
"""


def apply_style(app: QApplication) -> None:
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
        # A fixed light palette: the sheet's colours are chosen for it, dark desktop or not.
        app.setPalette(style.standardPalette())
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a style role ("hint", "problem", "success") and re-apply the sheet."""
    widget.setProperty("role", role)
    repolish(widget)


def repolish(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def card_page(page: QWidget, max_width: int = 520):
    """Centre a white card on `page`; returns the card's layout to fill."""
    from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout

    outer = QGridLayout(page)
    outer.setContentsMargins(24, 24, 24, 24)
    card = QFrame(page)
    card.setObjectName("card")
    card.setMaximumWidth(max_width)
    card.setMinimumWidth(max_width - 40)  # lines of about 70 characters read best
    outer.addWidget(card, 1, 1)
    outer.setRowStretch(0, 1)
    outer.setRowStretch(2, 2)  # a little above the middle reads as calmer than dead centre
    outer.setColumnStretch(0, 1)
    outer.setColumnStretch(2, 1)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(32, 28, 32, 28)
    layout.setSpacing(12)
    return layout
