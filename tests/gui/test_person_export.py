"""Exporting everything held about a person (AVG) from the client workspace: a PDF and a JSON file,
written off the GUI thread, in Dutch when the app is in Dutch; a lock stops it."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.views.shell.client_workspace import ClientWorkspace
from tests.conftest import new_store
from tests.gui.conftest import TIMEOUT_MS, start_window, unlock_window
from tests.gui.export_dialog import answer_export_dialog
from tests.store.test_person_export import fill_person

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DUTCH = {"Personal data in Ketenplan": "Persoonsgegevens in Ketenplan", "Client file": "Klantdossier",
         "Home visits": "Huisbezoeken", "Integration and participation plan": "Plan Inburgering en Participatie",
         "Not yet sent to the server": "Nog niet naar de server gestuurd"}


@pytest.fixture(scope="module")
def dutch_qm(tmp_path_factory) -> Path:
    """A Dutch translation of the export's headings, from the strings lupdate finds in its module."""
    folder = tmp_path_factory.mktemp("translations")
    ts = folder / "export_nl.ts"
    source = ROOT / "desktop/views/export/person_export_pdf.py"
    subprocess.run([str(BIN / "pyside6-lupdate"), str(source), "-no-obsolete",
                    "-locations", "none", "-target-language", "nl", "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    found = set()
    for message in tree.getroot().iter("message"):
        if message.findtext("source") in DUTCH:
            translation = message.find("translation")
            translation.text = DUTCH[message.findtext("source")]
            translation.attrib.pop("type", None)
            found.add(message.findtext("source"))
    assert found == set(DUTCH), "every heading is a literal translate() call lupdate can find"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "export_nl.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture
def in_dutch(dutch_qm):
    """The app runs in Dutch for the test."""
    translator = QTranslator()
    assert translator.load(str(dutch_qm))
    QApplication.instance().installTranslator(translator)
    yield
    QApplication.instance().removeTranslator(translator)


@pytest.fixture
def ids(store):
    return fill_person(store)


@pytest.fixture
def workspace(qtbot, worker, ids):
    view = ClientWorkspace(worker)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.title_changed, timeout=TIMEOUT_MS, check_params_cb=lambda name: name != ""):
        view.open_client(ids["amina"])
    return view


def choose(monkeypatch, path: Path) -> list[dict]:
    """The save dialog answers with `path`; returns the calls it got."""
    return answer_export_dialog(monkeypatch, path)


def export_and_wait(qtbot, workspace: ClientWorkspace) -> bool:
    """Export from the workspace's menu and wait for the message; whether it says it worked."""
    assert workspace.more_button.isEnabled() and workspace.export_action in workspace.more_button.menu().actions()
    workspace.export_action.trigger()
    exporter = workspace.exporter  # made on first use
    with qtbot.waitSignal(exporter.finished, timeout=TIMEOUT_MS * 2) as finished:
        pass
    return finished.args[0]


def pdf_text(path: Path, pictures: Path) -> str:
    """All pages' text; each page rendered to PNG and checked to hold ink."""
    texts = []
    with pdfium.PdfDocument(str(path)) as document:
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=1.2)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_BGR888)
            assert image.save(str(pictures / f"export-{index + 1}.png"))
            dark = sum(1 for y in range(0, image.height(), 9) for x in range(0, image.width(), 9)
                       if image.pixelColor(x, y).lightness() < 128)
            assert dark > 100, "the page shows text"
            texts.append(page.get_textpage().get_text_range())
    return " ".join(" ".join(texts).split())


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_the_action_writes_the_pdf_and_the_json_in_dutch(qtbot, workspace, store, ids, out, tmp_path, monkeypatch,
                                                         in_dutch):
    calls = choose(monkeypatch, out / "Amina.pdf")
    assert export_and_wait(qtbot, workspace)
    assert "Haddad" in calls[0]["name"]  # the name offered is the person's
    assert "encrypted store" in calls[0]["warning"]  # said before the file is written
    assert not calls[0]["native"]
    pdf, data = out / "Amina.pdf", out / "Amina.json"
    assert sorted(p.name for p in out.iterdir()) == ["Amina.json", "Amina.pdf"]  # no parts left behind
    [entry] = store.export_log.entries(ids["amina"])  # recorded in the encrypted store
    assert entry["kind"] == "person_export" and entry["files"] == ["Amina.pdf", "Amina.json"]

    text = pdf_text(pdf, tmp_path)
    assert "Amina Haddad" in text
    assert "Aanmelden bij de taalschool" in text  # a plan action
    assert "Het huis is schoon, de post ligt open." in text  # an observation of the home visit
    assert "Rugklachten sinds de reis." in text  # a note in the handover's health part
    for dutch in DUTCH.values():
        assert dutch in text
    assert "12-04-1990" in text and "1234567890" in text and "Sanne de Vries" in text  # the cover
    assert "Fatima" not in text

    export = json.loads(data.read_text(encoding="utf-8"))
    assert export["person"]["name"] == "Amina Haddad"
    assert [a["description"] for a in export["sections"]["plan"]["actions"]] == ["Aanmelden bij de taalschool"]

    message = workspace.exporter.message
    assert str(pdf) in message.text() and str(data) in message.text()


def test_a_folder_that_cannot_be_written_says_so_and_leaves_nothing(qtbot, workspace, out, monkeypatch):
    (out / "Amina.json").mkdir()  # in the way of the JSON file: the PDF must not stay behind alone
    choose(monkeypatch, out / "Amina")
    assert not export_and_wait(qtbot, workspace)
    assert "could not be exported" in workspace.exporter.message.text()
    assert sorted(p.name for p in out.iterdir()) == ["Amina.json"]


def test_cancelling_the_dialog_writes_nothing(qtbot, workspace, monkeypatch):
    answer_export_dialog(monkeypatch, None)
    workspace.export_action.trigger()
    assert workspace.exporter is not None and not workspace.exporter.running
    assert workspace.exporter.message is None


def test_without_a_client_there_is_nothing_to_export(qtbot, worker):
    view = ClientWorkspace(worker)
    qtbot.addWidget(view)
    assert not view.more_button.isEnabled()


def test_locking_the_app_stops_an_export_on_its_way(qtbot, app_worker, settings, store_dir, out, monkeypatch):
    store = new_store(store_dir)
    ids = fill_person(store)
    store.close()
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    window.caseload.open_client.emit(ids["amina"])
    qtbot.waitUntil(lambda: window.workspace.name_label.text() == "Amina Haddad", timeout=TIMEOUT_MS)
    choose(monkeypatch, out / "Amina")

    held = threading.Event()
    app_worker.read(lambda _store: held.wait(TIMEOUT_MS / 1000))  # the worker is busy: the export waits its turn
    window.workspace.export_action.trigger()
    assert window.workspace.exporter.running
    window.lock()
    held.set()
    app_worker.wait_idle()
    QApplication.processEvents()
    assert list(out.iterdir()) == []  # nothing written, not even in part
    assert window.workspace.exporter.message is None and not window.workspace.exporter.running
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
