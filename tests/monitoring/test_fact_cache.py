"""The facts cache gives exactly the figures a fresh computation gives, after any edit of any fact
table, whichever way the edit reached the store; it rebuilds only what changed, and goes at lock."""

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.monitoring import fact_cache
from desktop.monitoring.compute import compute
from desktop.monitoring.export import to_json
from desktop.monitoring.options import MonitoringOptions
from desktop.store.monitoring_source import FACT_READERS, FACT_TABLES
from domain.errors import RecordInvalid
from domain.monitoring.cohorts import CohortBy
from tests.conftest import new_store
from tests.depth import examples

REF = date(2026, 6, 30)
STAGES = ("koppeling", "overdracht", "gevestigd", "zelfstandig")
KINDS = ("socially_active", "exam_passed", "duty_met", "paid_work_parttime", "paid_work_fulltime",
         "knows_sociale_kaart", "own_network")


def _day(n: int) -> str:
    return (date(2021, 1, 1) + timedelta(days=n)).isoformat()


def _client(store, n: int, **more) -> str:
    return store.clients.create({"given_names": f"P{n}", "family_name": "Test", "date_of_birth": _day(-9000 + n),
                                 "stage": "gevestigd", "koppeling_date": _day(n), "vestiging_date": _day(n + 60),
                                 "sex": "V", "country_of_origin": "SY", **more})


@pytest.fixture
def town(store):
    return make_town(store)


def make_town(store) -> dict:
    """Six persons, four with a plan, one household of two, one organisation."""
    org = store.directory.add_organisation("Taalschool", "taalschool")
    household = store.clients.create_household("Test")
    ids = [_client(store, n * 97) for n in range(4)]
    ids += [_client(store, 500, household_id=household),
            _client(store, 501, household_id=household, household_role="kind", date_of_birth="2015-01-01")]
    plans = {cid: store.plans.start(cid, seed_goals=False) for cid in ids[:4]}
    for plan in plans.values():
        store.plans.update(plan, {"leerroute": "B"})
    return {"ids": ids, "plans": plans, "org": org, "household": household}


def _same(store, cache, options):
    """The cached run equals a fresh one in every figure, breakdown and id."""
    assert to_json(cache.compute(store.engine, options), ids=True) == to_json(
        compute(store.engine, options), ids=True)


def _edit(store, town, kind: str, n: int, day: str, choice: int) -> None:
    ids, plans = town["ids"], town["plans"]
    cid = ids[n % len(ids)]
    plan = plans.get(cid) or next(iter(plans.values()))
    if kind == "client":
        store.clients.update(cid, [
            {"stage": STAGES[choice % 4]}, {"vestiging_date": day}, {"date_of_birth": "1971-03-0" + str(1 + choice)},
            {"household_role": "partner"}, {"country_of_origin": "ER"}, {"partner_org_ids": [town["org"]]}][choice])
    elif kind == "new_client":
        ids.append(_client(store, 900 + len(ids), household_id=town["household"], household_role="partner"))
    elif kind == "delete_client" and len(ids) > 2:
        store.clients.delete(ids.pop(n % len(ids)))
    elif kind == "plan":
        store.plans.update(plan, [
            {"leerroute": "BZO"[choice % 3] if choice < 3 else "B"}, {"literacy_education": "A"},
            {"duty_start_on": day}, {"dual_track": "paid_work"}, {"may_finish_education": True}, {}][choice])
    elif kind == "agree":
        store.plans.agree(plan, {"agreed_on": day, "client_agrees": True, "agreement_how": "signed",
                                 "pip_dated_on": day})
    elif kind == "milestone":
        stone = store.plans.milestones.add(plan, {"kind": KINDS[choice], "reached_on": day})
        if choice % 2:
            store.plans.milestones.remove(stone)
    elif kind == "debt":
        store.plans.debt_signals.add(plan, {"noticed_on": day, "kind": "rent_arrears"})
    elif kind == "goal":
        store.plans.goals.add(plan, {"domain": ("work", "network", "education")[choice % 3],
                                     "result": "", "target_on": None})
    elif kind == "action":
        store.plans.actions.add(plan, {"description": "Aanmelden", "organisation_id": town["org"],
                                       "due_on": day})
    elif kind == "handover":
        record = store.handovers.start(cid, {"held_at": day + "T10:00"})
        store.handovers.save_part(record, cid, "pre_integration", {"classes_started": choice % 2 == 0})
    elif kind == "intake":
        record = store.intakes.start(cid, {"held_on": day})
        store.intakes.save_part(record, cid, "language", {"literacy": "illiterate"})
    elif kind == "organisation":
        store.directory.add_organisation(f"Partner {n}", "welzijn")


