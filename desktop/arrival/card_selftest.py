"""The self-test's card check: a card in every language, to prove the build carries the fonts.

Run by `ketenplan --self-test` after the Qt application exists. Each card is drawn with the
demo sociale kaart and the demo map into a throwaway folder; it must fit, have a glyph from a
bundled font for every character, and embed the fonts of its script in the PDF.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.arrival.card_content import PersonFile, Worker, build_card
from desktop.arrival.fonts import covered, load_fonts, raw_fonts
from desktop.arrival.map_data import load_map_data
from desktop.arrival.render import DEMO_MAP, render_card
from desktop.arrival.text_fit import printable
from domain.arrival.card_texts import available_languages
from domain.arrival.demo_hilversum import demo_directory

SCRIPT_FONT = {"ar": "NotoNaskhArabic", "fa": "NotoNaskhArabic", "ti": "NotoSansEthiopic"}
_FONT_NAME = re.compile(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z-]+)")


def _person() -> PersonFile:
    return PersonFile("selftest", "Zelf Test", (),
                      Worker("Klant Manager", "km@example.org", "Gemeente Hilversum", "gemeente"),
                      Worker("Begeleider", "", "", "maatschappelijke_begeleiding"),
                      (("", "taalschool"), ("", "budgetcoach"), ("", "huisarts")))


def cards_in_every_language(folder: Path) -> str:
    """Raise AssertionError naming the first language whose card is wrong; a summary when all are right."""
    load_fonts()
    fonts, directory, map_data = raw_fonts(), demo_directory(), load_map_data(DEMO_MAP)
    languages = available_languages()
    for language in languages:
        out = folder / f"card-{language}.pdf"
        audit = render_card(build_card(_person(), directory, language), out, "wallet", map_data)
        if not audit.clean:
            raise AssertionError(f"{language}: {audit.overflows + audit.missing_glyphs} {audit.foreign_fonts}")
        lacking = {c for _, text in audit.texts for c in printable(text) if not covered(c, fonts)}
        if lacking:
            raise AssertionError(f"{language}: {len(lacking)} characters without a glyph in the bundled fonts")
        embedded = {m.group(1).decode() for m in _FONT_NAME.finditer(out.read_bytes())}
        wanted = {"NotoSans-Regular", f"{SCRIPT_FONT.get(language, 'NotoSans')}-Regular"}
        if not wanted <= embedded:
            raise AssertionError(f"{language}: fonts not embedded: {sorted(wanted - embedded)}")
    return f"{len(languages)} languages: {', '.join(languages)}"
