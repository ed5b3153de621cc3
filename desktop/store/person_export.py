"""Everything this device's store holds about one person, for their request under the AVG (art. 15, 20).

One read, in one transaction, into a plain dict: the client file, the household and who else
is in it, the conversations with every answer (health parts marked special category), the
visits, the plan with its history, consents where the store has them, the conflicts and
refused changes about the person, and the changes that have not reached the server yet.
Tombstoned records are still held, so they are in it, marked "deleted". Columns only this
device derives (search_text) are left out: they hold nothing the record does not.

A table with a client_id column that this module does not know yet lands in "other_records",
so a new kind of record is in the export before anyone writes a section for it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import Connection, Table, TableClause, or_, select

from desktop.store.client_stage import stage_column
from desktop.store.current_worker import current_worker_id
from desktop.store.errors import RecordNotFound
from desktop.store.outbox import LOCAL_COLUMNS
from desktop.store.schema import (
    clients,
    device_state,
    duplicate_dismissals,
    follow_ups,
    form_parts,
    handovers,
    households,
    intakes,
    organisations,
    outbox,
    plan_actions,
    plan_debt_signals,
    plan_goals,
    plan_history,
    plan_milestones,
    plan_tranches,
    plan_versions,
    plans,
    sync_conflicts,
    sync_rejects,
    visits,
    workers,
)
from desktop.store.sync_state import ACCOUNT, decode_value, shown_value
from domain.client import display_name

FORMAT = "ketenplan.person_export"
VERSION = 1
CONSENTS = "consents"
# Tables read by a section of their own; any other table holding a client_id is "other_records".
_SECTIONED = frozenset({"clients", "households", "handovers", "intakes", "visits", "follow_ups", "form_parts",
                        "plans", "plan_goals", "plan_actions", "plan_versions", "plan_history", "plan_tranches",
                        "plan_debt_signals", "plan_milestones", "sync_conflicts", "sync_rejects",
                        "duplicate_dismissals", "outbox", CONSENTS})
_JSON_TEXT = frozenset({"answers", "snapshot", "parts"})  # text columns holding JSON (consents: parts)
_PLAN_PARTS = {"goals": plan_goals, "actions": plan_actions, "tranches": plan_tranches,
               "debt_signals": plan_debt_signals, "milestones": plan_milestones}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound values


def export_person(store, client_id: str, now: datetime | None = None) -> dict:
    """The export of one person; raises RecordNotFound when the store has no such client."""
    with store.engine.begin() as conn:  # one transaction: one consistent moment
        return _export(conn, client_id, now or datetime.now(UTC))


def to_json(export: dict) -> str:
    return json.dumps(export, sort_keys=True, ensure_ascii=False, indent=2, default=str) + "\n"


def save_json(export: dict, path: Path | str) -> None:
    Path(path).write_text(to_json(export), encoding="utf-8")


# -- reading ----------------------------------------------------------------------------
def _export(conn: Connection, client_id: str, now: datetime) -> dict:
    client_row = conn.execute(select(clients, stage_column().label("derived_stage"))
                              .where(clients.c.id == client_id)).mappings().first()
    if client_row is None:
        raise RecordNotFound(client_id)
    client = _record(client_row)
    client["stage"] = client.pop("derived_stage")  # as every screen shows it: from the records
    held = _Held(client_id)
    held.add([client])

    sections: dict = {"client": client, "household": _household(conn, client, held)}
    for name, table in (("handovers", handovers), ("intakes", intakes)):
        sections[name] = _conversations(conn, table, client_id, held)
    sections["visits"], sections["follow_ups"] = _visits(conn, client_id, held)
    conversations = set(held.ids)
    sections["form_parts_without_conversation"] = held.add([  # answers whose conversation is not held here
        part for part in _rows(conn, select(form_parts).where(form_parts.c.client_id == client_id)
                               .order_by(form_parts.c.created_at)) if part["owner_id"] not in conversations])
    sections["plan"] = _plan(conn, client_id, held)
    tables = _tables(conn)
    if CONSENTS in tables:
        sections["consents"] = held.add(_client_rows(conn, tables[CONSENTS], client_id))
    sections["other_records"] = {name: held.add(rows) for name, table in sorted(tables.items())
                                 if name not in _SECTIONED and (rows := _client_rows(conn, table, client_id))}
    sections["not_the_same_person"] = held.add(_rows(conn, select(duplicate_dismissals).where(
        or_(duplicate_dismissals.c.client_a == client_id, duplicate_dismissals.c.client_b == client_id))))
    sections["conflicts"] = _conflicts(conn, held)
    sections["refused_changes"] = _rejects(conn, held)
    sections["pending_changes"] = _pending(conn, held)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "exported_by": _exported_by(conn),
        "person": {"id": client_id, "name": display_name(client), "date_of_birth": client.get("date_of_birth"),
                   "v_number": client.get("v_number") or ""},
        "sections": sections,
        "names": _names(conn, sections),
    }


class _Held:
    """The ids of every record in the export so far: what conflicts and pending changes are matched on."""

    def __init__(self, client_id: str):
        self.client_id = client_id
        self.ids: set[str] = set()

    def add(self, records: list[dict]) -> list[dict]:
        self.ids.update(str(r["id"]) for r in records if r.get("id") is not None)
        return records

    def concerns(self, record_id: str | None, fields: dict | None = None) -> bool:
        return record_id in self.ids or (fields or {}).get("client_id") == self.client_id


def _household(conn: Connection, client: dict, held: _Held) -> dict | None:
    if not client.get("household_id"):
        return None
    row = conn.execute(select(households).where(households.c.id == client["household_id"])).mappings().first()
    # The others in the household by name and role only: their own files are theirs to ask for.
    members = [dict(r) for r in conn.execute(
        select(clients.c.id, clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
               clients.c.family_name_usual, clients.c.household_role, clients.c.deleted)
        .where(clients.c.household_id == client["household_id"], clients.c.id != client["id"])
        .order_by(clients.c.household_role, clients.c.date_of_birth)).mappings()]
    for member in members:
        member["deleted"] = bool(member["deleted"])
    record = _record(row) if row is not None else None
    if record is not None:
        held.add([record])
    return {"record": record, "members": members}


def _conversations(conn: Connection, table: Table, client_id: str, held: _Held) -> list[dict]:
    records = held.add(_rows(conn, select(table).where(table.c.client_id == client_id)
                             .order_by(table.c.created_at)))
    for record in records:
        record["parts"] = _parts(conn, record["id"], held)
    return records


def _parts(conn: Connection, owner_id: str, held: _Held) -> list[dict]:
    return held.add(_rows(conn, select(form_parts).where(form_parts.c.owner_id == owner_id)
                          .order_by(form_parts.c.created_at)))


def _visits(conn: Connection, client_id: str, held: _Held) -> tuple[list[dict], list[dict]]:
    """The visits with their report and follow-ups; follow-ups of no visit here, apart."""
    records = held.add(_rows(conn, select(visits).where(visits.c.client_id == client_id)
                             .order_by(visits.c.planned_on, visits.c.planned_time)))
    by_visit: dict[str | None, list[dict]] = {}
    for follow_up in held.add(_rows(conn, select(follow_ups).where(follow_ups.c.client_id == client_id)
                                    .order_by(follow_ups.c.due_on, follow_ups.c.created_at))):
        by_visit.setdefault(follow_up["visit_id"], []).append(follow_up)
    for record in records:
        record["parts"] = _parts(conn, record["id"], held)
        record["follow_ups"] = by_visit.pop(record["id"], [])
    return records, [f for rest in by_visit.values() for f in rest]


def _plan(conn: Connection, client_id: str, held: _Held) -> dict | None:
    row = conn.execute(select(plans).where(plans.c.client_id == client_id)
                       .order_by(plans.c.deleted, plans.c.created_at)).mappings().first()
    if row is None:
        return None
    record = held.add([_record(row)])[0]
    plan_id = record["id"]
    out = {"record": record}
    for name, table in _PLAN_PARTS.items():
        out[name] = held.add(_rows(conn, select(table).where(table.c.plan_id == plan_id)
                                   .order_by(table.c.created_at)))
    out["versions"] = held.add(_rows(conn, select(plan_versions).where(plan_versions.c.plan_id == plan_id)
                                     .order_by(plan_versions.c.number)))
    history = _rows(conn, select(plan_history).where(plan_history.c.plan_id == plan_id)
                    .order_by(plan_history.c.at, plan_history.c.created_at))
    for entry in history:
        entry["old"], entry["new"] = (shown_value(entry["field"], v) for v in (entry["old"], entry["new"]))
    out["history"] = held.add(history)
    return out


def _conflicts(conn: Connection, held: _Held) -> list[dict]:
    c = sync_conflicts
    rows = _rows(conn, select(c).where(or_(c.c.client_id == held.client_id, *_within(c.c.record_id, held.ids)))
                 .order_by(c.c.created_at, c.c.id))
    for row in rows:
        for key in ("base", "mine", "theirs"):
            row[key] = shown_value(row["field"], decode_value(row[key]))
    return rows


def _rejects(conn: Connection, held: _Held) -> list[dict]:
    out = []
    for row in conn.execute(select(sync_rejects).order_by(sync_rejects.c.id)).mappings():
        record = dict(row)
        record["fields"] = _record(json.loads(record["fields"])) if record["fields"] else None
        if held.concerns(record["record_id"], record["fields"]):
            out.append(record)
    return out


def _pending(conn: Connection, held: _Held) -> list[dict]:
    """Outbox entries of the person's records, oldest first: what the server has not accepted yet."""
    out = []
    for row in conn.execute(select(outbox).order_by(outbox.c.seq)).mappings():
        entry = dict(row)
        entry["claimed"] = bool(entry["claimed"])
        for key in ("before", "after"):
            entry[key] = _record(json.loads(entry[key])) if entry[key] else None
        if held.concerns(entry["record_id"], entry["after"] or entry["before"]):
            out.append(entry)
    return out


