"""One refused change in words: what kind of change, to which record, and the field or part
it is about, from the record as this device sent it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.common.field_widgets import format_date
from desktop.views.common.fieldwork_labels import form_title, part_title
from desktop.views.common.sync_labels import field_label, record_label

translate = QCoreApplication.translate
_LONG = 60
# The field that tells a record of each kind apart from its siblings.
_TELLING = {"plan_actions": "description", "follow_ups": "description", "plan_goals": "result",
            "visits": "planned_on", "plan_tranches": "paid_on", "plan_debt_signals": "noticed_on",
            "plan_milestones": "reached_on", "handovers": "held_at", "intakes": "held_on",
            "plan_versions": "agreed_on", "consents": "given_on", "organisations": "name", "workers": "name",
            "stories": "title", "stage_ratings": "rated_on"}


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _LONG else text[:_LONG - 1] + "…"


def record_text(reject: dict) -> str:
    kinds = {"insert": translate("RejectRows", "New"), "update": translate("RejectRows", "Change"),
             "delete": translate("RejectRows", "Removal")}
    kind = kinds.get(reject.get("op"), kinds["update"])
    entity = reject.get("entity") or ""
    fields = reject.get("fields") if isinstance(reject.get("fields"), dict) else {}
    what = record_label(entity)
    if what == entity:  # a kind of record this version has no name for (a newer app's)
        what = translate("RejectRows", "A kind of record this version does not know")
    if entity == "form_parts" and fields.get("form"):
        what = f"{form_title(fields['form'])}: {part_title(fields['form'], fields.get('part') or '')}"
    elif entity in ("plan_history", "sync_conflicts") and fields.get("field"):
        what = f"{what}: {field_label(fields['field'])}"
    elif isinstance(fields.get(_TELLING.get(entity, "")), str) and fields[_TELLING[entity]]:
        value = fields[_TELLING[entity]]
        what = f"{what}: {_short(format_date(value) if len(value) == 10 else value)}"
    return f"{kind} · {what}"
