"""One item of a worker's to-do list (desktop/store/work_list.py) in words, the same in
"Mijn acties" and in the agenda."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.views.common.plan_labels import action_status_label, deadline_label

translate = QCoreApplication.translate


def work_what(item: dict) -> str:
    if item.get("kind") == "deadline":
        return deadline_label(item.get("deadline") or "")
    return item.get("description") or ""


def work_kind(item: dict) -> str:
    kind = item.get("kind")
    if kind == "follow_up":
        return translate("WorkLabels", "Home visit follow-up")
    if kind == "deadline":
        return translate("WorkLabels", "Deadline")
    return action_status_label(item.get("status"))
