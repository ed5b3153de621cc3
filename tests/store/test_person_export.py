"""The export of everything held about one person (AVG), from the real encrypted store."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from desktop.store import RecordNotFound
from desktop.store.person_export import FORMAT, export_person, save_json, to_json
from tests.store.test_conversations import INTAKE_ANSWERS

TODAY = date.today()
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def fill_person(store) -> dict:
    """Amina's whole file: household, handover, intake, visit with a report and follow-ups, and a plan
    with goals, actions, money, a milestone and an agreed version. Fatima, who has nothing to do with
    her, has a file of her own; Yusuf lives with Amina. Returns the ids, by name."""
    d = store.directory
    gemeente = d.add_organisation("Gemeente Hilversum", "gemeente")
    school = d.add_organisation("Taalschool Gooi", "taalschool")
    me = d.add_worker("Sanne de Vries", "klantmanager", gemeente)
    teacher = d.add_worker("Marieke Bos", "partner", school)
    store.set_current_worker(me)

    amina = store.clients.create({
        "given_names": "Amina", "family_name": "Haddad", "date_of_birth": "1990-04-12", "v_number": "1234567890",
        "phone": "06 1234 5678", "languages": ["ar", "en"], "vestiging_date": day(-100),
        "notes": "Wil graag snel aan het werk."})
    yusuf = store.clients.add_to_household(amina, {
        "given_names": "Yusuf", "family_name": "Haddad", "household_role": "partner", "phone": "06 9999 0000"})
    fatima = store.clients.create({"given_names": "Fatima", "family_name": "Bakr", "phone": "06 5555 4444",
                                   "vestiging_date": day(-100)})

    handover = store.handovers.start(amina, {"coa_name": "Piet van COA"})
    store.handovers.save_part(handover, amina, "health", {"care_needs": True}, "Rugklachten sinds de reis.")
    store.handovers.save_part(handover, amina, "identity", {"identity_checked": True})

    intake = store.intakes.start(amina, {})
    for part, answers in INTAKE_ANSWERS.items():
        store.intakes.save_part(intake, amina, part, answers)
    store.intakes.complete(intake)

    visit = store.visits.plan(amina, {"planned_on": day(-3), "planned_time": "10:00", "visitor_ids": [me]})
    store.visits.report(visit, "done", me)
    store.visits.save_part(visit, amina, "summary", {"observations": "Het huis is schoon, de post ligt open."})
    store.visits.save_part(visit, amina, "health", {"state": "attention"})
    follow_up = store.visits.add_follow_up(visit, {"description": "Huisarts bellen", "due_on": day(4),
                                                   "owner_id": me})
    dropped = store.visits.add_follow_up(visit, {"description": "Fiets regelen", "due_on": day(5), "owner_id": me})
    store.visits.remove_follow_up(dropped)

    plans = store.plans
    plan = plans.start(amina, intake)
    plans.update(plan, {"leerroute": "B", "niveau": "B1", "duo_notice_on": day(-30)})
    goal = plans.get(plan)["goals"][0]["id"]
    plans.goals.update(goal, {"result": "Op B1-niveau Nederlands spreken"})
    action = plans.actions.add(plan, {"description": "Aanmelden bij de taalschool", "due_on": day(7),
                                      "worker_id": teacher, "goal_id": goal})
    tranche = plans.tranches.add(plan, {"amount_cents": 125050, "paid_on": day(-20), "purpose": "Bed en kast"})
    signal = plans.debt_signals.add(plan, {"noticed_on": day(-10), "kind": "rent_arrears", "note": "Eén maand"})
    milestone = plans.milestones.add(plan, {"kind": "socially_active", "reached_on": day(-1)})
    version = plans.agree(plan, {"agreed_on": day(0), "client_agrees": True, "agreement_how": "signed",
                                 "present_ids": [me]})

    # Fatima's own file, with words that must never show up in Amina's export.
    other_handover = store.handovers.start(fatima, {"coa_name": "Truus van COA"})
    store.handovers.save_part(other_handover, fatima, "health", {"care_needs": True}, "Fatima's migraine.")
    other_visit = store.visits.plan(fatima, {"planned_on": day(-2), "visitor_ids": [me]})
    store.visits.save_part(other_visit, fatima, "summary", {"observations": "Fatima's kamer is vochtig."})
    other_plan = plans.start(fatima, seed_goals=False)
    plans.actions.add(other_plan, {"description": "Fatima naar de bibliotheek", "due_on": day(3),
                                   "worker_id": teacher})
    return {"me": me, "teacher": teacher, "school": school, "amina": amina, "yusuf": yusuf, "fatima": fatima,
            "handover": handover, "intake": intake, "visit": visit, "follow_up": follow_up, "dropped": dropped,
            "plan": plan, "goal": goal, "action": action, "tranche": tranche, "signal": signal,
            "milestone": milestone, "version": version, "other_handover": other_handover,
            "other_visit": other_visit, "other_plan": other_plan}


@pytest.fixture
def ids(store):
    return fill_person(store)


def _sql(store, statement: str, **params) -> list:
    with store.engine.begin() as conn:
        result = conn.execute(text(statement), params)
        return result.all() if result.returns_rows else []


def _record_ids(value) -> set[str]:
    """The ids of every record anywhere in the export."""
    found = set()
    if isinstance(value, dict):
        if isinstance(value.get("id"), str) and "created_at" in value:
            found.add(value["id"])
        for v in value.values():
            found |= _record_ids(v)
    elif isinstance(value, list):
        for v in value:
            found |= _record_ids(v)
    return found


def _held_of(store, client_id: str, plan_id: str) -> set[str]:
    """Every record the store holds of the person: each table with a client_id, and the plan's history."""
    held = set()
    tables = [r[0] for r in _sql(store, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        columns = {r[1] for r in _sql(store, f'PRAGMA table_info("{table}")')}
        if "client_id" in columns and "id" in columns:
            held |= {r[0] for r in _sql(store, f'SELECT id FROM "{table}" WHERE client_id = :c', c=client_id)}
    held |= {r[0] for r in _sql(store, "SELECT id FROM plan_history WHERE plan_id = :p", p=plan_id)}
    return held | {client_id}


def test_every_record_of_the_person_is_in_the_export(store, ids):
    export = export_person(store, ids["amina"], NOW)
    held = _held_of(store, ids["amina"], ids["plan"])
    assert len(held) > 40  # the file is big enough for this to mean something
    assert held <= _record_ids(export["sections"])

    s = export["sections"]
    assert export["format"] == FORMAT and export["version"] == 1
    assert export["exported_at"] == "2026-03-02T09:30:00Z"
    assert export["exported_by"] == {"worker_id": ids["me"], "name": "Sanne de Vries", "role": "klantmanager",
                                     "organisation": "Gemeente Hilversum"}
    assert export["person"] == {"id": ids["amina"], "name": "Amina Haddad", "date_of_birth": "1990-04-12",
                                "v_number": "1234567890"}
    assert s["client"]["notes"] == "Wil graag snel aan het werk." and s["client"]["languages"] == ["ar", "en"]
    assert "search_text" not in s["client"]  # derived on this device: nothing the record does not hold
    assert [m["given_names"] for m in s["household"]["members"]] == ["Yusuf"]
    assert s["household"]["members"][0]["household_role"] == "partner"
    assert s["household"]["record"]["id"] == s["client"]["household_id"]

    [handover] = s["handovers"]
    parts = {p["part"]: p for p in handover["parts"]}
    assert parts["health"]["special"] is True and parts["identity"]["special"] is False
    assert parts["health"]["answers"] == {"care_needs": True} and parts["health"]["notes"].startswith("Rugklachten")
    [intake] = s["intakes"]
    assert intake["status"] == "complete" and len(intake["parts"]) == len(INTAKE_ANSWERS)
    assert {p["part"] for p in intake["parts"] if p["special"]} == {"health"}

    [visit] = s["visits"]
    summary = next(p for p in visit["parts"] if p["part"] == "summary")
    assert summary["answers"]["observations"] == "Het huis is schoon, de post ligt open."
    follow_ups = {f["id"]: f for f in visit["follow_ups"]}
    assert follow_ups[ids["follow_up"]]["deleted"] is False
    assert follow_ups[ids["dropped"]]["deleted"] is True  # removed, yet still held: so in the export

    plan = s["plan"]
    assert plan["record"]["leerroute"] == "B"
    assert [a["description"] for a in plan["actions"]] == ["Aanmelden bij de taalschool"]
    assert plan["tranches"][0]["amount_cents"] == 125050 and plan["debt_signals"][0]["kind"] == "rent_arrears"
    assert plan["milestones"][0]["kind"] == "socially_active"
    [version] = plan["versions"]
    assert version["client_agrees"] is True and version["present_ids"] == [ids["me"]]
    assert version["snapshot"]["actions"][0]["description"] == "Aanmelden bij de taalschool"  # decoded
    assert any(h["record_id"] == ids["goal"] and h["new"] == "Op B1-niveau Nederlands spreken"
               for h in plan["history"])
    assert export["names"]["workers"][ids["teacher"]]["name"] == "Marieke Bos"
    assert export["names"]["organisations"][ids["school"]]["name"] == "Taalschool Gooi"
    assert ("consents" in s) == _has_table(store, "consents")


def test_nothing_of_another_client_is_in_it(store, ids):
    export = export_person(store, ids["amina"], NOW)
    dumped = to_json(export)
    fatima_held = _held_of(store, ids["fatima"], ids["other_plan"])
    assert fatima_held and not fatima_held & _record_ids(export)
    for word in ("Fatima", "Bakr", "Truus", "migraine", "vochtig", "bibliotheek", "06 5555 4444", *fatima_held):
        assert word not in dumped
    # Yusuf is there as a link (name, role), not his file.
    assert "06 9999 0000" not in dumped
    yusuf_records = _held_of(store, ids["yusuf"], "-") - {ids["yusuf"]}
    assert not yusuf_records & _record_ids(export)
    # Every pending change in it is one of Amina's records.
    held = _record_ids(export["sections"])
    assert export["sections"]["pending_changes"]
    assert all(e["record_id"] in held for e in export["sections"]["pending_changes"])


def test_pending_changes_are_what_has_not_reached_the_server(store, ids):
    _sql(store, "DELETE FROM outbox")  # as after a sync: everything accepted
    assert export_person(store, ids["amina"])["sections"]["pending_changes"] == []
    store.plans.actions.update(ids["action"], {"status": "in_progress"})
    store.visits.update_follow_up(ids["follow_up"], {"done_on": day(0)})
    store.clients.update(ids["fatima"], {"phone": "06 5555 4445"})
    pending = export_person(store, ids["amina"])["sections"]["pending_changes"]
    records = [(e["entity"], e["record_id"], e["op"]) for e in pending if e["entity"] != "plan_history"]
    assert records == [("plan_actions", ids["action"], "update"), ("follow_ups", ids["follow_up"], "update")]
    action = pending[[e["record_id"] for e in pending].index(ids["action"])]
    assert action["after"]["status"] == "in_progress" and action["before"]["status"] == "planned"
    history = [e["after"] for e in pending if e["entity"] == "plan_history"]  # the plan's history travels too
    assert [(h["record_id"], h["field"], h["new"]) for h in history] == [(ids["action"], "status", "in_progress")]


def test_conflicts_and_refused_changes_about_the_person(store, ids):
    stamp = "2026-03-01T10:00:00.000000Z"
    for conflict_id, client_id, record in (("c-amina", ids["amina"], ids["amina"]),
                                           ("c-action", None, ids["action"]),
                                           ("c-fatima", ids["fatima"], ids["fatima"])):
        _sql(store, "INSERT INTO sync_applying (flag) VALUES (1)")
        _sql(store, "INSERT INTO sync_conflicts (id, created_at, updated_at, entity, record_id, client_id, field, "
                    "base, mine, theirs) VALUES (:id, :s, :s, 'clients', :r, :c, 'phone', '\"1\"', '\"2\"', '\"3\"')",
             id=conflict_id, s=stamp, r=record, c=client_id)
        _sql(store, "DELETE FROM sync_applying")
    for record, fields in ((ids["visit"], None), (ids["other_visit"], None),
                           ("gone-record", json.dumps({"client_id": ids["amina"], "description": "Weg"}))):
        _sql(store, "INSERT INTO sync_rejects (op_id, entity, record_id, op, fields, reason, rejected_at) "
                    "VALUES ('op', 'visits', :r, 'update', :f, 'Niet toegestaan', :s)", r=record, f=fields, s=stamp)
    s = export_person(store, ids["amina"])["sections"]
    assert {c["id"] for c in s["conflicts"]} == {"c-amina", "c-action"}
    assert s["conflicts"][0]["mine"] == "2"
    assert [r["record_id"] for r in s["refused_changes"]] == [ids["visit"], "gone-record"]
    assert s["refused_changes"][1]["fields"]["description"] == "Weg"


def _has_table(store, name: str) -> bool:
    return bool(_sql(store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n", n=name))


CONSENTS_TABLE = ("CREATE TABLE consents (id VARCHAR(36) PRIMARY KEY, created_at VARCHAR(32) NOT NULL, "
                  "updated_at VARCHAR(32) NOT NULL, version INTEGER NOT NULL DEFAULT 0, "
                  "deleted BOOLEAN NOT NULL DEFAULT 0, client_id VARCHAR(36) NOT NULL, "
                  "organisation_id VARCHAR(36) NOT NULL, parts TEXT NOT NULL DEFAULT '[]', "
                  "given_on VARCHAR(10) NOT NULL, how_given VARCHAR(12) NOT NULL, recorded_by VARCHAR(36), "
                  "withdrawn_on VARCHAR(10), notes TEXT NOT NULL DEFAULT '')")


def test_consents_and_records_of_kinds_added_later_are_read_when_the_table_exists(store, ids):
    if not _has_table(store, "consents"):  # a store from before consents were kept
        _sql(store, CONSENTS_TABLE)
    _sql(store, "CREATE TABLE letters (id TEXT PRIMARY KEY, created_at TEXT, client_id TEXT, subject TEXT)")
    for consent_id, client_id in (("k1", ids["amina"]), ("k2", ids["fatima"])):
        _sql(store, "INSERT INTO consents (id, created_at, updated_at, client_id, organisation_id, parts, given_on, "
                    "how_given) VALUES (:id, 'x', 'x', :c, :o, '[\"plan\"]', :d, 'written')",
             id=consent_id, c=client_id, o=ids["school"], d=day(-5))
    _sql(store, "INSERT INTO letters VALUES ('l1', 'x', :c, 'Uitnodiging')", c=ids["amina"])
    s = export_person(store, ids["amina"])["sections"]
    assert [c["id"] for c in s["consents"]] == ["k1"]
    assert s["consents"][0]["parts"] == ["plan"] and s["consents"][0]["deleted"] is False
    assert s["other_records"] == {"letters": [{"id": "l1", "created_at": "x", "client_id": ids["amina"],
                                               "subject": "Uitnodiging"}]}


def test_a_store_without_consents_exports_without_them(store, ids):
    _sql(store, "DROP TABLE IF EXISTS consents")  # as a store from before they were kept
    export = export_person(store, ids["amina"])
    assert "consents" not in export["sections"] and export["sections"]["client"]["id"] == ids["amina"]


def test_the_json_round_trips_sorted_and_in_utf8(store, ids, tmp_path):
    store.clients.update(ids["amina"], {"given_names_usual": "Amīna"})
    export = export_person(store, ids["amina"], NOW)
    path = tmp_path / "export.json"
    save_json(export, path)
    raw = path.read_bytes()
    assert "Amīna".encode() in raw  # UTF-8 as it is, not \u escapes
    assert json.loads(raw.decode("utf-8")) == export
    assert raw.decode("utf-8") == json.dumps(json.loads(raw), sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def test_an_unknown_person_is_refused(store):
    with pytest.raises(RecordNotFound):
        export_person(store, "no-such-client")
