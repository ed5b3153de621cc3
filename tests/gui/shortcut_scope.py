"""Every keyboard shortcut live on screen, with where it applies, and the pairs that clash.

Qt answers a key that two live shortcuts share with "ambiguous shortcut" and does neither (the
plan's Alt+1 once swallowed the main window's Alt+1). A shortcut is live when it is enabled and
the widget it belongs to is visible; two clash when their keys match and one's scope reaches
into the other's: window-wide and application-wide shortcuts reach everywhere in their window,
a widget-with-children shortcut reaches its widget's subtree.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

Ctx = Qt.ShortcutContext


@dataclass(frozen=True)
class Live:
    keys: str
    context: Ctx
    widget: QWidget  # whose scope it is
    name: str
    owner: int  # id of the QShortcut or QAction: one action on a toolbar and a window is one shortcut


def _describe(owner, widget: QWidget) -> str:
    text = owner.text() if isinstance(owner, QAction) else ""
    return f"{type(owner).__name__} {text!r} on {type(widget).__name__}:{widget.objectName()}"


def live_shortcuts() -> list[Live]:
    found: list[Live] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for shortcut in top.findChildren(QShortcut):
            widget = shortcut.parentWidget() if hasattr(shortcut, "parentWidget") else shortcut.parent()
            if not (shortcut.isEnabled() and isinstance(widget, QWidget) and widget.isVisible()):
                continue
            for keys in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
                if not keys.isEmpty():
                    found.append(Live(keys.toString(), shortcut.context(), widget, _describe(shortcut, widget),
                                      id(shortcut)))
        for action in top.findChildren(QAction) + list(top.actions()):
            if not action.isEnabled():
                continue
            for widget in action.associatedObjects():
                if not (isinstance(widget, QWidget) and widget.isVisible()):
                    continue
                for keys in action.shortcuts():
                    if not keys.isEmpty():
                        found.append(Live(keys.toString(), action.shortcutContext(), widget,
                                          _describe(action, widget), id(action)))
    return list({(s.keys, s.context, id(s.widget), s.name): s for s in found}.values())


def _reaches(a: Live, b: Live) -> bool:
    """Whether a key pressed where `b` applies could also fire `a`."""
    if a.context == Ctx.ApplicationShortcut:
        return True
    if a.context == Ctx.WindowShortcut:
        return a.widget.window() is b.widget.window()
    if a.context == Ctx.WidgetWithChildrenShortcut:
        return a.widget is b.widget or a.widget.isAncestorOf(b.widget) or b.widget.isAncestorOf(a.widget)
    return a.widget is b.widget  # WidgetShortcut


def clashes(shortcuts: list[Live]) -> list[str]:
    out = []
    for i, a in enumerate(shortcuts):
        for b in shortcuts[i + 1:]:
            same = QKeySequence(a.keys).matches(QKeySequence(b.keys)) == QKeySequence.SequenceMatch.ExactMatch
            if same and a.owner != b.owner and (_reaches(a, b) or _reaches(b, a)):
                out.append(f"{a.keys}: {a.name} / {b.name}")
    return out


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].upper() if 0 <= at < len(plain) - 1 else None


def live_mnemonics() -> list[Live]:
    """Alt+letter of each visible button and buddied label: live window-wide, as Qt treats them."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QAbstractButton) + top.findChildren(QLabel):
            if not (widget.isVisible() and widget.isEnabled()):
                continue
            if isinstance(widget, QLabel) and widget.buddy() is None:
                continue
            letter = _mnemonic(widget.text())
            if letter:
                found.append(Live(f"Alt+{letter}", Ctx.WindowShortcut, widget,
                                  f"{type(widget).__name__} {widget.text()!r}", id(widget)))
    return found
