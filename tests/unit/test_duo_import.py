"""DUO's answers imported from a file in DUO's format: each part as DUO's file describes it,
read into the facts and clocks they start; a bad part is reported and the others still read."""

import copy
import json
from datetime import date

import pytest

from domain.duo_import import plan_clocks, read_duo_file
from domain.law_term import exam_parts_due, term_paused_on, zroute_participation_target
from tests.unit.duo_specs import response_problems

FILE = {
    "bsn": "111222333",
    "getInburgeringsplichtByBsn": {"indicatorInburgeringsplicht": True, "begindatum": "2024-01-15",
                                   "datumKennisgevingInburgeringsplicht": "2024-01-20"},
    "getDoelgroepByBsn": {"indeling": "Asielstatushouder", "begindatum": "2024-01-15"},
    "getInburgeringstermijnByBsn": {"startdatum": "2024-03-11", "einddatum": "2027-09-11",
                                    "wijzigingsdatum": "2026-12-01", "verlengingsgrondcode": "3",
                                    "verlengingsgrondomschrijving": "Medische omstandigheden"},
    "getInburgeringstermijnhistorieByBsn": [{"einddatum": "2027-03-11", "wijzigingsdatum": "2024-03-11"}],
    "getLbtResultatenByBsn": [
        {"resultaat": "B1-route niet haalbaar", "behaaldeScore": "38,00", "benodigdeScore": "47,50",
         "datumAfname": "2024-02-01"},
        {"resultaat": "B1-route haalbaar", "behaaldeScore": "49,25", "benodigdeScore": "47,50",
         "datumAfname": "2024-02-20"}],
    "getVrijstellingenByBsn": [
        {"GedeeltelijkeVrijstelling": {"reden": "DIP", "oordeel": "Toekenning", "datumOordeel": "2024-06-01",
                                       "examenonderdeel": "LE", "examenniveau": "B1"}},
        {"TijdelijkeVrijstelling": {"reden": "OPL", "oordeel": "Afwijzing", "datumOordeel": "2024-07-01"}}],
    "getOntheffingenByBsn": [
        {"GedeeltelijkeOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2025-01-10", "grond": "MED",
                                     "examenonderdeel": "KNM", "urenBelastbaarheidParticipatieactiviteit": 200}}],
    "notificaties": [{"registratieDatumTijd": "2024-01-20T08:15:00Z", "bsn": "111222333", "gebeurtenisId": "SS101"},
                     {"registratieDatumTijd": "2024-02-05T10:00:00+01:00", "gebeurtenisId": "SS139"}],
}


@pytest.mark.parametrize("operation_id", [k for k in FILE if k.startswith("get")])
def test_the_sample_file_is_in_duos_format(operation_id):
    assert response_problems(operation_id, FILE[operation_id]) == []


def test_the_notifications_are_as_duo_posts_them():
    for item in FILE["notificaties"]:
        assert response_problems("opvoerenNotificatie", item) == []


def test_duos_answers_set_the_clocks_they_start():
    duo = read_duo_file(json.loads(json.dumps(FILE)))
    assert duo.problems == {}
    assert plan_clocks(duo) == {"duty_start_on": "2024-01-15", "duo_notice_on": "2024-02-05",  # SS139: 10 weeks
                                "duo_term_start_on": "2024-03-11", "duo_term_end_on": "2027-09-11",
                                "duo_term_carried_over": False,
                                "duo_term_extensions": [{"ground": "3", "text": "Medische omstandigheden",
                                                         "end_on": "2027-09-11"}]}
    assert duo.duty and duo.asylum and duo.bsn == "111222333"
    assert (duo.term.start, duo.term.end) == (date(2024, 3, 11), date(2027, 9, 11))  # DUO's, extended
    assert [e.ground_code for e in duo.term.extensions] == ["3"]
    assert duo.term.carried_over_from is None


def test_the_lbt_keeps_duos_decimals_and_the_latest_result():
    assert read_duo_file(FILE).lbt == {"lbt_result": "b1_feasible", "lbt_score": "49,25",
                                       "lbt_required_score": "47,50", "lbt_date": "2024-02-20"}


def test_exemptions_and_releases_lower_the_targets():
    duo = read_duo_file(FILE)
    assert exam_parts_due(duo.exemptions, duo.releases) == ("LU", "SC", "SP")
    assert zroute_participation_target(duo.releases) == 200
    assert not term_paused_on(duo.exemptions, date(2024, 7, 2))  # the temporary one was refused


def test_a_term_carried_over_from_a_previous_municipality():
    moved = {**FILE, "notificaties": [{"registratieDatumTijd": "2025-05-01T09:00:00Z", "gebeurtenisId": "SS121"}]}
    duo = read_duo_file(moved)
    clocks = plan_clocks(duo)
    assert duo.term.carried_over_from == "SS121" and clocks["duty_start_on"] == "2024-01-15"
    assert clocks["duo_term_carried_over"] is True and clocks["duo_term_start_on"] == "2024-03-11"
    assert "duo_notice_on" not in clocks


def test_a_bad_part_is_reported_by_name_and_the_others_are_read():
    spoilt = copy.deepcopy(FILE)
    spoilt["getLbtResultatenByBsn"][1]["behaaldeScore"] = "49.25"
    spoilt["getInburgeringstermijnByBsn"].pop("einddatum")
    duo = read_duo_file(spoilt)
    assert set(duo.problems) == {"getLbtResultatenByBsn", "getInburgeringstermijnByBsn"}
    assert "49.25" not in json.dumps(duo.problems)  # what was wrong, never the value
    assert duo.lbt is None and duo.term is None
    assert plan_clocks(duo) == {"duty_start_on": "2024-01-15", "duo_notice_on": "2024-02-05"}
    assert read_duo_file([]).problems == {"file": "the file is not an object of DUO's answers"}
    assert read_duo_file({**FILE, "bsn": "12"}).problems == {"bsn": "the BSN is not 8 or 9 digits passing the 11-check"}
