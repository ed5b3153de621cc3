"""The monitoring settings dialog in a real window offscreen on a real store: the coordinator edits the
norm, the taakstelling and the stages (keys stable), bad input gets a message naming it and keeps
nothing, Enter never saves, and other roles see the settings read-only."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from desktop.views.monitoring.settings_dialog import MonitoringSettingsDialog, new_key
from tests.gui.conftest import TIMEOUT_MS


def _sign_in_as(store, role: str) -> None:
    worker_id = store.directory.add_worker("Coby", role, None)
    from sqlalchemy import text
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO device_state (key, value) VALUES ('worker_id', :w)"), {"w": worker_id})


def _open(qtbot, worker) -> MonitoringSettingsDialog:
    dialog = MonitoringSettingsDialog(worker)
    qtbot.addWidget(dialog)
    dialog.load()
    dialog.show()
    qtbot.waitUntil(lambda: dialog.stages.count() > 0, timeout=TIMEOUT_MS)
    return dialog


def test_the_coordinator_edits_and_saves_every_setting(qtbot, worker, store):
    _sign_in_as(store, "coordinator")
    dialog = _open(qtbot, worker)
    assert dialog.editable and dialog.save_button.isVisible()
    first_key = dialog.stages.item(0).data(Qt.ItemDataRole.UserRole)
    dialog.norm.setValue(14)
    dialog._add_quota("2025-H1", 48)
    dialog.stages.item(0).setText("AZC en eerste contact")  # a rename keeps the key
    dialog.stages.setCurrentRow(1)
    dialog.up.click()
    dialog.add_stage.click()
    with qtbot.waitSignal(dialog.saved, timeout=TIMEOUT_MS):
        dialog.save_button.click()
    kept = store.monitoring_settings.get()
    assert kept["housing_norm_weeks"] == 14 and kept["quotas"] == {"2025-H1": 48}
    stages = kept["journey_stages"]
    assert stages[1] == {"key": first_key, "label": "AZC en eerste contact"}  # moved down by the move up
    assert stages[-1]["key"] in ("new_stage", "nieuwe_fase") and len({s["key"] for s in stages}) == len(stages)


def test_bad_input_is_refused_with_a_message_and_nothing_is_kept(qtbot, worker, store):
    _sign_in_as(store, "coordinator")
    dialog = _open(qtbot, worker)
    dialog._add_quota("2025-H3", 4)
    dialog.save_button.click()
    said = dialog.tr("'{detail}' is not a half year: write it as 2025-H1 or 2025-H2.").format(detail="2025-H3")
    qtbot.waitUntil(lambda: dialog.message.text() == said, timeout=TIMEOUT_MS)
    dialog.quotas.setItem(0, 0, QTableWidgetItem("2025-H1"))
    dialog.quotas.setItem(0, 1, QTableWidgetItem("veel"))
    dialog.save_button.click()
    assert "2025-H1" in dialog.message.text() and dialog.message.text() != ""
    dialog.quotas.removeRow(0)
    dialog.stages.item(0).setText("  ")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() == dialog.tr("Every stage needs a name."), timeout=TIMEOUT_MS)
    worker.wait_idle()
    assert store.monitoring_settings.get()["journey_stages"] == []


def test_enter_in_a_field_never_saves(qtbot, worker, store):
    _sign_in_as(store, "coordinator")
    dialog = _open(qtbot, worker)
    assert not any(b.isDefault() or b.autoDefault() for b in (dialog.save_button, dialog.close_button))
    dialog.norm.setFocus()
    qtbot.keyClick(dialog.norm, Qt.Key.Key_Return)
    worker.wait_idle()
    assert store.monitoring_settings.get()["housing_norm_weeks"] is None and dialog.isVisible()


def test_other_roles_see_the_settings_read_only(qtbot, worker, store):
    store.monitoring_settings.save({"housing_norm_weeks": 12, "quotas": {"2025-H2": 5}, "journey_stages": []})
    _sign_in_as(store, "klantmanager")
    dialog = _open(qtbot, worker)
    assert not dialog.editable and not dialog.save_button.isVisible() and dialog.norm.isReadOnly()
    assert dialog.norm.value() == 12 and dialog.quotas.item(0, 0).text() == "2025-H2"
    assert dialog.message.text() == dialog.tr("Only a coordinator or an administrator can change these settings.")


def test_a_new_stage_key_is_never_one_in_use():
    assert new_key("Werk of school", set()) == "werk_of_school"
    assert new_key("Werk of school", {"werk_of_school"}) == "werk_of_school_2"
    assert new_key("!!", set()) == "stage"
