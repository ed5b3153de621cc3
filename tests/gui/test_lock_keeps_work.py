"""Locking never loses work, and a sync never takes a form from under the person typing in it:
the real window on the real SQLCipher store."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.store import Store
from desktop.views.shell.work_pages import PLAN_TAB, VISITS_TAB
from tests.conftest import PASSPHRASE
from tests.gui.conftest import TIMEOUT_MS, save_clients, start_window, unlock_window


@pytest.fixture
def client_id(store_dir):
    [amina] = save_clients(store_dir, {"given_names": "Amina", "family_name": "Yusuf"})
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        store.plans.start(amina)
    finally:
        store.close()
    return amina


@pytest.fixture
def window(qtbot, app_worker, settings, store_dir, client_id):
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, win)
    return win


def open_client(qtbot, win, client_id, tab=0):
    win.workspace.open_client(client_id, tab)
    qtbot.waitUntil(lambda: win.editor.form.field("given_names").text() == "Amina", timeout=TIMEOUT_MS)


def type_at(qtbot, field: QLineEdit, position: int, text: str) -> None:
    field.setFocus()
    field.setCursorPosition(position)
    qtbot.keyClicks(field, text)


def relock(qtbot, win) -> None:
    win.lock()
    assert win.is_locked
    unlock_window(qtbot, win)


def test_a_lock_keeps_the_unsaved_client_file_and_the_cursor(qtbot, window, client_id, store_dir):
    open_client(qtbot, window, client_id)
    family = window.editor.form.field("family_name")
    type_at(qtbot, family, 2, "xx")  # "Yuxxsuf", the cursor after the "xx"
    window.lock()
    assert window.editor.form.field("family_name").text() == ""  # nothing left on screen while locked
    window._worker.wait_idle()
    store = Store.unlock(store_dir, PASSPHRASE)  # the draft is in the encrypted store, not in memory
    try:
        assert store.drafts.get("client_editor")["record"]["family_name"] == "Yuxxsuf"
        assert store.clients.get(client_id)["family_name"] == "Yusuf"  # drafted, not saved
    finally:
        store.close()
    for path in store_dir.iterdir():  # encrypted: the typed text is in no file as plain bytes
        assert not path.is_file() or b"Yuxxsuf" not in path.read_bytes()

    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: family.text() == "Yuxxsuf", timeout=TIMEOUT_MS)
    assert window.workspace.tabs.currentIndex() == 0 and window.editor.client_id == client_id
    assert family.hasFocus() and family.cursorPosition() == 4
    assert window.editor.has_unsaved_changes()
    window.editor.save()
    qtbot.waitUntil(lambda: not window.editor.has_unsaved_changes(), timeout=TIMEOUT_MS)
    relock(qtbot, window)  # saved: no draft comes back, nothing asks
    qtbot.waitUntil(lambda: family.text() == "Yuxxsuf", timeout=TIMEOUT_MS)
    assert not window.editor.has_unsaved_changes()


def test_a_draft_survives_a_crash(qtbot, app_worker, settings, store_dir, client_id):
    store = Store.unlock(store_dir, PASSPHRASE)
    try:  # what a crash leaves: the draft written while typing, the window gone
        store.drafts.put("client_editor", {"client_id": client_id, "household_of": None, "focus": "phone",
                                           "cursor": 3, "record": {**store.clients.get(client_id), "phone": "0612"}})
    finally:
        store.close()
    win = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, win)
    phone = win.editor.form.field("phone")
    qtbot.waitUntil(lambda: phone.text() == "0612", timeout=TIMEOUT_MS)
    assert win.editor.has_unsaved_changes() and phone.cursorPosition() == 3


def test_a_lock_brings_the_worker_back_to_the_plan_section_and_field(qtbot, window, client_id):
    open_client(qtbot, window, client_id, PLAN_TAB)
    plan = window.workspace.plan
    qtbot.waitUntil(lambda: plan.page == "plan", timeout=TIMEOUT_MS)
    plan.show_section(1)
    field = next(w for w in plan.sections.widget(1).findChildren(QLineEdit) if w.isVisible() and w.isEnabled())
    field.setFocus()
    relock(qtbot, window)
    qtbot.waitUntil(lambda: field.hasFocus(), timeout=TIMEOUT_MS)
    assert window.workspace.tabs.currentIndex() == PLAN_TAB and plan.sections.currentIndex() == 1


def test_a_sync_keeps_the_typed_client_file_and_shows_what_changed(qtbot, window, client_id):
    open_client(qtbot, window, client_id)
    family = window.editor.form.field("family_name")
    type_at(qtbot, family, 5, "-Ali")
    done = []
    window._worker.write(lambda store: store.clients.update(client_id, {"phone": "0201234567"}), {"clients"},
                         on_done=done.append)  # as a pull writes, and announces, another device's change
    banner = window.editor.changed_banner
    qtbot.waitUntil(banner.isVisible, timeout=TIMEOUT_MS)
    assert "Phone" in banner.label.text() or "phone" in banner.label.text().lower()
    assert family.text() == "Yusuf-Ali" and family.hasFocus()
    qtbot.mouseClick(banner.keep_button, Qt.MouseButton.LeftButton)
    window.editor.save()
    qtbot.waitUntil(lambda: not window.editor.has_unsaved_changes(), timeout=TIMEOUT_MS)
    record = []
    window._worker.read(lambda store: store.clients.get(client_id), on_done=record.append)
    qtbot.waitUntil(lambda: bool(record), timeout=TIMEOUT_MS)
    assert (record[0]["family_name"], record[0]["phone"]) == ("Yusuf-Ali", "0201234567")  # both kept


def test_a_sync_leaves_a_half_filled_consent_form_open(qtbot, window, client_id):
    open_client(qtbot, window, client_id)
    consent = window.editor.consent
    consent.record_button.click()
    consent.part_boxes["contact"].setChecked(True)
    consent.notes.setText("Getekend formulier")
    window._worker.write(lambda store: store.clients.update(client_id, {"phone": "0201234567"}), {"clients"})
    window._worker.wait_idle()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.editor.form.field("phone").text() == "0201234567", timeout=TIMEOUT_MS)
    assert consent.form.isVisible() and consent.part_boxes["contact"].isChecked()
    assert consent.notes.text() == "Getekend formulier"


def test_a_lock_keeps_a_half_filled_consent_form(qtbot, window, client_id):
    open_client(qtbot, window, client_id)
    consent = window.editor.consent
    consent.record_button.click()
    consent.part_boxes["health"].setChecked(True)
    consent.notes.setText("Mondeling bij huisbezoek")
    consent.notes.textEdited.emit(consent.notes.text())
    relock(qtbot, window)
    qtbot.waitUntil(lambda: consent.form.isVisible() and consent.notes.text() == "Mondeling bij huisbezoek",
                    timeout=TIMEOUT_MS)
    assert consent.part_boxes["health"].isChecked() and not consent.part_boxes["contact"].isChecked()
    consent.cancel_button.click()  # closed on purpose: the draft goes
    relock(qtbot, window)
    qtbot.waitUntil(lambda: window.editor.client_id == client_id, timeout=TIMEOUT_MS)
    window._worker.wait_idle()
    QApplication.processEvents()
    assert consent.form.isHidden()


def test_a_lock_keeps_a_visit_being_planned(qtbot, window, client_id):
    open_client(qtbot, window, client_id, VISITS_TAB)
    visits = window.workspace.visits
    qtbot.waitUntil(lambda: visits.plan_button.isEnabled(), timeout=TIMEOUT_MS)
    visits.start_planning()
    visits.plan_form.date.set_value("2031-05-04")
    visits.plan_form.address.setText("Stationsweg 12, Hilversum")
    relock(qtbot, window)
    qtbot.waitUntil(lambda: visits.plan_form.isVisible(), timeout=TIMEOUT_MS)
    assert visits.plan_form.values()["planned_on"] == "2031-05-04"
    assert visits.plan_form.address.text() == "Stationsweg 12, Hilversum"
    visits.plan_form.cancelled.emit()
    relock(qtbot, window)  # restored once: cancelled, it does not come back
    qtbot.waitUntil(lambda: visits.plan_button.isEnabled(), timeout=TIMEOUT_MS)
    window._worker.wait_idle()
    QApplication.processEvents()
    assert visits.plan_form.isHidden()


def read_draft(qtbot, win, name: str) -> dict | None:
    got = []
    win._worker.read(lambda store: store.drafts.get(name), on_done=lambda draft: got.append(draft))
    qtbot.waitUntil(lambda: bool(got), timeout=TIMEOUT_MS)
    return got[0]


def stored_draft(qtbot, win, name: str, holds) -> dict | None:
    """The draft as the store has it once `holds(draft)`: the autosave writes it while typing, within
    its second of quiet; read again until then, failing after TIMEOUT_MS."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not holds(draft := read_draft(qtbot, win, name)):
        assert time.monotonic() < deadline, f"the {name} draft in the store never came to what is awaited: {draft}"
        qtbot.wait(50)
    return draft


