"""Two devices editing one record offline: different fields merge, the same field is a conflict
kept as a record on every device, and an edit of a record deleted elsewhere asks a person."""

from __future__ import annotations

from tests.server.client import new_id, op

BASE = {"given_names": "Amina", "family_name": "Haddad", "phone": "", "email": "", "deleted": 0,
        "created_at": "2026-03-02T09:00:00.000000Z", "updated_at": "2026-03-02T09:00:00.000000Z"}


def _shared_client(chain):
    """A client both devices hold at the same version: the base of their offline edits."""
    laptop, tablet = chain.device(0), chain.device(1)
    client_id = new_id()
    laptop.push(op("clients", client_id, fields=BASE))
    laptop.pull_all()
    tablet.pull_all()
    return laptop, tablet, client_id, {"id": client_id, **BASE}


def _edit(client_id, base, author, stamp, **changes):
    return op("clients", client_id, "update", fields={**base, **changes, "updated_at": stamp}, base=base,
              author_id=author)


def _conflicts(device) -> list[dict]:
    return [c["fields"] for c in device.pull_all() if c["entity"] == "sync_conflicts"]


def test_edits_of_different_fields_both_stand(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    [first] = laptop.push(_edit(client_id, base, "w1", "2026-03-03T10:00:00.000000Z", phone="06-11112222"))
    [second] = tablet.push(_edit(client_id, base, "w2", "2026-03-03T09:00:00.000000Z", email="a@example.nl"))
    assert first["status"] == second["status"] == "applied"
    assert second["version"] > first["version"]
    merged = second["record"]
    assert merged["phone"] == "06-11112222" and merged["email"] == "a@example.nl"
    assert merged["updated_at"] == "2026-03-03T10:00:00.000000Z"  # the newer stamp, whoever was later
    pulled = {c["record_id"]: c for c in laptop.pull_all()}
    assert pulled[client_id]["fields"]["email"] == "a@example.nl"
    assert not any(c["entity"] == "sync_conflicts" for c in pulled.values())


def test_the_same_field_changed_twice_keeps_the_server_value_and_a_conflict_record(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    laptop.push(_edit(client_id, base, "worker-laptop", "2026-03-03T10:00:00.000000Z", phone="06-11112222"))
    [result] = tablet.push(_edit(client_id, base, "worker-tablet", "2026-03-03T10:05:00.000000Z",
                                 phone="06-99990000", email="a@example.nl"))
    assert result["status"] == "conflict"
    assert result["conflicts"] == [{"field": "phone", "base": "", "mine": "06-99990000", "theirs": "06-11112222"}]
    assert result["record"]["phone"] == "06-11112222"  # the server's value stands
    assert result["record"]["email"] == "a@example.nl"  # the rest of the edit went in

    for device in (laptop, tablet):  # both see it, as a record like any other
        [conflict] = _conflicts(device)
        assert {k: conflict[k] for k in ("entity", "record_id", "client_id", "field", "base", "mine", "theirs",
                                         "mine_author", "theirs_author", "resolved", "deleted")} == {
            "entity": "clients", "record_id": client_id, "client_id": client_id, "field": "phone", "base": "",
            "mine": "06-99990000", "theirs": "06-11112222", "mine_author": "worker-tablet",
            "theirs_author": "worker-laptop", "resolved": False, "deleted": False}

    # A person resolves it on the laptop: an ordinary update of the conflict record.
    resolved = {**conflict, "resolved": True}
    [done] = laptop.push(op("sync_conflicts", conflict["id"], "update", fields=resolved, base=conflict))
    assert done["status"] == "applied"
    [again] = _conflicts(tablet)
    assert again["id"] == conflict["id"] and again["resolved"] is True


def test_an_edit_of_a_record_deleted_elsewhere_is_a_conflict_on_deleted(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    [deleted] = laptop.push(_edit(client_id, base, "w1", "2026-03-03T10:00:00.000000Z", deleted=1))
    assert deleted["status"] == "applied" and deleted["record"]["deleted"] is True
    [result] = tablet.push(_edit(client_id, base, "w2", "2026-03-03T11:00:00.000000Z", phone="06-99990000"))
    assert result["status"] == "conflict"
    assert [c["field"] for c in result["conflicts"]] == ["deleted"]
    assert result["record"]["deleted"] is True  # still deleted until a person brings it back
    assert result["record"]["phone"] == "06-99990000"  # and the edit is kept in it
    change = {c["record_id"]: c for c in laptop.pull_all()}
    assert change[client_id]["deleted"] is True
    [conflict] = [c["fields"] for c in change.values() if c["entity"] == "sync_conflicts"]
    assert (conflict["field"], conflict["mine"], conflict["theirs"]) == ("deleted", 0, True)


def test_a_delete_keeps_the_record_as_a_tombstone_with_its_data(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    laptop.push(_edit(client_id, base, "w1", "2026-03-03T10:00:00.000000Z", phone="06-11112222"))
    [result] = tablet.push(op("clients", client_id, "delete", base=base))  # deleted without seeing that edit
    assert result["status"] == "applied"
    [change] = [c for c in laptop.pull_all() if c["record_id"] == client_id]
    assert change["deleted"] is True and change["fields"]["phone"] == "06-11112222"
    [again] = tablet.push(op("clients", client_id, "delete", base=base))  # deleting twice changes nothing
    assert again["status"] == "applied" and again["version"] == change["version"]


def test_one_record_made_on_two_devices_merges_what_agrees_and_reports_what_differs(chain):
    laptop, tablet = chain.device(0), chain.device(1)
    part_id = new_id()  # in the desktop: derived from (form, part), the same on both devices
    answers = {"form": "intake", "part": "health", "answers": {"gp": "Dr. Jansen"}, "notes": ""}
    [first] = laptop.push(op("form_parts", part_id, fields=answers))
    [same] = tablet.push(op("form_parts", part_id, fields=answers))
    assert same["status"] == "applied" and same["version"] == first["version"]  # nothing new: no new version
    [other] = tablet.push(op("form_parts", part_id, fields={**answers, "notes": "tolk nodig"}))
    assert other["status"] == "conflict" and [c["field"] for c in other["conflicts"]] == ["notes"]


def _open_conflicts(device) -> list[dict]:
    """The open conflict records a device holds after pulling everything, newest state of each."""
    held = {c["record_id"]: c for c in device.pull_all() if c["entity"] == "sync_conflicts"}
    return [c["fields"] for c in held.values() if not c["deleted"] and not c["fields"]["resolved"]]


def _two_queued_updates(client_id, base):
    """Two updates a device queued one after the other, the second based on the first."""
    first = _edit(client_id, base, "w2", "2026-03-03T11:00:00.000000Z", phone="06-99990000")
    after_first = {**base, "phone": "06-99990000", "updated_at": "2026-03-03T11:00:00.000000Z"}
    second = _edit(client_id, after_first, "w2", "2026-03-03T11:05:00.000000Z", email="a@example.nl")
    return first, second


def _deleted_elsewhere(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    laptop.push(_edit(client_id, base, "w1", "2026-03-03T10:00:00.000000Z", deleted=1))
    laptop.pull_all()
    return laptop, tablet, client_id, base


def test_two_queued_updates_of_a_deleted_client_leave_one_conflict_in_one_push(chain):
    laptop, tablet, client_id, base = _deleted_elsewhere(chain)
    first, second = _two_queued_updates(client_id, base)
    answers = tablet.push(first, second)
    assert [a["status"] for a in answers] == ["conflict", "conflict"]  # each op is told, as before
    assert answers[1]["record"]["email"] == "a@example.nl"  # both edits kept in the deleted record
    for device in (laptop, tablet):
        [conflict] = _open_conflicts(device)
        assert (conflict["record_id"], conflict["field"], conflict["mine"], conflict["theirs"]) == (
            client_id, "deleted", 0, True)
    assert tablet.push(first, second) == answers  # a retry of the same push: the same answers
    assert len(_open_conflicts(chain.device(0))) == 1  # and still one entry, from the start


def test_two_queued_updates_of_a_deleted_client_leave_one_conflict_over_two_pushes(chain):
    laptop, tablet, client_id, base = _deleted_elsewhere(chain)
    first, second = _two_queued_updates(client_id, base)
    tablet.push(first)  # the push broke off after the first: the second goes in the next
    tablet.push(first, second)
    tablet.push(second)
    assert len(_open_conflicts(chain.device(0))) == 1


def test_a_resolved_conflict_does_not_swallow_the_same_cause_met_again(chain):
    laptop, tablet, client_id, base = _deleted_elsewhere(chain)
    first, second = _two_queued_updates(client_id, base)
    tablet.push(first)
    [conflict] = _open_conflicts(laptop)
    laptop.push(op("sync_conflicts", conflict["id"], "update", fields={**conflict, "resolved": True}, base=conflict))
    tablet.push(second)  # met after the first was resolved: a person must see it again
    [again] = _open_conflicts(chain.device(0))
    assert again["id"] != conflict["id"] and again["field"] == "deleted"


def test_different_causes_on_one_record_stay_apart(chain):
    laptop, tablet, client_id, base = _shared_client(chain)
    laptop.push(_edit(client_id, base, "w1", "2026-03-03T10:00:00.000000Z", phone="06-11112222"))
    tablet.push(_edit(client_id, base, "w2", "2026-03-03T10:05:00.000000Z", phone="06-99990000"))
    tablet.push(_edit(client_id, base, "w2", "2026-03-03T10:06:00.000000Z", phone="06-88880000"))
    conflicts = _open_conflicts(laptop)
    assert sorted(c["mine"] for c in conflicts) == ["06-88880000", "06-99990000"]  # two values set aside: two
