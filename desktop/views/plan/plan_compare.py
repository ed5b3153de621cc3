"""Two versions of the plan side by side: what each says where they differ.

Built from a PlanDiff (domain/plan_versions.py) and the two snapshots, which name the goals
and actions the diff refers to by id. One row per changed field, the older version on the
left and the newer on the right, grouped as the plan is: route and dates, goals, actions.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.views.common.field_widgets import format_date
from desktop.views.common.plan_labels import action_status_label, field_label
from desktop.views.plan.plan_goals import goal_name
from desktop.views.plan.plan_widgets import value_text
from domain.plan_versions import PlanDiff

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Row:
    label: str
    left: str
    right: str
    kind: str = "field"  # field, section (a heading), record (a goal or action whose fields follow)


def _action_summary(action: dict, names: dict) -> str:
    parts = [translate("PlanCompare", "due {date}").format(date=format_date(action.get("due_on")))]
    who = [names.get(action.get(k)) for k in ("organisation_id", "worker_id") if names.get(action.get(k))]
    if who:
        parts.append(", ".join(who))
    parts.append(action_status_label(action.get("status")))
    return " · ".join(parts)


def _goal_summary(goal: dict) -> str:
    target = goal.get("target_on")
    return translate("PlanCompare", "target {date}").format(date=format_date(target)) if target else ""


def diff_rows(diff: PlanDiff, old: dict, new: dict, names: dict[str, str]) -> list[Row]:
    """The comparison as rows; `old` and `new` are the two snapshots, `names` ids of workers and
    organisations to names."""
    goals = {g["id"]: g for g in [*old.get("goals", []), *new.get("goals", [])]}
    names = {**names, **{i: goal_name(g) for i, g in goals.items()}}
    actions = {a["id"]: a for a in [*old.get("actions", []), *new.get("actions", [])]}
    rows: list[Row] = []
    if diff.plan:
        rows.append(Row(translate("PlanCompare", "Route, dates and money"), "", "", "section"))
        rows += [Row(field_label(c.field), value_text("plans", c.field, c.old, names),
                     value_text("plans", c.field, c.new, names)) for c in diff.plan]
    added = translate("PlanCompare", "added")
    removed = translate("PlanCompare", "removed")
    for title, entity, plus, minus, changed, name, summary in (
            (translate("PlanCompare", "Goals"), "plan_goals", diff.goals_added, diff.goals_removed,
             diff.goals_changed, goal_name, _goal_summary),
            (translate("PlanCompare", "Actions"), "plan_actions", diff.actions_added, diff.actions_removed,
             diff.actions_changed, lambda a: a.get("description") or "", lambda a: _action_summary(a, names))):
        if not (plus or minus or changed):
            continue
        rows.append(Row(title, "", "", "section"))
        rows += [Row(name(r), "—", f"{added}: {summary(r)}".rstrip(": ")) for r in plus]
        rows += [Row(name(r), summary(r) or "—", removed) for r in minus]
        source = goals if entity == "plan_goals" else actions
        for change in changed:
            rows.append(Row(name(source.get(change.id, {"id": change.id})), "", "", "record"))
            rows += [Row(field_label(c.field), value_text(entity, c.field, c.old, names),
                         value_text(entity, c.field, c.new, names)) for c in change.changes]
    return rows


STYLE = """
table { border-collapse: collapse; }
th { text-align: left; color: #2f4858; background: #e8eef3; padding: 5px 8px; }
td { padding: 4px 8px; vertical-align: top; border-bottom: 1px solid #e6e9ed; }
td.section { font-weight: 600; color: #2f6690; padding-top: 12px; border-bottom: 1px solid #c9d3dc; }
td.record { font-weight: 600; color: #1d2b36; padding-top: 6px; }
td.label { color: #55606b; }
td.old { background: #fdf1f0; color: #7d1f1a; }
td.new { background: #edf7ef; color: #1f5f33; }
"""


def diff_html(rows: list[Row], left_title: str, right_title: str) -> str:
    out = [f"<html><head><style>{STYLE}</style></head><body>",
           "<table width='100%' cellspacing='0'>",
           f"<tr><th width='30%'></th><th width='35%'>{escape(left_title)}</th>"
           f"<th width='35%'>{escape(right_title)}</th></tr>"]
    if not rows:
        out.append("<tr><td colspan='3'>{}</td></tr>".format(
            escape(translate("PlanCompare", "No differences: both say the same."))))
    for row in rows:
        if row.kind in ("section", "record"):
            indent = "&nbsp;&nbsp;" if row.kind == "record" else ""
            out.append(f"<tr><td colspan='3' class='{row.kind}'>{indent}{escape(row.label)}</td></tr>")
        else:
            out.append(f"<tr><td class='label'>&nbsp;&nbsp;&nbsp;&nbsp;{escape(row.label)}</td>"
                       f"<td class='old'>{escape(row.left)}</td><td class='new'>{escape(row.right)}</td></tr>")
    out.append("</table></body></html>")
    return "".join(out)


class PlanCompareView(QTextBrowser):
    """The readable side-by-side view of two versions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planCompare")
        self.setOpenLinks(False)
        self._rows: list[Row] = []

    def show_diff(self, diff: PlanDiff, old: dict, new: dict, names: dict[str, str],
                  left_title: str, right_title: str) -> None:
        self._rows = diff_rows(diff, old, new, names)
        self.setHtml(diff_html(self._rows, left_title, right_title))

    def rows(self) -> list[Row]:
        return list(self._rows)

    def clear(self) -> None:
        self._rows = []
        super().clear()
