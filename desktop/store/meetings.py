"""Monitoring meetings: kept, listed, and the next one started from the previous one's open actions.

The lists and the frozen figures are JSON text in the table (they travel as JSON values, see
sync_apply.ENCODED). A meeting is checked whole by domain/monitoring/meeting.check_meeting before
it is written: a bad one is refused with its errors and nothing changes.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import Engine, insert, select, update

from desktop.store.errors import RecordNotFound
from desktop.store.json_columns import json_list
from desktop.store.records import now_stamp
from desktop.store.schema import monitoring_meetings as meetings
from domain.errors import FieldError, RecordInvalid
from domain.ids import new_id
from domain.monitoring.meeting import LIST_FIELDS, MEETING_FIELDS, carry_in, check_meeting, empty_meeting

JSON_COLUMNS = (*LIST_FIELDS, "figures")


class MeetingRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def list(self) -> list[dict[str, Any]]:
        """Every meeting, newest first: its date, title, and counts (without the frozen figures)."""
        c = meetings.c
        with self._engine.connect() as conn:
            rows = conn.execute(select(c.id, c.held_on, c.title, c.participants, c.stories, c.decisions, c.actions,
                                       c.carried_actions, c.previous_id, c.figures.is_not(None).label("frozen"))
                                .where(c.deleted.is_(False)).order_by(c.held_on.desc(), c.created_at.desc())).all()
        out = []
        for row in rows:
            actions = json_list(row.actions)
            out.append({"id": row.id, "held_on": row.held_on, "title": row.title, "previous_id": row.previous_id,
                        "participants": len(json_list(row.participants)), "stories": len(json_list(row.stories)),
                        "decisions": len(json_list(row.decisions)), "actions": len(actions),
                        "open_actions": sum(1 for a in actions if a.get("status", "open") == "open"),
                        "carried": len(json_list(row.carried_actions)), "frozen": bool(row.frozen)})
        return out

    def get(self, meeting_id: str) -> dict[str, Any]:
        with self._engine.connect() as conn:
            row = conn.execute(select(meetings).where(meetings.c.id == meeting_id,
                                                      meetings.c.deleted.is_(False))).mappings().first()
        if row is None:
            raise RecordNotFound(meeting_id)
        return _record(row)

    def newest_before(self, held_on: str, not_id: str | None = None) -> dict[str, Any] | None:
        """The meeting held last on or before this date (the previous one of a meeting on it), or None."""
        c = meetings.c
        query = select(c.id).where(c.deleted.is_(False), c.held_on <= held_on)
        if not_id:
            query = query.where(c.id != not_id)
        with self._engine.connect() as conn:
            found = conn.execute(query.order_by(c.held_on.desc(), c.created_at.desc()).limit(1)).scalar()
        return self.get(found) if found else None

    def draft_new(self, held_on: date) -> dict[str, Any]:
        """The fields of a new meeting on this date: the previous meeting linked, its open actions carried in."""
        fields = empty_meeting(held_on)
        previous = self.newest_before(fields["held_on"])
        if previous is not None:
            fields["previous_id"] = previous["id"]
            fields["carried_actions"] = carry_in(previous)
        return fields

    def create(self, fields: dict[str, Any]) -> str:
        record = self._checked(fields)
        meeting_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(meetings).values(id=meeting_id, created_at=stamp, updated_at=stamp, **record))
        return meeting_id

    def save(self, meeting_id: str, fields: dict[str, Any]) -> None:
        """The meeting as a whole, as the editor holds it; raises RecordNotFound, RecordInvalid."""
        self.get(meeting_id)
        record = self._checked(fields)
        if record.get("previous_id") == meeting_id:
            raise RecordInvalid({"previous_id": FieldError.CHOICE_INVALID})
        with self._engine.begin() as conn:
            conn.execute(update(meetings).where(meetings.c.id == meeting_id)
                         .values(updated_at=now_stamp(), **record))

    def remove(self, meeting_id: str) -> None:
        self.get(meeting_id)
        with self._engine.begin() as conn:
            conn.execute(update(meetings).where(meetings.c.id == meeting_id)
                         .values(deleted=True, updated_at=now_stamp()))

    @staticmethod
    def _checked(fields: dict[str, Any]) -> dict[str, Any]:
        unknown = set(fields) - set(MEETING_FIELDS) - {"id"}
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        record = {**{k: v for k, v in empty_meeting(date.today()).items() if k != "held_on"},
                  **{k: v for k, v in fields.items() if k != "id"}}
        if isinstance(record.get("title"), str):
            record["title"] = record["title"].strip()
        errors = check_meeting(record)
        if errors:
            raise RecordInvalid(errors)
        return {k: (json.dumps(v, ensure_ascii=False, separators=(",", ":")) if k in JSON_COLUMNS and v is not None
                    else v) for k, v in record.items()}


def _record(row) -> dict[str, Any]:
    out = dict(row)
    for name in LIST_FIELDS:
        out[name] = json_list(out[name])
    try:
        figures = json.loads(out["figures"]) if out["figures"] else None
    except ValueError:
        figures = None
    out["figures"] = figures if isinstance(figures, dict) else None
    out["deleted"] = bool(out["deleted"])
    return out
