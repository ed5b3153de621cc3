"""The parts of a plan that are records of their own: goals, actions, tranches, debt signals, milestones.

One repository shape for all five: add, update (returns the previous values, for undo),
remove (a tombstone). Each write is checked whole and writes nothing when it fails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import Connection, Engine, Table, insert, select, update

from desktop.store.errors import RecordNotFound
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import (
    plan_actions,
    plan_debt_signals,
    plan_goals,
    plan_milestones,
    plan_tranches,
    plans,
    workers,
)
from domain import plan as rules
from domain.errors import FieldError, RecordInvalid
from domain.ids import new_id

# (conn, merged record, today) -> the record with what follows from it filled in, plus errors found
Prepare = Callable[[Connection, dict, date], tuple[dict, dict[str, FieldError]]]


def _no_prepare(_conn: Connection, record: dict, _today: date) -> tuple[dict, dict]:
    return record, {}


class PlanPartRepository:
    def __init__(self, engine: Engine, table: Table, fields: tuple[str, ...],
                 check: Callable[[dict], dict[str, FieldError]], prepare: Prepare = _no_prepare,
                 today: Callable[[], date] = date.today):
        self._engine = engine
        self.table = table
        self.fields = fields
        self._check = check
        self._prepare = prepare
        self.today = today

    def add(self, plan_id: str, fields: dict, record_id: str | None = None) -> str:
        """Raises RecordInvalid with every field error, RecordNotFound for an unknown plan."""
        self._known(fields)
        fields = rules.blank_to_none(fields)
        record_id, stamp = record_id or new_id(), now_stamp()
        with self._engine.begin() as conn:
            client_id = conn.execute(select(plans.c.client_id).where(
                plans.c.id == plan_id, plans.c.deleted.is_(False))).scalar_one_or_none()
            if client_id is None:
                raise RecordNotFound(plan_id)
            record, errors = self._prepare(conn, {"plan_id": plan_id, **fields}, self.today())
            errors = {**self._check(record), **errors}
            if errors:
                raise RecordInvalid(errors)
            values = {k: v for k, v in record.items() if k in self.fields}
            conn.execute(insert(self.table).values(id=record_id, plan_id=plan_id, client_id=client_id,
                                                   created_at=stamp, updated_at=stamp, **to_row(values)))
        return record_id

    def update(self, record_id: str, changes: dict) -> dict:
        """Apply changes; returns the previous values of the fields that changed."""
        self._known(changes)
        changes = rules.blank_to_none(changes)
        t = self.table
        with self._engine.begin() as conn:
            current = self._current(conn, record_id)
            record, errors = self._prepare(conn, {**current, **changes}, self.today())
            errors = {**self._check(record), **errors}
            if errors:
                raise RecordInvalid(errors)
            changed = {f: record[f] for f in self.fields if record.get(f) != current.get(f)}
            if changed:
                conn.execute(update(t).where(t.c.id == record_id)
                             .values(updated_at=now_stamp(), **to_row(changed)))
        return {f: current[f] for f in changed}

    def remove(self, record_id: str) -> None:
        t = self.table
        with self._engine.begin() as conn:
            self._current(conn, record_id)
            conn.execute(update(t).where(t.c.id == record_id).values(deleted=True, updated_at=now_stamp()))
            if t is plan_goals:  # its actions stay, no longer under a goal
                conn.execute(update(plan_actions).where(plan_actions.c.goal_id == record_id,
                                                        plan_actions.c.deleted.is_(False))
                             .values(goal_id=None, updated_at=now_stamp()))

    def get(self, record_id: str) -> dict:
        with self._engine.connect() as conn:
            return self._current(conn, record_id)

    def _current(self, conn: Connection, record_id: str) -> dict:
        t = self.table
        row = conn.execute(select(t).where(t.c.id == record_id)).mappings().first()
        if row is None or row["deleted"]:
            raise RecordNotFound(record_id)
        return from_row(row)

    def _known(self, fields: dict) -> None:
        unknown = set(fields) - set(self.fields)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")


# -- what follows from an action or a tranche ------------------------------------------------------
def _prepare_action(conn: Connection, action: dict, today: date) -> tuple[dict, dict]:
    """The worker's organisation when none is named; done_on set on done and cleared otherwise;
    a goal only of the same plan."""
    action = {**action, "status": action.get("status") or rules.ActionStatus.PLANNED.value}
    errors = {}
    if action.get("worker_id") and not action.get("organisation_id"):
        action["organisation_id"] = conn.execute(select(workers.c.organisation_id).where(
            workers.c.id == action["worker_id"])).scalar_one_or_none()
    if action["status"] == rules.ActionStatus.DONE:
        action["done_on"] = action.get("done_on") or today.isoformat()
    else:
        action["done_on"] = None
    if action.get("goal_id"):
        goal_plan = conn.execute(select(plan_goals.c.plan_id).where(
            plan_goals.c.id == action["goal_id"], plan_goals.c.deleted.is_(False))).scalar_one_or_none()
        if goal_plan != action["plan_id"]:
            errors["goal_id"] = FieldError.NOT_IN_PLAN
    return action, errors


def _prepare_tranche(_conn: Connection, tranche: dict, today: date) -> tuple[dict, dict]:
    """Checked on today unless told otherwise; not checked means no date."""
    checked = bool(tranche.get("checked"))
    tranche = {**tranche, "checked": checked}
    tranche["checked_on"] = (tranche.get("checked_on") or today.isoformat()) if checked else None
    return tranche, {}


def _prepare_goal(_conn: Connection, goal: dict, _today: date) -> tuple[dict, dict]:
    return {**goal, "status": goal.get("status") or rules.GoalStatus.OPEN.value}, {}


def part_repositories(engine: Engine) -> dict[str, PlanPartRepository]:
    return {
        "goals": PlanPartRepository(engine, plan_goals, rules.GOAL_FIELDS, rules.check_goal, _prepare_goal),
        "actions": PlanPartRepository(engine, plan_actions, rules.ACTION_FIELDS, rules.check_action,
                                      _prepare_action),
        "tranches": PlanPartRepository(engine, plan_tranches, rules.TRANCHE_FIELDS, rules.check_tranche,
                                       _prepare_tranche),
        "debt_signals": PlanPartRepository(engine, plan_debt_signals, rules.DEBT_FIELDS, rules.check_debt_signal),
        "milestones": PlanPartRepository(engine, plan_milestones, rules.MILESTONE_FIELDS, rules.check_milestone),
    }
