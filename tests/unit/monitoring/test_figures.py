"""Figures per target and cohort, by hand: n/N, open windows, exclusions, unknowns, breakdowns, H2."""

from datetime import date

import pytest

from domain.monitoring.cohorts import CohortBy, half_year, half_year_bounds
from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import Figures, taakstelling
from tests.unit.monitoring.people import ms, person

REF = date(2026, 6, 30)
WORK = (ms("paid_work_parttime", "2023-06-01"),)
# Cohort 2022 (settled 2022-01-15, duty from 2022-01-15), cohort 2025; the duty years differ.
PEOPLE = [
    person("a", milestones=WORK, partner_org_ids=("taal", "werk"), sex="V"),
    person("b", milestones=WORK, partner_org_ids=("taal",)),
    person("c", partner_org_ids=("werk",), origin="ER", date_of_birth="2001-05-05"),
    person("d", has_plan=False, origin="ER"),
    person("e", date_of_birth="2010-01-01", household_type="family"),  # a child: E2 does not apply
    person("f", left_on="2024-01-01", leerroute="Z"),
    person("g", vestiging_on="2025-03-01", duty_start_on="2024-11-01", dual_track="paid_work"),
    person("h", vestiging_on="2025-03-01", duty_start_on="2025-04-01"),
    person("i", vestiging_on="2025-03-01", duty_start_on=None, household_type=None,
           milestones=(ms("paid_work_fulltime", "2026-01-01"),)),
]


def ids(cell, outcome):
    return sorted(cell.ids.get(outcome, []))


def test_e2_per_chain_cohort_by_hand():
    figures = Figures(PEOPLE, REF)
    assert figures.cohorts() == [2022, 2025]
    c2022 = figures.cell("E2", 2022)
    assert ids(c2022, Outcome.REALISED) == ["a", "b"] and ids(c2022, Outcome.NOT_REALISED) == ["c"]
    assert (c2022.n(Outcome.REALISED), c2022.closed, c2022.realised_pct) == (2, 3, pytest.approx(200 / 3))
    assert dict(c2022.excluded) == {"moved away": ["f"]}
    assert dict(c2022.unknown) == {"plan": ["d"]}
    assert ids(c2022, Outcome.NOT_APPLICABLE) == ["e"]
    c2025 = figures.cell("E2", 2025)
    assert c2025.closed == 0 and c2025.realised_pct is None
    assert ids(c2025, Outcome.ON_TRACK) == ["g"] and ids(c2025, Outcome.NOT_STARTED) == ["h"]
    assert ids(c2025, Outcome.REALISED_EARLY) == ["i"]
    assert c2025.open == 3


def test_the_cbs_cohort_counts_by_the_year_the_duty_started():
    figures = Figures(PEOPLE, REF, cohort_by=CohortBy.DUTY_START)
    assert figures.cohorts() == [2022, 2024, 2025, None]
    assert ids(figures.cell("E2", 2024), Outcome.ON_TRACK) == ["g"]
    assert ids(figures.cell("E2", 2025), Outcome.NOT_STARTED) == ["h"]
    assert ids(figures.cell("E2", None), Outcome.REALISED_EARLY) == ["i"]  # duty date unknown: its own column
    assert figures.cell("E2", 2022).closed == 3  # the same people as the chain's 2022


def test_breakdowns_keep_the_persons_behind_each_cell():
    figures = Figures(PEOPLE, REF)
    by_org = figures.breakdown("E2", 2022, "organisation")
    assert ids(by_org["taal"], Outcome.REALISED) == ["a", "b"]
    assert ids(by_org["werk"], Outcome.REALISED) == ["a"] and ids(by_org["werk"], Outcome.NOT_REALISED) == ["c"]
    assert set(by_org) == {"taal", "werk", "none"}  # a person with two organisations counts in both
    by_origin = figures.breakdown("E2", 2022, "origin")
    assert by_origin["ER"].closed == 1 and dict(by_origin["ER"].unknown) == {"plan": ["d"]}
    assert by_origin["SY"].realised_pct == 100
    assert ids(figures.breakdown("E2", 2022, "sex")["V"], Outcome.REALISED) == ["a"]
    by_age = figures.breakdown("E2", 2022, "age_band")  # the age at the reference date
    assert ids(by_age["18-26"], Outcome.NOT_REALISED) == ["c"] and ids(by_age["0-17"], Outcome.NOT_APPLICABLE) == ["e"]
    assert "unknown" in figures.breakdown("E2", 2025, "household_type")
    assert set(figures.breakdown("S4", 2022, "leerroute")) == {"B", "Z"}
    with pytest.raises(ValueError):
        figures.breakdown("E2", 2022, "religion")


