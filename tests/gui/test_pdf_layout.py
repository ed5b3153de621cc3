"""The plan PDF read back with pdfium: the signature block on one page wherever the plan ends,
and no word broken inside without a hyphen, however narrow the cell."""

import re
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QTextDocument

from desktop.views.common.pdf_pages import SOFT_HYPHEN, hyphenate_html
from desktop.views.plan.plan_pdf import PlanPrint, plan_html, save_plan_pdf

LONG = ("Inburgeringsplichtige aanmelden bij het werkgeversservicepunt voor arbeidsmarktbemiddeling "
        "en taalondersteuningstrajecten")
WORKER = "Maatschappelijkbegeleidster Vluchtelingenwerkgroep"
TOP_MARGIN_PT = 16 / 25.4 * 72 - 2  # write_a4_pdf's top margin, less a little
HYPHEN_MARK = "\ufffe"  # how pdfium marks a line broken at a soft hyphen (the word is joined again)


def _plan(actions: int) -> PlanPrint:
    return PlanPrint({"goals": [], "versions": [], "actions": [
        {"description": f"{LONG} {i}", "due_on": "2026-12-01", "worker_name": WORKER, "status": "planned",
         "organisation_name": "Werkgeversservicepunt Gooi en Vechtstreek"} for i in range(actions)]},
        "Amina Haddad")


def _pages(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in document:
            textpage = page.get_textpage()
            # what is drawn below the top margin: a line of the page before that reaches over the
            # boundary is painted again above it, clipped away, but still in the file's text
            width, height = page.get_size()
            text = textpage.get_text_range()
            assert len(text) == textpage.count_chars()
            texts.append("".join(char for index, char in enumerate(text)
                                 if textpage.get_charbox(index)[3] <= height - TOP_MARGIN_PT))
            textpage.close()
            page.close()
        return texts
    finally:
        document.close()


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text))


@pytest.mark.parametrize("actions", range(0, 24))
def test_the_signature_block_is_on_one_page_and_no_word_breaks_without_a_hyphen(qapp, tmp_path, actions):
    doc = _plan(actions)
    path = tmp_path / "plan.pdf"
    save_plan_pdf(doc, str(path))
    pages = _pages(path)

    # the heading, both names and both date lines on one page
    [signed] = [text for text in pages if "Handtekeningen" in text]
    assert "Namens de gemeente" in signed and signed.count("Datum:") == 2
    assert signed.index("Handtekeningen") < signed.index("Namens de gemeente")

    # every word read back is a word of the plan (or of the footer): none cut in two
    source = QTextDocument()
    source.setHtml(plan_html(doc))
    known = _words(source.toPlainText().replace(SOFT_HYPHEN, "")) | _words("Amina Haddad pagina van")
    fragments: set[str] = set()  # hyphenated at the foot of the page before, so drawn with "-"
    for text in pages:
        text = text.replace(HYPHEN_MARK, "")
        read = _words(text)
        rest = {w for w in read if any(f + w in known for f in fragments)}
        fragments = {end for end in re.findall(r"([^\W\d_]+)-\s", text)
                     if any(word.startswith(end) and word != end for word in known)}
        broken = read - known - rest - fragments
        assert not broken, f"broken words: {sorted(broken)}"
    if actions >= 3:  # narrow cells: the long words were broken, and only at a hyphen
        assert any(HYPHEN_MARK in text for text in pages)


def test_dutch_hyphenation_points_in_text_only():
    html = "<html><head><style>td.overdue { font-weight: 600 }</style></head><body><td class='overdue'>" \
           "inburgeringsplicht &amp; werkgeversservicepunt</td></body></html>"
    out = hyphenate_html(html)
    assert f"ge{SOFT_HYPHEN}rings{SOFT_HYPHEN}plicht" in out and f"werk{SOFT_HYPHEN}ge{SOFT_HYPHEN}vers" in out
    assert "<style>td.overdue { font-weight: 600 }</style>" in out and "class='overdue'" in out and "&amp;" in out
    assert out.replace(SOFT_HYPHEN, "") == html
