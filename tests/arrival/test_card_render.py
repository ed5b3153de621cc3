"""The cards as printed: every glyph from an embedded font, right-to-left order, nothing cut."""

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QTextLayout

from desktop.arrival import wallet
from desktop.arrival.card_content import build_card
from desktop.arrival.fonts import covered, raw_fonts
from desktop.arrival.map_data import load_map_data
from desktop.arrival.render import DEMO_MAP, render_card
from desktop.arrival.text_fit import Audit, Para, draw_block, layout_paragraph, ltr, printable
from domain.arrival.demo_hilversum import demo_directory
from tests.arrival.card_pdf import LANGUAGES, embedded_fonts, page_image, pdf_text, sample_person

SCRIPT_FONTS = {"ar": "NotoNaskhArabic", "fa": "NotoNaskhArabic", "ti": "NotoSansEthiopic"}


@pytest.fixture(scope="module")
def demo_map():
    return load_map_data(DEMO_MAP)


@pytest.mark.parametrize("layout", ["wallet", "a4"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_of_the_card_has_a_glyph_in_an_embedded_font(qapp, tmp_path, language, layout, demo_map):
    card = build_card(sample_person((language,)), demo_directory())
    out = tmp_path / f"card-{language}.pdf"
    audit = render_card(card, out, layout, demo_map)
    assert audit.clean, (audit.overflows, audit.missing_glyphs, audit.foreign_fonts)
    fonts = raw_fonts()
    drawn = "".join(text for _, text in audit.texts)
    assert not [c for c in set(printable(drawn)) if not covered(c, fonts)]
    own_texts = [v for k, v in card.texts.texts.items() if k not in card.texts.fallback_keys]
    assert card.texts["card_title"] in drawn and card.entries[0].line_own in drawn and own_texts
    names = embedded_fonts(out)
    assert "NotoSans-Regular" in names and "NotoSans-Bold" in names
    if language in SCRIPT_FONTS:
        assert f"{SCRIPT_FONTS[language]}-Regular" in names
    text = pdf_text(out)
    assert "035 000 0102" in text and "hilversum@vluchtelingenwerk.example" not in text  # worker's own e-mail
    assert "b.geleider@vwn.example" in text


def _x_by_index(layout: QTextLayout) -> dict[int, float]:
    flags = (QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions)
    xs = {}
    for run in layout.glyphRuns(0, len(layout.text()), flags):
        for index, pos in zip(run.stringIndexes(), run.positions(), strict=False):
            xs.setdefault(index, pos.x())
    return xs


@pytest.mark.parametrize("label", ["الهاتف", "تلفن", "ስልኪ"])
def test_right_to_left_text_runs_right_to_left_and_numbers_stay_left_to_right(qapp, label):
    rtl = label != "ስልኪ"
    phone, email = "035 000 0102", "info@gooisebrug.example"
    text = f"{label}: {ltr(phone)} {ltr(email)}"
    image = QImage(2000, 200, QImage.Format.Format_RGB32)
    layout, _, fits = layout_paragraph(Para(text, 9, direction="rtl" if rtl else "ltr"), 1.0, 1900, image)
    assert fits
    xs = _x_by_index(layout)
    label_x = [xs[i] for i in range(len(label)) if i in xs]
    start = text.index(phone)
    digits = [xs[start + i] for i, c in enumerate(phone) if c != " " and start + i in xs]
    mail_start = text.index(email)
    mail = [xs[mail_start + i] for i in range(len(email)) if mail_start + i in xs]
    assert digits == sorted(digits) and mail == sorted(mail)  # left to right inside
    if rtl:
        assert min(label_x) > max(digits) > max(mail)  # the label first, at the right; then phone, e-mail
    else:
        assert max(label_x) < min(digits) < min(mail)


def _white_band(image: QImage, x0: float, y0: float, x1: float, y1: float, px: float) -> bool:
    for y in range(int(y0 * px), int(y1 * px)):
        for x in range(int(x0 * px), int(x1 * px)):
            c = image.pixelColor(x, y)
            if min(c.red(), c.green(), c.blue()) < 235:
                return False
    return True


def _panel_edges_are_clear(pdf, dpi=100) -> list[str]:
    """Bands just inside every panel edge hold no ink: nothing crosses a cut or fold."""
    px = dpi / 25.4
    crossed = []
    for page in (0, 1):
        image = page_image(pdf, page, dpi)
        for col in range(wallet.COLS):
            for row in range(wallet.ROWS):
                x = wallet.GRID_X + col * wallet.PANEL_W
                y = wallet.GRID_Y + row * wallet.PANEL_H
                w, h, a, b = wallet.PANEL_W, wallet.PANEL_H, 0.7, 2.3
                bands = [(x + a, y + a, x + w - a, y + b), (x + a, y + h - b, x + w - a, y + h - a),
                         (x + a, y + a, x + b, y + h - a), (x + w - b, y + a, x + w - a, y + h - a)]
                if not all(_white_band(image, *band, px) for band in bands):
                    crossed.append(f"page {page} panel {col},{row}")
    return crossed


@pytest.mark.parametrize("language", ["ar", "ti"])
def test_long_texts_shrink_and_wrap_inside_their_panels(qapp, tmp_path, language, demo_map):
    directory = demo_directory()
    long_services = tuple(replace(s, card_lines={k: (v + " ") * 4 for k, v in s.card_lines.items()})
                          for s in directory.services)
    card = build_card(sample_person((language,)), replace(directory, services=long_services))
    out = tmp_path / "long.pdf"
    audit = render_card(card, out, "wallet", demo_map)
    assert audit.clean and audit.smallest_point_size < 5.8
    assert _panel_edges_are_clear(out) == []


def test_the_demo_cards_keep_clear_of_every_cut_and_fold(qapp, tmp_path, demo_map):
    out = tmp_path / "fa.pdf"
    render_card(build_card(sample_person(("fa",)), demo_directory()), out, "wallet", demo_map)
    assert _panel_edges_are_clear(out) == []


def test_text_that_cannot_fit_is_reported_not_cut(qapp):
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    from PySide6.QtGui import QPainter
    painter = QPainter(image)
    audit = Audit()
    draw_block(painter, [Para("woord " * 2000, 8)], QRectF(0, 0, 100, 40), audit, "too much")
    draw_block(painter, [Para("past wel", 8)], QRectF(0, 40, 300, 40), audit, "fits")
    painter.end()
    assert audit.overflows == ["too much"]


def test_more_contacts_than_the_wallet_holds_is_reported_and_the_handout_takes_them_all(qapp, tmp_path):
    directory = demo_directory()
    extra = tuple(replace(s, id=f"{s.id[:-2]}{n:02d}", name=f"{s.name} {n}")
                  for n in range(3) for s in directory.services)
    directory = replace(directory, services=directory.services + extra)
    person = replace(sample_person(("ar",)), referred_service_ids=tuple(s.id for s in extra))
    card = build_card(person, directory)
    assert len(card.entries) > wallet.CAPACITY
    assert any("holds" in o for o in render_card(card, tmp_path / "w.pdf", "wallet").overflows)
    assert render_card(card, tmp_path / "a4.pdf", "a4").clean
    text = pdf_text(tmp_path / "a4.pdf")
    assert all(e.phone in text for e in card.entries)  # every contact printed, on as many pages as needed
