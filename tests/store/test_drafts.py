"""Drafts: unsaved edits kept in the encrypted store, one per screen, never synced."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from tests.conftest import PASSPHRASE
from tests.depth import examples


def test_a_draft_is_kept_read_and_dropped_and_leaves_no_outbox_entry(store):
    pending = store.pending_changes()
    store.drafts.put("client_editor", {"client_id": "c1", "record": {"given_names": "Aminata"}, "cursor": 3})
    assert store.drafts.get("client_editor")["record"]["given_names"] == "Aminata"
    assert store.drafts.get("other") is None
    assert store.pending_changes() == pending  # a draft is this device's alone
    store.drafts.drop("client_editor")
    assert store.drafts.get("client_editor") is None


def test_a_draft_survives_closing_the_store(store_dir):
    store = Store.create(store_dir, PASSPHRASE, kdf=FAST_KDF)
    store.drafts.put("client_editor", {"record": {"phone": "0612"}})
    store.close()
    again = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert again.drafts.get("client_editor") == {"record": {"phone": "0612"}}
    finally:
        again.close()


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.text(max_size=12), st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=40)),
                       max_size=8))
def test_any_typed_values_come_back_as_typed(store, values):  # each put replaces the one before
    store.drafts.put("client_editor", {"record": values})
    assert store.drafts.get("client_editor") == {"record": values}
