"""The client editor: typing, saving, field errors, undo/redo, households, and locking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from desktop.store import CaseloadQuery, RecordNotFound
from desktop.store.outbox import pending_count
from desktop.views.client.client_editor import ClientEditor
from desktop.views.common.field_widgets import CheckList, DateField
from desktop.views.common.labels import field_error_message
from domain.errors import FieldError
from tests.gui.conftest import TIMEOUT_MS

VALID_BSN = "111222333"


@pytest.fixture
def directory(store):
    d = store.directory
    return {
        "km": d.add_worker("Fatima de Vries", "klantmanager", None),
        "bg": d.add_worker("Joost Bakker", "begeleider", None),
        "vwn": d.add_organisation("VluchtelingenWerk", "begeleiding"),
        "taal": d.add_organisation("Taalschool Gooi", "taal"),
    }


@pytest.fixture
def editor(qtbot, worker, directory):
    widget = ClientEditor(worker)
    qtbot.addWidget(widget)
    widget.resize(760, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def outbox_size(store) -> int:
    with store.engine.connect() as conn:
        return pending_count(conn)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Replace a field's text as a user would: select all, then type (or erase)."""
    target = widget.edit if isinstance(widget, DateField) else widget
    target.setFocus()
    target.selectAll()
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, Qt.Key.Key_Backspace)


def choose(combo: QComboBox, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def toggle(qtbot, checklist: CheckList, code: str) -> None:
    """Check an item with the keyboard: make it current, press Space."""
    for row in range(checklist.count()):
        if checklist.item(row).data(Qt.ItemDataRole.UserRole) == code:
            checklist.setCurrentRow(row)
            qtbot.keyClick(checklist, Qt.Key.Key_Space)
            return
    raise AssertionError(code)


def open_client(qtbot, editor: ClientEditor, client_id: str) -> None:
    editor.load(client_id)
    qtbot.waitUntil(lambda: editor.client_id == client_id and editor.form.isEnabled(),
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: editor.form.field("given_names").text() != "", timeout=TIMEOUT_MS)


def save(qtbot, editor: ClientEditor) -> str:
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS) as saved:
        qtbot.mouseClick(editor.findChild(QPushButton, "saveClient"), Qt.MouseButton.LeftButton)
    return saved.args[0]


def prompt_button(qtbot, editor: ClientEditor, name: str) -> QPushButton:
    qtbot.waitUntil(lambda: editor.findChild(QMessageBox, "editorPrompt") is not None,
                    timeout=TIMEOUT_MS)
    return editor.findChild(QMessageBox, "editorPrompt").findChild(QPushButton, name)


def stored(store, client_id: str) -> dict:
    return store.clients.get(client_id)


def test_a_client_typed_in_is_stored_with_every_field(qtbot, editor, store, directory):
    editor.new_client()
    form = editor.form
    # The workers and organisations to choose from arrive from the worker thread.
    qtbot.waitUntil(lambda: form.field("partner_org_ids").count() == 2, timeout=TIMEOUT_MS)
    typed = {
        "given_names": "Amina Hassan", "family_name": "Yusuf", "given_names_usual": "Amina",
        "family_name_usual": "Yusuf-Ali", "v_number": "1234567890", "bsn": VALID_BSN,
        "phone": "06-12345678", "email": "amina@example.org", "azc_location": "AZC Amersfoort",
        "address_street": "Lindenlaan 4", "address_postcode": "1211ab",
        "address_city": "Hilversum",
    }
    for name, text in typed.items():
        type_into(qtbot, form.field(name), text)
    type_into(qtbot, form.field("date_of_birth"), "12-04-1988")
    type_into(qtbot, form.field("koppeling_date"), "1-2-2024")
    type_into(qtbot, form.field("vestiging_date"), "15-04-2024")
    choose(form.field("sex"), "V")
    choose(form.field("country_of_origin"), "ER")
    choose(form.field("interpreter_language"), "ti")
    choose(form.field("klantmanager_id"), directory["km"])
    choose(form.field("begeleider_id"), directory["bg"])
    toggle(qtbot, form.field("languages"), "ti")
    toggle(qtbot, form.field("languages"), "ar")
    toggle(qtbot, form.field("partner_org_ids"), directory["taal"])
    form.field("interpreter_needed").setFocus()
    qtbot.keyClick(form.field("interpreter_needed"), Qt.Key.Key_Space)
    qtbot.keyClicks(form.field("notes"), "Handover by phone with COA.")
    assert editor.has_unsaved_changes()

    client_id = save(qtbot, editor)

    record = stored(store, client_id)
    assert {name: record[name] for name in typed} == {**typed, "address_postcode": "1211 AB"}
    assert record["date_of_birth"] == "1988-04-12"
    assert record["koppeling_date"] == "2024-02-01"
    assert record["vestiging_date"] == "2024-04-15"
    assert (record["sex"], record["country_of_origin"], record["stage"]) == ("V", "ER", "gevestigd")
    assert sorted(record["languages"]) == ["ar", "ti"]
    assert record["interpreter_needed"] is True and record["interpreter_language"] == "ti"
    assert record["klantmanager_id"] == directory["km"]
    assert record["begeleider_id"] == directory["bg"]
    assert record["partner_org_ids"] == [directory["taal"]]
    assert record["notes"] == "Handover by phone with COA."
    assert record["household_role"] == "hoofdpersoon"
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "clientTitle").text() == "Amina Yusuf-Ali",
                    timeout=TIMEOUT_MS)
    assert not editor.has_unsaved_changes()


