"""Render the demo contact card in every language to docs/screens/contact-card-<lang>.png.

    QT_QPA_PLATFORM=offscreen python -m tools.contact_card_screens [--dpi 80]

Each image shows the wallet card's A4 front and back side by side, as printed, made from the
demo sociale kaart and the demo map; the PDF is drawn by the app and rasterised with pypdfium2.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

from desktop.arrival.card_content import PersonFile, Worker, build_card
from desktop.arrival.map_data import load_map_data
from desktop.arrival.render import DEMO_MAP, render_card
from domain.arrival.card_texts import available_languages
from domain.arrival.demo_hilversum import demo_directory

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screens"


def demo_person(language: str) -> PersonFile:
    directory = demo_directory()
    doctor = next(s.id for s in directory.services if s.name == "Huisartsenzorg")
    return PersonFile(f"demo-{language}", "Demo Persoon", (language,),
                      Worker("Sanne de Vries", "s.devries@hilversum.example", "Gemeente Hilversum", "gemeente"),
                      Worker("Pieter Bakker", "p.bakker@vluchtelingenwerk.example", "", "maatschappelijke_begeleiding"),
                      (("", "taalschool"), ("", "budgetcoach"), ("", "jobhunter")), (doctor,))


def _page(pdf: pdfium.PdfDocument, index: int, dpi: float) -> QImage:
    bitmap = pdf[index].render(scale=dpi / 72)
    fmt = QImage.Format.Format_BGR888 if bitmap.n_channels == 3 else QImage.Format.Format_ARGB32
    return QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def render_screens(dpi: float = 80) -> list[Path]:
    map_data, written = load_map_data(DEMO_MAP), []
    with tempfile.TemporaryDirectory() as tmp:
        for language in available_languages():
            pdf_path = Path(tmp) / f"{language}.pdf"
            audit = render_card(build_card(demo_person(language), demo_directory()), pdf_path, "wallet", map_data)
            if not audit.clean:
                raise SystemExit(f"{language}: {audit.overflows} {audit.missing_glyphs}")
            pdf = pdfium.PdfDocument(str(pdf_path))
            front, back = _page(pdf, 0, dpi), _page(pdf, 1, dpi)
            pdf.close()
            gap = int(dpi / 4)
            sheet = QImage(front.width() * 2 + gap * 3, front.height() + gap * 2, QImage.Format.Format_RGB32)
            sheet.fill(QColor("#8a8f96"))
            painter = QPainter(sheet)
            painter.drawImage(gap, gap, front)
            painter.drawImage(front.width() + gap * 2, gap, back)
            painter.end()
            path = OUT / f"contact-card-{language}.png"
            sheet.save(str(path))
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dpi", type=float, default=80)
    args = parser.parse_args()
    _app = QGuiApplication.instance() or QGuiApplication([])
    for path in render_screens(args.dpi):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
