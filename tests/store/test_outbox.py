"""Every write leaves its outbox entry in the same transaction; none can bypass it."""

import json

import pytest
from sqlalchemy import text

from desktop.store.outbox import claim, pending
from domain.errors import FieldError, RecordInvalid


def _outbox(store):
    with store.engine.connect() as conn:
        return pending(conn)


def _claim_all(store):
    with store.engine.begin() as conn:
        claim(conn, [e["seq"] for e in pending(conn)])


def test_create_update_delete_each_leave_an_entry_once_the_earlier_are_being_sent(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    _claim_all(store)
    store.clients.update(client_id, {"phone": "06-12345678"})
    _claim_all(store)
    store.clients.delete(client_id)
    entries = _outbox(store)
    assert [e["op"] for e in entries] == ["insert", "update", "update"]
    assert {e["record_id"] for e in entries} == {client_id}
    assert entries[1]["before"]["phone"] == "" and entries[1]["after"]["phone"] == "06-12345678"
    assert entries[2]["after"]["deleted"] == 1
    assert len({e["op_id"] for e in entries}) == 3


def test_unsent_edits_of_one_author_fold_into_one_entry_keeping_the_first_base(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    _claim_all(store)
    for phone in ("06-123", "06-1234", "06-123456"):
        store.clients.update(client_id, {"phone": phone})
    entries = _outbox(store)[1:]
    assert len(entries) == 1 and entries[0]["op"] == "update"
    assert entries[0]["before"]["phone"] == "" and entries[0]["after"]["phone"] == "06-123456"


def test_another_authors_edit_or_an_old_entry_does_not_fold(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.set_current_worker(store.directory.add_worker("Sanne de Vries", "klantmanager", None))
    store.clients.update(client_id, {"phone": "06-12345678"})
    with store.engine.begin() as conn:  # an entry older than the folding window
        conn.execute(text("UPDATE outbox SET created_at = '2020-01-01T00:00:00.000Z'"))
    store.clients.update(client_id, {"phone": "06-87654321"})
    ops = [e["op"] for e in _outbox(store) if e["entity"] == "clients"]
    assert ops == ["insert", "update", "update"]


def test_a_raw_sql_write_cannot_bypass_the_outbox(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    _claim_all(store)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE clients SET notes = 'raw' WHERE id = :id"), {"id": client_id})
        conn.execute(text("DELETE FROM clients WHERE id = :id"), {"id": client_id})
    ops = [(e["op"], e["after"]) for e in _outbox(store)]
    assert ops[1][0] == "update" and ops[1][1]["notes"] == "raw"
    assert ops[2] == ("delete", None)


def test_an_update_that_changes_nothing_writes_nothing(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    assert store.clients.update(client_id, {"family_name": "Haddad"}) == {}
    assert len(_outbox(store)) == 1


def test_changes_applied_from_sync_do_not_go_back_out(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    with store.engine.begin() as conn:
        conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
        conn.execute(text("UPDATE clients SET version = 7 WHERE id = :id"), {"id": client_id})
        conn.execute(text("DELETE FROM sync_applying"))
    assert len(_outbox(store)) == 1


def test_invalid_record_writes_neither_row_nor_outbox(store):
    with pytest.raises(RecordInvalid) as caught:
        store.clients.create({"given_names": "", "family_name": "Haddad", "bsn": "123456789"})
    assert caught.value.errors == {"given_names": FieldError.REQUIRED, "bsn": FieldError.BSN_INVALID}
    assert _outbox(store) == []
    assert store.clients.search(__import__("desktop.store").store.CaseloadQuery()).total == 0


def test_outbox_records_the_author(store):
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.set_current_worker(worker)
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                      "klantmanager_id": worker})
    entry = _outbox(store)[-1]
    assert entry["record_id"] == client_id and entry["author_id"] == worker
    assert json.loads(entry["after"]["languages"]) == []
