"""The card's bundled Noto fonts (resources/fonts, SIL Open Font License), loaded at render time.

The card must print the same on any laptop and inside the bundle, so it never relies on the
system's fonts: every family the card names is one of these files. Qt picks per character from
the family list (Latin first, then Arabic script, then Ethiopic), so one font object covers
a line that mixes a Tigrinya text with a Dutch name and a phone number.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

FONT_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf",
    "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf",
)
FAMILIES = ("Noto Sans", "Noto Naskh Arabic", "Noto Sans Ethiopic")
_loaded: dict[str, str] = {}  # file name -> family name as the font database knows it


def font_dir() -> Path:
    """resources/fonts beside the packages, in the source tree and in the bundle alike."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources" / "fonts"


class FontsMissing(RuntimeError):
    pass


def load_fonts() -> tuple[str, ...]:
    """Register the bundled fonts once (a QGuiApplication must exist); the families loaded."""
    for name in FONT_FILES:
        if name in _loaded:
            continue
        path = font_dir() / name
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            raise FontsMissing(f"the card's font {name} is missing or unreadable in {path.parent}")
        _loaded[name] = families[0]
    missing = [f for f in FAMILIES if f not in _loaded.values()]
    if missing:
        raise FontsMissing(f"font families not found in the bundled files: {', '.join(missing)}")
    return FAMILIES


def card_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(FAMILIES))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def raw_fonts() -> list[QRawFont]:
    """Each bundled file as a raw font, to check characters against what the card embeds."""
    load_fonts()
    return [QRawFont(str(font_dir() / name), 12) for name in FONT_FILES]


def covered(char: str, fonts: list[QRawFont]) -> bool:
    return any(f.supportsCharacter(ord(char)) for f in fonts)
