"""Pulled pages on a real encrypted store: applied whole with their cursor, merged with unsent
edits field by field, conflicts kept for a person, tombstones and drops honoured."""

import pytest

from desktop.store import CaseloadQuery, RecordNotFound
from desktop.store import sync_apply as apply_module
from desktop.store.replica import StoreReplica
from desktop.store.sync_pull import apply_page
from desktop.store.sync_push import outgoing
from desktop.store.sync_state import CURSOR, read_value
from domain.plan import plan_id_for
from sync.client.push import operation
from tests.sync.records import change, clear_outbox, outbox, page, raw, wire_row

STAMP = "2026-01-05T09:00:00.000000Z"
CLIENT = {"id": "c0000000-0000-4000-8000-000000000001", "created_at": STAMP, "updated_at": STAMP,
          "given_names": "Amina", "family_name": "Haddad", "v_number": "1234567890", "deleted": False}
HOUSEHOLD = {"id": "b0000000-0000-4000-8000-000000000001", "created_at": STAMP, "updated_at": STAMP,
             "label": "Haddad"}
HANDOVER = {"id": "d0000000-0000-4000-8000-000000000001", "created_at": STAMP, "updated_at": STAMP,
            "client_id": CLIENT["id"], "coa_name": "Jan"}
PART = {"id": "f0000000-0000-4000-8000-000000000001", "created_at": STAMP, "updated_at": STAMP,
        "form": "handover", "owner_id": HANDOVER["id"], "client_id": CLIENT["id"], "part": "identity",
        "answers": {"lives_with": "partner"}}


def _synced_client(store, **fields) -> str:
    apply_page(store.engine, page([change(1, "clients", {**CLIENT, **fields})]))
    return CLIENT["id"]


def test_a_page_applies_children_before_parents_and_a_parent_from_a_later_page(store):
    first = page([change(1, "form_parts", PART), change(2, "handovers", HANDOVER),
                  change(3, "clients", {**CLIENT, "household_id": HOUSEHOLD["id"],
                                        "favourite_colour": "green"})], more=True)
    counts = apply_page(store.engine, first)
    assert counts.applied == 3 and _cursor(store) == 3
    apply_page(store.engine, page([change(4, "households", HOUSEHOLD)]))

    client = store.clients.get(CLIENT["id"])
    assert client["household_id"] == HOUSEHOLD["id"] and client["version"] == 3
    assert client["notes"] == "" and client["languages"] == [] and client["stage"] == "koppeling"  # defaults
    assert store.handovers.get(HANDOVER["id"])["parts"]["identity"]["answers"] == {"lives_with": "partner"}
    assert store.clients.search(CaseloadQuery(text="haddad amina")).total == 1  # search text made here
    assert outbox(store) == []  # the server's changes do not go back out
    assert raw(store, "PRAGMA foreign_key_check") == []
    assert raw(store, "SELECT count(*) FROM sync_applying") == [(0,)]


def test_a_page_broken_in_the_middle_leaves_nothing_and_applies_once_when_asked_again(store, monkeypatch):
    _synced_client(store)
    real_apply, calls = apply_module.Applier.apply, []

    def failing(self, *args):
        calls.append(args[1])
        if len(calls) == 2:
            raise ConnectionResetError("gone")
        return real_apply(self, *args)

    monkeypatch.setattr(apply_module.Applier, "apply", failing)
    second = page([change(5, "clients", {**CLIENT, "phone": "06-12345678"}), change(6, "handovers", HANDOVER)])
    with pytest.raises(ConnectionResetError):
        apply_page(store.engine, second)
    assert store.clients.get(CLIENT["id"])["phone"] == "" and _cursor(store) == 1
    assert raw(store, "SELECT count(*) FROM handovers") == [(0,)]

    monkeypatch.setattr(apply_module.Applier, "apply", real_apply)
    apply_page(store.engine, second)
    apply_page(store.engine, second)  # the same page again (a retried request): nothing doubles
    assert store.clients.get(CLIENT["id"])["phone"] == "06-12345678" and _cursor(store) == 6
    assert raw(store, "SELECT count(*) FROM handovers") == [(1,)]
    with store.engine.connect() as conn:
        assert read_value(conn, CURSOR) == "6"


def test_an_incoming_change_merges_with_unsent_edits_of_other_fields(store):
    client_id = _synced_client(store)
    store.clients.update(client_id, {"phone": "06-11111111"})
    apply_page(store.engine, page([change(7, "clients", {**CLIENT, "notes": "Spreekt wat Engels"})]))

    client = store.clients.get(client_id)
    assert client["phone"] == "06-11111111" and client["notes"] == "Spreekt wat Engels" and client["version"] == 7
    [entry] = outbox(store)  # still pending, now based on the server's row
    assert entry["entity"] == "clients" and entry["op"] == "update"
    op = operation(outgoing(entry))
    assert op.base["notes"] == "Spreekt wat Engels" and op.base["phone"] == ""
    assert op.fields["phone"] == "06-11111111" and op.fields["notes"] == "Spreekt wat Engels"
    assert "version" not in op.fields and "search_text" not in op.fields
    assert store.sync.open_conflicts() == []