def open_agreement(qtbot, win, client_id):
    open_client(qtbot, win, client_id, PLAN_TAB)
    plan = win.workspace.plan
    qtbot.waitUntil(lambda: plan.page == "plan", timeout=TIMEOUT_MS)
    plan.show_section(plan.sections.indexOf(plan.agreement))
    return plan.agreement


def test_a_lock_keeps_a_half_filled_plan_agreement_and_the_cursor(qtbot, window, client_id, store_dir):
    agreement = open_agreement(qtbot, window, client_id)
    note = agreement.agreement_note
    type_at(qtbot, note, 0, "Akkoord, tolk")
    type_at(qtbot, note, 7, " met")  # "Akkoord met, tolk", the cursor after "met"
    agreement.pip_dated_on.edit.setText("01-06-2031")
    note.setFocus()
    # written while typing: in the store before any lock
    stored_draft(qtbot, window, "plan_agreement",
                 lambda draft: draft is not None and draft["values"]["agreement_note"] == "Akkoord met, tolk")
    window.lock()
    assert note.text() == ""  # nothing left on screen while locked
    window._worker.wait_idle()
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert store.drafts.get("plan_agreement")["values"]["pip_dated_on"] == "2031-06-01"
        assert store.plans.versions(store.plans.for_client(client_id)) == []  # drafted, not agreed
    finally:
        store.close()
    for path in store_dir.iterdir():  # encrypted: the typed text is in no file as plain bytes
        assert not path.is_file() or b"Akkoord met" not in path.read_bytes()

    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: note.text() == "Akkoord met, tolk", timeout=TIMEOUT_MS)
    assert agreement.pip_dated_on.value() == "2031-06-01"
    qtbot.waitUntil(lambda: note.hasFocus() and note.isVisible(), timeout=TIMEOUT_MS)
    assert window.workspace.tabs.currentIndex() == PLAN_TAB
    assert window.workspace.plan.sections.currentWidget() is agreement
    assert note.cursorPosition() == 11


