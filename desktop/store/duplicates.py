"""The same person registered twice (on two devices, offline): found, merged, or dismissed.

Two live clients with the same non-empty V-nummer or BSN are likely one person, unless a
person said they are not (duplicate_dismissals, synced). Merging moves everything that
points to the client dropped onto the client kept and tombstones the dropped one, all as
ordinary writes, so the merge reaches every device through the outbox.
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import Connection, Engine, Table, select, text, update

from desktop.store.errors import RecordNotFound
from desktop.store.json_columns import json_list
from desktop.store.records import now_stamp
from desktop.store.schema import (
    clients,
    duplicate_dismissals,
    follow_ups,
    form_parts,
    handovers,
    households,
    intakes,
    plan_actions,
    plan_debt_signals,
    plan_goals,
    plan_milestones,
    plan_tranches,
    plans,
    referrals,
    stage_ratings,
    stories,
    visits,
)
from domain.client import CLIENT_FIELDS

_DISMISSALS = uuid.UUID("a3d1c0e2-5b7f-4e86-9c3d-1f2e8b6a4d90")
# Records that name their client. Agreed plan versions and plan history are frozen by design:
# they keep naming the client as it was when they were written.
CLIENT_RECORDS: tuple[Table, ...] = (handovers, intakes, visits, follow_ups, form_parts, referrals, stories,
                                     stage_ratings)
PLAN_PARTS: tuple[Table, ...] = (plan_goals, plan_actions, plan_tranches, plan_debt_signals, plan_milestones)
_LIST_FIELDS = ("languages", "partner_org_ids")
_PLAN_FIELDS_SKIPPED = frozenset({"id", "created_at", "updated_at", "version", "deleted", "client_id"})

_PAIRS = text("""
WITH live AS (SELECT id, v_number, bsn FROM clients WHERE deleted = 0)
SELECT a.id AS client_a, b.id AS client_b, 'v_number' AS matched_on
  FROM live a JOIN live b ON b.v_number = a.v_number AND a.id < b.id WHERE a.v_number != ''
UNION
SELECT a.id, b.id, 'bsn' FROM live a JOIN live b ON b.bsn = a.bsn AND a.id < b.id WHERE a.bsn != ''
""")


def dismissal_id(client_a: str, client_b: str) -> str:
    """One id per pair on every device: two people dismissing it offline make one record."""
    first, second = sorted((client_a, client_b))
    return str(uuid.uuid5(_DISMISSALS, f"{first}/{second}"))


def likely_duplicate_pairs(conn: Connection) -> list[dict]:
    """Pairs of live clients with the same V-nummer or BSN that nobody dismissed:
    {"client_a", "client_b", "matched_on": ["bsn", "v_number"]}, client_a < client_b."""
    dismissed = {(a, b) for a, b in conn.execute(select(duplicate_dismissals.c.client_a,
                                                         duplicate_dismissals.c.client_b)
                                                  .where(duplicate_dismissals.c.deleted.is_(False)))}
    pairs: dict[tuple[str, str], list[str]] = {}
    for a, b, matched_on in conn.execute(_PAIRS):
        if (a, b) not in dismissed:
            pairs.setdefault((a, b), []).append(matched_on)
    return [{"client_a": a, "client_b": b, "matched_on": sorted(on)} for (a, b), on in sorted(pairs.items())]


class DuplicateRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def likely_duplicates(self) -> list[dict]:
        """Each pair with both clients' list fields ("a", "b") for the person to compare."""
        columns = (clients.c.id, clients.c.given_names, clients.c.family_name, clients.c.date_of_birth,
                   clients.c.v_number, clients.c.bsn, clients.c.phone, clients.c.created_at)
        with self._engine.connect() as conn:
            pairs = likely_duplicate_pairs(conn)
            ids = {i for p in pairs for i in (p["client_a"], p["client_b"])}
            rows = {r["id"]: dict(r) for r in conn.execute(
                select(*columns).where(clients.c.id.in_(ids))).mappings()} if ids else {}
        return [{**p, "a": rows[p["client_a"]], "b": rows[p["client_b"]]} for p in pairs]

    def dismiss(self, client_a: str, client_b: str) -> str:
        """These two are not the same person: the pair is not flagged again, on any device."""
        first, second = sorted((client_a, client_b))
        record_id, stamp = dismissal_id(first, second), now_stamp()
        d = duplicate_dismissals
        with self._engine.begin() as conn:
            existing = conn.execute(select(d.c.deleted).where(d.c.id == record_id)).first()
            if existing is None:
                conn.execute(d.insert().values(id=record_id, client_a=first, client_b=second,
                                               created_at=stamp, updated_at=stamp))
            elif existing[0]:
                conn.execute(update(d).where(d.c.id == record_id).values(deleted=False, updated_at=stamp))
        return record_id

    def merge_clients(self, keep_id: str, drop_id: str) -> dict[str, int]:
        """Make drop_id part of keep_id: its conversations, visits, follow-ups, form answers, stories, ratings and
        plan move over (into keep's plan when keep has one), keep's empty fields are filled from
        drop, and drop is tombstoned. Returns how many records of each kind moved."""
        if keep_id == drop_id:
            raise ValueError("a client cannot be merged into itself")
        stamp = now_stamp()
        moved: dict[str, int] = {}
        with self._engine.begin() as conn:
            keep, drop = _live_client(conn, keep_id), _live_client(conn, drop_id)
            for table in CLIENT_RECORDS:
                moved[table.name] = conn.execute(update(table).where(table.c.client_id == drop_id)
                                                 .values(client_id=keep_id, updated_at=stamp)).rowcount
            moved.update(_merge_plans(conn, keep_id, drop_id, stamp))
            changes = _filled_from(keep, drop)
            if drop["household_id"] and drop["household_id"] != keep["household_id"]:
                if keep["household_id"]:
                    moved["household_members"] = _move_household(conn, drop["household_id"],
                                                                  keep["household_id"], drop_id, stamp)
                else:
                    changes.update(household_id=drop["household_id"], household_role=drop["household_role"])
            if changes:
                conn.execute(update(clients).where(clients.c.id == keep_id).values(updated_at=stamp, **changes))
            conn.execute(update(clients).where(clients.c.id == drop_id).values(deleted=True, updated_at=stamp))
        return moved


