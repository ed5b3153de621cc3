"""The demo's journey: every default stage has stories the monitoring meeting may use (with consent,
named and anonymous, told by the person, a partner and a worker) and ratings from the person and a
partner, as the monitoring room reads them; the same seed gives the same stories."""

from collections import defaultdict

from desktop.demo import fill_demo_store
from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.stories import rating_counts, story_choices
from domain.monitoring.journey import DEFAULT_STAGES
from tests.conftest import PASSPHRASE


def _journey(data_dir):
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        return story_choices(store.engine), rating_counts(store.engine)
    finally:
        store.close()


def test_every_stage_has_stories_and_ratings_to_discuss(tmp_path):
    summaries = [fill_demo_store(tmp_path / name, PASSPHRASE, clients=40, seed=5, kdf=FAST_KDF) for name in "ab"]
    assert summaries[0]["stories"] == summaries[1]["stories"] > 0
    choices, counts = _journey(tmp_path / "a")
    tellers, named = defaultdict(set), defaultdict(set)
    for story in choices:  # consented stories only: the ones the meeting may select
        tellers[story.stage].add(story.told_by_kind)
        named[story.stage].add(story.person_label is not None)
    raters = defaultdict(set)
    for row in counts:
        if row.total:
            raters[row.stage].add(row.rated_by_kind)
    for stage, label in DEFAULT_STAGES:
        assert tellers[stage] >= {"person", "partner", "worker"}, label
        assert named[stage] == {True, False}, f"{label}: named and anonymous stories"
        assert raters[stage] >= {"person", "partner"}, label
    again, _ = _journey(tmp_path / "b")
    assert sorted((s.stage, s.title, s.told_by_kind) for s in choices) == sorted(
        (s.stage, s.title, s.told_by_kind) for s in again)
