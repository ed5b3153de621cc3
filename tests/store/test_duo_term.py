"""DUO's term kept with the plan in a real encrypted store: the migration to 0009 on a store that
has plans, the import of DUO's file storing the facts, and nobody typing them by hand."""

import copy
import secrets
from datetime import date

import pytest
from sqlalchemy import text

from desktop.store import Store, migrate
from desktop.store.duo_answers import import_duo_answers
from desktop.store.engine import open_engine
from desktop.store.keyfile import FAST_KDF, KeyFile
from desktop.store.store import DB_NAME, KEY_NAME
from domain.errors import RecordInvalid
from domain.plan import plan_id_for
from tests.conftest import PASSPHRASE
from tests.unit.test_duo_import import FILE

PLAN = plan_id_for("c1")
DUO_COLUMNS = ("duo_term_start_on", "duo_term_end_on", "duo_term_extensions", "duo_term_carried_over",
               "duo_exemption_kind", "duo_exemption_on", "duo_exemption_end")


def _store_at_0008_with_a_plan(store_dir):
    store_dir.mkdir(parents=True)
    db_key = secrets.token_bytes(32)
    KeyFile.wrap("old-store", db_key, PASSPHRASE, FAST_KDF).save(store_dir / KEY_NAME)
    engine = open_engine(store_dir / DB_NAME, db_key)
    migrate.upgrade(engine, store_dir / DB_NAME, store_dir / "backups", target="0008")
    stamp = "2024-01-01T00:00:00Z"
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO clients (id, created_at, updated_at, given_names, family_name) "
                          "VALUES ('c1', :s, :s, 'Amina', 'Haddad')"), {"s": stamp})
        conn.execute(text("INSERT INTO plans (id, created_at, updated_at, client_id, leerroute, duty_start_on, "
                          "ontzorgen_costs) VALUES (:p, :s, :s, 'c1', 'B', '2024-01-15', '[\"rent\"]')"),
                     {"s": stamp, "p": PLAN})
    engine.dispose()


def test_a_store_with_plans_gets_dues_term_fields_empty_and_synced(store_dir):
    _store_at_0008_with_a_plan(store_dir)
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        plan = store.plans.get(PLAN)
        assert (plan["leerroute"], plan["duty_start_on"], plan["ontzorgen_costs"]) == ("B", "2024-01-15", ["rent"])
        assert (plan["duo_term_start_on"], plan["duo_term_end_on"], plan["duo_term_extensions"],
                plan["duo_term_carried_over"], plan["duo_exemption_kind"]) == (None, None, [], False, "")
        with store.engine.connect() as conn:
            outbox, history = (conn.execute(text(f"SELECT sql FROM sqlite_master WHERE name = '{n}'")).scalar_one()
                               for n in ("plans_outbox_update", "plans_history_update"))
        assert all(c in outbox and c in history for c in DUO_COLUMNS)  # the triggers know the new columns
        before = store.pending_changes()
        report = import_duo_answers(store, "c1", {k: v for k, v in FILE.items() if k != "bsn"})
        assert "plan" in report.applied and store.pending_changes() > before
        assert store.plans.get(PLAN)["duo_term_extensions"][0]["ground"] == "3"
    finally:
        store.close()


@pytest.fixture
def client_id(store):
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad", "bsn": "111222333",
                                 "vestiging_date": "2024-02-01"})


def test_duos_file_stores_the_term_its_extensions_and_the_history_names_them(store, client_id):
    plan_id = store.plans.start(client_id)
    import_duo_answers(store, client_id, FILE)
    plan = store.plans.get(plan_id)
    assert (plan["duo_term_start_on"], plan["duo_term_end_on"]) == ("2024-03-11", "2027-09-11")
    assert plan["duo_term_extensions"] == [{"ground": "3", "text": "Medische omstandigheden", "end_on": "2027-09-11"}]
    assert plan["duo_term_carried_over"] is False and plan["duo_exemption_kind"] == ""
    term = next(d for d in plan["deadlines"] if d.key == "inburgeringstermijn")
    assert term.due == date(2027, 9, 10) and not term.computed  # the exclusive end's day before
    assert term.extensions == (("3", "Medische omstandigheden", date(2027, 9, 10)),)
    assert store.plans.duo_facts(plan_id).term.end == date(2027, 9, 11)  # DUO's rules use DUO's term
    fields = {h["field"] for h in store.plans.history(plan_id)}
    assert {"duo_term_start_on", "duo_term_end_on", "duo_term_extensions"} <= fields


def test_a_term_carried_over_and_a_whole_release_are_stored(store, client_id):
    plan_id = store.plans.start(client_id)
    moved = copy.deepcopy(FILE)
    moved["notificaties"].append({"registratieDatumTijd": "2025-05-01T09:00:00Z", "gebeurtenisId": "SS121"})
    moved["getOntheffingenByBsn"].append({"GeheleOntheffing": {"oordeel": "Toekenning", "datumOordeel": "2025-06-02",
                                                               "grond": "MED"}})
    import_duo_answers(store, client_id, moved)
    plan = store.plans.get(plan_id)
    assert plan["duo_term_carried_over"] is True and plan["duo_term_start_on"] == "2024-03-11"
    assert (plan["duo_exemption_kind"], plan["duo_exemption_on"]) == ("whole_release", "2025-06-02")
    term = next(d for d in plan["deadlines"] if d.key == "inburgeringstermijn")
    assert term.carried_over and term.state == "met" and term.exemption == "whole_release"


def test_nobody_types_dues_term_facts(store, client_id):
    plan_id = store.plans.start(client_id)
    for field, value in (("duo_term_end_on", "2030-01-01"), ("duo_term_carried_over", True),
                         ("duo_term_extensions", [{"ground": "3", "text": "", "end_on": "2030-01-01"}]),
                         ("duo_exemption_kind", "whole_exemption")):
        with pytest.raises(ValueError):
            store.plans.update(plan_id, {field: value})
    assert store.plans.get(plan_id)["duo_term_end_on"] is None


def test_a_malformed_extension_from_a_file_is_refused_and_nothing_changes(store, client_id):
    plan_id = store.plans.start(client_id)
    with pytest.raises(RecordInvalid) as caught:
        store.plans.update(plan_id, {"duo_term_extensions": [{"ground": "", "end_on": "2027-01-01"}]}, from_duo=True)
    assert set(caught.value.errors) == {"duo_term_extensions"}
    assert store.plans.get(plan_id)["duo_term_extensions"] == []


def test_the_work_list_counts_to_dues_extended_end(store, client_id):
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.clients.update(client_id, {"klantmanager_id": worker})
    store.plans.start(client_id)
    import_duo_answers(store, client_id, FILE)
    items = store.work.items(worker, today=date(2027, 9, 1))
    assert [i["due_on"] for i in items if i.get("deadline") == "inburgeringstermijn"] == ["2027-09-10"]