def _live_client(conn: Connection, client_id: str) -> dict:
    row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
    if row is None or row["deleted"]:
        raise RecordNotFound(client_id)
    return dict(row)


def _empty(value) -> bool:
    return value is None or value == "" or value == "[]"


def _filled_from(keep: dict, drop: dict) -> dict:
    """keep's empty fields take drop's value; lists are joined; differing notes are both kept."""
    changes = {}
    for field in CLIENT_FIELDS:
        if field in ("household_id", "household_role") or field in _LIST_FIELDS:
            continue
        if isinstance(keep[field], bool):
            if drop[field] and not keep[field]:  # "interpreter needed" known on one side only
                changes[field] = True
        elif _empty(keep[field]) and not _empty(drop[field]):
            changes[field] = drop[field]
    for field in _LIST_FIELDS:
        kept = json_list(keep[field], field)
        joined = kept + [v for v in json_list(drop[field], field) if v not in kept]
        if joined != kept:
            changes[field] = json.dumps(joined)
    if keep["notes"] and drop["notes"] and drop["notes"] not in keep["notes"]:
        changes["notes"] = f"{keep['notes']}\n\n{drop['notes']}"
    return changes


def _merge_plans(conn: Connection, keep_id: str, drop_id: str, stamp: str) -> dict[str, int]:
    live = plans.c.deleted.is_(False)
    keep_plan = conn.execute(select(plans).where(plans.c.client_id == keep_id, live)).mappings().first()
    drop_plan = conn.execute(select(plans).where(plans.c.client_id == drop_id, live)).mappings().first()
    if drop_plan is None:
        return {}
    if keep_plan is None:  # drop's plan, with all its parts and versions, becomes keep's
        conn.execute(update(plans).where(plans.c.id == drop_plan["id"]).values(client_id=keep_id, updated_at=stamp))
        moved = {"plans": 1}
        for table in PLAN_PARTS:
            moved[table.name] = conn.execute(update(table).where(table.c.plan_id == drop_plan["id"])
                                             .values(client_id=keep_id, updated_at=stamp)).rowcount
        return moved
    # Both have a plan: drop's parts join keep's plan; its header fills keep's empty fields.
    moved = {}
    for table in PLAN_PARTS:
        moved[table.name] = conn.execute(update(table).where(table.c.plan_id == drop_plan["id"])
                                         .values(plan_id=keep_plan["id"], client_id=keep_id,
                                                 updated_at=stamp)).rowcount
    fill = {k: v for k, v in drop_plan.items()
            if k not in _PLAN_FIELDS_SKIPPED and _empty(keep_plan[k]) and not _empty(v)}
    if fill:
        conn.execute(update(plans).where(plans.c.id == keep_plan["id"]).values(updated_at=stamp, **fill))
    conn.execute(update(plans).where(plans.c.id == drop_plan["id"]).values(deleted=True, updated_at=stamp))
    return moved


def _move_household(conn: Connection, from_id: str, to_id: str, drop_id: str, stamp: str) -> int:
    """Both were registered with a household: drop's housemates join keep's, drop's household goes."""
    moved = conn.execute(update(clients).where(clients.c.household_id == from_id, clients.c.id != drop_id,
                                               clients.c.deleted.is_(False))
                         .values(household_id=to_id, updated_at=stamp)).rowcount
    conn.execute(update(households).where(households.c.id == from_id).values(deleted=True, updated_at=stamp))
    return moved
