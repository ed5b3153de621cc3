"""The plan as a PDF: rendered with pdfium, its text read back. Dutch, with the headings also in the
person's language when the app has that language, from a translation file of its own."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QImage

from desktop.views.plan.plan_pdf import plan_html, save_plan_pdf
from tests.gui.conftest import TIMEOUT_MS
from tests.gui.export_dialog import answer_export_dialog
from tests.gui.test_plan_panel import complete_intake, day, dmy, make_chain, open_plan, show_panel

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DUTCH = {"Integration and participation plan": "Plan Inburgering en Participatie", "Learning route": "Leerroute",
         "Goals": "Doelen", "Actions by partner": "Acties per partner", "Agreement": "Afspraak",
         "Signatures": "Handtekeningen"}
UKRAINIAN = {"Goals": "Цілі", "Learning route": "Маршрут навчання"}


def _translation(folder: Path, language: str, words: dict[str, str]) -> None:
    """ketenplan_<language>.qm with these words, from the strings lupdate finds in plan_pdf.py."""
    ts = folder / f"ketenplan_{language}.ts"
    subprocess.run([str(BIN / "pyside6-lupdate"), str(ROOT / "desktop/views/plan/plan_pdf.py"), "-no-obsolete",
                    "-locations", "none", "-target-language", language, "-ts", str(ts)],
                   check=True, capture_output=True)
    tree = ET.parse(ts)
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in words:
            translation = message.find("translation")
            translation.text = words[source]
            translation.attrib.pop("type", None)
            found.add(source)
    assert found == set(words), "every heading is a literal translate() call lupdate can find"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(folder / f"ketenplan_{language}.qm")],
                   check=True, capture_output=True)


@pytest.fixture(scope="module")
def translations(tmp_path_factory):
    folder = tmp_path_factory.mktemp("translations")
    _translation(folder, "nl", DUTCH)
    _translation(folder, "uk", UKRAINIAN)
    return folder


@pytest.fixture
def chain(store):
    return make_chain(store)


@pytest.fixture
def client_id(store, chain):
    """Amina's plan: a route, a goal with its result, actions for two partners, agreed once."""
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "languages": ["ar", "en"],
                                      "interpreter_language": "en", "vestiging_date": day(-100).isoformat()})
    complete_intake(store, client_id, ("language",))
    plans = store.plans
    plan_id = plans.start(client_id)
    plans.update(plan_id, {"leerroute": "B", "niveau": "B1", "duo_notice_on": day(-30).isoformat()})
    [goal] = plans.get(plan_id)["goals"]
    plans.goals.update(goal["id"], {"result": "Op B1-niveau Nederlands spreken", "target_on": day(400).isoformat()})
    plans.actions.add(plan_id, {"description": "Aanmelden bij de taalschool", "due_on": day(7).isoformat(),
                                "worker_id": chain["teacher"], "goal_id": goal["id"]})
    plans.actions.add(plan_id, {"description": "Werkervaring bespreken", "due_on": day(-2).isoformat(),
                                "worker_id": chain["jobs"]})
    plans.agree(plan_id, {"agreed_on": day(0).isoformat(), "client_agrees": True, "agreement_how": "signed",
                          "present_ids": [chain["me"]]})
    return client_id


@pytest.fixture
def panel(qtbot, worker, client_id):
    panel = show_panel(qtbot, worker)
    open_plan(qtbot, panel, client_id)
    return panel


def _render(path: Path, out: Path) -> list[str]:
    """Each page to PNG (checked to hold ink), and the text of each page."""
    document = pdfium.PdfDocument(str(path))
    texts = []
    try:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=1.5)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_BGR888)
            assert image.save(str(out / f"page-{index + 1}.png"))
            dark = sum(1 for y in range(0, image.height(), 7) for x in range(0, image.width(), 7)
                       if image.pixelColor(x, y).lightness() < 128)
            assert dark > 200, "the page shows text"
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return texts


def test_the_plan_pdf_is_dutch_with_the_headings_in_the_persons_language(qtbot, panel, tmp_path, translations):
    document = panel.plan_print()
    assert document.language == "en"  # the interpreter's language
    path = tmp_path / "plan.pdf"
    save_plan_pdf(document, str(path), translations)
    text = "\n".join(_render(path, tmp_path))
    flat = " ".join(text.split())
    assert "Amina Haddad" in flat
    assert "Op B1-niveau Nederlands spreken" in flat  # a goal
    assert "Aanmelden bij de taalschool" in flat and dmy(7) in flat  # an action and its due date
    assert "Werkgeversservicepunt Gooi" in flat and "Taalschool Gooi" in flat  # by partner
    assert "Doelen / Goals" in flat and "Leerroute / Learning route" in flat  # Dutch, then the person's
    assert "Plan Inburgering en Participatie" in flat
    assert "Integration term computed: three years" in flat  # DUO's own term not known yet
    assert f"Version 1, agreed on {dmy(0)}." in flat  # the version it is
    assert "page 1 of" in flat


def test_a_language_added_later_just_works_and_one_without_a_translation_is_left_out(panel, translations):
    document = panel.plan_print()
    document.language = "uk"
    html = plan_html(document, translations)
    assert "Doelen <span class='second'>/ Цілі</span>" in html
    assert "Leerroute <span class='second'>/ Маршрут навчання</span>" in html
    assert "Acties per partner</h2>" in html  # no Ukrainian for it: the Dutch alone
    document.language = "ti"  # no translation at all
    html = plan_html(document, translations)
    assert "class='second'" not in html and "<h2>Doelen</h2>" in html


def test_save_as_pdf_from_the_panel(qtbot, panel, store, client_id, tmp_path, monkeypatch):
    target = tmp_path / "Plan Amina"
    shown = answer_export_dialog(monkeypatch, target)
    qtbot.waitUntil(panel.pdf_button.isVisible, timeout=TIMEOUT_MS)
    panel.pdf_button.click()
    written = tmp_path / "Plan Amina.pdf"
    assert written.exists() and written.read_bytes().startswith(b"%PDF")
    assert panel.message.text() == f"Saved as {written}. This file is not encrypted."
    assert shown[0]["warning_shown"] and "leaves the encrypted store" in shown[0]["warning"]
    assert not shown[0]["native"]  # Qt's own: it speaks the interface language
    qtbot.waitUntil(lambda: bool(store.export_log.entries()), timeout=TIMEOUT_MS)
    [entry] = store.export_log.entries()
    assert entry["kind"] == "plan_pdf" and entry["files"] == ["Plan Amina.pdf"]
    assert entry["client_id"] == client_id
    with pdfium.PdfDocument(str(written)) as document:
        assert "Amina Haddad" in document[0].get_textpage().get_text_range()
