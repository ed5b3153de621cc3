"""Qt's own words (standard buttons, file dialogs) follow the interface language, as ours do."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from desktop.app import install_translators


@pytest.fixture
def dutch(qapp):
    before = QLocale()
    translators = install_translators(qapp, "nl")
    yield translators
    QLocale.setDefault(before)
    for translator in translators:
        qapp.removeTranslator(translator)


def test_a_message_boxs_standard_buttons_read_dutch(qtbot, dutch):
    assert len(dutch) == 2  # ours and Qt's
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Close)
    qtbot.addWidget(box)
    read = lambda which: box.button(which).text().replace("&", "")  # noqa: E731
    assert read(QMessageBox.StandardButton.Cancel) == "Annuleren"
    assert read(QMessageBox.StandardButton.Yes) == "Ja"
    assert read(QMessageBox.StandardButton.No) == "Nee"
    assert read(QMessageBox.StandardButton.Close) == "Sluiten"


def test_the_file_dialog_reads_dutch(qtbot, dutch, tmp_path):
    dialog = QFileDialog(None, "Opslaan", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {b.text().replace("&", "") for b in dialog.findChildren(QDialogButtonBox)[0].buttons()}
    assert "Annuleren" in texts
    assert "Cancel" not in texts


def test_english_loads_nothing(qapp):
    before = QLocale()
    assert install_translators(qapp, "en") == []
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"
    box.deleteLater()
    QApplication.processEvents()
    QLocale.setDefault(before)


def test_the_export_dialog_has_no_english_left(qtbot, dutch):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop.views.common.export_file import ExportFileDialog
    dialog = ExportFileDialog(None, "Plan opslaan als pdf", "Plan.pdf", "PDF-bestanden (*.pdf)", ".pdf")
    qtbot.addWidget(dialog)
    words = {w.text().replace("&", "") for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)}
    assert {"Zoeken in:", "Bestandsnaam:", "Bestandstype:", "Opslaan", "Annuleren"} <= words
    assert not words & {"Look in:", "File name:", "Files of type:", "Save", "Cancel"}
    assert "versleutelde opslag" in dialog.warning.text()
