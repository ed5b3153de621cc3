"""DUO's term travels with the plan through a real server on loopback (SQLite and PostgreSQL):
the municipality imports DUO's answers, the begeleider's organisation sees the same term, its
extensions with their ground, and a later extension DUO grants."""

import copy
from datetime import date

import pytest

from desktop.store.duo_answers import import_duo_answers
from tests.sync.conftest import make_tenant
from tests.unit.test_duo_import import FILE


@pytest.fixture(params=["sqlite", "postgresql"])
def tenant(request):
    return make_tenant(request.getfixturevalue("sync_server" if request.param == "sqlite" else "pg_sync_server"),
                       begeleider_at="vluchtelingenwerk")


def _term(store, plan_id):
    plan = store.plans.get(plan_id)
    facts = {k: plan[k] for k in ("duo_term_start_on", "duo_term_end_on", "duo_term_extensions",
                                  "duo_term_carried_over", "duo_exemption_kind")}
    return facts, next(d for d in plan["deadlines"] if d.key == "inburgeringstermijn")


def test_duos_term_and_its_extensions_reach_the_partner(devices):
    gemeente = devices.new("gemeente", "gemeente")
    vwn = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    gemeente.sync()
    client_id = gemeente.store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                               "begeleider_id": vwn.store.current_worker()})
    plan_id = gemeente.store.plans.start(client_id)
    import_duo_answers(gemeente.store, client_id, FILE)
    gemeente.sync()
    vwn.sync()
    sent, _ = _term(gemeente.store, plan_id)
    received, deadline = _term(vwn.store, plan_id)
    assert received == sent and received["duo_term_extensions"][0]["text"] == "Medische omstandigheden"
    assert deadline.due == date(2027, 9, 10) and not deadline.computed

    later = copy.deepcopy(FILE)  # DUO extends once more, on request (SS104)
    later["getInburgeringstermijnhistorieByBsn"].append(
        {"einddatum": "2027-09-11", "wijzigingsdatum": "2026-12-01", "verlengingsgrondcode": "3",
         "verlengingsgrondomschrijving": "Medische omstandigheden"})
    later["getInburgeringstermijnByBsn"].update(einddatum="2028-01-11", wijzigingsdatum="2027-08-01",
                                                verlengingsgrondcode="7", verlengingsgrondomschrijving="Mantelzorg")
    import_duo_answers(gemeente.store, client_id, later)
    gemeente.sync()
    vwn.sync()
    received, deadline = _term(vwn.store, plan_id)
    assert [e["ground"] for e in received["duo_term_extensions"]] == ["3", "7"]
    assert deadline.due == date(2028, 1, 10) and deadline.ground == "7 Mantelzorg"
