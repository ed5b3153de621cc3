"""What the plan screen reads in one go, and the names it calls records and people by."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.views.common import plan_labels as words
from desktop.views.plan.plan_goals import goal_name
from desktop.views.plan.plan_widgets import format_euros


@dataclass
class PlanData:
    """One read of everything the panel shows."""

    client: dict
    plan: dict | None = None
    suggested: list[dict] = field(default_factory=list)
    since: object = None  # PlanDiff against the latest agreed version; None before any
    workers: list[dict] = field(default_factory=list)
    organisations: list[dict] = field(default_factory=list)
    me: str | None = None
    has_intake: bool = False


def read_plan(client_id: str):
    def work(store) -> PlanData:
        client = store.clients.get(client_id)
        plan_id = store.plans.for_client(client_id)
        data = PlanData(client, workers=store.directory.workers(), organisations=store.directory.organisations(),
                        me=store.current_worker())
        if plan_id is None:
            data.has_intake = any(i.get("status") == "complete" for i in store.intakes.for_client(client_id))
            return data
        data.plan = store.plans.get(plan_id)
        data.suggested = store.plans.suggested_goals(plan_id)
        data.since = store.plans.changes_since_agreed(plan_id)
        return data
    return work


def record_names(data: PlanData) -> dict[str, str]:
    """Ids of workers, organisations and the plan's records -> what people call them."""
    names = {w["id"]: w["name"] for w in data.workers}
    names.update({o["id"]: o["name"] for o in data.organisations})
    names.update(plan_record_names(data.plan or {}))
    return names


def plan_record_names(plan: dict) -> dict[str, str]:
    """Ids of a plan's goals, actions, tranches, debt signals and milestones -> what people call them."""
    names = {g["id"]: goal_name(g) for g in plan.get("goals", [])}
    names.update({a["id"]: a.get("description") or "" for a in plan.get("actions", [])})
    names.update({t["id"]: format_euros(t.get("amount_cents")) for t in plan.get("tranches", [])})
    names.update({d["id"]: words.debt_kind_label(d.get("kind")) for d in plan.get("debt_signals", [])})
    names.update({m["id"]: words.milestone_label(m.get("kind")) for m in plan.get("milestones", [])})
    return names
