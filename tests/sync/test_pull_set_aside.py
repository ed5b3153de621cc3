"""A pull never fails because of one record: a record this device cannot read, or one its store
refuses, is set aside with its reason (the refused-changes list), the rest of the page is
applied and the cursor moves on."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store.replica import StoreReplica
from desktop.store.set_aside import PULLED
from desktop.store.sync_pull import apply_page
from desktop.store.sync_state import CURSOR, read_value
from sync.client.pages import UNREADABLE, read_page
from sync.client.replica import Page, Unreadable
from sync.client.transport import Transport
from sync.errors import ServerFailed
from sync.protocol import Change
from tests.depth import examples

STAMP = "2026-01-05T09:00:00.000000Z"


def _client(**fields) -> dict:
    return {"id": str(uuid.uuid4()), "created_at": STAMP, "updated_at": STAMP, "given_names": "Amina",
            "family_name": "Haddad", "deleted": False, **fields}


def _change(seq: int, fields: dict, entity: str = "clients") -> Change:
    # Built without the protocol's checks: these records stand for ones the store refuses after they
    # were read (an old record from before a limit existed reaches the store this way too).
    return Change.model_construct(seq=seq, entity=entity, record_id=fields["id"], version=seq, deleted=False,
                                  fields=fields)


def _cursor(store) -> int:
    with store.engine.connect() as conn:
        return int(read_value(conn, CURSOR) or 0)


@pytest.mark.parametrize("refused", [
    {"family_name": None},  # a column the store holds NOT NULL
    {"interpreter_needed": 2**80},  # an integer no SQLite column holds
    {"household_id": ["a", {"b": [1, 2]}]},  # a list where the store keeps an identifier: stored as text, fine
])
def test_a_record_the_store_refuses_is_set_aside_and_the_rest_of_the_page_applied(store, refused):
    good_before, bad, good_after = _client(), _client(**refused), _client(given_names="Omar")
    page = Page(changes=[_change(1, good_before), _change(2, bad), _change(3, good_after)], drop=[], cursor=3)
    counts = StoreReplica(store).apply_page(page)

    assert store.clients.get(good_before["id"]) and store.clients.get(good_after["id"])
    assert _cursor(store) == 3
    rejects = store.sync.rejects()
    if "household_id" in refused:  # what the store does take is simply applied
        assert counts.set_aside == 0 and rejects == [] and store.clients.get(bad["id"])
        return
    assert counts.set_aside == 1 and counts.applied == 2
    [reject] = rejects
    assert reject["record_id"] == bad["id"] and reject["entity"] == "clients" and reject["op_id"] == PULLED
    assert "could not store this record" in reject["reason"]
    assert reject["fields"]["given_names"] == "Amina"
    assert store.sync.summary().rejects == 1  # the refused-changes screen's count and list


def test_the_same_page_received_again_sets_the_record_aside_once(store):
    bad = _client(family_name=None)
    page = Page(changes=[_change(1, bad)], drop=[], cursor=1)
    apply_page(store.engine, page)
    apply_page(store.engine, page)
    assert len(store.sync.rejects()) == 1


def test_a_record_that_does_not_fit_the_protocol_is_read_as_unreadable_not_as_a_failed_page():
    good = _client()
    body = {"cursor": 9, "more": False, "head": 9, "drop": [],
            "changes": [{"seq": 8, "entity": "clients", "record_id": good["id"], "version": 8, "deleted": False,
                         "fields": good},
                        {"seq": 9, "entity": "clients", "record_id": "c-9", "version": "negen", "deleted": False,
                         "fields": {"family_name": "Haddad"}},
                        "not a change"]}
    page = read_page(json.dumps(body).encode())
    assert [c.record_id for c in page.changes] == [good["id"]] and page.cursor == 9
    assert [(u.entity, u.record_id, u.reason) for u in page.unreadable] == [
        ("clients", "c-9", UNREADABLE), ("unknown", "unknown", UNREADABLE)]
    assert page.unreadable[0].fields == {"family_name": "Haddad"}


def test_a_record_nested_deeper_than_the_json_reader_allows_is_set_aside_not_the_page(store):
    deep: object = "bodem"
    for _ in range(300):
        deep = {"in": deep}
    good = _client()
    body = json.dumps({"cursor": 2, "more": False, "changes": [
        {"seq": 1, "entity": "clients", "record_id": good["id"], "version": 1, "deleted": False, "fields": good},
        {"seq": 2, "entity": "clients", "record_id": "c-2", "version": 2, "deleted": False,
         "fields": {**_client(), "notes": deep}}]})
    page = read_page(body.encode())
    counts = StoreReplica(store).apply_page(page)
    assert store.clients.get(good["id"]) and _cursor(store) == 2
    assert counts.applied + counts.set_aside == 2


def test_a_frame_that_does_not_fit_is_still_a_failed_answer():
    for body in (b"not json", b'{"changes": "none"}', b'{"changes": [], "cursor": "x", "more": false}'):
        with pytest.raises(ServerFailed):
            read_page(body)


class OneBadRecord:
    """The real server's pages, with one record this device's store refuses slipped in."""

    def __init__(self, link: Transport, once: list[dict]):
        self.link, self.once = link, once  # emptied by the first pull: the server's page carries it once

    def login(self, request):
        return self.link.login(request)

    def push(self, request):
        return self.link.push(request)

    def pull(self, after, limit):
        page = self.link.pull(after, limit)
        if self.once:
            page.changes.insert(0, _change(1, self.once.pop()))
            page.unreadable.append(Unreadable("clients", "c-unreadable", UNREADABLE, None))
        return page

    def close(self):
        self.link.close()


def test_a_sync_against_the_real_server_applies_the_rest_and_lists_what_it_set_aside(devices):
    from sync.client.engine import SyncEngine

    sender = devices.new("sender")
    ids = [sender.store.clients.create({"given_names": n, "family_name": "Haddad"}) for n in ("Amina", "Omar")]
    sender.sync()
    receiver = devices.new("receiver", enrol=False)
    bad = _client(family_name=None)
    once = [bad]
    receiver.engine = SyncEngine(StoreReplica(receiver.store),
                                 connect=lambda url, token: OneBadRecord(Transport(url, token), once))
    receiver.engine.enrol(devices.tenant.url, devices.tenant.usernames["gemeente"], "wachtwoord voor de test",
                          "receiver")
    report = receiver.sync()
    assert all(receiver.store.clients.get(i) for i in ids)
    assert report.set_aside == 2 and receiver.store.sync.pending_count() == 0
    assert {r["record_id"] for r in receiver.store.sync.rejects()} == {bad["id"], "c-unreadable"}
    again = receiver.sync()  # the cursor moved on: nothing is asked, or set aside, twice
    assert again.set_aside == 0 and len(receiver.store.sync.rejects()) == 2


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bad=st.lists(st.sampled_from([None, "not_null", "overflow"]), min_size=1, max_size=8))
def test_any_mix_of_good_and_refused_records_applies_every_good_one_once(store, bad):
    breakages = {"not_null": {"family_name": None}, "overflow": {"interpreter_needed": 2**70}}
    start = _cursor(store)
    records = [_client(**breakages.get(kind, {})) for kind in bad]
    changes = [_change(start + n + 1, r) for n, r in enumerate(records)]
    page = Page(changes=changes, drop=[], cursor=start + len(records))
    counts = StoreReplica(store).apply_page(page)
    refused = {r["id"] for r, kind in zip(records, bad, strict=True) if kind}
    assert counts.set_aside == len(refused) and counts.applied == len(records) - len(refused)
    assert _cursor(store) == start + len(records)
    for record in records:
        held = store.clients.get(record["id"]) if record["id"] not in refused else None
        assert (held is not None) == (record["id"] not in refused)
    assert refused <= {r["record_id"] for r in store.sync.rejects()}
