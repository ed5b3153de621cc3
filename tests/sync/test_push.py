"""The outbox side of a push on a real store: claimed before sending, answers stored in one
transaction, refusals set aside, unanswered entries sent again under the same ids."""

from desktop.store.sync_push import claim_batch, last_entry, store_results
from sync.client.push import operations
from sync.client.replica import PushCounts
from sync.protocol import OpResult
from tests.sync.records import outbox, wire_row


def _server_answer(entry, version, **record_changes):
    """"applied", with the record as the server holds it: what was sent, and what others changed."""
    after = {k: v for k, v in entry.fields.items() if k != "version"}
    return OpResult(op_id=entry.op_id, status="applied", version=version, record={**after, **record_changes})


def test_answers_empty_the_outbox_set_versions_and_write_nothing_back(store):
    first = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    second = store.clients.create({"given_names": "Omar", "family_name": "Haddad"})
    entries = claim_batch(store.engine, last_entry(store.engine))
    assert all(e["claimed"] for e in outbox(store))
    ops, refused = operations(entries)
    assert [o.record_id for o in ops] == [first, second] and refused == []

    counts = PushCounts()
    left = store_results(store.engine, entries, [_server_answer(entries[0], 4), _server_answer(entries[1], 5)], counts)
    assert left == [] and outbox(store) == [] and counts.applied == 2
    assert store.clients.get(first)["version"] == 4 and store.clients.get(second)["version"] == 5


def test_a_refused_operation_is_set_aside_and_does_not_hold_up_the_others(store):
    ids = [store.clients.create({"given_names": n, "family_name": "Haddad"}) for n in ("Amina", "Omar", "Sara")]
    entries = claim_batch(store.engine, last_entry(store.engine))
    refused = OpResult(op_id=entries[1].op_id, status="rejected", reason="You may not add clients.")
    counts = PushCounts()
    store_results(store.engine, entries, [_server_answer(entries[0], 4), refused, _server_answer(entries[2], 6)],
                  counts)
    assert (counts.applied, counts.rejected) == (2, 1) and outbox(store) == []
    [reject] = store.sync.rejects()
    assert reject["record_id"] == ids[1] and reject["reason"] == "You may not add clients."
    assert store.clients.get(ids[1])["version"] == 0  # kept here as it was, never synced


def test_an_unanswered_entry_stays_claimed_and_goes_again_under_its_own_id(store):
    store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.clients.create({"given_names": "Omar", "family_name": "Haddad"})
    entries = claim_batch(store.engine, last_entry(store.engine))
    left = store_results(store.engine, entries, [_server_answer(entries[0], 4)], PushCounts())
    assert [e.op_id for e in left] == [entries[1].op_id]
    again = claim_batch(store.engine, last_entry(store.engine))
    assert [e.op_id for e in again] == [entries[1].op_id]


def test_an_edit_made_while_the_push_was_on_its_way_is_kept_and_merged_with_the_servers_record(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    entries = claim_batch(store.engine, last_entry(store.engine))
    store.clients.update(client_id, {"phone": "06-12345678"})  # claimed entries do not fold: a new one
    assert len(outbox(store)) == 2

    # The server merged another device's note into the record it holds now.
    answer = _server_answer(entries[0], 9, notes="Spreekt Engels")
    store_results(store.engine, entries, [answer], PushCounts())
    client = store.clients.get(client_id)
    assert client["phone"] == "06-12345678" and client["notes"] == "Spreekt Engels" and client["version"] == 9
    [entry] = outbox(store)
    assert entry["before"]["notes"] == "Spreekt Engels" and entry["after"]["phone"] == "06-12345678"
    assert entry["op_id"] not in {e.op_id for e in entries}


def test_two_entries_of_one_record_in_one_batch_leave_nothing_to_send_again(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.set_current_worker(store.directory.add_worker("Sanne de Vries", "klantmanager", None))
    store.clients.update(client_id, {"phone": "06-12345678"})  # another author: an entry of its own
    entries = claim_batch(store.engine, last_entry(store.engine))
    assert [e.entity for e in entries] == ["clients", "workers", "clients"]
    store_results(store.engine, entries, [_server_answer(e, v) for e, v in zip(entries, (4, 5, 6), strict=True)],
                  PushCounts())
    assert outbox(store) == [] and store.clients.get(client_id)["version"] == 6
    assert wire_row(store, "clients", client_id)["phone"] == "06-12345678"
