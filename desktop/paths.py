"""Where things live: the user's store folder and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "Ketenplan"


def default_data_dir() -> Path:
    """The store folder when none is given: the platform's per-user data folder."""
    from platformdirs import user_data_dir
    return Path(user_data_dir(APP_NAME, APP_NAME))


def resources_dir() -> Path:
    """resources/ in the source tree, or inside the PyInstaller bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icons_dir() -> Path:
    return resources_dir() / "icons"
