"""The region's tables: counts per municipality side by side, suppressed so that no municipality,
knowing its own figures, can work out a hidden cell of another, from one table or linked ones."""

from datetime import date

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from domain.monitoring.evaluate import Outcome
from domain.monitoring.figures import Figures
from domain.monitoring.region import COLUMNS, linked_groups, municipality_counts, realised_share, shared_tables
from domain.monitoring.region_suppression import suppress_shared
from domain.monitoring.suppression import with_totals
from domain.monitoring.targets import TARGETS
from tests.depth import examples
from tests.unit.monitoring.people import ms, person
from tests.unit.monitoring.region_attacker import recover_joint

E1, E2 = (t for t in TARGETS if t.code in ("E1", "E2"))
small = st.one_of(st.integers(0, 3), st.integers(0, 12))
row8 = st.lists(small, min_size=len(COLUMNS), max_size=len(COLUMNS))


def _attack(tables, truths, n_members, minimum=5):
    for own in range(n_members):
        found = recover_joint([list(map(list, t)) for t in tables], truths, minimum, own)
        assert not found, (own, tables, found)


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(row8, min_size=2, max_size=4), st.randoms(use_true_random=False))
def test_no_member_recovers_a_hidden_cell_of_another_from_linked_tables(rows_a, rnd):
    assume(any(any(r) for r in rows_a))
    rows_b = [rnd.sample(r, len(r)) for r in rows_a]  # E2 counts the same persons as E1: equal totals
    members = [{("E1", 2024): tuple(a), ("E2", 2024): tuple(b)} for a, b in zip(rows_a, rows_b, strict=True)]
    tables = shared_tables(members, targets=(E1, E2))
    assert [t.target for t in tables] == ["E1", "E2"]
    truths = [with_totals(rows_a), with_totals(rows_b)]
    for table, truth in zip(tables, truths, strict=True):
        for i, row in enumerate(truth):
            for j, v in enumerate(row):
                if 0 < v < 5:
                    assert table.shown[i][j] in ("<5", "x"), "every small cell is hidden"
                elif table.shown[i][j] not in ("<5", "x"):
                    assert table.shown[i][j] == str(v)
    _attack([t.shown for t in tables], truths, len(members))


@settings(max_examples=examples(40), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(row8, min_size=2, max_size=5), st.randoms(use_true_random=False))
def test_three_tables_counting_the_same_persons_are_safe_read_together(rows_a, rnd):
    """Three equal totals and the column sums once tied a small cell of one table to another's: the
    linked tables are checked together before they are shared."""
    assume(any(any(r) for r in rows_a))
    rows = [rows_a, [rnd.sample(r, len(r)) for r in rows_a], [rnd.sample(r, len(r)) for r in rows_a]]
    group = tuple(t for t in TARGETS if t.code in ("E4", "S2", "S6"))
    members = [{(t.code, 2024): tuple(rows[k][m]) for k, t in enumerate(group)} for m in range(len(rows_a))]
    tables = shared_tables(members, targets=group)
    _attack([t.shown for t in tables], [with_totals(r) for r in rows], len(members))


def test_the_case_that_once_leaked_is_hidden():
    """Without the joint check, the fourth member read the first's 1 in S2 and the second's 4 in S6."""
    e4 = [[1, 12, 0, 0, 0, 0, 0, 0], [4, 7, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 15], [0, 0, 1, 9, 8, 0, 0, 5]]
    s2 = [[0, 1, 0, 0, 0, 0, 12, 0], [0, 7, 0, 0, 0, 0, 0, 4], [0, 0, 0, 0, 0, 0, 0, 15], [1, 0, 5, 0, 0, 0, 8, 9]]
    s6 = [[0, 0, 0, 12, 0, 0, 1, 0], [0, 0, 0, 4, 0, 0, 7, 0], [0, 0, 0, 0, 0, 0, 15, 0], [5, 0, 9, 0, 1, 0, 0, 8]]
    group = tuple(t for t in TARGETS if t.code in ("E4", "S2", "S6"))
    members = [{(t.code, 2024): tuple(rows[m]) for t, rows in zip(group, (e4, s2, s6), strict=True)} for m in range(4)]
    tables = shared_tables(members, targets=group)
    _attack([t.shown for t in tables], [with_totals(r) for r in (e4, s2, s6)], 4)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(small, min_size=3, max_size=3), min_size=2, max_size=4))
def test_one_table_is_safe_against_each_member(rows):
    table = suppress_shared(rows, 5)
    _attack([table.display()], [table.values], len(rows))


def test_two_members_and_a_total_a_member_would_subtract_its_own_row():
    """Region total minus my row is yours: with two members the totals beside a small cell go."""
    table = suppress_shared([[20, 3], [30, 40]], 5)
    shown = table.display()
    assert shown[0][1] == "<5" and shown[0][0] == "x", "its row total stays: the cell beside it goes"
    assert shown[2][0] == "x" and shown[2][1] == "x", "the region's totals would give both away"
    assert shown[1] == ["30", "40", "70"], "nothing of the other member needs hiding"
    _attack([shown], [table.values], 2)


def test_linked_targets_are_the_ones_counting_the_same_persons():
    groups = {frozenset(g) for g in linked_groups()}
    assert frozenset({"E1", "E2"}) in groups
    assert frozenset({"S1", "H1"}) in groups
    assert frozenset({"S3", "S4"}) in groups


def test_shares_only_from_shown_counts_over_ten_closed_windows():
    table = suppress_shared([[8, 4], [20, 30], [25, 25], [3, 6]], 5)
    shown = table.display()
    for row in range(5):
        share = realised_share(table, row)
        if "x" in shown[row][:2] or "<5" in shown[row][:2]:
            assert share is None, "never from a hidden count"
        else:
            assert share == 100 * int(shown[row][0]) / (int(shown[row][0]) + int(shown[row][1]))
    assert realised_share(table, 0) is None, "4 is hidden: no share"
    assert realised_share(suppress_shared([[6, 3], [20, 30]], 5), 0) is None, "under ten closed windows: no share"
    assert realised_share(suppress_shared([[6, 6], [20, 30], [30, 30]], 5), 0) == 50.0


def test_a_municipalitys_counts_are_the_figures_it_computes_itself():
    ref = date(2026, 6, 30)
    people = [person("a", vestiging_on="2022-03-01"), person("b", vestiging_on="2022-04-01")]
    counts = municipality_counts(people, ref)
    assert counts["E1", 2022][COLUMNS.index("not_realised")] == 2
    assert all(sum(row) > 0 for row in counts.values()), "cohorts nobody counts in are left out"


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.tuples(st.dates(date(2015, 1, 1), date(2026, 6, 1)), st.dates(date(1950, 1, 1), date(2015, 1, 1)),
                          st.booleans(), st.booleans()), max_size=25))
def test_the_counts_are_what_the_desktops_figures_count(rows):
    people = [person(f"p{i}", vestiging_on=v, date_of_birth=born, has_plan=plan,
                     milestones=(ms("paid_work_parttime", "2020-01-01"),) if worked else ())
              for i, (v, born, plan, worked) in enumerate(rows)]
    ref = date(2026, 6, 30)
    figures = Figures(people, ref)
    expected = {key: tuple(cell.n(Outcome(c)) for c in COLUMNS) for key, cell in figures.cells.items()}
    assert municipality_counts(people, ref) == {k: v for k, v in expected.items() if any(v)}
