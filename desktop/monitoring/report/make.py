"""One report from a store: the meeting's frozen figures (or the figures now), the stories it selected
and the stage ratings, from providers the caller passes in.

The providers take the store's engine (`session`) and give the shared shapes of the journey
(domain/monitoring/journey.py): `StoryChoice` items, only stories whose consent allows use outside the
client file, and `StageRatingCount` items. The defaults read the journey's records in the store
(desktop/store/stories.py); `no_stories` and `no_ratings` leave them out.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.monitoring.compute import compute
from desktop.monitoring.export import to_json
from desktop.monitoring.options import MonitoringOptions
from desktop.monitoring.report.content import build
from desktop.monitoring.report.page_flow import Placed
from desktop.monitoring.report.render import write_report
from desktop.store.stories import journey_stages, rating_counts, story_choices
from domain.monitoring.journey import StageRatingCount, StoryChoice

StoryProvider = Callable[[Any], list[StoryChoice]]
RatingProvider = Callable[[Any], list[StageRatingCount]]


def no_stories(_session: Any) -> list[StoryChoice]:
    return []


def no_ratings(_session: Any) -> list[StageRatingCount]:
    return []


def figures_now(store, options: MonitoringOptions) -> dict:
    """The `ketenplan-monitoring/1` document as the store holds it now (no ids: it is frozen and printed)."""
    return to_json(compute(store.engine, options))


def make_report(store, path: Path, options: MonitoringOptions, meeting_id: str | None = None,
                stories: StoryProvider = story_choices, ratings: RatingProvider = rating_counts,
                meeting: dict | None = None) -> list[Placed]:
    """Write the report of a meeting (its frozen figures; the figures now if none were frozen), or of
    the figures now without a meeting. `meeting` is one as the editor holds it (perhaps unsaved),
    else the stored one is read by id. Raises RecordNotFound for an unknown meeting."""
    if meeting is None and meeting_id:
        meeting = store.meetings.get(meeting_id)
    figures = (meeting or {}).get("figures") or figures_now(store, options)
    stages = {s.key: s.label for s in journey_stages(store.engine)}
    content = build(figures, meeting, stories(store.engine), ratings(store.engine), stages)
    return write_report(Path(path), content)
