"""Reading the cards' PDFs back in tests: pages as images, text, and the fonts they embed."""

from __future__ import annotations

import re
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

from desktop.arrival.card_content import PersonFile, Worker
from domain.arrival.demo_hilversum import demo_directory

LANGUAGES = ("nl", "en", "ar", "ti", "fa")


def page_image(pdf_path: Path, page: int, dpi: float = 100) -> QImage:
    document = pdfium.PdfDocument(str(pdf_path))
    bitmap = document[page if page >= 0 else len(document) + page].render(scale=dpi / 72)
    fmt = QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_ARGB32
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
    document.close()
    return image


def pdf_text(pdf_path: Path) -> str:
    document = pdfium.PdfDocument(str(pdf_path))
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    return text


def embedded_fonts(pdf_path: Path) -> set[str]:
    """Font names with an embedded font program (FontFile2) in the PDF, subset tags removed."""
    data = pdf_path.read_bytes()
    return {m.group(1).decode() for m in re.finditer(rb"/FontName\s*/[A-Z]{6}\+([A-Za-z-]+)", data)}


def sample_person(languages=("ti",)) -> PersonFile:
    """A person with a klantmanager, a begeleider, partners and a referral to the huisarts."""
    directory = demo_directory()
    doctor = next(s.id for s in directory.services if s.name == "Huisartsenzorg")
    return PersonFile(
        "4f1c7a3e-0000-4000-8000-000000000001", "Test Persoon", tuple(languages),
        Worker("K. Manager", "k.manager@hilversum.example", "Gemeente Hilversum", "gemeente"),
        Worker("B. Geleider", "b.geleider@vwn.example", "VluchtelingenWerk Midden-Nederland",
               "maatschappelijke_begeleiding"),
        (("Taalschool Hilversum", "taalschool"), ("Budgetcoaching Gooi en Vechtstreek", "budgetcoach"),
         ("Werkgeversservicepunt Gooi en Vechtstreek", "jobhunter"), ("Versa Welzijn", "welzijn")),
        (doctor,),
    )
