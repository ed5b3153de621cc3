"""Splitters stay where the user put them: restored when built, saved on every move.

Saved per name in the user's settings (desktop/settings.py), so two splitters never share a
place and a crash after a move does not lose it (close is not the only moment it is saved).
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from desktop.settings import Settings


def remember_splitter(splitter: QSplitter, settings: Settings, name: str) -> bool:
    """Restore the splitter's saved sizes (True when there were some) and save each move."""
    saved = settings.splitter_state_of(name)
    restored = saved is not None and splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda _pos, _index: settings.save_splitter(name, splitter.saveState()))
    return restored
