"""What the journey's stories and ratings give outside the client file: the monitoring screen, the
monitoring meeting and its report.

Only stories the person consented to use outside the file ("anonymous" or "named") ever leave
here, and the person's name only with "named": a story with consent_use "none" is never read by
these functions, so no screen, meeting or export built on them can show it. Ratings leave as
counts only. Deleted records, and the records of deleted clients, are left out.

`session` is the store's engine or an open connection.
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, Engine, and_, select

from desktop.store.monitoring_settings import read_settings
from desktop.store.schema import clients, stories
from domain.client import display_name
from domain.monitoring.journey import RATINGS, TELLER_KINDS, Stage, StageRatingCount, StoryChoice, stages_from

USABLE = ("anonymous", "named")  # consent_use that lets a story leave the client file
_RATINGS = """SELECT r.client_id, r.stage, r.rated_by_kind, r.organisation_id, r.rating, r.rated_on, r.created_at
    FROM stage_ratings r JOIN clients c ON c.id = r.client_id WHERE r.deleted = 0 AND c.deleted = 0"""


def journey_stages(session) -> tuple[Stage, ...]:
    """The municipality's stages as its synced monitoring settings name them, else the chain's default
    (also without a store: None)."""
    if session is None:
        return stages_from(None)
    with _connected(session) as conn:  # on the caller's connection: a store has one at a time
        return stages_from(read_settings(conn))


@dataclass(frozen=True)
class ConsentedStory:
    """A story the monitoring screen may show, with the client it is about for a drill-down by a worker
    who holds that client (this device holds only those)."""
    choice: StoryChoice
    client_id: str
    what_changed: str
    why_it_matters: str


def consented_stories(session, since: date | None = None, until: date | None = None,
                      stage: str | None = None) -> list[ConsentedStory]:
    """Stories told in the period (both days included) that may leave the file, newest first."""
    query = (select(stories, clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
                    clients.c.family_name_usual)
             .join(clients, clients.c.id == stories.c.client_id)
             .where(stories.c.deleted.is_(False), clients.c.deleted.is_(False), stories.c.consent_use.in_(USABLE),
                    *_period(stories.c.told_on, since, until))
             .order_by(stories.c.told_on.desc(), stories.c.created_at.desc()))
    if stage:
        query = query.where(stories.c.stage == stage)
    with _connected(session) as conn:
        rows = conn.execute(query).mappings().all()
    return [ConsentedStory(_choice(row), row["client_id"], row["what_changed"] or "", row["why_it_matters"] or "")
            for row in rows]


def story_choices(session, since: date | None = None, until: date | None = None) -> list[StoryChoice]:
    """The stories the monitoring meeting may select from: consented ones only, named only by consent."""
    return [story.choice for story in consented_stories(session, since, until)]


def rating_counts(session, since: date | None = None, until: date | None = None) -> list[StageRatingCount]:
    """How each stage was rated by each kind of rater in the period: per client, stage, kind and rating
    organisation the newest rating counts once (one voice each, however often it was asked). Every
    configured stage and kind has its row, zeros too; a stage no longer configured follows them."""
    sql, params = _RATINGS, []
    for condition, day in (("r.rated_on >= ?", since), ("r.rated_on <= ?", until)):
        if day is not None:
            sql, params = f"{sql} AND {condition}", [*params, day.isoformat()]
    newest: dict[tuple, tuple] = {}
    with _connected(session) as conn:  # plain tuples through the driver: a municipality's ratings are many
        for client_id, stage, kind, org, rating, rated_on, created in conn.exec_driver_sql(sql, tuple(params)):
            key = (client_id, stage, kind, org)
            held = newest.get(key)
            if held is None or (rated_on, created) > held[:2]:
                newest[key] = (rated_on, created, rating)
        stages = [s.key for s in journey_stages(conn)]
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(RATINGS, 0))
    for (_, stage, kind, _), (_, _, rating) in newest.items():
        if rating in RATINGS and kind in TELLER_KINDS:
            counts[(stage, kind)][rating] += 1
    order = stages + sorted({stage for stage, _ in counts} - set(stages))
    none = dict.fromkeys(RATINGS, 0)
    return [StageRatingCount(stage, kind, *(counts.get((stage, kind), none)[r] for r in RATINGS))
            for stage in order for kind in TELLER_KINDS]


def _choice(row) -> StoryChoice:
    named = row["consent_use"] == "named"
    return StoryChoice(
        id=row["id"], stage=row["stage"], life_domain=row["life_domain"] or None, told_by_kind=row["told_by_kind"],
        told_on=date.fromisoformat(row["told_on"]) if row["told_on"] else None, title=row["title"],
        text_nl=row["text_nl"] or "", text_original=row["text_original"] or None,
        original_language=row["original_language"] or None, consent_use=row["consent_use"],
        person_label=display_name(dict(row)) if named else None)


def _period(column, since: date | None, until: date | None) -> list:
    """Dates are ISO text: they compare as days."""
    out = []
    if since is not None:
        out.append(column >= since.isoformat())
    if until is not None:
        out.append(column <= until.isoformat())
    return [and_(*out)] if out else []


@contextmanager
def _connected(session):
    if isinstance(session, Connection):
        yield session
    elif isinstance(session, Engine):
        with session.connect() as conn:
            yield conn
    else:  # the Store itself
        with session.engine.connect() as conn:
            yield conn
