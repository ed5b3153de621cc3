"""The sociale kaart page and the referral dialog in a real window offscreen, on a real store:
finding services, the card, read-only for a begeleider, editing and import for a coordinator (a bad
item reported, the rest kept), and a referral that can share only what a consent in force covers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.store.schema import device_state
from desktop.store.sync_state import ACCOUNT
from desktop.views.common.refer_dialog import ReferDialog
from desktop.views.socialmap.service_editor import ServiceEditor
from desktop.views.socialmap.socialmap_view import SocialMapView
from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.hsds import export_directory
from tests.gui.conftest import TIMEOUT_MS

SHOTS = os.environ.get("KETENPLAN_SHOTS")  # a folder: the screens are saved there to look at


def _as(store, role: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(device_state.delete().where(device_state.c.key == ACCOUNT))
        conn.execute(device_state.insert().values(key=ACCOUNT, value=json.dumps(
            {"role": role, "display_name": "Ingrid Smit", "username": "ingrid"})))


@pytest.fixture
def page(qtbot, worker, store):
    store.social_map.save_directory(demo_directory())
    view = SocialMapView(worker)
    qtbot.addWidget(view)
    view.resize(1240, 600)
    view.show()
    return view


def _loaded(qtbot, view):
    view.reload()
    qtbot.waitUntil(lambda: view.services.count() > 0, timeout=TIMEOUT_MS)


def test_a_begeleider_finds_a_service_by_need_language_and_text_and_reads_its_card(qtbot, page, store):
    _as(store, "begeleider")
    _loaded(qtbot, page)
    assert page.services.count() == 10
    assert not page.edit_button.isVisible() and not page.import_button.isVisible()
    assert "Read only" in page.notice.text() and page.export_button.isVisible()
    page.language.setCurrentIndex(page.language.findData("ti"))
    assert page.services.count() == 3  # Tigrinya at VluchtelingenWerk, the language school and the taalhuis
    page.language.setCurrentIndex(0)
    page.need.setCurrentIndex(page.need.findData("budgetcoach"))
    assert page.services.count() == 1
    page.need.setCurrentIndex(0)
    page.search.setText("larenseweg")
    assert page.services.count() == 1 and "Inburgeringscursus" in page.services.item(0).text()
    card = page.card.toPlainText()
    for part in ("Larenseweg 32", "Mon", "Phone: 035 000 0103", "Arabic", "For whom", "What to bring",
                 "Verblijfsdocument", "How to refer", "Via de klantmanager"):
        assert part in card, part
    page.search.clear()


def test_a_coordinator_edits_a_service_and_imports_a_file_with_a_bad_item(qtbot, page, store, worker, tmp_path,
                                                                          monkeypatch):
    _as(store, "coordinator")
    _loaded(qtbot, page)
    assert page.edit_button.isVisible() and page.import_button.isVisible()
    page.services.setCurrentRow(0)
    service_id = page.current_service_id()
    page.edit_current()
    editor = page.findChild(ServiceEditor)
    editor.texts["fees_description"].setPlainText("Gratis, ook voor kinderen")
    editor.email.setText("geen adres")
    editor.submit()
    qtbot.waitUntil(editor.problem.isVisible, timeout=TIMEOUT_MS)
    assert "email" in editor.problem.text()
    editor.email.setText("info@kaart.example")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        editor.submit()
    qtbot.waitUntil(lambda: "Gratis, ook voor kinderen" in page.card.toPlainText(), timeout=TIMEOUT_MS)
    assert store.social_map.directory()[0].service(service_id).email == "info@kaart.example"

    document = export_directory(demo_directory())
    document["services"].append({**document["services"][0], "id": "1f4c6a2e-3b5d-4e7f-8a9b-0c1d2e3f4a5b",
                                 "name": "Nieuwe dienst", "email": "geen adres"})
    document["services"].append({**document["services"][0], "id": "2a5d7b3f-4c6e-4f80-9bac-1d2e3f4a5b6c",
                                 "name": "Taalmaatje thuis"})
    text = json.dumps(document)
    from desktop.views.socialmap import socialmap_view
    shown = []
    monkeypatch.setattr(socialmap_view.QMessageBox, "open", lambda box: shown.append(box.text()))
    worker.write(lambda s: socialmap_view.read_import(s, text), socialmap_view.TABLES, page._imported)
    qtbot.waitUntil(lambda: bool(shown), timeout=TIMEOUT_MS)
    assert "1 new" in shown[0] and "email: email_invalid" in shown[0] and "geen adres" not in shown[0]
    qtbot.waitUntil(lambda: page.services.count() == 11, timeout=TIMEOUT_MS)
    assert QMessageBox  # the real box is used outside the test


def test_the_refer_dialog_offers_only_consented_parts_and_records_the_referral(qtbot, worker, store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    demo = demo_directory()
    from dataclasses import replace
    store.social_map.save_directory(replace(demo, organizations=tuple(
        replace(o, chain_organisation_id=school) if o.chain_role == "taalschool" else o for o in demo.organizations)))
    store.set_current_worker(store.directory.add_worker("Noor Visser", "begeleider", None))
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.consents.give(client, {"organisation_id": school, "parts": ["contact", "plan"], "given_on": "2026-01-05",
                                 "how_given": "mondeling"})
    course = next(s for s in demo.services if s.name == "Inburgeringscursus")
    dialog = ReferDialog(worker, None, client_id=client, service_id=course.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services.count() == 10, timeout=TIMEOUT_MS)
    assert dialog.parts["contact"].isEnabled() and dialog.parts["plan"].isEnabled()
    assert not dialog.parts["intake"].isEnabled() and "Taalschool Hilversum" in dialog.receiver.text()
    dialog.parts["contact"].setChecked(True)
    dialog.note.setPlainText("Intake op woensdag")
    dialog.search.setText("koffie")  # the buurthuis: no partner of the chain, nothing can be shared
    assert dialog.services.count() == 1 and "not a partner" in dialog.receiver.text()
    assert not any(box.isEnabled() for box in dialog.parts.values())
    dialog.search.setText("Inburgering")
    dialog.services.setCurrentRow(0)
    assert dialog.parts["contact"].isEnabled()
    dialog.parts["contact"].setChecked(True)
    with qtbot.waitSignal(dialog.referred, timeout=TIMEOUT_MS):
        dialog.refer_button.click()
    [made] = store.referrals.for_client(client)
    assert made["shared_parts"] == ["contact"] and made["service_id"] == course.id
    assert made["consent_given_on"] == "2026-01-05" and made["origin"] == "client_file"
    assert Qt  # imported for the offscreen platform's sake


@pytest.fixture
def dutch(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.views.common.style import apply_style
    from tools.translations import TS_DIR
    apply_style(qapp)
    translator = QTranslator()
    assert translator.load(str(TS_DIR / "ketenplan_nl.qm")), "make translations"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    qapp.setStyleSheet("")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_screens_in_dutch_at_laptop_and_desktop_sizes(qtbot, dutch, worker, store, size):
    """Rendered as the app shows them (its style, Dutch); saved to KETENPLAN_SHOTS to look at."""
    _as(store, "coordinator")
    store.social_map.save_directory(demo_directory())
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    view = SocialMapView(worker)
    qtbot.addWidget(view)
    width, height = size
    view.resize(width - 24, height - 110)  # the work page under the toolbar and above the status bar
    view.show()
    _loaded(qtbot, view)
    view.services.setCurrentRow(2)
    assert "Waar" in view.card.toPlainText() and "Alleen lezen" not in view.notice.text()
    for box in (view.need, view.language):  # the filters' texts fit their boxes
        assert box.width() >= box.fontMetrics().horizontalAdvance(box.currentText()) + 20
    dialog = ReferDialog(worker, view, client_id=client)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.services.count() == 10, timeout=TIMEOUT_MS)
    if SHOTS:
        view.grab().save(str(Path(SHOTS) / f"socialmap-{width}x{height}.png"))
        dialog.grab().save(str(Path(SHOTS) / f"refer-dialog-{width}x{height}.png"))


def test_a_referral_from_a_home_visit_finds_the_client_through_the_visit(qtbot, worker, store):
    store.social_map.save_directory(demo_directory())
    noor = store.directory.add_worker("Noor Visser", "begeleider", None)
    store.set_current_worker(noor)
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    visit = store.visits.plan(client, {"planned_on": "2026-01-05", "planned_time": "11:00", "visitor_ids": [noor]})
    dialog = ReferDialog(worker, None, origin="visit", origin_id=visit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.refer_button.isEnabled(), timeout=TIMEOUT_MS)
    dialog.search.setText("taalcafé")
    with qtbot.waitSignal(dialog.referred, timeout=TIMEOUT_MS):
        dialog.refer_button.click()
    [made] = store.referrals.for_client(client)
    assert (made["origin"], made["origin_id"], made["shared_parts"]) == ("visit", visit, [])
    assert made["service_name"] == "Taalcafé en taalmaatje"


def test_the_shell_opens_the_kaart_page_and_a_lock_empties_it(qtbot, app_worker, settings, store_dir):
    from tests.conftest import new_store
    from tests.gui.conftest import start_window, unlock_window
    filled = new_store(store_dir)
    try:
        filled.social_map.save_directory(demo_directory())
    finally:
        filled.close()
    window = start_window(qtbot, app_worker, settings, store_dir)
    unlock_window(qtbot, window)
    window.socialmap_page_action.trigger()  # Alt+6 (Alt+5: the workshops)
    assert window.work_pages.currentWidget() is window.socialmap
    qtbot.waitUntil(lambda: window.socialmap.services.count() == 10, timeout=TIMEOUT_MS)
    window.lock()
    assert window.socialmap.services.count() == 0 and window.socialmap.card.toPlainText() == ""


def test_the_client_file_lists_the_referrals_and_refers_from_the_consents(qtbot, worker, store):
    from desktop.views.client.consent_panel import ConsentPanel
    store.social_map.save_directory(demo_directory())
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    panel = ConsentPanel(worker)
    qtbot.addWidget(panel)
    panel.show()
    panel.load_client(client)
    qtbot.waitUntil(panel.refer_button.isEnabled, timeout=TIMEOUT_MS)
    assert not panel.referrals.isVisible()  # none yet
    panel.refer_button.click()
    dialog = panel.findChild(ReferDialog)
    qtbot.waitUntil(lambda: dialog.services.count() == 10, timeout=TIMEOUT_MS)
    dialog.search.setText("budgetcoach")
    dialog.note.setPlainText("Samen gebeld")
    with qtbot.waitSignal(dialog.referred, timeout=TIMEOUT_MS):
        dialog.refer_button.click()
    qtbot.waitUntil(lambda: panel.referrals.topLevelItemCount() == 1, timeout=TIMEOUT_MS)
    row = panel.referrals.topLevelItem(0)
    assert (row.text(1), row.text(2), row.text(3)) == ("Budgetcoach", "only the address", "Samen gebeld")
    assert panel.referrals.isVisible()


def test_a_coordinator_links_a_kaart_organisation_to_the_chains_so_referrals_can_share(qtbot, page, store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    _as(store, "coordinator")
    _loaded(qtbot, page)
    page.search.setText("Inburgeringscursus")
    page.edit_current()
    editor = page.findChild(ServiceEditor)
    assert editor.chain.currentData() is None
    editor.chain.setCurrentIndex(editor.chain.findData(school))
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        editor.submit()
    directory, _ = store.social_map.directory()
    course = next(s for s in directory.services if s.name == "Inburgeringscursus")
    assert directory.organization(course.organization_id).chain_organisation_id == school


def test_a_coordinator_adds_a_service_and_removes_one(qtbot, page, store):
    _as(store, "coordinator")
    _loaded(qtbot, page)
    page.new_button.click()
    editor = [e for e in page.findChildren(ServiceEditor) if e.isVisible()][-1]
    assert editor.organization.count() == 10
    editor.organization.setCurrentIndex(editor.organization.findText("Buurthuis De Lelie"))
    editor.submit()  # no name yet
    qtbot.waitUntil(editor.problem.isVisible, timeout=TIMEOUT_MS)
    editor.name.setText("Fietsles voor vrouwen")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        editor.submit()
    qtbot.waitUntil(lambda: page.services.count() == 11, timeout=TIMEOUT_MS)
    assert "Fietsles voor vrouwen — Buurthuis De Lelie" in [page.services.item(i).text()
                                                          for i in range(page.services.count())]
    page.search.setText("Fietsles")
    page.remove_current()
    box = page.findChild(QMessageBox)
    box.findChild(type(page.new_button), "confirmRemoveService").click()
    qtbot.waitUntil(lambda: page.services.count() == 0, timeout=TIMEOUT_MS)
    assert all(s.name != "Fietsles voor vrouwen" for s in store.social_map.directory()[0].services)


def _editor_of_first_service(qtbot, page, store) -> tuple[ServiceEditor, str]:
    _as(store, "coordinator")
    _loaded(qtbot, page)
    page.services.setCurrentRow(0)
    service_id = page.current_service_id()
    page.edit_current()
    editor = [e for e in page.findChildren(ServiceEditor) if e.isVisible()][-1]
    return editor, service_id


def _type_week(editor: ServiceEditor, rows: dict[str, tuple[str, str, str]]) -> None:
    for day, (how, opens, closes) in rows.items():
        combo, opens_edit, closes_edit = editor.hours.rows[day]
        combo.setCurrentIndex(combo.findData(how))
        opens_edit.setText(opens)
        closes_edit.setText(closes)


def test_a_coordinator_moves_a_service_to_a_new_location_with_new_hours_and_the_export_and_card_follow(
        qtbot, page, store):
    from desktop.arrival.card_content import PersonFile, build_card
    from tests.unit.arrival.hsds_schemas import schema_errors

    editor, service_id = _editor_of_first_service(qtbot, page, store)
    before = store.social_map.directory()[0]
    old_location = before.locations_of(service_id)[0]
    place = editor.place
    assert "No location" not in [place.choice.itemText(i) for i in range(place.choice.count())]  # it has one
    place.choice.setCurrentIndex(place.choice.findData("new"))
    assert place.street.text() == "" and place.province.text() == "Noord-Holland"  # the kaart's province
    place.name.setText("Buurthuis De Lelie")
    place.street.setText("Lelieplein 4")
    place.postcode.setText("1214ab")
    place.city.setText("Hilversum")
    place.latitude.setText("52,2301")
    place.longitude.setText("5.1702")
    _type_week(editor, {"MO": ("walk-in", "9.00", "12:30"), "WE": ("walk-in", "09:00", "12:30"),
                        "FR": ("appointment", "", ""), "TU": ("", "", ""), "TH": ("", "", "")})
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        editor.submit()
    directory = store.social_map.directory()[0]
    (location,) = directory.locations_of(service_id)
    assert location.id != old_location.id and directory.location(old_location.id) == old_location  # kept
    assert (location.name, location.latitude, location.longitude) == ("Buurthuis De Lelie", 52.2301, 5.1702)
    assert location.addresses[0].postal_code == "1214 AB" and location.addresses[0].country == "NL"
    hours = {(s.byday, s.opens_at, s.closes_at, s.attending_type) for s in directory.service(service_id).schedules}
    assert hours == {("MO,WE", "09:00", "12:30", "walk-in"), ("FR", None, None, "appointment")}
    document = export_directory(directory)
    assert schema_errors(document) == []
    assert any(sal["location_id"] == location.id and sal["service_id"] == service_id
               for sal in document["service_at_locations"])
    card = build_card(PersonFile("p", "Iemand", ("nl",), referred_service_ids=(service_id,)), directory)
    entry = next(e for e in card.entries if e.service == directory.service(service_id).name)
    assert entry.address == "Lelieplein 4, 1214 AB Hilversum" and entry.latitude == 52.2301
    assert [(h.days, h.opens, h.closes, h.walk_in) for h in entry.hours] == [(("MO", "WE"), "09:00", "12:30", True)]
    qtbot.waitUntil(lambda: "Lelieplein 4" in page.card.toPlainText(), timeout=TIMEOUT_MS)
    assert "Fri (by appointment)" in page.card.toPlainText()

    # the same location changed in place, from another service's editor: every service there follows
    page.edit_current()
    editor = [e for e in page.findChildren(ServiceEditor) if e.isVisible()][-1]
    assert editor.place.choice.currentData() == location.id and editor.place.street.text() == "Lelieplein 4"
    assert editor.hours.rows["MO"][1].text() == "09:00"
    editor.place.street.setText("Lelieplein 6")
    with qtbot.waitSignal(editor.saved, timeout=TIMEOUT_MS):
        editor.submit()
    after = store.social_map.directory()[0]
    assert after.location(location.id).addresses[0].address_1 == "Lelieplein 6"
    assert after.service(service_id).schedules == directory.service(service_id).schedules  # untouched: kept
    assert len(after.locations_of(service_id)) == 1 and schema_errors(export_directory(after)) == []


@pytest.mark.parametrize("week, place, said", [
    ({"MO": ("walk-in", "25:00", "26:00")}, {}, "25:00 is not a time"),
    ({"TU": ("walk-in", "13:00", "09:00")}, {}, "Tuesday: it closes before it opens"),
    ({"WE": ("walk-in", "09:00", "")}, {}, "Wednesday: give the time it opens"),
    ({}, {"postcode": "12345"}, "not a Dutch postcode"),
    ({}, {"latitude": "95"}, "Coordinates"),
    ({}, {"longitude": ""}, "Coordinates"),
    ({}, {"street": ""}, "street is missing"),
])
def test_bad_hours_or_a_bad_location_are_refused_with_a_clear_message_and_nothing_changes(
        qtbot, page, store, week, place, said):
    editor, service_id = _editor_of_first_service(qtbot, page, store)
    before = store.social_map.directory()[0]
    editor.texts["fees_description"].setPlainText("Veranderd")
    _type_week(editor, week)
    for field, text in place.items():
        getattr(editor.place, field).setText(text)
    editor.submit()
    qtbot.waitUntil(editor.problem.isVisible, timeout=TIMEOUT_MS)
    assert said in editor.problem.text() and editor.isVisible()
    qtbot.wait(100)
    assert store.social_map.directory()[0] == before  # not the fee either: nothing saved


def test_enter_in_a_field_and_the_wheel_over_a_day_do_not_change_or_save_anything(qtbot, page, store):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from desktop.views.common.wheel_guard import WheelGuard

    guard = WheelGuard()
    QApplication.instance().installEventFilter(guard)
    try:
        editor, _ = _editor_of_first_service(qtbot, page, store)
        before = store.social_map.directory()[0]
        editor.tabs.setCurrentIndex(2)
        combo = editor.hours.rows["SU"][0]
        was = combo.currentIndex()
        editor.hours.rows["MO"][1].setFocus()
        wheel = QWheelEvent(QPointF(5, 5), QPointF(combo.mapToGlobal(QPoint(5, 5))), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(combo, wheel)
        assert combo.currentIndex() == was
        editor.tabs.setCurrentIndex(1)
        editor.place.street.setText("Ergens anders 1")
        qtbot.keyClick(editor.place.street, Qt.Key.Key_Return)
        qtbot.wait(200)
        assert editor.isVisible() and store.social_map.directory()[0] == before
    finally:
        QApplication.instance().removeEventFilter(guard)


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_the_service_editor_fits_the_screen_in_dutch(qtbot, dutch, page, store, size):
    editor, _ = _editor_of_first_service(qtbot, page, store)
    width, height = size
    assert editor.height() <= 720 - 80 and editor.width() <= 1280  # on a laptop screen with the title bar
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        page = editor.tabs.currentWidget().widget()
        assert page.minimumSizeHint().width() <= editor.tabs.currentWidget().viewport().width()  # no side scroll
        if SHOTS:
            editor.grab().save(str(Path(SHOTS) / f"service-editor-{index}-{width}x{height}.png"))


def test_the_kaart_is_exported_through_the_export_dialog_and_the_export_is_logged(qtbot, page, store, worker,
                                                                               monkeypatch, tmp_path):
    import desktop.views.socialmap.socialmap_view as view_module
    _as(store, "begeleider")
    _loaded(qtbot, page)
    target = tmp_path / "sociale-kaart.json"
    monkeypatch.setattr(view_module, "ask_export_path", lambda *a: str(target))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail("the export failed"))
    page.export_button.click()
    qtbot.waitUntil(lambda: "Exported 10 services" in page.count.text(), timeout=TIMEOUT_MS)
    assert len(json.loads(target.read_text(encoding="utf-8"))["services"]) == 10
    worker.wait_idle()
    [entry] = store.export_log.entries()
    assert entry["kind"] == "social_map" and entry["files"] == [target.name] and entry["client_id"] is None


def test_every_export_the_screens_record_is_of_a_kind_the_log_takes():
    """Read from the source: a kind the log does not know raises after the file was written."""
    import ast

    from desktop.store.export_log import KINDS
    root = Path(__file__).resolve().parents[2] / "desktop"
    used = {}
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "record"
                    and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "export_log"):
                kind = node.args[0]
                assert isinstance(kind, ast.Constant), f"{path}: the kind is written out where it is recorded"
                used[kind.value] = path.name
    assert len(used) >= 6 and set(used) <= set(KINDS), {k: v for k, v in used.items() if k not in KINDS}
