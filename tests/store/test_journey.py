"""Stories and stage ratings in a real encrypted store: written with their writer and organisation,
every change in the outbox; and what leaves the client file for the monitoring meeting: consented
stories only, a name only by consent, ratings as counts of one voice each."""

from __future__ import annotations

import secrets
from datetime import date

import pytest

from desktop.store import Store, migrate
from desktop.store.engine import open_engine
from desktop.store.keyfile import FAST_KDF, KeyFile
from desktop.store.outbox import pending
from desktop.store.store import DB_NAME, KEY_NAME
from desktop.store.stories import consented_stories, journey_stages, rating_counts, story_choices
from domain.errors import FieldError, RecordInvalid
from domain.monitoring.journey import DEFAULT_STAGES, TELLER_KINDS, StageRatingCount
from tests.conftest import PASSPHRASE

TODAY = date(2026, 5, 1)


@pytest.fixture
def chain(store):
    school = store.directory.add_organisation("Taalschool Hilversum", "taalschool")
    worker = store.directory.add_worker("Sanne de Vries", "klantmanager", school)
    store.set_current_worker(worker)
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    omar = store.clients.create({"given_names": "Omar", "family_name": "Said"})
    return {"school": school, "worker": worker, "amina": amina, "omar": omar}


def _story(store, client, use="none", told_on="2026-04-01", stage="arrival_housing", **more):
    consent = {"consent_on": told_on} if use != "none" else {}
    return store.journey.tell(client, {"stage": stage, "told_by_kind": "person", "told_on": told_on,
                                       "title": f"Verhaal {use}", "text_nl": "Het ging goed.",
                                       "consent_use": use, **consent, **more}, today=TODAY)


def _rate(store, client, rating="+", stage="plan", kind="person", rated_on="2026-04-01", **more):
    return store.journey.rate(client, {"stage": stage, "rating": rating, "rated_by_kind": kind,
                                       "rated_on": rated_on, "reason": "omdat", **more}, today=TODAY)


def test_a_story_is_written_with_its_writer_and_organisation_and_goes_to_the_outbox(store, chain):
    story_id = _story(store, chain["amina"], title="  Een huis  ", text_original="بيت", original_language="ar")
    [story] = store.journey.stories_for(chain["amina"])
    assert (story["id"], story["title"], story["written_by"], story["organisation_id"], story["writer_name"]) == (
        story_id, "Een huis", chain["worker"], chain["school"], "Sanne de Vries")
    assert story["consent_use"] == "none" and story["consent_on"] is None
    rating_id = _rate(store, chain["amina"])
    with store.engine.connect() as conn:
        entries = {(e["entity"], e["record_id"]): e for e in pending(conn)}
    assert entries[("stories", story_id)]["op"] == "insert"
    assert entries[("stage_ratings", rating_id)]["after"]["organisation_id"] == chain["school"]


def test_a_bad_story_or_rating_is_refused_whole_and_nothing_is_stored(store, chain):
    with pytest.raises(RecordInvalid) as refused:
        _story(store, chain["amina"], use="named", consent_on=None)
    assert refused.value.errors == {"consent_on": FieldError.REQUIRED}
    with pytest.raises(RecordInvalid):
        _rate(store, chain["amina"], rating="-", reason=" ")
    assert store.journey.stories_for(chain["amina"]) == [] and store.journey.ratings_for(chain["amina"]) == []


def test_a_story_is_corrected_and_removed_and_taking_consent_back_clears_its_day(store, chain):
    story_id = _story(store, chain["amina"], use="named")
    store.journey.update_story(story_id, {"consent_use": "none", "title": "Anders"}, today=TODAY)
    story = store.journey.story(story_id)
    assert (story["title"], story["consent_use"], story["consent_on"]) == ("Anders", "none", None)
    store.journey.remove_story(story_id)
    assert store.journey.stories_for(chain["amina"]) == []


def test_only_consented_stories_leave_the_file_and_a_name_only_with_named(store, chain):
    _story(store, chain["amina"], use="none")
    anonymous = _story(store, chain["amina"], use="anonymous")
    named = _story(store, chain["omar"], use="named", told_on="2026-04-02")
    choices = story_choices(store.engine)
    assert [c.id for c in choices] == [named, anonymous]  # newest told first; the unconsented never
    assert {c.id: c.person_label for c in choices} == {named: "Omar Said", anonymous: None}
    assert all(c.consent_use in ("anonymous", "named") for c in choices)
    with store.engine.connect() as conn:  # a connection works as well as the engine
        assert [s.client_id for s in consented_stories(conn, stage="arrival_housing")] == [chain["omar"],
                                                                                          chain["amina"]]


