"""The telephone handover: typed from the keyboard during the call, autosaved, completed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.conversation.handover_panel import HandoverPanel
from domain.handover import HANDOVER
from tests.gui.conftest import TIMEOUT_MS, show_panel, wait_saved


@pytest.fixture
def panel(qtbot, worker):
    return show_panel(qtbot, HandoverPanel(worker))


def _open(qtbot, panel, client_id, page: str) -> None:
    panel.load_client(client_id)
    qtbot.waitUntil(lambda: panel.page == page, timeout=TIMEOUT_MS)


def _start(qtbot, panel, client_id) -> None:
    _open(qtbot, panel, client_id, "start")
    panel.variant_to_start.setCurrentIndex(1)
    panel.start_handover()
    qtbot.waitUntil(lambda: panel.page == "form", timeout=TIMEOUT_MS)


def _stored(store, client_id) -> dict:
    return store.handovers.get(store.handovers.for_client(client_id)[0]["id"])


def _type(qtbot, text: str) -> None:
    """Type into whatever has the focus, then Tab on, as a caseworker on the phone does."""
    if text:
        qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)


def test_a_handover_typed_from_the_keyboard_is_stored(qtbot, panel, store, worker, client_id):
    store.set_current_worker(store.directory.add_worker("Sanne de Vries", "klantmanager", None))
    _open(qtbot, panel, client_id, "start")
    assert panel.variant_to_start.hasFocus()
    assert not panel.start_button.isEnabled()  # no variant chosen yet
    qtbot.keyClick(panel.variant_to_start, Qt.Key.Key_Down)  # past "Choose…"
    qtbot.keyClick(panel.variant_to_start, Qt.Key.Key_Down)  # the combined approach
    qtbot.keyClick(panel.variant_to_start, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Start handover
    qtbot.waitUntil(lambda: panel.page == "form", timeout=TIMEOUT_MS)
    assert panel.coa_name.hasFocus()

    for text in ("Joost de Wit", "AZC Zeist", "030-1234567", "2-3-2026", "1430", ""):
        _type(qtbot, text)  # name, location, phone, date, time; the variant as chosen
    for text in ("Y", "Y", "N"):  # identity: checked, household complete, no reunification
        _type(qtbot, text)
    _type(qtbot, "Vader komt via nareis.")  # the identity part's notes
    _type(qtbot, "A1")  # languages: Dutch level A1
    assert QApplication.focusWidget() is panel.part_views["languages"].field("english_level")

    wait_saved(qtbot, panel, worker)
    record = _stored(store, client_id)
    assert (record["coa_name"], record["coa_location"], record["coa_phone"]) == (
        "Joost de Wit", "AZC Zeist", "030-1234567")
    assert (record["held_at"], record["variant"]) == ("2026-03-02T14:30", "combined")
    assert record["worker_id"] == store.current_worker()
    assert record["parts"]["identity"] == {**record["parts"]["identity"], "notes": "Vader komt via nareis.",
                                           "answers": {"identity_checked": True, "household_complete": True,
                                                       "family_reunification": False}}
    assert record["parts"]["languages"]["answers"] == {"dutch_level": "a1"}


def test_each_edit_is_stored_within_about_a_second_and_reopening_shows_the_draft(
        qtbot, panel, store, worker, client_id):
    _start(qtbot, panel, client_id)
    notes = panel.part_views["health"].notes_edit
    qtbot.keyClicks(notes, "Rugklachten, fysio loopt.")
    qtbot.waitUntil(lambda: _stored(store, client_id)["parts"].get("health", {}).get("notes")
                    == "Rugklachten, fysio loopt.", timeout=1500)
    assert not panel.autosaver.has_pending()

    panel.load_client(None)
    assert notes.toPlainText() == ""
    _open(qtbot, panel, client_id, "form")
    assert panel.part_views["health"].values() == ({}, "Rugklachten, fysio loopt.")


def test_invalid_values_are_marked_and_left_out_the_rest_is_written(qtbot, panel, store, worker, client_id):
    _start(qtbot, panel, client_id)
    qtbot.keyClicks(panel.coa_name, "Joost")
    qtbot.keyClicks(panel.coa_phone, "bel via receptie")
    pre = panel.part_views["pre_integration"]
    qtbot.keyClicks(pre.field("classes_started"), "Y")
    qtbot.keyClicks(pre.field("hours_followed"), "2500")
    wait_saved(qtbot, panel, worker)
    record = _stored(store, client_id)
    assert record["coa_name"] == "Joost" and record["coa_phone"] == ""
    assert record["parts"]["pre_integration"]["answers"] == {"classes_started": True}
    qtbot.waitUntil(lambda: bool(pre.error("hours_followed")), timeout=TIMEOUT_MS)
    assert "2000" in pre.error("hours_followed")
    assert panel._header_slots["coa_phone"].error  # marked at the field
    assert panel.coa_phone.text() == "bel via receptie"  # and kept, so it can be corrected


def test_completing_names_the_parts_missing_something_and_then_completes(qtbot, panel, store, worker, client_id):
    _start(qtbot, panel, client_id)
    qtbot.keyClicks(panel.part_views["identity"].field("identity_checked"), "Y")
    panel.complete()
    qtbot.waitUntil(lambda: "Languages" in panel.message.text(), timeout=TIMEOUT_MS)
    message = panel.message.text()
    assert "Urgent matters" in message and "Literacy" in message and "Identity" not in message
    assert panel.part_views["languages"].error("literacy") and panel.part_views["languages"].error("dutch_level")
    assert panel.part_views["languages"].field("dutch_level").hasFocus()  # the first thing to answer
    assert _stored(store, client_id)["status"] == "draft"

    qtbot.keyClicks(panel.part_views["languages"].field("dutch_level"), "A2")
    qtbot.keyClicks(panel.part_views["languages"].field("literacy"), "Limited")
    qtbot.keyClicks(panel.part_views["urgent"].field("urgent_matters"), "N")
    qtbot.keyClick(panel.coa_name, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored(store, client_id)["status"] == "complete", timeout=TIMEOUT_MS)
    qtbot.waitUntil(panel.reopen_button.isVisible, timeout=TIMEOUT_MS)
    assert panel.coa_name.isReadOnly() and not panel.complete_button.isVisible()
    assert _stored(store, client_id)["parts"]["urgent"]["answers"] == {"urgent_matters": False}

    panel.reopen_button.click()
    qtbot.waitUntil(lambda: _stored(store, client_id)["status"] == "draft", timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: not panel.coa_name.isReadOnly(), timeout=TIMEOUT_MS)


def test_the_tab_order_follows_the_conversation(qtbot, panel, client_id):
    _start(qtbot, panel, client_id)
    visited = []
    for _ in range(8):
        visited.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert visited == ["coa_name", "coa_location", "coa_phone", "call_date_edit", "call_time", "variant",
                       "identity__identity_checked", "identity__household_complete"]
    order = [p.key for p in HANDOVER.parts]
    assert list(panel.part_views) == order
    assert panel.part_views["health"].special_marker.isVisible()


def test_a_second_handover_can_be_started_and_both_are_listed(qtbot, panel, store, client_id):
    _start(qtbot, panel, client_id)
    first = panel.handover_id
    panel.new_button.click()
    assert panel.page == "start"
    panel.variant_to_start.setCurrentIndex(3)
    panel.start_handover()
    qtbot.waitUntil(lambda: panel.handover_id not in (None, first), timeout=TIMEOUT_MS)
    assert panel.handover_choice.isVisible() and panel.handover_choice.count() == 2
    assert [h["variant"] for h in store.handovers.for_client(client_id)] == ["after_move", "quick_start"]


def test_clear_saves_the_draft_then_forgets_the_client(qtbot, panel, store, worker, client_id):
    _start(qtbot, panel, client_id)
    qtbot.keyClicks(panel.coa_name, "Joost de Wit")
    qtbot.keyClicks(panel.part_views["education_work"].field("profession"), "Leraar")
    panel.clear()
    worker.wait_idle()
    assert _stored(store, client_id)["parts"]["education_work"]["answers"] == {"profession": "Leraar"}
    assert panel.page == "empty" and panel.handover_id is None
    assert panel.coa_name.text() == "" and panel.part_views["education_work"].values() == ({}, "")
    assert panel.handover_choice.count() == 0