def _exported_by(conn: Connection) -> dict:
    """The worker of this device, as the directory knows them; else the account that enrolled it."""
    worker_id = current_worker_id(conn)
    if worker_id:
        row = conn.execute(select(workers.c.name, workers.c.role, organisations.c.name.label("organisation"))
                           .outerjoin(organisations, organisations.c.id == workers.c.organisation_id)
                           .where(workers.c.id == worker_id)).mappings().first()
        if row is not None:
            return {"worker_id": worker_id, **dict(row)}
    account = conn.execute(select(device_state.c.value).where(device_state.c.key == ACCOUNT)).scalar()
    if account:
        fields = json.loads(account)
        return {"worker_id": fields.get("worker_id") or worker_id, "name": fields.get("display_name"),
                "role": fields.get("role"), "organisation": None}
    return {"worker_id": worker_id, "name": None, "role": None, "organisation": None}


def _names(conn: Connection, sections: dict) -> dict:
    """The workers and organisations the export refers to, so their ids can be read as names."""
    ids = {text for text in _strings(sections) if _UUID.match(text)}
    worker_rows = conn.execute(select(workers.c.id, workers.c.name, workers.c.role, workers.c.organisation_id)
                               .where(*_within(workers.c.id, ids, all_=True))).mappings() if ids else []
    found_workers = {r["id"]: {"name": r["name"], "role": r["role"], "organisation_id": r["organisation_id"]}
                     for r in worker_rows}
    ids |= {w["organisation_id"] for w in found_workers.values() if w["organisation_id"]}
    org_rows = conn.execute(select(organisations.c.id, organisations.c.name, organisations.c.kind)
                            .where(*_within(organisations.c.id, ids, all_=True))).mappings() if ids else []
    return {"workers": found_workers,
            "organisations": {r["id"]: {"name": r["name"], "kind": r["kind"]} for r in org_rows}}


