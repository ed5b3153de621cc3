"""Before Qt opens a window: are the system libraries its X11 (xcb) platform plugin needs there?

Qt's own answer to a missing one is a plugin stack trace that names no package. On a fresh
Debian or Ubuntu machine libxcb-cursor0 (and a few like it) are often missing; the start-up says
exactly which packages to install instead. Checked only when Qt will use xcb.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# The libraries Qt 6's xcb plugin (libqxcb.so, libQt6XcbQpa.so) loads from the system, and the
# Debian/Ubuntu package of each (the same names on both).
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open its windows through X11 here."""
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    if not platform.startswith("linux"):
        return False
    # Qt 6 picks Wayland in a Wayland session and xcb otherwise.
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The xcb libraries that cannot be loaded, in a stable order."""
    return [name for name in XCB_LIBRARIES if not loads(name)]


def install_message(missing: list[str]) -> str:
    """What to tell whoever started the app: the packages to install, as one command."""
    packages = sorted({XCB_LIBRARIES[name] for name in missing})
    return ("Ketenplan cannot open a window: the system lacks " + ", ".join(missing) + ".\n"
            "On Debian or Ubuntu install them with:\n\n"
            "    sudo apt-get install " + " ".join(packages) + "\n\n"
            "(On another system install the packages that hold these libraries; or start with "
            "QT_QPA_PLATFORM=wayland in a Wayland session.)")


def check_platform_libraries(environ: Mapping[str, str] = os.environ, platform: str = sys.platform,
                             loads: Callable[[str], bool] = _loads) -> str | None:
    """None when Qt can open its window; otherwise the message saying what to install."""
    if not uses_xcb(environ, platform):
        return None
    missing = missing_libraries(loads)
    return install_message(missing) if missing else None