def test_invalid_fields_are_marked_and_nothing_is_stored(qtbot, editor, store, worker):
    before = outbox_size(store)
    editor.new_client()
    form = editor.form
    type_into(qtbot, form.field("given_names"), "Amina")
    type_into(qtbot, form.field("bsn"), "123456789")  # fails the 11-check
    type_into(qtbot, form.field("date_of_birth"), "31-02-1990")

    qtbot.mouseClick(editor.findChild(QPushButton, "saveClient"), Qt.MouseButton.LeftButton)

    bsn_message = field_error_message(FieldError.BSN_INVALID)
    assert form.error("bsn") == bsn_message
    assert form.error("family_name") == field_error_message(FieldError.REQUIRED)
    assert form.error("date_of_birth") == field_error_message(FieldError.DATE_INVALID)
    assert form.error("given_names") == ""
    assert form.field("bsn").toolTip() == bsn_message
    assert form.field("bsn").accessibleDescription() == bsn_message
    worker.wait_idle()
    qtbot.wait(50)
    assert store.clients.search(CaseloadQuery()).total == 0
    assert outbox_size(store) == before
    assert editor.undo_stack.count() == 0

    type_into(qtbot, form.field("bsn"), VALID_BSN)  # a change clears the mark
    assert form.error("bsn") == ""
    assert form.field("bsn").toolTip() == form.field("bsn").toolTip().strip()
    assert form.error("family_name") != ""