# -- rows -------------------------------------------------------------------------------
def _rows(conn: Connection, query) -> list[dict]:
    return [_record(r) for r in conn.execute(query).mappings()]


def _record(row) -> dict:
    """A row as the export holds it: booleans and lists as such, JSON text decoded, local columns gone."""
    record = {k: v for k, v in dict(row).items() if k not in LOCAL_COLUMNS}
    for key, value in record.items():
        if key in _JSON_TEXT and isinstance(value, str):
            record[key] = decode_value(value)
        else:
            record[key] = shown_value(key, value)
    return record


def _tables(conn: Connection) -> dict[str, TableClause]:
    """The tables this store has now, with a client_id column, read from the database itself:
    a table another version of the app added is found without this module knowing it."""
    names = [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'alembic_%'")]
    found = {}
    for name in names:
        columns = [r[1] for r in conn.exec_driver_sql(f'PRAGMA table_info("{name}")')]
        if "client_id" in columns:
            found[name] = sa.table(name, *(sa.column(c) for c in columns))
    return found


def _client_rows(conn: Connection, table: TableClause, client_id: str) -> list[dict]:
    order = [table.c.created_at] if "created_at" in table.c else []
    return _rows(conn, select(table).where(table.c.client_id == client_id).order_by(*order))


def _within(column, ids: Iterable[str], all_: bool = False) -> list:
    """`column IN ids`, split so that no statement binds too many values."""
    ids = sorted(ids)
    parts = [column.in_(ids[i:i + _CHUNK]) for i in range(0, len(ids), _CHUNK)]
    if all_:
        return [or_(*parts)] if parts else [column.in_([])]
    return parts


def _strings(value) -> Iterable[str]:
    """Every string anywhere in the export (ids among them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)
