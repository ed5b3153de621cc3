"""Figures from a real encrypted store with hand-made clients, compared with counts made by hand."""

from datetime import date

import pytest

from desktop.monitoring.compute import compute
from desktop.monitoring.options import MonitoringOptions
from desktop.monitoring.tables import reason_rows, table_rows, target_rows
from desktop.store.monitoring_source import read_facts
from domain.monitoring.cohorts import CohortBy
from domain.monitoring.facts import build_facts
from domain.monitoring.figures import Figures

REF = date(2026, 6, 30)


def _client(store, given, born, stage, koppeling, vestiging=None, **more):
    return store.clients.create({"given_names": given, "family_name": "Test", "date_of_birth": born,
                                 "stage": stage, "koppeling_date": koppeling, "vestiging_date": vestiging,
                                 "sex": "V", "country_of_origin": "ER", **more})


def _plan(store, client_id, **fields):
    plan_id = store.plans.start(client_id, seed_goals=False)
    store.plans.update(plan_id, fields)
    return plan_id


@pytest.fixture
def town(store):
    """A: settled 2022, works part-time, passed the exam, one debt; B: settled 2022 late, illiterate,
    nothing reached; C (with child D): settled 2026 without a plan; E: in the AZC, handover held."""
    ids = {}
    ids["A"] = _client(store, "Amal", "1990-01-01", "gevestigd", "2022-01-10", "2022-03-01")
    plan = _plan(store, ids["A"], leerroute="B", literacy_education="NVT", duty_start_on="2022-03-01")
    for kind, day in (("socially_active", "2022-06-01"), ("exam_passed", "2024-05-01"),
                      ("paid_work_parttime", "2023-01-01"), ("knows_sociale_kaart", "2024-04-01")):
        store.plans.milestones.add(plan, {"kind": kind, "reached_on": day})
    gone = store.plans.milestones.add(plan, {"kind": "own_network", "reached_on": "2022-08-01"})
    store.plans.milestones.remove(gone)  # a tombstone counts for nothing
    store.plans.debt_signals.add(plan, {"noticed_on": "2023-01-15", "kind": "rent_arrears"})

    ids["B"] = _client(store, "Bisrat", "1985-05-05", "gevestigd", "2022-01-01", "2022-05-01")
    _plan(store, ids["B"], leerroute="Z", literacy_education="A", duty_start_on="2022-05-01")

    household = store.clients.create_household("Test")
    ids["C"] = _client(store, "Cala", "1995-02-02", "gevestigd", "2026-01-20", "2026-03-01", household_id=household)
    ids["D"] = _client(store, "Dawit", "2015-07-07", "gevestigd", "2026-01-20", "2026-03-01", household_id=household,
                       household_role="kind", bsn="111222333")

    ids["E"] = _client(store, "Eden", "2000-10-10", "overdracht", "2026-06-01")
    handover = store.handovers.start(ids["E"], {"held_at": "2026-06-05T10:00"})
    store.handovers.save_part(handover, ids["E"], "pre_integration", {"classes_started": True})
    return ids


def _cells(run):
    return {(r["target"], r["cohort"]): r for r in target_rows(run)}


def test_every_client_is_read_with_its_records(store, town):
    facts = {f.client_id: f for f in read_facts(store.engine)}
    assert set(facts) == set(town.values())
    a = facts[town["A"]]
    assert [m.kind for m in a.milestones] == ["socially_active", "paid_work_parttime", "knows_sociale_kaart",
                                              "exam_passed"]  # by date; the removed one left out
    assert a.debt_signals == (date(2023, 1, 15),) and a.leerroute == "B" and a.has_plan
    assert facts[town["B"]].illiterate() is True
    assert facts[town["C"]].household_type == "single_parent" and not facts[town["C"]].has_plan
    e = facts[town["E"]]
    assert e.handover_on == date(2026, 6, 5) and e.pre_integration is True


def test_figures_equal_the_hand_made_counts(store, town):
    run = compute(store.engine, MonitoringOptions(ref=REF))
    cells = _cells(run)
    assert run.figures.cohorts() == [2022, 2026, None]

    def realised(code, cohort):
        cell = cells[code, cohort]
        return cell["realised_n"], cell["closed_n"]

    # 2022: A and B, every window of 6, 24 and 36 months closed on the reference date.
    assert realised("H1", 2022) == (1, 2)  # A housed after 50 days, B after 120 (norm 70)
    assert realised("S2", 2022) == (1, 2)  # A socially active within 6 months
    assert realised("E1", 2022) == (0, 2) and realised("E2", 2022) == (1, 2)
    assert realised("E4", 2022) == (1, 2)  # A's debt signal; B none
    assert realised("S6", 2022) == (0, 2)  # A knew the sociale kaart a month after the window
    assert realised("S7", 2022) == (0, 2)  # A's own network was removed
    assert realised("S4", 2022) == (1, 1) and cells["S4", 2022]["excluded"] == 1  # B illiterate
    # S3's 60 months are open; past halfway, and neither a PIP nor a language level shows progress.
    assert cells["S3", 2022]["open_n"] == cells["S3", 2022]["late"] == 2
    reasons = {(r["target"], r["cohort"], r["kind"], r["reason"]): r["n"] for r in reason_rows(run)}
    assert reasons["S4", 2022, "excluded", "illiterate"] == 1
    # 2026: C without a plan is unknown, never failed; D is a child.
    assert cells["E2", 2026]["unknown"] == 1 and cells["E2", 2026]["not_applicable"] == 1
    assert reasons["E2", 2026, "unknown", "plan"] == 1
    assert realised("H1", 2026) == (2, 2)
    # Not settled: E's handover counts for H1 (on track) and S1 (classes started in the AZC).
    assert cells["H1", "unknown"]["on_track"] == 1 and cells["S1", "unknown"]["realised_early"] == 1
    # The same as the domain's Figures over facts built by hand from the same records.
    assert run.figures.cell("E2", 2022).counts() == Figures(read_facts(store.engine), REF).cell("E2", 2022).counts()


