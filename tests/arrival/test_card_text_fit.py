"""Text in a box: whatever the text and the box, nothing is drawn outside it; what cannot fit is reported."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.arrival.fonts import covered, raw_fonts
from desktop.arrival.text_fit import Audit, Para, draw_block, ltr
from tests.depth import examples

WORDS = {
    "ar": ["مساعدة", "في", "الرسائل", "والسكن", "الاندماج", "بموعد"],
    "fa": ["کمک", "در", "نامه‌ها", "خانه", "بیمهٔ", "درمانی"],
    "ti": ["ሓገዝ", "ብደብዳቤታት", "ገዛ", "መድሕን", "ጥዕናን", "ከባቢን።"],
    "nl": ["Hulp", "met", "post", "zorgverzekering", "Inloopspreekuur:", "buurt."],
}
LTR_BITS = ["035 000 0102", "info@gooisebrug.example", "09:00–12:00", "1211 GZ"]


@st.composite
def paragraphs(draw):
    language = draw(st.sampled_from(sorted(WORDS)))
    words = draw(st.lists(st.sampled_from(WORDS[language] + [ltr(b) for b in LTR_BITS]), min_size=1, max_size=60))
    direction = "rtl" if language in ("ar", "fa") else "ltr"
    return Para(" ".join(words), draw(st.floats(5, 14)), bold=draw(st.booleans()), direction=direction)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(paras=st.lists(paragraphs(), min_size=1, max_size=4), w=st.integers(60, 300), h=st.integers(20, 200))
def test_nothing_is_drawn_outside_the_box(qapp, paras, w, h):
    image = QImage(w + 40, h + 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    audit = Audit()
    draw_block(painter, paras, QRectF(20, 20, w, h), audit, "box")
    painter.end()
    if audit.overflows:
        return  # reported: the caller refuses the card (the command line, the tests, the self-test)
    outside = [(x, y) for y in range(0, h + 40, 2) for x in range(0, w + 40, 2)
               if not (18 <= x < w + 22 and 18 <= y < h + 22) and image.pixelColor(x, y) != QColor("white")]
    assert outside == []
    assert not audit.missing_glyphs and not audit.foreign_fonts


@pytest.mark.parametrize(("language", "alphabet"), [
    ("tr", "ÇçĞğİıÖöŞşÜü"), ("prs", "پچژگکی"), ("ps", "ټډړږښځڅګڼۍې"), ("so", "Soomaali ʼ"),
    ("uk", "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя"), ("ku", "ÇçÊêÎîŞşÛû"),
])
def test_the_languages_addable_by_a_file_need_no_new_font(qapp, language, alphabet):
    fonts = raw_fonts()
    assert [c for c in alphabet if not c.isspace() and not covered(c, fonts)] == []
