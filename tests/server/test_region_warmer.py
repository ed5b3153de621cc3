"""Each sharing municipality's counts are kept ready by the server's warmer: at start-up for every
sharing tenant, and after a change; the region's request then counts nothing, and a push's answer
never waits for the counting. On both databases the server runs on."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import insert

from bench.region import fill
from domain.monitoring.cohorts import CohortBy
from domain.monitoring.targets import Settings
from server import accounts, region_settings
from server.db import Database, sqlite_url
from server.record_store import RECORDS
from server.region_figures import RegionCache, members_now, tenant_counts
from server.region_warmer import RegionWarmer
from server.sequence import next_seq
from tests.server.test_region import (  # noqa: F401
    _get,
    _push_people,
    quick_warmer,
    region,
    server_app_cache,
    server_app_warmer,
)

MINIMUM = 5


@pytest.fixture(params=["sqlite", "pg"])
def db(request, tmp_path):
    if request.param == "sqlite":
        database = Database(sqlite_url(tmp_path))
        database.migrate()
        yield database
        database.dispose()
        return
    with request.getfixturevalue("pg_cluster").fresh_database() as url:
        database = Database(url)
        database.migrate()
        yield database
        database.dispose()


def _members(db, name):
    with db.reading() as session:
        return members_now(session.connection(), region_settings.sharing_members(session, name))


def test_every_sharing_municipality_is_counted_at_start_and_again_after_a_change(db):
    name = f"Regio {uuid.uuid4().hex[:6]}"
    fill(db, name, 3, 40)
    with db.writing() as session:  # a municipality of the region that does not share: never counted
        region_settings.set_region(session, accounts.create_tenant(session, "Eigen weg"), name, False)
    cache = RegionCache()
    warmer = RegionWarmer(db, cache, MINIMUM, delay=0.05)
    warmer.start()
    try:
        assert warmer.wait_idle() and warmer.counted == 3
        members, ref = _members(db, name), date.today()
        computed = cache.computed
        for cohort_by in CohortBy:
            cache.region_tables(db.engine.connect, members, ref, cohort_by, Settings(), MINIMUM)
        assert cache.computed == computed, "the request counted nothing: every member's counts were kept"
        with db.engine.connect() as conn:  # and they are the counts a fresh count gives
            for m in members:
                assert cache.member_counts(db.engine.connect, m, ref, CohortBy.DUTY_START, Settings()) == \
                    tenant_counts(conn, m.tenant_id, ref, CohortBy.DUTY_START, Settings())

        changed = members[1]
        with db.writing() as session:  # a new client of one member, as a push stores it
            cid = str(uuid.uuid4())
            session.execute(insert(RECORDS), [{
                "tenant_id": changed.tenant_id, "entity": "clients", "record_id": cid, "version": changed.seq + 1,
                "deleted": False, "data": {"id": cid, "stage": "gevestigd", "vestiging_date": "2022-02-02"},
                "client_id": cid, "organisation_id": None, "part": None, "updated_by": None, "author_id": None,
                "created_at": datetime.now(UTC), "updated_at": datetime.now(UTC)}])
            next_seq(session.connection(), changed.tenant_id)
        warmer.changed(changed.tenant_id)
        warmer.changed(changed.tenant_id)  # a burst of pushes: counted once
        assert warmer.wait_idle() and warmer.counted == 4
        now, computed = _members(db, name), cache.computed
        assert now[1].seq == changed.seq + 1
        for cohort_by in CohortBy:  # the region's suppressed tables were made from them too
            key = (tuple((m.tenant_id, m.seq) for m in now), ref, cohort_by, Settings(), MINIMUM)
            assert cache.tables.get(key) is not None
        tables = cache.region_tables(db.engine.connect, now, ref, CohortBy.VESTIGING, Settings(), MINIMUM)
        assert cache.computed == computed and tables
    finally:
        warmer.stop()


def test_a_request_meeting_counts_being_made_waits_for_them_instead_of_counting_twice(db):
    name = f"Regio {uuid.uuid4().hex[:6]}"
    fill(db, name, 1, 30)
    cache = RegionCache()
    member, ref = _members(db, name)[0], date.today()
    results = []
    threads = [threading.Thread(target=lambda: results.append(
        cache.member_counts(db.engine.connect, member, ref, CohortBy.VESTIGING, Settings()))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(results) == 3 and results[0] == results[1] == results[2]
    assert cache.computed == 1


def test_a_push_is_answered_while_its_municipality_is_being_counted(server, region):  # noqa: F811
    _name, towns, _names = region
    warmer, cache = server_app_warmer(server), server_app_cache(server)
    coordinator = towns["a"].device("coordinator")  # signed in before: its sign-in is no change of records
    assert warmer.wait_idle()
    counting, release = threading.Event(), threading.Event()
    keep = cache.keep

    def slow_keep(*args, **kwargs):
        counting.set()
        release.wait(30)
        return keep(*args, **kwargs)
    cache.keep = slow_keep
    try:
        _push_people(towns["a"], {"worked": 1, "not": 0, "no_plan": 0, "recent": 0})
        assert counting.wait(10), "the push's municipality is being counted"
        t0 = time.monotonic()
        _push_people(towns["a"], {"worked": 1, "not": 0, "no_plan": 0, "recent": 0})
        assert time.monotonic() - t0 < 5, "the push's answer did not wait for the counting"
        assert not release.is_set()
    finally:
        release.set()
        del cache.keep
    assert warmer.wait_idle()
    computed = cache.computed
    assert _get(coordinator).status_code == 200
    assert cache.computed == computed


def test_a_new_day_counts_every_sharing_municipality_again(db, monkeypatch):
    """The reference date is part of the counts: yesterday's are no use to today's request."""
    import server.region_warmer as warmer_module

    name = f"Regio {uuid.uuid4().hex[:6]}"
    fill(db, name, 2, 20)
    warmer = RegionWarmer(db, RegionCache(), MINIMUM, delay=0.05)
    warmer.start()
    try:
        assert warmer.wait_idle() and warmer.counted == 2
        tomorrow = datetime.now(UTC) + timedelta(days=1)
        monkeypatch.setattr(warmer_module, "utcnow", lambda: tomorrow)
        warmer.changed(_members(db, name)[0].tenant_id)  # wakes the warmer, which finds the day turned
        assert warmer.wait_idle() and warmer.counted == 4  # both again, the changed one not twice
    finally:
        warmer.stop()
