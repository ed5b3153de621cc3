"""The plan screen's term line shows DUO's term once DUO's answers are imported: the extended end,
each extension with its ground in DUO's words and its date, a term carried over, a release; and
says the term is computed while DUO's own term is not known."""

import copy
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import translations_dir
from desktop.store.duo_answers import import_duo_answers
from desktop.views.common.plan_labels import field_label
from desktop.views.plan.plan_widgets import term_details, value_text
from domain.plan_rules import plan_deadlines
from tests.gui.test_plan_panel import complete_intake, make_chain, open_plan, show_panel
from tests.unit.test_duo_import import FILE


@pytest.fixture
def client_id(store):
    make_chain(store)
    client = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                   "vestiging_date": "2024-02-01"})
    complete_intake(store, client)
    store.plans.start(client)
    return client


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "ketenplan_nl.qm")), "make translations"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_term_shows_dues_extension_with_its_ground(qtbot, worker, store, client_id):
    import_duo_answers(store, client_id, FILE)
    panel = show_panel(qtbot, worker)
    open_plan(qtbot, panel, client_id)
    badges = {key: text for key, _state, text in panel.route.badge_texts()}
    assert "10-09-2027" in badges["inburgeringstermijn"]  # DUO's einddatum 11-09-2027 is exclusive
    detail = panel.route.term_detail.text()
    assert panel.route.term_detail.isVisibleTo(panel)
    assert "Integration term as DUO set it, from 11-03-2024." in detail
    assert "Extended to 10-09-2027, ground: Medische omstandigheden." in detail
    assert "Computed" not in detail and "Carried over" not in detail


def test_in_dutch_a_carried_over_term_and_a_release_are_named(qtbot, dutch, worker, store, client_id):
    moved = copy.deepcopy(FILE)
    moved["notificaties"].append({"registratieDatumTijd": "2025-05-01T09:00:00Z", "gebeurtenisId": "SS121"})
    moved["getOntheffingenByBsn"].append({"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2025-06-02",
                                                               "grond": "MED"}})
    import_duo_answers(store, client_id, moved)
    panel = show_panel(qtbot, worker)
    open_plan(qtbot, panel, client_id)
    detail = panel.route.term_detail.text()
    assert "Overgenomen van een vorige gemeente" in detail
    assert "Verlengd tot en met 10-09-2027, grond: Medische omstandigheden." in detail
    assert "gehele ontheffing van DUO op 02-06-2025" in detail
    assert [s for k, s, _t in panel.route.badge_texts() if k == "inburgeringstermijn"] == ["met"]


def test_a_term_computed_from_the_first_pip_says_so(qapp):
    term = next(d for d in plan_deadlines({}, "2024-03-10", date(2025, 1, 1))
                if d.key == "inburgeringstermijn")
    assert term_details(term)[0].startswith("Integration term computed: three years from the day after")


def test_the_history_and_the_version_comparison_put_dues_term_in_words(qapp):
    extensions = [{"ground": "3", "text": "Medische omstandigheden", "end_on": "2027-09-11"},
                  {"ground": "7", "text": "", "end_on": "2028-01-11"}]
    assert value_text("plans", "duo_term_extensions", extensions) == (
        "extended to 10-09-2027, ground: Medische omstandigheden; extended to 10-01-2028, ground 7")
    assert value_text("plans", "duo_exemption_kind", "whole_release") == "whole release"
    assert value_text("plans", "duo_term_carried_over", True) == "Yes"
    assert value_text("plans", "duo_term_end_on", "2027-09-11") == "11-09-2027"
    assert field_label("duo_term_extensions") == "DUO: term extensions"
