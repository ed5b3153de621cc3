"""Agreed versions of a plan: the frozen snapshot, and what changed between any two.

A snapshot is plain JSON-ready data: the header's fields, and the live goals and actions
with their ids, so two snapshots compare record by record and field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.plan import ACTION_FIELDS, GOAL_FIELDS, PLAN_FIELDS


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class RecordChange:
    id: str
    changes: list[FieldChange]


@dataclass(frozen=True)
class PlanDiff:
    plan: list[FieldChange] = field(default_factory=list)  # the header: route, parts, dates, money
    goals_added: list[dict] = field(default_factory=list)
    goals_removed: list[dict] = field(default_factory=list)
    goals_changed: list[RecordChange] = field(default_factory=list)
    actions_added: list[dict] = field(default_factory=list)
    actions_removed: list[dict] = field(default_factory=list)
    actions_changed: list[RecordChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any((self.plan, self.goals_added, self.goals_removed, self.goals_changed,
                        self.actions_added, self.actions_removed, self.actions_changed))


def make_snapshot(plan: dict, goals: list[dict], actions: list[dict]) -> dict:
    """The plan as agreed: header fields, and the goals and actions not removed."""
    return {
        "plan": {f: plan.get(f) for f in PLAN_FIELDS},
        "goals": [{"id": g["id"], **{f: g.get(f) for f in GOAL_FIELDS}}
                  for g in sorted(goals, key=lambda g: (g.get("domain") or "", g["id"])) if not g.get("deleted")],
        "actions": [{"id": a["id"], **{f: a.get(f) for f in ACTION_FIELDS}}
                    for a in sorted(actions, key=lambda a: (a.get("due_on") or "", a["id"])) if not a.get("deleted")],
    }


def _field_changes(old: dict, new: dict, fields: tuple[str, ...]) -> list[FieldChange]:
    return [FieldChange(f, old.get(f), new.get(f)) for f in fields if old.get(f) != new.get(f)]


def _records(old: list[dict], new: list[dict], fields: tuple[str, ...]):
    before, after = {r["id"]: r for r in old}, {r["id"]: r for r in new}
    added = [r for i, r in after.items() if i not in before]
    removed = [r for i, r in before.items() if i not in after]
    changed = []
    for i, r in after.items():
        if i in before:
            changes = _field_changes(before[i], r, fields)
            if changes:
                changed.append(RecordChange(i, changes))
    return added, removed, changed


def compare_snapshots(old: dict, new: dict) -> PlanDiff:
    """What changed from old to new: header fields, goals and actions added, removed or changed."""
    goals = _records(old.get("goals", []), new.get("goals", []), GOAL_FIELDS)
    actions = _records(old.get("actions", []), new.get("actions", []), ACTION_FIELDS)
    return PlanDiff(_field_changes(old.get("plan", {}), new.get("plan", {}), PLAN_FIELDS), *goals, *actions)
