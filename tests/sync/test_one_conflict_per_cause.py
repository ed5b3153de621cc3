"""Two queued updates that meet a client deleted elsewhere give the person one conflict entry,
not two identical ones: one entry per record and cause, on every path that writes them."""

from __future__ import annotations

from desktop.store.replica import StoreReplica


def test_two_queued_updates_of_a_client_deleted_elsewhere_show_one_conflict(devices):
    laptop, office = devices.new("laptop"), devices.new("office")
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    laptop.sync()
    office.sync()
    office.store.clients.delete(client_id)
    office.sync()

    # Two updates queued apart: the first was on its way when the push broke off (claimed, so the
    # second cannot fold into it), the second made afterwards.
    laptop.store.clients.update(client_id, {"phone": "06-11111111"})
    replica = StoreReplica(laptop.store)
    replica.claim_batch(replica.last_entry(), 200)
    laptop.store.clients.update(client_id, {"notes": "Heeft een fiets nodig"})
    assert laptop.store.sync.pending_count() == 2
    laptop.sync()
    laptop.sync()  # a sync more changes nothing
    office.sync()

    for device in (laptop, office):
        conflicts = device.store.sync.open_conflicts()
        assert [(c["record_id"], c["field"]) for c in conflicts] == [(client_id, "deleted")]
        assert device.store.sync.summary().open_conflicts == 1

    [conflict] = laptop.store.sync.open_conflicts()
    laptop.store.sync.resolve_conflict(conflict["id"], "mine")  # the record comes back, once
    laptop.sync()
    office.sync()
    assert office.store.sync.open_conflicts() == [] and laptop.store.sync.open_conflicts() == []
    assert office.store.clients.get(client_id)["notes"] == "Heeft een fiets nodig"
