"""What leaves the client file, for any stories and ratings: generated, against a real encrypted store.

Each example writes its records in a transaction that is rolled back, and compares what
desktop/store/stories.py gives with the rule worked out here by hand: a story leaves the file only
with consent_use "anonymous" or "named", inside the period, its person named only with "named";
a stage's count holds the newest rating of each voice (client, stage, kind, organisation) once."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from desktop.store.schema import stage_ratings, stories
from desktop.store.stories import rating_counts, story_choices
from domain.monitoring.journey import DEFAULT_STAGES, RATINGS, TELLER_KINDS
from tests.depth import examples

START = date(2026, 1, 1)
STAGES = [key for key, _ in DEFAULT_STAGES[:3]]
DAYS = st.integers(0, 60).map(lambda n: START + timedelta(days=n))
PERIODS = st.tuples(st.one_of(st.none(), DAYS), st.one_of(st.none(), DAYS))
STORY = st.fixed_dictionaries({"client": st.integers(0, 2), "use": st.sampled_from(["none", "anonymous", "named"]),
                               "day": DAYS, "deleted": st.booleans()})
RATING = st.fixed_dictionaries({"client": st.integers(0, 2), "stage": st.sampled_from(STAGES),
                                "kind": st.sampled_from(TELLER_KINDS), "org": st.sampled_from(["a", "b", None]),
                                "rating": st.sampled_from(RATINGS), "day": DAYS, "deleted": st.booleans()})
SETTINGS = settings(max_examples=examples(60), deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def people(store):
    names = [("Amina", "Haddad"), ("Omar", "Said"), ("Sara", "Tesfay")]
    return [store.clients.create({"given_names": g, "family_name": f}) for g, f in names]


@pytest.fixture
def orgs(store):
    return {"a": store.directory.add_organisation("Taalschool", "taalschool"),
            "b": store.directory.add_organisation("VluchtelingenWerk", "maatschappelijke_begeleiding"), None: None}


def _in(day: date, since: date | None, until: date | None) -> bool:
    return (since is None or day >= since) and (until is None or day <= until)


@SETTINGS
@given(told=st.lists(STORY, max_size=8), period=PERIODS)
def test_a_story_leaves_the_file_only_by_consent_and_named_only_by_name(store, people, told, period):
    since, until = period
    with store.engine.connect() as conn, conn.begin() as transaction:
        for i, s in enumerate(told):
            conn.execute(insert(stories).values(
                id=f"s{i}", created_at=f"2026-01-01T00:00:{i:02d}Z", updated_at="x", client_id=people[s["client"]],
                stage="plan", told_by_kind="person", told_on=s["day"].isoformat(), title=f"t{i}", text_nl="x",
                consent_use=s["use"], consent_on=s["day"].isoformat(), deleted=s["deleted"]))
        got = {c.id: c.person_label for c in story_choices(conn, since, until)}
        transaction.rollback()
    names = ["Amina Haddad", "Omar Said", "Sara Tesfay"]
    want = {f"s{i}": names[s["client"]] if s["use"] == "named" else None for i, s in enumerate(told)
            if s["use"] != "none" and not s["deleted"] and _in(s["day"], since, until)}
    assert got == want


@SETTINGS
@given(rated=st.lists(RATING, max_size=12), period=PERIODS)
def test_each_voice_counts_once_with_its_newest_rating_in_the_period(store, people, orgs, rated, period):
    since, until = period
    with store.engine.connect() as conn, conn.begin() as transaction:
        for i, r in enumerate(rated):
            conn.execute(insert(stage_ratings).values(
                id=f"r{i}", created_at=f"2026-01-01T00:00:{i:02d}Z", updated_at="x", client_id=people[r["client"]],
                stage=r["stage"], rating=r["rating"], rated_by_kind=r["kind"], organisation_id=orgs[r["org"]],
                rated_on=r["day"].isoformat(), deleted=r["deleted"]))
        got = {(c.stage, c.rated_by_kind): (c.plus, c.neutral, c.minus) for c in rating_counts(conn, since, until)}
        transaction.rollback()
    newest: dict[tuple, tuple] = {}
    for i, r in enumerate(rated):  # written in order: the later of two on one day is the newer
        if not r["deleted"] and _in(r["day"], since, until):
            voice = (r["client"], r["stage"], r["kind"], r["org"])
            if voice not in newest or (r["day"], i) > newest[voice][:2]:
                newest[voice] = (r["day"], i, r["rating"])
    tally = Counter((voice[1], voice[2], rating) for voice, (_, _, rating) in newest.items())
    for (stage, kind), counts in got.items():
        assert counts == tuple(tally[(stage, kind, r)] for r in RATINGS), (stage, kind)
    assert len(got) == len(DEFAULT_STAGES) * len(TELLER_KINDS)
