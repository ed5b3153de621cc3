"""The welcome workshop page offscreen, on a real encrypted store: a session made and refused,
its draft kept over a lock, people invited from the caseload once, attendance and the card
recorded, the cards printed, and the person's line in the client file."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from desktop.views.common.wheel_guard import WheelGuard
from desktop.views.workshop.client_line import WorkshopLine
from desktop.views.workshop.workshop_view import WorkshopView
from tests.gui.conftest import TIMEOUT_MS, show_panel

PAST = (date.today() - timedelta(days=7)).isoformat()
SOON = (date.today() + timedelta(days=7)).isoformat()
SESSION = {"held_on": PAST, "starts_at": "13:30", "ends_at": "16:00", "place": "Stadhuis",
           "languages": ["nl", "ar"], "capacity": 10}


@pytest.fixture
def people(store):
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    return {name: store.clients.create({"given_names": name, "family_name": "Haddad", "languages": langs})
            for name, langs in (("Amina", ["ar"]), ("Omar", ["ti"]), ("Sara", ["fa"]))}


@pytest.fixture
def view(qtbot, worker, people):
    page = WorkshopView(worker)
    show_panel(qtbot, page)
    page.resize(1280, 680)
    page.reload()
    return page


def _select(qtbot, view, session_id):
    qtbot.waitUntil(lambda: any(s["id"] == session_id for s in view._sessions), timeout=TIMEOUT_MS)
    for i in range(view.sessions.topLevelItemCount()):
        item = view.sessions.topLevelItem(i)
        if item.data(0, Qt.ItemDataRole.UserRole) == session_id:
            view.sessions.setCurrentItem(item)
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.detail and view.table.session_id == session_id,
                    timeout=TIMEOUT_MS)


def test_a_session_is_refused_with_the_reason_then_saved_and_listed(qtbot, view, store, worker):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert view.pages.currentWidget() is editor and not view.new_button.isEnabled()
    editor.held_on.edit.setText("10-03-2026")
    editor.starts_at.setText("14:00")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.error.text() != "", timeout=TIMEOUT_MS)
    assert editor.error.text() == "Enter where the session is held."
    assert store.workshops.sessions() == []
    qtbot.keyClicks(editor.place, "Bibliotheek")
    qtbot.keyClick(editor.place, Qt.Key.Key_Return)  # Enter in a field saves nothing
    worker.wait_idle()
    assert store.workshops.sessions() == []
    qtbot.keyClick(editor.place, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    qtbot.waitUntil(lambda: view.sessions.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    [session] = store.workshops.sessions()
    assert (session["held_on"], session["place"], session["languages"]) == ("2026-03-10", "Bibliotheek", ["nl"])
    assert view.pages.currentWidget() is not editor and view.new_button.isEnabled()


def test_a_session_being_typed_survives_a_lock_as_its_draft(qtbot, view, worker, store):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.editor.place, "Wijkcentrum Oost")
    view.clear()  # the lock: the draft goes to the worker first, then the page forgets
    worker.wait_idle()
    assert view.editor.place.text() == "" and view.pages.currentWidget() is view.empty
    assert store.drafts.get("workshop_session")["place"] == "Wijkcentrum Oost"
    view.reload()  # back after the unlock
    qtbot.waitUntil(lambda: view.pages.currentWidget() is view.editor, timeout=TIMEOUT_MS)
    assert view.editor.place.text() == "Wijkcentrum Oost"
    view.editor.cancel()
    view.flush()
    worker.wait_idle()
    assert store.drafts.get("workshop_session") is None


def test_people_are_invited_from_the_caseload_once(qtbot, view, worker, store, people):
    session = store.workshops.save_session(SESSION)
    store.workshops.invite(session, [people["Sara"]])
    view.reload()
    _select(qtbot, view, session)
    qtbot.mouseClick(view.invite_button, Qt.MouseButton.LeftButton)
    dialog = view.invite_dialog
    qtbot.waitUntil(lambda: dialog.people.count() == 3, timeout=TIMEOUT_MS)
    sara = next(dialog.people.item(i) for i in range(dialog.people.count()) if "Sara" in dialog.people.item(i).text())
    assert "(invited)" in sara.text() and not sara.flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClicks(dialog.search, "amina")
    qtbot.waitUntil(lambda: dialog.people.count() == 1, timeout=TIMEOUT_MS)
    dialog.people.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.search.clear()
    qtbot.waitUntil(lambda: dialog.people.count() == 3, timeout=TIMEOUT_MS)
    omar = next(dialog.people.item(i) for i in range(3) if "Omar" in dialog.people.item(i).text())
    omar.setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == sorted([people["Amina"], people["Omar"]])  # kept over the search
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # searches; never invites
    worker.wait_idle()
    assert len(store.workshops.invited_to(session)) == 1 and dialog.isVisible()
    qtbot.mouseClick(dialog.invite_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=TIMEOUT_MS)
    assert {i["client_id"] for i in store.workshops.invited_to(session)} == set(people.values())
    qtbot.waitUntil(lambda: view.table.rowCount() == 3, timeout=TIMEOUT_MS)
    assert view.message.text() == "2 people invited."


def test_attendance_and_the_card_are_recorded_from_the_table(qtbot, view, worker, store, people):
    session = store.workshops.save_session(SESSION)
    later = store.workshops.save_session({**SESSION, "held_on": SOON})
    [invitation] = store.workshops.invite(session, [people["Amina"]]).made
    store.workshops.invite(later, [people["Amina"]])
    view.reload()
    _select(qtbot, view, session)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=TIMEOUT_MS)
    status = view.table.status_box(0)
    status.setCurrentIndex(status.findData("attended"))
    status.activated.emit(status.currentIndex())
    view.table.card_box(0).click()
    worker.wait_idle()
    stored = store.workshops.invitation(invitation)
    assert (stored["status"], stored["card_handed_out"]) == ("attended", True)
    qtbot.waitUntil(lambda: view.sessions.topLevelItem(1).text(5) == "1", timeout=TIMEOUT_MS)
    # a session still to come: attended and absent are not offered
    _select(qtbot, view, later)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=TIMEOUT_MS)
    box = view.table.status_box(0)
    enabled = {box.itemData(i): box.model().item(i).isEnabled() for i in range(box.count())}
    assert enabled == {"invited": True, "attended": False, "absent": False, "cancelled": True}


def test_the_wheel_never_changes_a_status_it_is_not_in(qtbot, view, store, people):
    guard = WheelGuard()
    QApplication.instance().installEventFilter(guard)
    try:
        session = store.workshops.save_session(SESSION)
        store.workshops.invite(session, [people["Amina"]])
        view.reload()
        _select(qtbot, view, session)
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=TIMEOUT_MS)
        box = view.table.status_box(0)
        before = box.currentIndex()
        centre = QPointF(box.rect().center())
        event = QWheelEvent(centre, QPointF(box.mapToGlobal(QPoint(5, 5))), QPoint(0, -120), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(box, event)
        assert box.currentIndex() == before
        # nor after a choice was made in it: the box lets go of the focus, the next wheel scrolls the table
        view.activateWindow()
        box.setFocus()
        box.setCurrentIndex(box.findData("cancelled"))
        box.activated.emit(box.currentIndex())
        chosen = box.currentIndex()
        QApplication.sendEvent(box, event)
        assert box.currentIndex() == chosen and not box.hasFocus()
    finally:
        QApplication.instance().removeEventFilter(guard)


def test_the_cards_are_printed_for_everyone_invited(qtbot, view, worker, store, people, tmp_path):
    session = store.workshops.save_session(SESSION)
    made = store.workshops.invite(session, [people["Amina"], people["Omar"], people["Sara"]]).made
    store.workshops.record(made[2], status="cancelled")
    view.reload()
    _select(qtbot, view, session)
    folder = tmp_path / "cards"
    with qtbot.waitSignal(view.printer.finished, timeout=30_000) as done:
        view.printer.print_to(session, folder)
    assert done.args[:2] == [2, 0]
    assert sorted(p.name for p in folder.iterdir()) == sorted([f"{people['Amina']}-ar.pdf",
                                                               f"{people['Omar']}-ti.pdf"])
    worker.wait_idle()
    logged = store.export_log.entries()
    assert {e["client_id"] for e in logged} == {people["Amina"], people["Omar"]}
    assert {e["kind"] for e in logged} == {"contact_card"}
    assert "2 cards written" in view.message.text()


def test_a_lock_while_the_cards_are_drawn_stops_the_batch_and_every_file_written_is_logged(
        qtbot, view, worker, store, people, tmp_path):
    session = store.workshops.save_session(SESSION)
    store.workshops.invite(session, [people["Amina"], people["Omar"], people["Sara"]])
    view.reload()
    _select(qtbot, view, session)
    folder, steps = tmp_path / "cards", []

    def step(done: int, total: int) -> None:
        steps.append((done, total))
        if done == 1:
            view.clear()  # as the lock does, with one card drawn
    view.printer.progress.connect(step)
    view.printer.print_to(session, folder)
    qtbot.waitUntil(lambda: (1, 3) in steps, timeout=30_000)
    assert view.message.text() == "" and not view.printer.busy and not view.print_button.isEnabled()
    qtbot.wait(200)  # no card more comes
    worker.wait_idle()
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 1 and steps == [(0, 3), (1, 3)]
    assert [e["files"] for e in store.export_log.entries()] == [written]  # the file that left is logged


def test_the_client_file_shows_the_persons_workshops(qtbot, worker, store, people):
    session = store.workshops.save_session(SESSION)
    [invitation] = store.workshops.invite(session, [people["Amina"]]).made
    store.workshops.record(invitation, status="attended", card_handed_out=True, card_language="ar")
    line = WorkshopLine(worker)
    show_panel(qtbot, line)
    line.load_client(people["Amina"])
    qtbot.waitUntil(line.isVisible, timeout=TIMEOUT_MS)
    assert "Stadhuis: attended, card handed out (Arabic)" in line.text()
    line.load_client(people["Omar"])  # nobody invited him: the line goes
    worker.wait_idle()
    QApplication.processEvents()
    assert not line.isVisible() and line.text() == ""


def test_the_cards_of_a_session_use_the_stores_sociale_kaart_once_it_holds_one(store, people):
    """The demo kaart of Hilversum stands in only while the store holds none, as the command does."""
    from dataclasses import replace

    from desktop.views.workshop.card_print import _people
    from domain.arrival.demo_hilversum import demo_directory
    session = store.workshops.save_session(SESSION)
    store.workshops.invite(session, [people["Amina"]])
    assert _people(store, session)[1].municipality_name == demo_directory().municipality_name
    own = replace(demo_directory(), municipality_name="Gemeente Eemnes")
    store.social_map.save_directory(own)
    found, directory, _map = _people(store, session)
    assert len(found) == 1 and directory.municipality_name == "Gemeente Eemnes"
