"""Home visits: planning, the agenda, the report and its follow-up actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, and_, exists, func, insert, or_, select, update

from desktop.store.errors import RecordNotFound
from desktop.store.form_parts import FormPartRepository, read_parts
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import clients, follow_ups, visits
from domain.client import HouseholdRole
from domain.errors import FieldError, RecordInvalid
from domain.ids import new_id
from domain.visits import VISIT_REPORT, Outcome, check_follow_up, check_plan, week_of

PLAN_FIELDS = ("planned_on", "planned_time", "address", "visitor_ids")
FOLLOW_UP_FIELDS = ("description", "due_on", "owner_id")
_CLIENT_NAME = (clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
                clients.c.family_name_usual)


@dataclass(frozen=True)
class Agenda:
    today: list[dict]  # visits planned for today
    this_week: list[dict]  # planned visits of this week, today's included
    unreported: list[dict]  # planned before today and not yet reported
    overdue_follow_ups: list[dict]
    not_visited: list[dict]  # clients without a visit that took place
    not_visited_total: int


class VisitRepository:
    def __init__(self, engine: Engine):
        self._engine = engine
        self._parts = FormPartRepository(engine)
        self.form = VISIT_REPORT

    # -- planning ----------------------------------------------------------------
    def plan(self, client_id: str, fields: dict) -> str:
        fields = _only(fields, PLAN_FIELDS)
        errors = check_plan(fields)
        if errors:
            raise RecordInvalid(errors)
        visit_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(visits).values(id=visit_id, client_id=client_id, created_at=stamp,
                                               updated_at=stamp, **to_row(fields)))
        return visit_id

    def update_plan(self, visit_id: str, changes: dict) -> None:
        changes = _only(changes, PLAN_FIELDS)
        current = self.get(visit_id)
        errors = check_plan({**{k: current[k] for k in PLAN_FIELDS}, **changes})
        if errors:
            raise RecordInvalid(errors)
        self._write(visits, visit_id, changes)

    def report(self, visit_id: str, outcome: str, worker_id: str | None, today: date | None = None) -> None:
        """Done, not at home or cancelled; 'planned' takes a report back."""
        if outcome not in set(Outcome):
            raise RecordInvalid({"outcome": FieldError.CHOICE_INVALID})
        if outcome in (Outcome.DONE, Outcome.NOT_HOME):
            planned_on = date.fromisoformat(self.get(visit_id)["planned_on"])
            if planned_on > (today or date.today()):
                raise RecordInvalid({"outcome": FieldError.VISIT_IN_FUTURE})
        reported = outcome != Outcome.PLANNED
        self._write(visits, visit_id, {"outcome": outcome, "reported_at": now_stamp() if reported else None,
                                       "reported_by": worker_id if reported else None})

    def save_part(self, visit_id: str, client_id: str, part: str, answers: dict, notes: str = "") -> bool:
        return self._parts.save(VISIT_REPORT, visit_id, client_id, part, answers, notes)

    def cancel(self, visit_id: str) -> None:
        self.report(visit_id, Outcome.CANCELLED, None)

    # -- reading -----------------------------------------------------------------
    def get(self, visit_id: str) -> dict:
        """The visit, with its client's name, "parts" and "follow_ups"."""
        with self._engine.connect() as conn:
            row = conn.execute(select(visits, *_CLIENT_NAME).join(clients, clients.c.id == visits.c.client_id)
                               .where(visits.c.id == visit_id)).mappings().first()
            if row is None or row["deleted"]:
                raise RecordNotFound(visit_id)
            record = from_row(row)
            record["parts"] = read_parts(conn, visit_id)
            record["follow_ups"] = [from_row(r) for r in conn.execute(
                select(follow_ups).where(follow_ups.c.visit_id == visit_id, follow_ups.c.deleted.is_(False))
                .order_by(follow_ups.c.due_on, follow_ups.c.created_at)).mappings()]
        return record

    def for_client(self, client_id: str) -> list[dict]:
        with self._engine.connect() as conn:
            return [from_row(r) for r in conn.execute(
                select(visits).where(visits.c.client_id == client_id, visits.c.deleted.is_(False))
                .order_by(visits.c.planned_on.desc(), visits.c.planned_time.desc())).mappings()]

    def agenda(self, today: date, worker_id: str | None = None, limit: int = 200) -> Agenda:
        """What a begeleider looks at first; worker_id narrows it to their own visits and clients."""
        monday, sunday = (d.isoformat() for d in week_of(today))
        day = today.isoformat()
        live = [visits.c.deleted.is_(False), clients.c.deleted.is_(False)]
        if worker_id:
            live.append(func.instr(visits.c.visitor_ids, f'"{worker_id}"') > 0)
        planned = and_(*live, visits.c.outcome == Outcome.PLANNED)

        def visit_rows(conn, *conds):
            query = (select(visits, *_CLIENT_NAME).join(clients, clients.c.id == visits.c.client_id)
                     .where(*conds).order_by(visits.c.planned_on, visits.c.planned_time).limit(limit))
            return [from_row(r) for r in conn.execute(query).mappings()]

        owned = [follow_ups.c.deleted.is_(False), clients.c.deleted.is_(False), follow_ups.c.done_on.is_(None),
                 follow_ups.c.due_on < day]
        if worker_id:
            owned.append(follow_ups.c.owner_id == worker_id)
        # A visit is to a household: one that took place counts for everyone living there.
        member = clients.alias("member")
        visited = exists(select(1).select_from(visits.join(member, member.c.id == visits.c.client_id)).where(
            visits.c.outcome == Outcome.DONE, visits.c.deleted.is_(False),
            or_(member.c.id == clients.c.id,
                and_(clients.c.household_id.is_not(None), member.c.household_id == clients.c.household_id))))
        caseload = [clients.c.deleted.is_(False), clients.c.household_role == HouseholdRole.MAIN, ~visited]
        if worker_id:
            caseload.append(clients.c.begeleider_id == worker_id)
        with self._engine.connect() as conn:
            today_rows = visit_rows(conn, *live, visits.c.planned_on == day)
            week = visit_rows(conn, planned, visits.c.planned_on.between(monday, sunday))
            unreported = visit_rows(conn, planned, visits.c.planned_on < day)
            overdue = [from_row(r) for r in conn.execute(
                select(follow_ups, *_CLIENT_NAME).join(clients, clients.c.id == follow_ups.c.client_id)
                .where(*owned).order_by(follow_ups.c.due_on).limit(limit)).mappings()]
            not_visited = [dict(r) for r in conn.execute(
                select(clients.c.id, *_CLIENT_NAME, clients.c.vestiging_date, clients.c.address_city)
                .where(*caseload).order_by(clients.c.vestiging_date.is_(None), clients.c.vestiging_date)
                .limit(limit)).mappings()]
            not_visited_total = conn.execute(select(func.count()).select_from(clients).where(*caseload)).scalar_one()
        return Agenda(today_rows, week, unreported, overdue, not_visited, not_visited_total)

    # -- follow-up actions -------------------------------------------------------
    def add_follow_up(self, visit_id: str, fields: dict) -> str:
        fields = _only(fields, FOLLOW_UP_FIELDS)
        errors = check_follow_up(fields)
        if errors:
            raise RecordInvalid(errors)
        visit = self.get(visit_id)
        follow_up_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(follow_ups).values(
                id=follow_up_id, visit_id=visit_id, client_id=visit["client_id"], created_at=stamp,
                updated_at=stamp, **{**fields, "description": fields["description"].strip()}))
        return follow_up_id

    def update_follow_up(self, follow_up_id: str, changes: dict) -> None:
        changes = _only(changes, FOLLOW_UP_FIELDS + ("done_on",))
        with self._engine.connect() as conn:
            row = conn.execute(select(follow_ups).where(follow_ups.c.id == follow_up_id)).mappings().first()
        if row is None or row["deleted"]:
            raise RecordNotFound(follow_up_id)
        errors = check_follow_up({**dict(row), **changes})
        if changes.get("done_on"):
            try:
                date.fromisoformat(changes["done_on"])
            except ValueError:
                errors["done_on"] = FieldError.DATE_INVALID
        if errors:
            raise RecordInvalid(errors)
        self._write(follow_ups, follow_up_id, changes)

    def remove_follow_up(self, follow_up_id: str) -> None:
        self._write(follow_ups, follow_up_id, {"deleted": True})

    def _write(self, table, record_id: str, changes: dict) -> None:
        with self._engine.begin() as conn:
            result = conn.execute(update(table).where(table.c.id == record_id, table.c.deleted.is_(False))
                                  .values(updated_at=now_stamp(), **to_row(changes)))
            if result.rowcount == 0:
                raise RecordNotFound(record_id)


def _only(fields: dict, allowed: tuple[str, ...]) -> dict:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise ValueError(f"unknown fields: {sorted(unknown)}")
    return dict(fields)