def test_from_a_person_back_to_the_targets_that_count_them():
    figures = Figures(PEOPLE, REF)
    child = figures.targets_counting("e")
    assert "E2" not in child and "H1" in child  # a child is housed with the household
    assert figures.targets_counting("a")["E2"].outcome == Outcome.REALISED
    assert figures.targets_counting("nobody") == {}
    table = figures.table()
    assert set(table) == {"E1", "E2", "E3", "E4", "S1", "S2", "S3", "S4", "S5", "S6", "S7", "H1"}
    assert table["E2"][2022].counts()["realised"] == 2


def test_h2_taakstelling_per_half_year():
    rows = taakstelling(PEOPLE, {"2022-H1": 8, "2025-H1": 5, "2026-H1": 4})
    by = {r.period: r for r in rows}
    assert [r.period for r in rows] == ["2022-H1", "2025-H1", "2026-H1"]
    assert (len(by["2022-H1"].housed), by["2022-H1"].met) == (6, False)
    assert (len(by["2025-H1"].housed), by["2025-H1"].met, by["2025-H1"].pct) == (3, False, 60)
    assert by["2026-H1"].housed == () and by["2026-H1"].met is False
    assert len(by["2022-H1"].linked) == 0  # linked in 2021-H2
    unset = taakstelling(PEOPLE, {})
    assert all(r.quota is None and r.met is None and r.pct is None for r in unset)
    with pytest.raises(ValueError):
        taakstelling(PEOPLE, {"2025-H3": 4})


def test_half_years():
    assert half_year(date(2025, 6, 30)) == "2025-H1" and half_year(date(2025, 7, 1)) == "2025-H2"
    assert half_year_bounds("2024-H2") == (date(2024, 7, 1), date(2024, 12, 31))
    for bad in ("2024", "2024-H0", "x-H1", "2024-h1"):
        with pytest.raises(ValueError):
            half_year_bounds(bad)


def test_from_store_records_to_figures():
    """Records as the store returns them, through build_facts, to the figures a coordinator sees."""
    from domain.monitoring.facts import build_facts

    def client(cid, **kw):
        return {"id": cid, "stage": "gevestigd", "household_role": "hoofdpersoon", "date_of_birth": "1990-01-01",
                "koppeling_date": "2022-01-01", "vestiging_date": "2022-03-01", "country_of_origin": "SY", **kw}

    plan = {"leerroute": "B", "literacy_education": "NVT", "duty_start_on": "2022-03-01"}
    exam = [{"kind": "exam_passed", "reached_on": "2024-06-01", "skill": None, "level": None}]
    persons = [
        build_facts(client("p1"), plan, milestones=exam, debt_signals=[{"noticed_on": "2023-01-01", "kind": "fine"}]),
        build_facts(client("p2", vestiging_date="2022-03-20"), plan),  # housed after 11 weeks
        build_facts(client("p3"), {**plan, "literacy_education": "A"}),
        build_facts(client("p4")),  # no plan
    ]
    figures = Figures(persons, date(2026, 1, 1))
    s4 = figures.cell("S4", 2022)
    assert (s4.n(Outcome.REALISED), s4.closed) == (1, 2)
    assert dict(s4.excluded) == {"illiterate": ["p3"]} and s4.n(Outcome.UNKNOWN) == 1
    assert dict(s4.unknown) == {"plan": ["p4"], "duty_start_on": ["p4"], "literacy": ["p4"]}  # all it misses
    e4 = figures.cell("E4", 2022)
    assert ids(e4, Outcome.NOT_REALISED) == ["p1"] and ids(e4, Outcome.REALISED) == ["p2", "p3"]
    h1 = figures.cell("H1", 2022)
    assert ids(h1, Outcome.REALISED) == ["p1", "p3", "p4"] and ids(h1, Outcome.NOT_REALISED) == ["p2"]


def test_a_breakdown_becomes_a_table_to_suppress():
    from domain.monitoring.figures import OUTCOME_COLUMNS, count_rows
    from domain.monitoring.suppression import suppress

    labels, rows = count_rows(Figures(PEOPLE, REF).breakdown("E2", 2022, "origin"))
    assert labels == ["ER", "SY"]
    realised = OUTCOME_COLUMNS.index(Outcome.REALISED)
    assert [r[realised] for r in rows] == [0, 2] and sum(map(sum, rows)) == 6
    shown = suppress(rows).display()
    assert shown[-1][-1] == "6"  # the six persons in the cohort
    assert all(v in ("0", "<5") for row in shown for v in row[:-1])  # every other count is under 5