EDITS = ("client", "new_client", "delete_client", "plan", "agree", "milestone", "debt", "goal", "action",
         "handover", "intake", "organisation")


EDIT = st.tuples(st.sampled_from(EDITS), st.integers(0, 20), st.integers(0, 2000), st.integers(0, 5))


@settings(max_examples=examples(10), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(EDIT, min_size=1, max_size=5))
def test_the_cache_gives_the_figures_of_a_fresh_computation_after_any_edit(tmp_path_factory, edits):
    store = new_store(tmp_path_factory.mktemp("cache") / "store")
    try:
        town = make_town(store)
        cache = fact_cache.cache_for(store.engine)  # watching the engine's writes
        options = MonitoringOptions(ref=REF, quotas={"2021-H1": 3})
        _same(store, cache, options)
        for kind, n, day, choice in edits:
            try:
                _edit(store, town, kind, n, _day(day), choice)
            except RecordInvalid:  # refused: the store is as it was, and so must the figures be
                pass
            _same(store, cache, options)
        _same(store, cache, MonitoringOptions(ref=REF, cohort_by=CohortBy.DUTY_START, housing_norm_weeks=14))
        _same(store, fact_cache.FactCache(), options)  # a new cache, cold, agrees too
    finally:
        store.close()


def test_every_fact_table_is_in_the_one_list_and_has_its_reader():
    read = {t for reader in FACT_READERS.values() for t in reader.tables}
    assert read | {"clients"} == FACT_TABLES
    assert {"plans", "plan_milestones", "plan_debt_signals", "plan_goals", "plan_actions", "plan_versions",
            "handovers", "intakes", "form_parts"} <= FACT_TABLES


def test_only_what_changed_is_rebuilt_and_evaluated(store, town):
    cache = fact_cache.cache_for(store.engine)
    options = MonitoringOptions(ref=REF)
    first = cache.compute(store.engine, options)
    assert cache.rebuilt == len(town["ids"]) and cache.evaluated == len(town["ids"])
    assert cache.compute(store.engine, options) is first  # nothing written: the same run
    cid = town["ids"][1]
    store.plans.milestones.add(town["plans"][cid], {"kind": "exam_passed", "reached_on": "2023-01-01"})
    again = cache.compute(store.engine, options)
    assert again is not first and cache.rebuilt == 1 and cache.evaluated == 1
    assert again.figures.by_person[cid] is not first.figures.by_person[cid]  # the run handed out stays as it was
    assert again.figures.by_person[town["ids"][0]] is first.figures.by_person[town["ids"][0]]
    store.clients.update(town["ids"][4], {"household_role": "partner"})  # the household's type changes
    cache.compute(store.engine, options)
    assert cache.rebuilt == 2  # both members of the household
    cache.compute(store.engine, MonitoringOptions(ref=REF, cohort_by=CohortBy.DUTY_START))
    assert cache.evaluated == 0  # another cohort: the same results, grouped otherwise
    cache.compute(store.engine, MonitoringOptions(ref=date(2025, 1, 1)))
    assert cache.evaluated == len(town["ids"])  # another day: everyone again


