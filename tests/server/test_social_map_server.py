"""The sociale kaart on the server: kept per municipality, received by every device of it,
written by coordinators and administrators only, as valid HSDS items. SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.social_map_records import MUNICIPALITY_ID, directory_from_records, directory_records
from server.social_map_rules import SOCIAL_MAP_BY_EDITORS
from tests.server.client import new_id, op
from tests.server.town import PEOPLE, STAMP, make_town, town_in

RECORD = {"created_at": STAMP, "updated_at": STAMP}


@pytest.fixture
def town(server):
    yield from town_in(server)


def same(one, other) -> bool:
    """The same items, in whatever order (stored records have none)."""
    return all(sorted(getattr(one, kind), key=lambda o: o.id) == sorted(getattr(other, kind), key=lambda o: o.id)
               for kind in ("organizations", "locations", "services", "service_at_locations")) and \
        (one.municipality_code, one.municipality_name) == (other.municipality_code, other.municipality_name)


def kaart_ops() -> list[dict]:
    return [op("social_map_items", record_id, fields={**fields, **RECORD})
            for record_id, fields in directory_records(demo_directory())]


def test_the_whole_demo_kaart_is_taken_and_every_device_of_the_tenant_receives_it(town, server):
    answers = town.device("coordinator").push(*kaart_ops())
    assert {a["status"] for a in answers} == {"applied"}
    for person in PEOPLE:
        records = town.holder(person).records
        rows = [{"id": k[1], **f} for k, f in records.items() if k[0] == "social_map_items"]
        directory, problems = directory_from_records(rows)
        assert problems == () and same(directory, demo_directory()), person
    other = make_town(server)  # another municipality sees none of it
    try:
        assert not [k for k in other.holder("coordinator").records if k[0] == "social_map_items"]
    finally:
        for device in other.devices:
            device.close()


@pytest.mark.parametrize("person", sorted(PEOPLE))
def test_only_coordinators_and_administrators_write_the_kaart(town, person):
    ops = kaart_ops()[:3]
    answers = town.device(person).push(*ops)
    allowed = PEOPLE[person][1] in ("coordinator", "administrator")
    assert {a["status"] for a in answers} == {"applied" if allowed else "rejected"}
    if not allowed:
        assert {a["reason"] for a in answers} == {SOCIAL_MAP_BY_EDITORS}
        stored = town.holder("coordinator").records
        assert not [k for k in stored if k[0] == "social_map_items"]


def test_an_item_that_is_not_valid_hsds_is_refused_with_paths_and_no_values_and_the_rest_taken(town):
    good = kaart_ops()
    service = next(o for o in good if o["fields"]["kind"] == "service")
    broken = json.loads(service["fields"]["hsds"])
    broken["phones"][0]["number"] = "bel 0612 geheim"
    broken_op = op("social_map_items", service["record_id"], fields={**service["fields"], "hsds": json.dumps(broken)})
    wrong_id = op("social_map_items", new_id(), fields=good[1]["fields"])  # an item under another item's id
    municipality = op("social_map_items", new_id(), fields=good[0]["fields"])  # only under its fixed id
    answers = town.device("admin").push(broken_op, wrong_id, municipality, *good[1:3])
    assert [a["status"] for a in answers] == ["rejected"] * 3 + ["applied"] * 2
    assert "phones[0].number: phone_invalid" in answers[0]["reason"] and "geheim" not in answers[0]["reason"]
    assert answers[1]["reason"].startswith("This sociale kaart item is not valid HSDS")
    assert good[0]["record_id"] == MUNICIPALITY_ID


def test_a_coordinator_deletes_an_item_and_every_device_drops_it(town):
    coordinator = town.device("coordinator")
    ops = kaart_ops()
    coordinator.push(*ops)
    target = ops[1]
    [answer] = coordinator.push(op("social_map_items", target["record_id"], "delete",
                                   base={**target["fields"], "deleted": False}))
    assert answer["status"] == "applied"
    record = town.holder("taal").records[("social_map_items", target["record_id"])]
    assert record["deleted"] is True


def test_an_item_beyond_the_limits_every_record_meets_is_refused_alone(town):
    from sync.limits import MAX_TEXT_LENGTH
    ops = kaart_ops()[:3]
    huge = json.loads(ops[1]["fields"]["hsds"])
    huge["description"] = "x" * (MAX_TEXT_LENGTH + 1)
    ops[1] = op("social_map_items", ops[1]["record_id"], fields={**ops[1]["fields"], "hsds": json.dumps(huge)})
    answers = town.device("coordinator").push(*ops)
    assert [a["status"] for a in answers] == ["applied", "rejected", "applied"]
    assert answers[1]["reason"].startswith("The server cannot take this change")
