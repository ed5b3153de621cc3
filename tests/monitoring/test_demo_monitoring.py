"""The demo's trajectories: every settled adult has a plan, milestones fall between settling and
today, and the same seed gives the same trajectories."""

from datetime import date

from sqlalchemy import select

from desktop.demo import fill_demo_store
from desktop.store import Store
from desktop.store.keyfile import FAST_KDF
from desktop.store.schema import clients, plan_debt_signals, plan_milestones, plans
from tests.conftest import PASSPHRASE


def _read(data_dir):
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        with store.engine.connect() as conn:
            people = {r.id: r for r in conn.execute(select(clients))}
            planned = set(conn.execute(select(plans.c.client_id).where(plans.c.deleted.is_(False))).scalars())
            stones = conn.execute(select(plan_milestones.c.client_id, plan_milestones.c.kind,
                                         plan_milestones.c.reached_on, plan_milestones.c.skill,
                                         plan_milestones.c.level)).all()
            debts = conn.execute(select(plan_debt_signals.c.client_id, plan_debt_signals.c.noticed_on)).all()
    finally:
        store.close()
    return people, planned, stones, debts


def test_trajectories_fit_each_person_and_repeat_with_the_seed(tmp_path):
    summaries = [fill_demo_store(tmp_path / name, PASSPHRASE, clients=60, seed=11, kdf=FAST_KDF)
                 for name in ("a", "b")]
    assert summaries[0]["trajectories"] > 0 and summaries[0]["milestones"] > 0
    people, planned, stones, debts = _read(tmp_path / "a")
    today = date.today()
    for person in people.values():
        if person.stage in ("gevestigd", "zelfstandig") and person.household_role != "kind":
            assert person.id in planned  # every settled adult has a plan to record progress in
    for client_id, day, *_ in [(s[0], s[2]) for s in stones] + [tuple(d) for d in debts]:
        settled = people[client_id].vestiging_date
        assert settled and settled <= day <= today.isoformat()
    kinds = {s[1] for s in stones}
    assert {"socially_active", "knows_sociale_kaart", "language_level"} <= kinds
    levels = [s for s in stones if s[1] == "language_level"]
    assert levels and all(s[3] in ("speaking", "listening") and s[4] in ("A1", "A2", "B1") for s in levels)
    again = _read(tmp_path / "b")
    pick = [(people[s[0]].v_number, *s[1:]) for s in stones]
    assert sorted(pick) == sorted((again[0][s[0]].v_number, *s[1:]) for s in again[2])


def test_without_trajectories_the_demo_is_as_before(tmp_path):
    summary = fill_demo_store(tmp_path / "plain", PASSPHRASE, clients=30, seed=11, kdf=FAST_KDF,
                              trajectories=False)
    assert "trajectories" not in summary
    _, _, stones, debts = _read(tmp_path / "plain")
    assert stones == [] and debts == []
