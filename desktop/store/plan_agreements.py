"""Agreeing a plan freezes it as a numbered version; versions compare field by field.

A version holds the moment (date, who was present, whether and how the person agreed),
the PIP's date, and a snapshot of the header, goals and actions as JSON. Triggers keep it
unchanged (plan_history.py). Two devices agreeing offline may both make number n: both are
kept, ordered by number and then by when they were written.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection, func, insert, select, update

from desktop.store.current_worker import current_worker_id
from desktop.store.errors import RecordNotFound
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import plan_actions, plan_goals, plan_versions, plans, workers
from domain.errors import FieldError, RecordInvalid
from domain.ids import new_id
from domain.plan import AGREEMENT_FIELDS, blank_to_none, check_agreement
from domain.plan_rules import check_plan_law
from domain.plan_versions import PlanDiff, compare_snapshots, make_snapshot

_LIST_COLUMNS = [c for c in plan_versions.c if c.name != "snapshot"]


def version_list(conn: Connection, plan_id: str) -> list[dict]:
    """Oldest first, without snapshots (they are large), with "agreed_by_name"."""
    return [from_row(r) for r in conn.execute(
        select(*_LIST_COLUMNS, workers.c.name.label("agreed_by_name"))
        .outerjoin(workers, workers.c.id == plan_versions.c.agreed_by)
        .where(plan_versions.c.plan_id == plan_id, plan_versions.c.deleted.is_(False))
        .order_by(plan_versions.c.number, plan_versions.c.created_at)).mappings()]


def first_pip_date(versions: list[dict]) -> str | None:
    """The PIP date of the first agreed version: the inburgeringstermijn counts from it."""
    return next((v["pip_dated_on"] for v in versions if v["pip_dated_on"]), None)


def in_force(conn: Connection, plan_id: str) -> dict:
    """The agreed PIPs the law looks back at: the first's date, and the latest's date and route
    (keyword arguments for check_plan_law)."""
    versions = [v for v in version_list(conn, plan_id) if v["pip_dated_on"]]
    if not versions:
        return {}
    latest = read_version(conn, versions[-1]["id"])["snapshot"]["plan"]
    return {"first_pip_dated_on": versions[0]["pip_dated_on"], "current_pip_dated_on": versions[-1]["pip_dated_on"],
            "current_route": latest.get("leerroute")}


def read_version(conn: Connection, version_id: str) -> dict:
    row = conn.execute(select(plan_versions).where(plan_versions.c.id == version_id)).mappings().first()
    if row is None or row["deleted"]:
        raise RecordNotFound(version_id)
    version = from_row(row)
    version["snapshot"] = json.loads(version["snapshot"])
    return version


def latest_snapshot(conn: Connection, plan_id: str) -> dict:
    """Raises RecordInvalid({"plan": not_agreed}) before the first agreement."""
    raw = conn.execute(select(plan_versions.c.snapshot).where(
        plan_versions.c.plan_id == plan_id, plan_versions.c.deleted.is_(False))
        .order_by(plan_versions.c.number.desc(), plan_versions.c.created_at.desc()).limit(1)).scalar()
    if raw is None:
        raise RecordInvalid({"plan": FieldError.NOT_AGREED})
    return json.loads(raw)


def compare(conn: Connection, old_version_id: str, new_version_id: str) -> PlanDiff:
    return compare_snapshots(read_version(conn, old_version_id)["snapshot"],
                             read_version(conn, new_version_id)["snapshot"])


def current_snapshot(conn: Connection, plan: dict) -> dict:
    goals = [from_row(r) for r in conn.execute(select(plan_goals).where(
        plan_goals.c.plan_id == plan["id"], plan_goals.c.deleted.is_(False))).mappings()]
    actions = [from_row(r) for r in conn.execute(select(plan_actions).where(
        plan_actions.c.plan_id == plan["id"], plan_actions.c.deleted.is_(False))).mappings()]
    return make_snapshot(plan, goals, actions)


def changes_since_agreed(conn: Connection, plan: dict) -> PlanDiff | None:
    try:
        agreed = latest_snapshot(conn, plan["id"])
    except RecordInvalid:
        return None
    # Through JSON, so lists and numbers compare as they do in a stored snapshot.
    return compare_snapshots(agreed, json.loads(json.dumps(current_snapshot(conn, plan))))


def agree(conn: Connection, plan: dict, vestiging_date: str | None, fields: dict) -> str:
    """Fields: agreed_on (required), client_agrees (required), agreement_how (required when the
    person agrees: signed, verbal, digital), present_ids, present_others, agreement_note, and
    pip_dated_on (the PIP's date; the agreement's date when not given), which the plan takes on.
    Refused (RecordInvalid, nothing written) when the plan breaks the law or has no leerroute."""
    unknown = set(fields) - set(AGREEMENT_FIELDS)
    if unknown:
        raise ValueError(f"unknown agreement fields: {sorted(unknown)}")
    fields = blank_to_none(fields)
    errors = check_agreement(fields)
    pip_date = fields.get("pip_dated_on") or fields.get("agreed_on")
    merged = {**plan, "pip_dated_on": pip_date}
    law = check_plan_law(merged, vestiging_date, {"pip_dated_on"}, **in_force(conn, plan["id"]))
    for field, problem in law.items():
        errors.setdefault(field, problem)
    if not plan.get("leerroute"):
        errors["leerroute"] = FieldError.REQUIRED  # DUO requires it in every PIP
    if errors:
        raise RecordInvalid(errors)
    stamp = now_stamp()
    if plan.get("pip_dated_on") != pip_date:
        conn.execute(update(plans).where(plans.c.id == plan["id"]).values(pip_dated_on=pip_date, updated_at=stamp))
    number = (conn.execute(select(func.max(plan_versions.c.number))
                           .where(plan_versions.c.plan_id == plan["id"])).scalar() or 0) + 1
    author = current_worker_id(conn)
    version_id = new_id()
    conn.execute(insert(plan_versions).values(
        id=version_id, created_at=stamp, updated_at=stamp, plan_id=plan["id"], client_id=plan["client_id"],
        number=number, agreed_by=author, pip_dated_on=pip_date,
        snapshot=json.dumps(current_snapshot(conn, merged), sort_keys=True, ensure_ascii=False),
        **to_row({"agreed_on": fields["agreed_on"], "present_ids": fields.get("present_ids") or [],
                  "present_others": (fields.get("present_others") or "").strip(),
                  "client_agrees": fields["client_agrees"], "agreement_how": fields.get("agreement_how") or "",
                  "agreement_note": fields.get("agreement_note") or ""})))
    return version_id