def test_a_plan_agreement_typed_back_to_blank_leaves_no_draft(qtbot, window, client_id):
    agreement = open_agreement(qtbot, window, client_id)
    note = agreement.agreement_note
    type_at(qtbot, note, 0, "ab")
    stored_draft(qtbot, window, "plan_agreement", lambda draft: draft is not None)
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    qtbot.keyClick(note, Qt.Key.Key_Backspace)
    stored_draft(qtbot, window, "plan_agreement", lambda draft: draft is None)  # the stored draft goes
    relock(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.plan.page == "plan", timeout=TIMEOUT_MS)
    window._worker.wait_idle()
    QApplication.processEvents()
    assert note.text() == ""


def test_a_lock_keeps_the_cursor_in_a_visit_being_planned(qtbot, window, client_id):
    open_client(qtbot, window, client_id, VISITS_TAB)
    visits = window.workspace.visits
    qtbot.waitUntil(lambda: visits.plan_button.isEnabled(), timeout=TIMEOUT_MS)
    visits.start_planning()
    address = visits.plan_form.address
    address.clear()
    type_at(qtbot, address, 0, "Stationsweg 12")
    type_at(qtbot, address, 11, "a")  # "Stationswega 12"
    relock(qtbot, window)
    qtbot.waitUntil(lambda: visits.plan_form.isVisible() and address.text() == "Stationswega 12",
                    timeout=TIMEOUT_MS)
    assert address.hasFocus() and address.cursorPosition() == 12


def test_a_visit_being_planned_survives_a_crash(qtbot, app_worker, settings, store_dir, client_id):
    from desktop.tasks import DbWorker
    crashed = DbWorker()
    first = start_window(qtbot, crashed, settings, store_dir)
    unlock_window(qtbot, first)
    open_client(qtbot, first, client_id, VISITS_TAB)
    visits = first.workspace.visits
    qtbot.waitUntil(lambda: visits.plan_button.isEnabled(), timeout=TIMEOUT_MS)
    visits.start_planning()
    visits.plan_form.address.clear()
    type_at(qtbot, visits.plan_form.address, 0, "Stationsweg 12")
    qtbot.wait(1100)  # more than a second before the crash: kept
    qtbot.keyClicks(visits.plan_form.address, " bis")  # just before it: may be lost
    first.sync_service.stop()
    crashed.shutdown()  # the store is closed without the lock path: nothing flushed
    first.hide()

    second = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, second)
    open_client(qtbot, second, client_id, VISITS_TAB)
    form = second.workspace.visits.plan_form
    qtbot.waitUntil(lambda: form.isVisible(), timeout=TIMEOUT_MS)
    assert form.address.text().startswith("Stationsweg 12")


