"""The client file's experiences on screen: writing a story with its consent asked (no until the
person says yes), rating a stage in the grid, and what is typed kept through a lock."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.store import Store
from desktop.views.common.labels import field_error_message
from desktop.views.journey.journey_panel import JourneyPanel
from domain.errors import FieldError
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, save_clients, start_window, unlock_window

TODAY = date.today().isoformat()
JOURNEY_TAB = 5


@pytest.fixture
def people(store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    joost = store.directory.add_worker("Joost Bakker", "begeleider", school)
    store.set_current_worker(joost)
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    return {"school": school, "joost": joost, "amina": amina}


@pytest.fixture
def panel(qtbot, worker, people):
    widget = JourneyPanel(worker)
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load_client(people["amina"])
    qtbot.waitUntil(lambda: widget.new_button.isEnabled(), timeout=TIMEOUT_MS)
    return widget


def _write(panel, **values) -> None:
    panel.start_story()
    form = panel.form
    form.title.setText(values.get("title", "Een eigen huis"))
    form.texts["text_nl"].setPlainText(values.get("text_nl", "We hebben eindelijk een huis."))


def test_the_consent_question_starts_at_no_and_a_story_is_saved_in_the_file(qtbot, panel, store, people):
    _write(panel)
    form = panel.form
    assert form.consent_buttons["none"].isChecked() and not form.consent_on.isEnabled()
    assert "monitoring meeting" in form.consent_question.text()
    form.submit_button.click()
    qtbot.waitUntil(lambda: panel.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    [story] = store.journey.stories_for(people["amina"])
    assert (story["title"], story["consent_use"], story["organisation_id"]) == ("Een eigen huis", "none",
                                                                                people["school"])
    assert panel.pages.currentWidget() is not form


def test_a_yes_without_the_day_it_was_given_is_marked_and_nothing_is_stored(qtbot, panel, store, people):
    _write(panel)
    panel.form.consent_buttons["named"].click()
    assert panel.form.consent_on.isEnabled()
    panel.form.submit_button.click()
    assert panel.form.error("consent_on") == field_error_message(FieldError.REQUIRED)
    assert store.journey.stories_for(people["amina"]) == []
    panel.form.consent_on.set_value(TODAY)
    panel.form.submit_button.click()
    qtbot.waitUntil(lambda: len(store.journey.stories_for(people["amina"])) == 1, timeout=TIMEOUT_MS)
    assert store.journey.stories_for(people["amina"])[0]["consent_on"] == TODAY


def test_a_stage_is_rated_in_the_grid_and_a_minus_asks_why(qtbot, panel, store, people):
    grid = panel.grid
    grid.choose("arrival_housing", "person")
    assert grid.rated_on.value() == TODAY
    grid.buttons["-"].click()
    grid.save_button.click()
    assert grid.error("reason") == field_error_message(FieldError.REQUIRED)
    assert store.journey.ratings_for(people["amina"]) == []
    qtbot.keyClicks(grid.reason, "Lang wachten")
    qtbot.keyClick(grid.reason, Qt.Key.Key_Return)  # an Enter mid-sentence saves nothing
    qtbot.wait(100)
    assert store.journey.ratings_for(people["amina"]) == []
    grid.reason.setText("Lang wachten op een woning")
    grid.save_button.click()
    qtbot.waitUntil(lambda: grid.table.item(2, 0).text().startswith("-"), timeout=TIMEOUT_MS)
    [rating] = store.journey.ratings_for(people["amina"])
    assert (rating["stage"], rating["rated_by_kind"], rating["rating"]) == ("arrival_housing", "person", "-")
    assert grid.table.item(2, 0).font().bold()  # where it hurts stands out without colour
    grid.remove_button.click()
    qtbot.waitUntil(lambda: grid.table.item(2, 0).text() == "", timeout=TIMEOUT_MS)
    assert store.journey.ratings_for(people["amina"]) == []


def test_a_lock_keeps_a_story_being_written_and_a_cancel_lets_it_go(qtbot, app_worker, settings, store_dir):
    [amina] = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    window.workspace.open_client(amina, JOURNEY_TAB)
    assert window.workspace.tabs.tabText(JOURNEY_TAB) in ("Experiences", "Ervaringen")
    journey = window.workspace.journey
    qtbot.waitUntil(lambda: journey.new_button.isEnabled(), timeout=TIMEOUT_MS)
    _write(journey, title="Half geschreven")
    journey.form.consent_buttons["anonymous"].click()
    window.lock()
    assert journey.form.title.text() == ""  # nothing left on screen while locked
    window._worker.wait_idle()  # the lock writes the draft, then closes the store, on the worker
    store = Store.unlock(store_dir, PASSPHRASE)  # the draft is in the encrypted store
    try:
        assert store.drafts.get("journey_story")["values"]["title"] == "Half geschreven"
        assert store.journey.stories_for(amina) == []
    finally:
        store.close()
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: journey.form.title.text() == "Half geschreven", timeout=TIMEOUT_MS)
    assert journey.pages.currentWidget() is journey.form
    assert journey.form.consent_buttons["anonymous"].isChecked()
    journey.form.cancelled.emit()  # typed in: asks first
    box = journey._prompt.box
    assert box is not None
    [discard] = [b for b in box.buttons() if b.objectName() == "discardStory"]
    discard.click()
    window._worker.wait_idle()
    QApplication.processEvents()
    window.lock()
    unlock_window(qtbot, window)
    window._worker.wait_idle()
    QApplication.processEvents()
    assert journey.pages.currentWidget() is not journey.form  # cancelled: it does not come back


def test_on_a_partners_device_another_organisations_story_and_rating_are_read_only(qtbot, worker, store, people):
    other = store.directory.add_organisation("VluchtelingenWerk", "maatschappelijke_begeleiding")
    colleague = store.directory.add_worker("Sanne Visser", "begeleider", other)
    store.set_current_worker(colleague)
    store.journey.tell(people["amina"], {"stage": "plan", "told_by_kind": "worker", "told_on": TODAY,
                                         "title": "Van VluchtelingenWerk", "text_nl": "Tekst"})
    store.journey.rate(people["amina"], {"stage": "plan", "rating": "+", "rated_by_kind": "worker"})
    store.set_current_worker(people["joost"])  # the language school's worker, on a partner's device
    with store.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO device_state (key, value) VALUES ('sync_account', ?)",
                             ('{"role": "partner"}',))
    widget = JourneyPanel(worker)
    qtbot.addWidget(widget)
    widget.show()
    widget.load_client(people["amina"])
    qtbot.waitUntil(lambda: widget.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    assert widget.open_button.isEnabled() and not widget.remove_button.isEnabled()
    widget.open_button.click()
    assert not widget.form.submit_button.isEnabled()
    widget.form.cancelled.emit()
    widget.grid.choose("plan", "worker")
    assert not widget.grid.remove_button.isEnabled()
    widget.start_story()  # its own new story it may write
    assert widget.form.submit_button.isEnabled()


def test_on_a_staff_device_every_story_and_rating_of_the_caseload_may_be_changed(qtbot, panel, store, people):
    other = store.directory.add_organisation("VluchtelingenWerk", "maatschappelijke_begeleiding")
    store.journey.rate(people["amina"], {"stage": "plan", "rating": "+", "rated_by_kind": "worker"})
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE stage_ratings SET organisation_id = ?", (other,))
    panel.load_client(people["amina"])
    qtbot.waitUntil(lambda: panel.grid.table.item(4, 2).text().startswith("+"), timeout=TIMEOUT_MS)
    panel.grid.choose("plan", "worker")
    assert panel.grid.remove_button.isEnabled()


def test_a_lock_keeps_a_rating_being_given(qtbot, app_worker, settings, store_dir):
    [amina] = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    window.workspace.open_client(amina, JOURNEY_TAB)
    journey = window.workspace.journey
    qtbot.waitUntil(lambda: journey.new_button.isEnabled(), timeout=TIMEOUT_MS)
    journey.grid.choose("work_school", "partner")
    journey.grid.buttons["-"].click()
    qtbot.keyClicks(journey.grid.reason, "Geen stageplek")
    window.lock()
    assert journey.grid.reason.text() == ""
    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: journey.grid.reason.text() == "Geen stageplek", timeout=TIMEOUT_MS)
    assert journey.grid.current() == ("work_school", "partner") and journey.grid.buttons["-"].isChecked()