def test_edit_save_undo_redo(qtbot, editor, store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Yusuf",
                                      "phone": "06-11111111"})
    open_client(qtbot, editor, client_id)
    assert editor.form.field("phone").text() == "06-11111111"

    type_into(qtbot, editor.form.field("phone"), "06-22222222")
    qtbot.keyClick(editor.form.field("phone"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(store, client_id)["phone"] == "06-22222222",
                    timeout=TIMEOUT_MS)
    assert editor.undo_stack.count() == 1

    editor.undo_stack.undo()
    qtbot.waitUntil(lambda: stored(store, client_id)["phone"] == "06-11111111",
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: editor.form.field("phone").text() == "06-11111111",
                    timeout=TIMEOUT_MS)

    editor.undo_stack.redo()
    qtbot.waitUntil(lambda: stored(store, client_id)["phone"] == "06-22222222",
                    timeout=TIMEOUT_MS)
    qtbot.waitUntil(lambda: editor.form.field("phone").text() == "06-22222222",
                    timeout=TIMEOUT_MS)
    assert not editor.has_unsaved_changes()


def test_undoing_a_creation_leaves_a_tombstone_and_redo_restores_it(qtbot, editor, store):
    editor.new_client()
    type_into(qtbot, editor.form.field("given_names"), "Dawit")
    type_into(qtbot, editor.form.field("family_name"), "Tesfay")
    client_id = save(qtbot, editor)
    assert stored(store, client_id)["family_name"] == "Tesfay"

    editor.undo_stack.undo()
    qtbot.waitUntil(lambda: store.clients.search(CaseloadQuery()).total == 0, timeout=TIMEOUT_MS)
    with pytest.raises(RecordNotFound):
        stored(store, client_id)
    qtbot.waitUntil(lambda: editor.findChild(QLabel, "clientTitle").text() == "",
                    timeout=TIMEOUT_MS)

    editor.undo_stack.redo()
    qtbot.waitUntil(lambda: store.clients.search(CaseloadQuery()).total == 1, timeout=TIMEOUT_MS)
    assert stored(store, client_id)["given_names"] == "Dawit"  # the same id came back
    qtbot.waitUntil(lambda: editor.form.field("family_name").text() == "Tesfay",
                    timeout=TIMEOUT_MS)


def test_a_refusal_by_the_store_is_shown_and_leaves_no_step_behind(qtbot, editor, store, worker):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Yusuf",
                                      "date_of_birth": "1990-01-01"})
    open_client(qtbot, editor, client_id)
    type_into(qtbot, editor.form.field("koppeling_date"), "01-01-2020")
    # Meanwhile the birth date changes elsewhere (another window, a sync).
    with qtbot.waitSignal(worker.changed, timeout=TIMEOUT_MS):
        worker.write(lambda s: s.clients.update(client_id, {"date_of_birth": "2021-01-01"}),
                     changes={"clients"})

    qtbot.mouseClick(editor.findChild(QPushButton, "saveClient"), Qt.MouseButton.LeftButton)

    message = field_error_message(FieldError.DATE_BEFORE_BIRTH)
    qtbot.waitUntil(lambda: editor.form.error("koppeling_date") == message, timeout=TIMEOUT_MS)
    assert editor.undo_stack.count() == 0
    assert stored(store, client_id)["koppeling_date"] is None
    assert editor.has_unsaved_changes()  # what was typed is still there to correct


def test_a_household_member_joins_the_household(qtbot, editor, store):
    main_id = store.clients.create({"given_names": "Amina", "family_name": "Yusuf",
                                    "azc_location": "AZC Amersfoort"})
    open_client(qtbot, editor, main_id)
    type_into(qtbot, editor.form.field("phone"), "06-12345678")  # unsaved: asked to save first

    qtbot.mouseClick(editor.findChild(QPushButton, "addHouseholdMember"),
                     Qt.MouseButton.LeftButton)
    prompt_button(qtbot, editor, "saveFirst").click()

    qtbot.waitUntil(lambda: editor.client_id is None and editor.form.isEnabled(),
                    timeout=TIMEOUT_MS)
    assert stored(store, main_id)["phone"] == "06-12345678"
    form = editor.form
    assert form.field("household_role").currentData() == "kind"
    assert form.field("azc_location").text() == "AZC Amersfoort"  # shared with the household
    type_into(qtbot, form.field("given_names"), "Senait")
    type_into(qtbot, form.field("family_name"), "Yusuf")
    member_id = save(qtbot, editor)

    household_id = stored(store, main_id)["household_id"]
    assert household_id is not None
    assert stored(store, member_id)["household_id"] == household_id
    assert stored(store, member_id)["household_role"] == "kind"
    qtbot.waitUntil(lambda: sorted(editor.household.member_names())
                    == ["Amina Yusuf", "Senait Yusuf"], timeout=TIMEOUT_MS)

    # Enter on a member opens that member's file.
    members = editor.findChild(QTreeWidget, "householdMembers")
    row = editor.household.member_names().index("Amina Yusuf")
    members.setFocus()
    members.setCurrentItem(members.topLevelItem(row))
    qtbot.keyClick(members, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.client_id == main_id
                    and editor.form.field("given_names").text() == "Amina", timeout=TIMEOUT_MS)


def test_a_known_v_nummer_asks_whether_it_is_the_same_person(qtbot, editor, store):
    store.clients.create({"given_names": "Amina", "family_name": "Yusuf",
                          "v_number": "1234567890"})
    editor.new_client()
    type_into(qtbot, editor.form.field("given_names"), "Amina")
    type_into(qtbot, editor.form.field("family_name"), "Yussuf")
    type_into(qtbot, editor.form.field("v_number"), "1234567890")
    qtbot.mouseClick(editor.findChild(QPushButton, "saveClient"), Qt.MouseButton.LeftButton)

    button = prompt_button(qtbot, editor, "saveAsNew")
    assert store.clients.search(CaseloadQuery()).total == 1  # nothing saved while asking
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        button.click()
    assert store.clients.search(CaseloadQuery()).total == 2