def test_a_consent_taken_back_or_a_story_removed_takes_it_out_of_the_choices(store, chain):
    story_id = _story(store, chain["amina"], use="anonymous")
    store.journey.update_story(story_id, {"consent_use": "none"}, today=TODAY)
    assert story_choices(store.engine) == []
    other = _story(store, chain["amina"], use="named")
    store.journey.remove_story(other)
    assert story_choices(store.engine) == []


def test_the_period_includes_both_its_days_and_the_stage_filter_keeps_one_stage(store, chain):
    ids = {day: _story(store, chain["amina"], use="anonymous", told_on=f"2026-03-{day:02d}") for day in (9, 10, 20, 21)}
    got = {c.id for c in story_choices(store.engine, since=date(2026, 3, 10), until=date(2026, 3, 20))}
    assert got == {ids[10], ids[20]}
    _story(store, chain["amina"], use="anonymous", stage="plan")
    assert [s.choice.stage for s in consented_stories(store.engine, stage="plan")] == ["plan"]


def test_a_deleted_clients_stories_and_ratings_leave_nothing_behind(store, chain):
    _story(store, chain["omar"], use="named")
    _rate(store, chain["omar"])
    store.clients.delete(chain["omar"])
    assert story_choices(store.engine) == []
    assert sum(c.total for c in rating_counts(store.engine)) == 0


def test_ratings_count_one_voice_each_the_newest_in_the_period(store, chain):
    _rate(store, chain["amina"], "-", rated_on="2026-03-01")
    _rate(store, chain["amina"], "+", rated_on="2026-04-01")  # the person changed their mind: counts once, +
    _rate(store, chain["omar"], "0", rated_on="2026-04-02")
    _rate(store, chain["omar"], "-", kind="partner", rated_on="2026-04-03")
    _rate(store, chain["amina"], "+", stage="work_school", kind="worker", rated_on="2026-02-01")
    counts = {(c.stage, c.rated_by_kind): c for c in rating_counts(store.engine)}
    assert counts[("plan", "person")] == StageRatingCount("plan", "person", 1, 1, 0)
    assert counts[("plan", "partner")] == StageRatingCount("plan", "partner", 0, 0, 1)
    assert counts[("work_school", "worker")].total == 1
    # every stage and kind has its row, in the stages' order
    assert list(counts) == [(key, kind) for key, _ in DEFAULT_STAGES for kind in TELLER_KINDS]
    march = {(c.stage, c.rated_by_kind): c for c in rating_counts(store.engine, until=date(2026, 3, 31))}
    assert march[("plan", "person")] == StageRatingCount("plan", "person", 0, 0, 1)  # as it stood then
    assert march[("work_school", "worker")].total == 1
    assert rating_counts(store.engine, since=date(2026, 4, 3))[0].total == 0


def test_a_rating_removed_no_longer_counts(store, chain):
    rating_id = _rate(store, chain["amina"], "+")
    store.journey.remove_rating(rating_id)
    assert sum(c.total for c in rating_counts(store.engine)) == 0


def test_the_stages_are_the_default_ones_until_the_settings_name_them(store):
    assert [s.key for s in journey_stages(store.engine)] == [key for key, _ in DEFAULT_STAGES]


def test_merging_two_files_of_one_person_moves_their_stories_and_ratings(store, chain):
    _story(store, chain["omar"], use="anonymous")
    _rate(store, chain["omar"])
    moved = store.duplicates.merge_clients(chain["amina"], chain["omar"])
    assert moved["stories"] == 1 and moved["stage_ratings"] == 1
    assert len(store.journey.stories_for(chain["amina"])) == 1


def test_a_store_from_before_the_journey_gets_its_tables_with_their_outbox(store_dir):
    store_dir.mkdir(parents=True)
    db_key = secrets.token_bytes(32)
    KeyFile.wrap("journey-upgrade", db_key, PASSPHRASE, FAST_KDF).save(store_dir / KEY_NAME)
    engine = open_engine(store_dir / DB_NAME, db_key)
    migrate.upgrade(engine, store_dir / DB_NAME, store_dir / "backups", target="0009")
    engine.dispose()
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        client = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
        story_id = _story(store, client, use="anonymous")
        with store.engine.connect() as conn:
            assert ("stories", story_id) in {(e["entity"], e["record_id"]) for e in pending(conn)}
    finally:
        store.close()