def test_a_write_the_engine_does_not_see_counts_once_announced(store, town):
    """A write past SQLAlchemy, on the driver's own cursor, announced with the tables it wrote
    (DbWorker.on_written): from then on the cache has it."""
    cache = fact_cache.cache_for(store.engine)
    options = MonitoringOptions(ref=REF)
    cache.compute(store.engine, options)
    cid = town["ids"][0]
    with store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("UPDATE clients SET vestiging_date = '2025-12-01' WHERE id = ?", (cid,))
        raw.commit()
    fact_cache.note_written({"clients"})
    _same(store, cache, options)


def test_a_worker_write_announces_its_tables_to_the_cache(qtbot, store, town):
    from desktop.tasks import DbWorker
    worker = DbWorker()
    worker.open(lambda: store)
    worker.on_written(fact_cache.note_written)
    cache = fact_cache.cache_for(store.engine)
    options = MonitoringOptions(ref=REF)
    cache.compute(store.engine, options)
    cid = town["ids"][2]

    def raw_write(s):
        with s.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute("UPDATE plans SET leerroute = 'Z' WHERE client_id = ?", (cid,))
            raw.commit()
    done = []
    worker.write(raw_write, changes={"plans"}, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert worker.call(lambda s: to_json(cache.compute(s.engine, options), ids=True)).result(10) == to_json(
        compute(store.engine, options), ids=True)
    worker._executor.shutdown(wait=True)


def test_the_cache_goes_when_the_store_locks(store_dir):
    store = new_store(store_dir / "other")
    engine = store.engine
    fact_cache.cache_for(engine).compute(engine, MonitoringOptions(ref=REF))
    assert fact_cache.has_cache(engine)
    store.close()  # lock: the engine is disposed, and the facts with it
    assert not fact_cache.has_cache(engine)


def _warm_with_a_write_at(store, town, cache, options, at: int) -> int:
    """Warm in steps, with writes (a client's date, a milestone) after step `at`; the steps taken."""
    steps = 0
    while cache.warm_step(store.engine, options):
        steps += 1
        if steps == at:
            store.clients.update(town["ids"][0], {"vestiging_date": "2024-02-02"})
            store.plans.milestones.add(town["plans"][town["ids"][1]], {"kind": "exam_passed",
                                                                      "reached_on": "2023-01-01"})
    return steps


def test_warming_in_steps_gives_the_fresh_figures_whichever_step_a_write_comes_after(tmp_path, monkeypatch):
    """Each step reads one group of tables, or builds or evaluates a few persons, or fills the cells; a
    write after any step is read again and built again, whether its table was read already or not,
    and the run made is the one the dashboard asks for."""
    monkeypatch.setattr(fact_cache, "WARM_PERSONS", 2)  # six persons: builds and evaluations in steps
    options = MonitoringOptions(ref=REF)
    store = new_store(tmp_path / "plain")
    try:
        make_town(store)
        total = _warm_with_a_write_at(store, {}, fact_cache.cache_for(store.engine), options, at=-1)
    finally:
        store.close()
    assert total > len(FACT_READERS) + 2 * 3  # each reader a step; three steps each to build and evaluate
    for at in range(1, total + 1):
        store = new_store(tmp_path / f"at{at}")
        try:
            town = make_town(store)
            cache = fact_cache.cache_for(store.engine)
            _warm_with_a_write_at(store, town, cache, options, at)
            assert cache.is_warm(options) and not cache.is_warm(MonitoringOptions(ref=date(2025, 1, 1)))
            warm = cache.compute(store.engine, options)
            assert cache.evaluated == 0, "made by the last step"
            assert to_json(warm, ids=True) == to_json(compute(store.engine, options), ids=True), at
            store.plans.update(town["plans"][town["ids"][2]], {"leerroute": "Z"})
            assert not cache.is_warm(options)
            _same(store, cache, options)
        finally:
            store.close()