def test_clear_leaves_no_client_data_in_the_widgets(qtbot, editor, store, directory):
    secrets = {"Zerihun", "Gebremedhin", "0612398765", "06-12398765", "1234509876", VALID_BSN,
               "Vertrouwelijk", "Achterweg 9"}
    main_id = store.clients.create({
        "given_names": "Zerihun", "family_name": "Gebremedhin", "phone": "06-12398765",
        "v_number": "1234509876", "bsn": VALID_BSN, "notes": "Vertrouwelijk",
        "address_street": "Achterweg 9", "date_of_birth": "1985-03-03", "sex": "M",
        "country_of_origin": "ER", "languages": ["ti"], "interpreter_needed": True,
        "klantmanager_id": directory["km"], "partner_org_ids": [directory["vwn"]],
    })
    store.clients.add_to_household(main_id, {"given_names": "Zerihun", "family_name": "Jr"})
    open_client(qtbot, editor, main_id)
    type_into(qtbot, editor.form.field("bsn"), "12")
    editor.save()  # leaves an error mark naming nothing, but still a mark
    qtbot.waitUntil(lambda: len(editor.household.member_names()) == 2, timeout=TIMEOUT_MS)

    with qtbot.waitSignal(editor.title_changed, timeout=TIMEOUT_MS) as title:
        editor.clear()

    assert title.args == [""]
    assert editor.undo_stack.count() == 0
    assert not editor.has_unsaved_changes()
    shown = []
    for w in editor.findChildren(QWidget):
        shown += [w.toolTip(), w.accessibleDescription()]
        if isinstance(w, QLineEdit | QLabel):
            shown.append(w.text())
        elif isinstance(w, QPlainTextEdit):
            shown.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            assert w.currentIndex() in (0, -1) or w.objectName() in ("stage", "household_role")
        elif isinstance(w, QCheckBox):
            assert not w.isChecked()
        elif isinstance(w, CheckList):
            assert w.value() == []
        elif isinstance(w, QTreeWidget):
            assert w.topLevelItemCount() == 0
    text = " ".join(shown)
    assert not [s for s in secrets if s in text]
    assert all(not editor.form.error(name) for name in editor.form.field_order)


def test_tab_order_visits_the_identity_fields_in_order(qtbot, editor):
    editor.new_client()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=TIMEOUT_MS)
    editor.form.field("given_names").setFocus()
    visited = []
    for _ in range(10):
        widget = QApplication.focusWidget()
        visited.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == [
        "given_names", "family_name", "given_names_usual", "family_name_usual",
        "date_of_birth_edit", "sex", "country_of_origin", "v_number", "bsn", "household_role",
    ]
    assert QApplication.focusWidget().objectName() == "languages"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget().objectName() == "bsn"  # the label's mnemonic, BS&N


def test_resizing_a_check_list_is_not_an_edit(qtbot):
    from domain.client import LANGUAGES

    checklist = CheckList()
    checklist.set_items([(code, code) for code in LANGUAGES])
    qtbot.addWidget(checklist)
    checklist.show()
    edits = []
    checklist.changed.connect(lambda: edits.append(1))
    for width in (300, 500, 260):
        checklist.resize(width, 100)
        qtbot.wait(10)
    assert edits == []


def test_enter_on_the_unsaved_changes_question_keeps_the_edits_open(qtbot, editor, store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Yusuf"})
    open_client(qtbot, editor, client_id)
    type_into(qtbot, editor.form.field("phone"), "06-12345678")
    went_on: list[bool] = []
    editor.ask_to_save_then(lambda: went_on.append(True))
    assert prompt_button(qtbot, editor, "keepEditing").isDefault()
    prompt = editor.findChild(QMessageBox, "editorPrompt")
    with qtbot.waitSignal(prompt.finished, timeout=TIMEOUT_MS):
        qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert went_on == []
    assert editor.has_unsaved_changes() and editor.form.field("phone").text() == "06-12345678"
    assert stored(store, client_id)["phone"] in (None, "")
