"""The monitoring meeting (monitoringsoverleg): its record's fields and their rules.

A meeting is the municipality's (no client): the date, who took part, the figures as they stood
(the `ketenplan-monitoring/1` document the desktop exports, frozen with the meeting), the cohort
basis, the stories selected ("most significant change": the story's id and why it was chosen,
never a copy of its text), the decisions, the actions (what, who, by when, status, what became of
it), and the previous meeting's open actions carried in with their outcome.
See docs/decisions/0034-the-monitoring-meeting-and-its-report.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from domain.errors import FieldError

FIGURES_FORMAT = "ketenplan-monitoring/1"
COHORT_BASES = ("vestiging", "duty_start")
ACTION_STATUSES = ("open", "done", "dropped")
MAX_NAME = 200
MAX_TEXT = 4000
MAX_ITEMS = 200  # participants, stories, decisions or actions in one meeting
ID_LENGTH = 36

MEETING_FIELDS = ("held_on", "title", "participants", "cohort_by", "figures", "stories", "decisions",
                  "actions", "previous_id", "carried_actions")
LIST_FIELDS = ("participants", "stories", "decisions", "actions", "carried_actions")
# What one item of each list may hold: nothing else (a story is named by its id, never copied).
PARTICIPANT_KEYS = frozenset({"name", "organisation", "worker_id"})
STORY_KEYS = frozenset({"story_id", "reason"})
ACTION_KEYS = frozenset({"id", "what", "who", "due_on", "status", "outcome"})
CARRIED_KEYS = ACTION_KEYS | {"meeting_id"}


def empty_meeting(held_on: date) -> dict[str, Any]:
    return {"held_on": held_on.isoformat(), "title": "", "participants": [], "cohort_by": "vestiging",
            "figures": None, "stories": [], "decisions": [], "actions": [], "previous_id": None,
            "carried_actions": []}


def check_meeting(fields: Mapping[str, Any]) -> dict[str, FieldError]:
    """Errors by field (a list's item as "actions.2.what"); empty when the meeting may be kept."""
    errors: dict[str, FieldError] = {}
    held = fields.get("held_on")
    if not held:
        errors["held_on"] = FieldError.REQUIRED
    elif _date(held) is None:
        errors["held_on"] = FieldError.DATE_INVALID
    _text(fields.get("title", ""), "title", MAX_NAME, errors, required=False)
    if fields.get("cohort_by", "vestiging") not in COHORT_BASES:
        errors["cohort_by"] = FieldError.CHOICE_INVALID
    figures = fields.get("figures")
    if figures is not None and (not isinstance(figures, Mapping) or figures.get("format") != FIGURES_FORMAT):
        errors["figures"] = FieldError.CHOICE_INVALID
    previous = fields.get("previous_id")
    if previous is not None and (not isinstance(previous, str) or not 0 < len(previous) <= ID_LENGTH):
        errors["previous_id"] = FieldError.CHOICE_INVALID
    for name in LIST_FIELDS:
        items = fields.get(name, [])
        if not isinstance(items, list):
            errors[name] = FieldError.CHOICE_INVALID
        elif len(items) > MAX_ITEMS:
            errors[name] = FieldError.TOO_LONG
        else:
            for i, item in enumerate(items):
                _ITEM_CHECKS[name](item, f"{name}.{i}", errors)
    stories = [s.get("story_id") for s in fields.get("stories") or [] if isinstance(s, Mapping)]
    if len(stories) != len(set(stories)):
        errors.setdefault("stories", FieldError.CHOICE_INVALID)  # a story is selected once
    return errors


def open_actions(meeting: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The actions a meeting leaves open: its own, and those carried in that are still open.
    The next meeting carries these in, each with the id of the meeting that made it."""
    out = []
    for action in meeting.get("actions") or []:
        if action.get("status", "open") == "open":
            out.append({**action, "meeting_id": meeting.get("id")})
    for action in meeting.get("carried_actions") or []:
        if action.get("status", "open") == "open":
            out.append(dict(action))
    return out


def carry_in(previous: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The previous meeting's open actions as this meeting receives them: still open, outcome empty."""
    return [{**{k: v for k, v in a.items() if k in CARRIED_KEYS}, "status": "open", "outcome": ""}
            for a in open_actions(previous)]


def _date(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _text(value: Any, key: str, limit: int, errors: dict, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, str):
        errors[key] = FieldError.CHOICE_INVALID
    elif required and not value.strip():
        errors[key] = FieldError.REQUIRED
    elif len(value) > limit:
        errors[key] = FieldError.TOO_LONG


def _keys(item: Any, allowed: frozenset[str], key: str, errors: dict) -> bool:
    if not isinstance(item, Mapping) or set(item) - allowed:
        errors[key] = FieldError.CHOICE_INVALID
        return False
    return True


def _participant(item: Any, key: str, errors: dict) -> None:
    if _keys(item, PARTICIPANT_KEYS, key, errors):
        _text(item.get("name"), f"{key}.name", MAX_NAME, errors, required=True)
        _text(item.get("organisation", ""), f"{key}.organisation", MAX_NAME, errors, required=False)
        worker = item.get("worker_id")
        if worker is not None and (not isinstance(worker, str) or len(worker) > ID_LENGTH):
            errors[f"{key}.worker_id"] = FieldError.CHOICE_INVALID


def _story(item: Any, key: str, errors: dict) -> None:
    if _keys(item, STORY_KEYS, key, errors):
        story = item.get("story_id")
        if not isinstance(story, str) or not 0 < len(story) <= ID_LENGTH:
            errors[f"{key}.story_id"] = FieldError.REQUIRED
        _text(item.get("reason"), f"{key}.reason", MAX_TEXT, errors, required=True)


def _decision(item: Any, key: str, errors: dict) -> None:
    _text(item, key, MAX_TEXT, errors, required=True)


def _action(item: Any, key: str, errors: dict, allowed: frozenset[str] = ACTION_KEYS) -> None:
    if not _keys(item, allowed, key, errors):
        return
    _text(item.get("what"), f"{key}.what", MAX_TEXT, errors, required=True)
    _text(item.get("who", ""), f"{key}.who", MAX_NAME, errors, required=False)
    _text(item.get("outcome", ""), f"{key}.outcome", MAX_TEXT, errors, required=False)
    due = item.get("due_on")
    if due is not None and _date(due) is None:
        errors[f"{key}.due_on"] = FieldError.DATE_INVALID
    if item.get("status", "open") not in ACTION_STATUSES:
        errors[f"{key}.status"] = FieldError.CHOICE_INVALID


def _carried(item: Any, key: str, errors: dict) -> None:
    _action(item, key, errors, CARRIED_KEYS)


_ITEM_CHECKS = {"participants": _participant, "stories": _story, "decisions": _decision, "actions": _action,
                "carried_actions": _carried}