def test_a_past_reference_date_gives_the_figures_as_they_stood(store, town):
    cells = _cells(compute(store.engine, MonitoringOptions(ref=date(2022, 7, 1))))
    assert cells["S2", 2022]["realised_early"] == 1 and cells["S2", 2022]["closed_n"] == 0
    assert cells["E4", 2022]["on_track"] == 2  # the debt came later


def test_cohort_by_duty_start(store, town):
    run = compute(store.engine, MonitoringOptions(ref=REF, cohort_by=CohortBy.DUTY_START))
    assert run.figures.cohorts() == [2022, None]  # C has no plan, so no duty start


def test_norm_and_quotas_are_settings(store, town):
    run = compute(store.engine, MonitoringOptions(ref=REF, housing_norm_weeks=18, quotas={"2022-H1": 3}))
    assert _cells(run)["H1", 2022]["realised_n"] == 2  # 120 days is within 18 weeks
    rows = {r["period"]: r for r in table_rows(run, "taakstelling")}
    assert rows["2022-H1"] == {"period": "2022-H1", "quota": 3, "housed": 2, "linked": 2, "met": False,
                               "pct": 66.7}
    assert rows["2026-H1"]["quota"] is None and rows["2026-H1"]["housed"] == 2


def test_the_breakdowns_add_up_to_the_figures(store, town):
    run = compute(store.engine, MonitoringOptions(ref=REF))
    cells = _cells(run)
    for row in table_rows(run, "breakdowns"):
        if row["dimension"] == "sex":
            assert row["realised_n"] == cells[row["target"], row["cohort"]]["realised_n"]  # everyone is V
        if row["dimension"] == "household_type" and row["group"] == "single_parent":
            assert row["target"] and row["cohort"] == 2026


def test_deleted_clients_are_left_out(store, town):
    from sqlalchemy import update

    from desktop.store.schema import clients
    with store.engine.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == town["E"]).values(deleted=True))
    assert town["E"] not in {f.client_id for f in read_facts(store.engine)}


def test_the_store_reads_as_build_facts_from_the_repositories(store, town):
    """The set-based read gives what build_facts makes from the repositories' own records."""
    a = town["A"]
    plan = store.plans.get(store.plans.for_client(a))
    by_hand = build_facts(store.clients.get(a), plan, plan["milestones"], plan["debt_signals"], plan["actions"],
                          plan["goals"])
    read = next(f for f in read_facts(store.engine) if f.client_id == a)
    assert read == by_hand


def test_a_broken_form_part_is_missing_data_not_a_failure(store, town):
    from sqlalchemy import update

    from desktop.store.schema import form_parts
    with store.engine.begin() as conn:
        conn.execute(update(form_parts).where(form_parts.c.client_id == town["E"]).values(answers="{broken"))
    facts = {f.client_id: f for f in read_facts(store.engine)}
    assert facts[town["E"]].pre_integration is None and facts[town["E"]].handover_on == date(2026, 6, 5)
    assert len(facts) == len(town)


def test_a_completed_conversation_counts_before_a_later_draft(store, town):
    draft = store.handovers.start(town["E"], {"held_at": "2026-06-20T09:00"})
    store.handovers.save_part(draft, town["E"], "pre_integration", {"classes_started": False})
    e = next(f for f in read_facts(store.engine) if f.client_id == town["E"])
    assert e.handover_on == date(2026, 6, 20)  # both drafts: the newest
    first = store.handovers.for_client(town["E"])[-1]["id"]
    with store.engine.begin() as conn:
        from sqlalchemy import update

        from desktop.store.schema import handovers
        conn.execute(update(handovers).where(handovers.c.id == first).values(status="complete"))
    e = next(f for f in read_facts(store.engine) if f.client_id == town["E"])
    assert e.handover_on == date(2026, 6, 5) and e.pre_integration is True


def test_duos_whole_release_kept_on_the_plan_is_read_from_the_store(store):
    client_id = _client(store, "Rahel", "1990-01-01", "gevestigd", "2022-01-10", "2022-03-01")
    plan_id = _plan(store, client_id, leerroute="B", duty_start_on="2022-03-01")
    store.plans.update(plan_id, {"duo_exemption_kind": "whole_release", "duo_exemption_on": "2024-05-02"},
                       from_duo=True)
    [facts] = [f for f in read_facts(store.engine) if f.client_id == client_id]
    assert facts.released_on == date(2024, 5, 2) and facts.exempt_on is None