def plan_visit(win, qtbot, client_id) -> tuple[str, str]:
    def work(store):
        worker = store.directory.add_worker("Joost Bakker", "begeleider", None)
        return store.visits.plan(client_id, {"planned_on": "2031-05-04", "planned_time": "10:00",
                                             "address": "Lindenlaan 4", "visitor_ids": [worker]}), worker
    done = []
    win._worker.write(work, {"visits"}, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT_MS)
    return done[0]


def test_a_lock_keeps_a_follow_up_typed_but_not_added(qtbot, window, client_id, store_dir):
    visit_id, _worker = plan_visit(window, qtbot, client_id)
    open_client(qtbot, window, client_id, VISITS_TAB)
    visits = window.workspace.visits
    visits.open_visit(visit_id)
    follow_ups = visits.report.follow_ups
    qtbot.waitUntil(lambda: follow_ups.description.isEnabled() and follow_ups.description.isVisible(),
                    timeout=TIMEOUT_MS)
    type_at(qtbot, follow_ups.description, 0, "Huisarts bellen")
    type_at(qtbot, follow_ups.description, 9, "morgen ")  # the cursor after "morgen "
    # written while typing: a crash now keeps it
    stored_draft(qtbot, window, "visit_follow_up",
                 lambda draft: draft is not None and draft["values"]["description"] == "Huisarts morgen bellen")
    window.lock()
    assert follow_ups.description.text() == ""
    window._worker.wait_idle()
    for path in store_dir.iterdir():
        assert not path.is_file() or b"Huisarts morgen" not in path.read_bytes()

    unlock_window(qtbot, window)
    qtbot.waitUntil(lambda: follow_ups.description.text() == "Huisarts morgen bellen", timeout=TIMEOUT_MS)
    assert visits.pages.currentWidget() is visits.report and visits.report.visit_id == visit_id
    qtbot.waitUntil(follow_ups.description.hasFocus, timeout=TIMEOUT_MS)
    assert follow_ups.description.cursorPosition() == 16
    follow_ups.owner.setCurrentIndex(1)
    qtbot.keyClicks(follow_ups.due.edit, "01-06-2031")
    qtbot.keyClick(follow_ups.due.edit, Qt.Key.Key_Return)  # added: the draft goes
    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    stored_draft(qtbot, window, "visit_follow_up", lambda draft: draft is None)


def test_a_lock_keeps_a_change_to_a_follow_up_not_yet_saved(qtbot, window, client_id):
    visit_id, joost = plan_visit(window, qtbot, client_id)
    done = []
    fields = {"description": "Bellen", "due_on": "2031-06-01", "owner_id": joost}
    window._worker.write(lambda store: store.visits.add_follow_up(visit_id, fields),
                         {"follow_ups"}, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=TIMEOUT_MS)
    open_client(qtbot, window, client_id, VISITS_TAB)
    visits = window.workspace.visits
    visits.open_visit(visit_id)
    follow_ups = visits.report.follow_ups
    qtbot.waitUntil(lambda: follow_ups.list.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    follow_ups.list.setCurrentItem(follow_ups.list.topLevelItem(0))
    type_at(qtbot, follow_ups.description, 6, " terug")
    relock(qtbot, window)
    qtbot.waitUntil(lambda: follow_ups.description.text() == "Bellen terug", timeout=TIMEOUT_MS)
    assert follow_ups._editing == done[0]  # still the change to that action, not a new one
    assert follow_ups.submit_button.text().replace("&", "") in ("Save", "Opslaan")


def test_a_lock_keeps_every_new_plan_record_typed_but_not_added(qtbot, window, client_id):
    from desktop.views.plan.plan_records import RecordSection
    open_client(qtbot, window, client_id, PLAN_TAB)
    plan = window.workspace.plan
    qtbot.waitUntil(lambda: plan.page == "plan", timeout=TIMEOUT_MS)
    sections = plan.findChildren(RecordSection)
    assert len(sections) >= 5  # goals, actions, milestones, money in and out
    typed = {}
    for records in sections:
        index = next(i for i in range(plan.sections.count()) if plan.sections.widget(i).isAncestorOf(records))
        plan.show_section(index)
        records.start_new()
        field = next(w for w in records.inputs.values() if isinstance(w, QLineEdit) and w.isEnabled())
        type_at(qtbot, field, 0, f"Nog toe te voegen {records.spec.part}")
        typed[records.spec.part] = (field, field.text())
    last_field = field
    last_field.setCursorPosition(4)
    relock(qtbot, window)
    for field, text in typed.values():
        qtbot.waitUntil(lambda f=field, t=text: f.text() == t, timeout=TIMEOUT_MS)
    qtbot.waitUntil(last_field.hasFocus, timeout=TIMEOUT_MS)
    assert last_field.cursorPosition() == 4
    assert all(records.editing is None for records in sections)  # still new records, not stored ones
