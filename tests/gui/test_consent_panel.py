"""The consent section of the client file, offscreen: recording a consent with its parts, the
rules' refusal shown at the form, and withdrawing one; all through the real store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.client.consent_panel import ConsentPanel
from tests.gui.conftest import TIMEOUT_MS, show_panel


def _panel(qtbot, worker, client_id) -> ConsentPanel:
    panel = ConsentPanel(worker)
    show_panel(qtbot, panel)
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.organisation.count() > 1, timeout=TIMEOUT_MS)
    return panel


def test_recording_and_withdrawing_a_consent(qtbot, worker, store, client_id):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    store.directory.add_organisation("Gemeente Hilversum", "gemeente")
    panel = _panel(qtbot, worker, client_id)
    names = [panel.organisation.itemText(i) for i in range(panel.organisation.count())]
    assert names[1:] == ["Taalschool Hilversum"]  # the municipality needs no consent to see
    assert panel.form.isHidden() and not panel.withdraw_button.isEnabled()

    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.form.isVisible()
    panel.organisation.setCurrentIndex(panel.organisation.findData(school))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)  # no part chosen
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=TIMEOUT_MS)
    assert panel.error.text() == "Choose at least one part to share."
    assert store.consents.for_client(client_id) == []

    panel.part_boxes["contact"].setChecked(True)
    panel.part_boxes["plan"].setChecked(True)
    panel.given_on.set_value("2026-03-01")
    panel.how_given.setCurrentIndex(panel.how_given.findData("schriftelijk"))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    assert panel.form.isHidden()
    item = panel.list.topLevelItem(0)
    assert [item.text(c) for c in range(3)] == ["Taalschool Hilversum", "Name and contact details, "
                                                "Plan goals and assigned actions", "01-03-2026"]
    [consent] = store.consents.for_client(client_id)
    assert (consent["parts"], consent["how_given"], consent["in_force"]) == (["contact", "plan"], "schriftelijk", True)

    panel.list.setCurrentItem(item)
    assert panel.withdraw_button.isEnabled()
    qtbot.mouseClick(panel.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.list.topLevelItem(0).text(4) != "", timeout=TIMEOUT_MS)
    assert not store.consents.get(consent["id"])["in_force"]
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    assert not panel.withdraw_button.isEnabled()  # withdrawn once

    panel.clear()
    assert panel.list.topLevelItemCount() == 0 and not panel.record_button.isEnabled()


def test_no_consent_is_recorded_by_a_default_nobody_chose(qtbot, worker, store, client_id):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    panel = _panel(qtbot, worker, client_id)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    assert panel.given_on.value() is None and panel.how_given.currentData() is None  # nothing chosen for them
    panel.organisation.setCurrentIndex(panel.organisation.findData(school))
    panel.part_boxes["contact"].setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.text() != "", timeout=TIMEOUT_MS)
    assert panel.error.text() == "Enter the date the consent was given."
    panel.given_on.set_value("2026-03-01")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.error.text() == "Choose how the consent was given.", timeout=TIMEOUT_MS)
    assert store.consents.for_client(client_id) == []
