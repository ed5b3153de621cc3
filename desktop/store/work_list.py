"""One list of what a worker must do: open plan actions, follow-ups agreed on home visits, and
the plan deadlines of their clients (PIP due, the inburgeringstermijn, the end of ontzorgen).
"Mijn acties" shows it as a list and the agenda as its calendar (day and week): both read it
here, so they cannot disagree."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, or_, select

from desktop.store.plans import open_actions_query
from desktop.store.records import from_row
from desktop.store.schema import clients, follow_ups, plan_versions, plans
from domain.client import display_name
from domain.plan_rules import DeadlineState, plan_deadlines

ACTION, FOLLOW_UP, DEADLINE = "action", "follow_up", "deadline"
_NAME = (clients.c.given_names, clients.c.family_name, clients.c.given_names_usual, clients.c.family_name_usual)


class WorkList:
    def __init__(self, engine: Engine, today=date.today):
        self._engine = engine
        self.today = today

    def items(self, worker_id: str | None = None, organisation_id: str | None = None,
              until: date | None = None, limit: int = 500, today: date | None = None) -> list[dict]:
        """What is still to be done, by due date (overdue first), up to `until` when given. Each:
        kind, id, client_id, client_name, description (actions, follow-ups) or deadline (its key),
        due_on, overdue, and for actions their plan_id and status, for follow-ups their visit_id.
        An organisation has plan actions only; a worker also their follow-ups and the deadlines of
        the clients they are klantmanager or begeleider of."""
        today = today or self.today()
        items: list[dict] = []
        with self._engine.connect() as conn:
            for r in conn.execute(open_actions_query(worker_id, organisation_id, limit)).mappings():
                items.append({**dict(r), "kind": ACTION})
            if worker_id:
                query = (select(follow_ups.c.id, follow_ups.c.client_id, follow_ups.c.visit_id,
                                follow_ups.c.description, follow_ups.c.due_on,
                                follow_ups.c.owner_id.label("worker_id"), *_NAME)
                         .join(clients, clients.c.id == follow_ups.c.client_id)
                         .where(follow_ups.c.owner_id == worker_id, follow_ups.c.done_on.is_(None),
                                follow_ups.c.deleted.is_(False), clients.c.deleted.is_(False))
                         .order_by(follow_ups.c.due_on).limit(limit))
                items += [{**dict(r), "kind": FOLLOW_UP} for r in conn.execute(query).mappings()]
                items += _deadlines(conn, worker_id, today)
        for item in items:
            item["client_name"] = display_name(item)
            item["overdue"] = bool(item["due_on"]) and item["due_on"] < today.isoformat()
        if until is not None:
            items = [i for i in items if i["due_on"] and i["due_on"] <= until.isoformat()]
        items.sort(key=lambda i: (i["due_on"] or "9999", i["client_name"], i["kind"]))
        return items[:limit]


def _deadlines(conn, worker_id: str, today: date) -> list[dict]:
    first_pip = (select(plan_versions.c.plan_id, func.min(plan_versions.c.pip_dated_on).label("first_pip"))
                 .where(plan_versions.c.deleted.is_(False), plan_versions.c.pip_dated_on.is_not(None))
                 .group_by(plan_versions.c.plan_id).subquery())
    query = (select(plans, first_pip.c.first_pip, *_NAME)
             .join(clients, clients.c.id == plans.c.client_id)
             .outerjoin(first_pip, first_pip.c.plan_id == plans.c.id)
             .where(plans.c.deleted.is_(False), clients.c.deleted.is_(False),
                    or_(clients.c.klantmanager_id == worker_id, clients.c.begeleider_id == worker_id)))
    out = []
    for row in conn.execute(query).mappings():
        plan = from_row(row)  # DUO's extensions are a JSON list column
        for deadline in plan_deadlines(plan, plan["first_pip"], today):
            if deadline.state is DeadlineState.MET:
                continue
            out.append({"kind": DEADLINE, "id": f"{plan['id']}:{deadline.key}", "client_id": plan["client_id"],
                        "plan_id": plan["id"], "deadline": deadline.key, "description": "",
                        "due_on": deadline.due.isoformat(),
                        **{c.name: plan[c.name] for c in _NAME}})
    return out