def test_the_same_field_changed_on_both_sides_keeps_the_servers_value_and_a_conflict(store):
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    client_id = _synced_client(store)
    clear_outbox(store)
    store.clients.update(client_id, {"phone": "06-11111111"})
    apply_page(store.engine, page([change(8, "clients", {**CLIENT, "phone": "06-22222222"})]))

    assert store.clients.get(client_id)["phone"] == "06-22222222"
    [conflict] = store.sync.open_conflicts()
    assert (conflict["entity"], conflict["record_id"], conflict["field"]) == ("clients", client_id, "phone")
    assert (conflict["base"], conflict["mine"], conflict["theirs"]) == ("", "06-11111111", "06-22222222")
    assert conflict["mine_author_name"] == "Sanne de Vries" and conflict["client_name"] == "Amina Haddad"
    # Nothing of the client is left to send; the conflict itself goes out to the other devices.
    assert [(e["entity"], e["op"]) for e in outbox(store)] == [("sync_conflicts", "insert")]
    # The same page again (nothing newer locally) makes no second conflict.
    apply_page(store.engine, page([change(8, "clients", {**CLIENT, "phone": "06-22222222"})]))
    assert len(store.sync.open_conflicts()) == 1


def test_resolving_a_conflict_writes_the_kept_value_and_syncs_both(store):
    client_id = _synced_client(store)
    clear_outbox(store)
    store.clients.update(client_id, {"phone": "06-11111111"})
    apply_page(store.engine, page([change(8, "clients", {**CLIENT, "phone": "06-22222222"})]))
    clear_outbox(store)
    [conflict] = store.sync.open_conflicts()

    store.sync.resolve_conflict(conflict["id"], "mine")
    assert store.clients.get(client_id)["phone"] == "06-11111111"
    assert store.sync.open_conflicts() == [] and store.sync.summary().open_conflicts == 0
    assert sorted((e["entity"], e["op"]) for e in outbox(store)) == [("clients", "update"),
                                                                      ("sync_conflicts", "update")]
    resolved = operation(outgoing([e for e in outbox(store) if e["entity"] == "sync_conflicts"][0]))
    assert resolved.fields["resolved"] == 1 and resolved.fields["mine"] == "06-11111111"  # values as themselves


def test_a_conflict_record_from_the_server_arrives_with_its_values_and_client(store):
    client_id = _synced_client(store)
    record = {"id": "e0000000-0000-4000-8000-000000000001", "entity": "clients", "record_id": client_id,
              "field": "languages", "base": "[]", "mine": '["ar"]', "theirs": '["ti"]', "mine_author": None,
              "theirs_author": None, "created_at": STAMP, "updated_at": STAMP, "deleted": False,
              "resolved": False}
    apply_page(store.engine, page([change(9, "sync_conflicts", record)]))
    [conflict] = store.sync.open_conflicts()
    assert conflict["mine"] == ["ar"] and conflict["theirs"] == ["ti"] and conflict["client_id"] == client_id
    assert outbox(store) == []


def test_a_tombstone_hides_the_record_and_an_edit_of_it_here_becomes_a_conflict(store):
    client_id = _synced_client(store)
    apply_page(store.engine, page([change(10, "clients", {**CLIENT, "deleted": True}, deleted=True)]))
    with pytest.raises(RecordNotFound):
        store.clients.get(client_id)
    assert store.clients.search(CaseloadQuery()).total == 0

    other = {**CLIENT, "id": "c0000000-0000-4000-8000-000000000002"}
    apply_page(store.engine, page([change(11, "clients", other)]))
    store.clients.update(other["id"], {"phone": "06-11111111"})
    apply_page(store.engine, page([change(12, "clients", {**other, "deleted": True}, deleted=True)]))
    [conflict] = store.sync.open_conflicts()
    assert conflict["field"] == "deleted" and conflict["mine"] is False and conflict["theirs"] is True
    store.sync.resolve_conflict(conflict["id"], "mine")  # the person brings it back, with the edit
    assert store.clients.get(other["id"])["phone"] == "06-11111111"


def test_a_drop_deletes_the_record_and_what_cannot_live_without_it(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "identity", {})
    plan_id = store.plans.start(client_id)
    store.plans.actions.add(plan_id, {"description": "Taalschool zoeken", "due_on": "2026-03-01",
                                      "worker_id": store.directory.add_worker("Sanne", "klantmanager", None)})
    store.plans.update(plan_id, {"leerroute_reason": "Snel leren"})
    clear_outbox(store)

    apply_page(store.engine, page([], drop=[("clients", client_id)]))
    for table in ("clients", "handovers", "form_parts", "plans", "plan_actions", "plan_history"):
        assert raw(store, f"SELECT count(*) FROM {table}") == [(0,)], table
    assert plan_id == plan_id_for(client_id) and outbox(store) == []
    assert raw(store, "SELECT count(*) FROM workers") == [(1,)]  # the directory stays


def test_an_unknown_entity_is_passed_over(store):
    counts = apply_page(store.engine, page([change(3, "lunch_orders", {"id": "x", "dish": "soep"})]))
    assert counts.skipped == 1 and _cursor(store) == 3


def test_server_changes_write_no_plan_history(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    plan_id = store.plans.start(client_id)
    store.plans.update(plan_id, {"leerroute_reason": "Eerst"})
    clear_outbox(store)
    history = raw(store, "SELECT count(*) FROM plan_history")
    fields = {**wire_row(store, "plans", plan_id), "leerroute_reason": "Van de server"}
    apply_page(store.engine, page([change(20, "plans", fields)]))
    assert store.plans.get_header(plan_id)["leerroute_reason"] == "Van de server"
    assert raw(store, "SELECT count(*) FROM plan_history") == history
    assert raw(store, "SELECT version FROM plans") == [(20,)] and outbox(store) == []


def _cursor(store) -> int:
    return int(StoreReplica(store).read_state(CURSOR)[CURSOR] or 0)
