"""The same person registered twice offline: flagged after sync, merged through ordinary writes
(so the merge syncs), or dismissed as two people (on every device)."""

import pytest

from desktop.store import RecordNotFound
from desktop.store.duplicates import dismissal_id
from tests.sync.records import clear_outbox, outbox


def _register(store, **fields):
    return store.clients.create({"given_names": "Amina", "family_name": "Haddad", **fields})


def test_pairs_with_the_same_v_number_or_bsn_are_flagged_until_dismissed(store):
    a = _register(store, v_number="1234567890")
    b = _register(store, v_number="1234567890", bsn="111222333")
    c = _register(store, bsn="111222333")
    _register(store)  # no V-nummer, no BSN: never a match on empty values
    _register(store)
    pairs = {(p["client_a"], p["client_b"]): p["matched_on"] for p in store.duplicates.likely_duplicates()}
    assert pairs == {tuple(sorted((a, b))): ["v_number"], tuple(sorted((b, c))): ["bsn"]}

    clear_outbox(store)
    record_id = store.duplicates.dismiss(c, b)
    assert record_id == dismissal_id(b, c)  # the same record whichever device, whichever order
    assert [(p["client_a"], p["client_b"]) for p in store.duplicates.likely_duplicates()] == [tuple(sorted((a, b)))]
    assert [(e["entity"], e["op"]) for e in outbox(store)] == [("duplicate_dismissals", "insert")]


def test_merging_moves_everything_to_the_client_kept_and_tombstones_the_other(store):
    keep = _register(store, v_number="1234567890", languages=["ar"])
    drop = _register(store, v_number="1234567890", phone="06-12345678", languages=["en"],
                     interpreter_needed=True, interpreter_language="ar", notes="Via COA aangemeld")
    household = store.clients.create_household("Haddad")
    store.clients.update(drop, {"household_id": household})
    handover = store.handovers.start(drop)
    store.handovers.save_part(handover, drop, "identity", {})
    worker = store.directory.add_worker("Youssef Amrani", "begeleider", None)
    visit = store.visits.plan(drop, {"planned_on": "2026-03-01", "visitor_ids": [worker]})
    plan = store.plans.start(drop)
    store.plans.update(plan, {"leerroute_reason": "Snel aan het werk"})
    clear_outbox(store)

    moved = store.duplicates.merge_clients(keep, drop)
    assert moved["handovers"] == 1 and moved["visits"] == 1 and moved["form_parts"] == 1 and moved["plans"] == 1
    kept = store.clients.get(keep)
    assert kept["phone"] == "06-12345678" and kept["household_id"] == household
    assert kept["languages"] == ["ar", "en"] and kept["interpreter_needed"] is True
    assert kept["notes"] == "Via COA aangemeld" and kept["v_number"] == "1234567890"
    with pytest.raises(RecordNotFound):
        store.clients.get(drop)
    assert [h["id"] for h in store.handovers.for_client(keep)] == [handover]
    assert [v["id"] for v in store.visits.for_client(keep)] == [visit]
    assert store.plans.for_client(keep) == plan and store.plans.get(plan)["client"]["id"] == keep
    assert store.duplicates.likely_duplicates() == []
    changed = {(e["entity"], e["record_id"]) for e in outbox(store)}  # ordinary writes: all go out
    assert {("clients", keep), ("clients", drop), ("handovers", handover), ("visits", visit),
            ("plans", plan)} <= changed


def test_merging_into_a_client_with_a_plan_brings_the_other_plans_parts_along(store):
    keep, drop = _register(store, bsn="111222333"), _register(store, bsn="111222333")
    keep_plan, drop_plan = store.plans.start(keep), store.plans.start(drop)
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    store.plans.actions.add(keep_plan, {"description": "Taalschool", "due_on": "2026-04-01", "worker_id": worker})
    store.plans.actions.add(drop_plan, {"description": "Huisbezoek", "due_on": "2026-03-01", "worker_id": worker})
    store.plans.update(drop_plan, {"leerroute_reason": "Eerst alfabetisering"})

    store.duplicates.merge_clients(keep, drop)
    plan = store.plans.get(keep_plan)
    assert sorted(a["description"] for a in plan["actions"]) == ["Huisbezoek", "Taalschool"]
    assert plan["leerroute_reason"] == "Eerst alfabetisering"
    assert store.plans.for_client(keep) == keep_plan


def test_a_person_registered_on_two_devices_is_flagged_after_sync_and_merged_everywhere(devices):
    gemeente = devices.new("gemeente", "gemeente")
    vwn = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    gemeente.sync()
    vwn.sync()
    at_gemeente = _register(gemeente.store, v_number="1234567890")
    at_vwn = _register(vwn.store, v_number="1234567890", phone="06-12345678")
    visit = vwn.store.visits.plan(at_vwn, {"planned_on": "2026-03-01", "visitor_ids": [vwn.store.current_worker()]})
    other = _register(vwn.store, family_name="Ali", v_number="9999999999")
    dismissed_twin = _register(gemeente.store, family_name="Ali", v_number="9999999999")

    gemeente.sync()
    report = vwn.sync()
    pair = tuple(sorted((at_gemeente, at_vwn)))
    assert {(p["client_a"], p["client_b"]) for p in report.duplicates} == {pair, tuple(sorted((other,
                                                                                                dismissed_twin)))}
    assert {(p["client_a"], p["client_b"]) for p in gemeente.sync().duplicates} >= {pair}

    vwn.store.duplicates.merge_clients(at_gemeente, at_vwn)
    vwn.store.duplicates.dismiss(other, dismissed_twin)  # two people with a typing error between them
    assert vwn.sync().duplicates == []
    assert gemeente.sync().duplicates == []
    for device in (gemeente, vwn):
        assert device.store.clients.get(at_gemeente)["phone"] == "06-12345678"
        assert [v["id"] for v in device.store.visits.for_client(at_gemeente)] == [visit]
        with pytest.raises(RecordNotFound):
            device.store.clients.get(at_vwn)
        assert device.store.duplicates.likely_duplicates() == []
