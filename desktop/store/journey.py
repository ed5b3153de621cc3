"""A client's stories and stage ratings: told, rated, corrected, removed, listed.

Every record carries the organisation of whoever works on this device (the server lets a partner
write only its own organisation's: server/write_rules.py), and a story whoever wrote it down. A
rating is never edited into another: a new opinion is a new rating, dated, so the meeting can see
a stage's ratings change over time; a mistake is removed. Rules: domain/journey_records.py.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, Engine, insert, select, update

from desktop.store.current_worker import current_worker_id
from desktop.store.errors import RecordNotFound
from desktop.store.records import from_row, now_stamp
from desktop.store.schema import stage_ratings, stories, workers
from domain.errors import RecordInvalid
from domain.ids import new_id
from domain.journey_records import RATING_FIELDS, STORY_FIELDS, check_rating, check_story

STORY_INPUT = tuple(f for f in STORY_FIELDS if f not in ("client_id", "written_by", "organisation_id"))
RATING_INPUT = tuple(f for f in RATING_FIELDS if f not in ("client_id", "organisation_id"))
_STORY_TEXT = ("life_domain", "told_by", "what_changed", "why_it_matters", "text_original", "original_language",
               "text_nl")


def writer(conn: Connection) -> tuple[str | None, str | None]:
    """(worker, organisation) of whoever works on this device now."""
    worker = current_worker_id(conn)
    org = conn.execute(select(workers.c.organisation_id).where(workers.c.id == worker)).scalar() if worker else None
    return worker, org


class JourneyRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    # -- stories -----------------------------------------------------------------------
    def tell(self, client_id: str, fields: dict, today: date | None = None, stages=None) -> str:
        """Write a story down; its writer and organisation are this device's worker's."""
        record = self._story(client_id, fields, today, stages)
        story_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            worker, org = writer(conn)
            conn.execute(insert(stories).values(id=story_id, created_at=stamp, updated_at=stamp, written_by=worker,
                                                organisation_id=org, **record))
        return story_id

    def update_story(self, story_id: str, fields: dict, today: date | None = None, stages=None) -> None:
        current = self.story(story_id)
        record = self._story(current["client_id"], {**{k: current[k] for k in STORY_INPUT}, **fields}, today, stages)
        with self._engine.begin() as conn:
            conn.execute(update(stories).where(stories.c.id == story_id).values(updated_at=now_stamp(), **record))

    def remove_story(self, story_id: str) -> None:
        self.story(story_id)
        with self._engine.begin() as conn:
            conn.execute(update(stories).where(stories.c.id == story_id).values(deleted=True, updated_at=now_stamp()))

    def story(self, story_id: str) -> dict:
        with self._engine.connect() as conn:
            row = conn.execute(select(stories).where(stories.c.id == story_id,
                                                     stories.c.deleted.is_(False))).mappings().first()
        if row is None:
            raise RecordNotFound(story_id)
        return from_row(row)

    def stories_for(self, client_id: str) -> list[dict]:
        """The client's stories, newest told first, with the writer's name."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(stories, workers.c.name.label("writer_name"))
                                .outerjoin(workers, workers.c.id == stories.c.written_by)
                                .where(stories.c.client_id == client_id, stories.c.deleted.is_(False))
                                .order_by(stories.c.told_on.desc(), stories.c.created_at.desc())).mappings()
            return [from_row(r) for r in rows]

    def _story(self, client_id: str, fields: dict, today: date | None, stages) -> dict:
        unknown = set(fields) - set(STORY_INPUT)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        record = {key: fields.get(key) for key in STORY_INPUT}
        for key in (*_STORY_TEXT, "title"):
            record[key] = (record.get(key) or "").strip()
        record["consent_use"] = record.get("consent_use") or "none"
        if record["consent_use"] == "none":
            record["consent_on"] = None  # no consent, no day it was given
        record["consent_on"] = record.get("consent_on") or None
        errors = check_story({**record, "client_id": client_id}, today, stages)
        if errors:
            raise RecordInvalid(errors)
        return {**record, "client_id": client_id}

    # -- stage ratings -------------------------------------------------------------------
    def rate(self, client_id: str, fields: dict, today: date | None = None, stages=None) -> str:
        unknown = set(fields) - set(RATING_INPUT)
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        record = {key: fields.get(key) for key in RATING_INPUT}
        record["reason"] = (record.get("reason") or "").strip()
        record["rated_on"] = record.get("rated_on") or (today or date.today()).isoformat()
        errors = check_rating({**record, "client_id": client_id}, today, stages)
        if errors:
            raise RecordInvalid(errors)
        rating_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            _, org = writer(conn)
            conn.execute(insert(stage_ratings).values(id=rating_id, created_at=stamp, updated_at=stamp,
                                                      client_id=client_id, organisation_id=org, **record))
        return rating_id

    def remove_rating(self, rating_id: str) -> None:
        with self._engine.begin() as conn:
            done = conn.execute(update(stage_ratings).where(stage_ratings.c.id == rating_id,
                                                            stage_ratings.c.deleted.is_(False))
                                .values(deleted=True, updated_at=now_stamp())).rowcount
        if not done:
            raise RecordNotFound(rating_id)

    def ratings_for(self, client_id: str) -> list[dict]:
        """The client's ratings, newest first."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(stage_ratings)
                                .where(stage_ratings.c.client_id == client_id, stage_ratings.c.deleted.is_(False))
                                .order_by(stage_ratings.c.rated_on.desc(), stage_ratings.c.created_at.desc()))
            return [from_row(r) for r in rows.mappings()]
