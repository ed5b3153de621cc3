"""A4 PDFs of an HTML document, with a footer line on every page (the plan, a person's data).

Paints with no widget, so it may run on the worker's thread. Lines break only between words
or at a hyphenation point (soft hyphens from pyphen's Dutch dictionary, shown as "-" where a
line breaks), never inside a word without one; a heading stays on the page of what follows it
(docs/decisions/0028-first-start-and-exports.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

SCREEN_DPI = 96  # the text is laid out as on screen, then scaled to the printer's resolution
FOOTER_ROOM = 30  # pixels at 96 dpi below the text for the footer
SOFT_HYPHEN = "\u00ad"
_LONG_WORD = re.compile(r"[^\W\d_]{8,}")  # shorter words fit any cell the documents have
_TEXT = re.compile(r">([^<]+)<")


@cache
def _hyphenator(language: str):
    import pyphen  # only when a PDF is written
    found = pyphen.language_fallback(language)
    return pyphen.Pyphen(lang=found, left=3, right=3) if found else None


def hyphenate_html(html: str, language: str = "nl") -> str:
    """Soft hyphens at the hyphenation points of the long words in the body's text (not in tags,
    styles or entities), so a narrow cell breaks "inburgerings-plicht", not "inburgeringspl-icht"."""
    hyphenator = _hyphenator(language)
    if hyphenator is None:
        return html
    head, marker, body = html.partition("<body>")
    if not marker:
        head, body = "", html

    def words(match: re.Match) -> str:
        return ">" + _LONG_WORD.sub(lambda w: hyphenator.inserted(w.group(0), hyphen=SOFT_HYPHEN),
                                    match.group(1)) + "<"
    return head + marker + _TEXT.sub(words, body)


def keep_headings_with_next(document: QTextDocument, page_height: float) -> int:
    """Move a heading to the next page when what follows it (a table, a paragraph) would start or
    end on another page than the heading: a signature block is never split from its title or
    across two pages. Returns how many headings moved."""
    layout = document.documentLayout()
    moved = 0
    for _ in range(200):  # each round moves one heading; a document has far fewer
        block = document.begin()
        while block.isValid():
            heading = block.blockFormat().headingLevel() > 0
            if heading and block.blockFormat().pageBreakPolicy() == QTextBlockFormat.PageBreakFlag.PageBreak_Auto:
                top = layout.blockBoundingRect(block).top()
                bottom = _bottom_of_next(document, block)
                if bottom - top < page_height and int(top // page_height) != int((bottom - 1) // page_height):
                    break
            block = block.next()
        if not block.isValid():
            return moved
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        moved += 1
    return moved


def _bottom_of_next(document: QTextDocument, heading) -> float:
    """Where the element after the heading ends: the whole table it is followed by, or its block;
    over any headings right after it, so a run of headings moves with what they head."""
    layout = document.documentLayout()
    following = heading.next()
    while following.isValid() and following.blockFormat().headingLevel() > 0 and following.next().isValid():
        following = following.next()
    if not following.isValid():
        return layout.blockBoundingRect(heading).bottom()
    table = QTextCursor(following).currentTable()
    if table is not None:
        return layout.frameBoundingRect(table).bottom()
    return layout.blockBoundingRect(following).bottom()


def write_a4_pdf(path: str, title: str, html: str, footer: Callable[[int, int], str], language: str = "nl") -> None:
    """footer(page, pages) gives the line at the foot of each page (numbers from 1)."""
    writer = QPdfWriter(path)
    writer.setTitle(title)
    writer.setCreator("Ketenplan")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 9))
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # never inside a word but at a soft hyphen
    document.setDefaultTextOption(option)
    document.setHtml(hyphenate_html(html, language))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    scale = writer.resolution() / SCREEN_DPI
    size = QSizeF(page.width() / scale, page.height() / scale - FOOTER_ROOM)
    document.setPageSize(size)
    keep_headings_with_next(document, size.height())
    pages = document.pageCount()
    small = QFont("DejaVu Sans")
    small.setPixelSize(10)
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * size.height())
            document.drawContents(painter, QRectF(QPointF(0, number * size.height()), size))
            painter.restore()
            painter.setPen(QColor("#6b7680"))
            painter.setFont(small)
            painter.drawText(QPointF(0, size.height() + 22), footer(number + 1, pages))
    finally:
        painter.end()
