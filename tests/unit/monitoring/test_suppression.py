"""Small-cell suppression: nothing hidden can be worked out from what is shown."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from domain.monitoring.suppression import PRIMARY, percentage, suppress
from tests.depth import examples
from tests.unit.monitoring.attacker import recover

counts = st.one_of(st.integers(0, 6), st.integers(0, 40))
tables = st.integers(1, 4).flatmap(
    lambda cols: st.lists(st.lists(counts, min_size=cols, max_size=cols), min_size=1, max_size=4))


def _check(rows, minimum):
    table = suppress(rows, minimum)
    shown = table.display()
    for i, row in enumerate(table.values):
        for j, v in enumerate(row):
            if 0 < v < minimum:
                assert (i, j) in table.hidden, "every small cell and small total is hidden"
            if (i, j) not in table.hidden:
                assert shown[i][j] == str(v)
    found = recover(shown, minimum, table.values)
    assert found == {"linear": set(), "bounds": set(), "enumeration": set()}, (rows, shown, found)
    return table


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables, st.sampled_from([3, 5]))
def test_no_hidden_cell_can_be_recovered(rows, minimum):
    _check(rows, minimum)


@pytest.mark.parametrize("rows", [
    [[3, 10, 20], [12, 15, 30], [8, 9, 2]],
    [[1]], [[0]], [[3, 0], [0, 7]], [[4, 4, 4, 4]], [[1], [40], [2]],
    [[6, 7], [8, 1]],  # a lone small cell: its row, column and the cell opposite go
])
def test_known_tables(rows):
    _check(rows, 5)


def test_the_reader_finds_what_primary_suppression_alone_leaves_open():
    """The reader is strong enough: with only the small cell hidden, it is found three ways."""
    shown = [["6", "7", "13"], ["8", "<5", "9"], ["14", "8", "22"]]
    found = recover(shown, 5, [[6, 7, 13], [8, 1, 9], [14, 8, 22]])
    assert found == {"linear": {(1, 1)}, "bounds": {(1, 1)}, "enumeration": {(1, 1)}}
    # two hidden cells in a line are not enough when a third line pins one of them
    shown = [["<5", "x", "13"], ["8", "20", "28"], ["11", "x", "41"]]
    assert (0, 0) in recover(shown, 5, [[3, 10, 13], [8, 20, 28], [11, 30, 41]])["linear"]


def test_a_table_without_small_cells_is_shown_whole():
    table = suppress([[10, 20], [30, 40]])
    assert table.hidden == {}
    assert table.display() == [["10", "20", "30"], ["30", "40", "70"], ["40", "60", "100"]]


def test_small_cells_show_as_under_the_minimum_and_their_complements_as_x():
    table = suppress([[6, 7], [8, 1]], minimum=5)
    assert table.hidden[1, 1] == PRIMARY
    shown = table.display()
    assert shown[1][1] == "<5"
    assert sum(v == "x" for row in shown for v in row) >= 3  # a cycle: its row, its column, the opposite cell


def test_the_minimum_is_a_setting():
    assert suppress([[7, 20], [20, 20]], minimum=10).display()[0][0] == "<10"
    assert suppress([[7, 20], [20, 20]], minimum=5).hidden == {}


def test_rounding_is_optional_and_touches_only_what_is_shown():
    table = suppress([[12, 23], [31, 44]], round_to=5)
    assert table.display() == [["10", "25", "35"], ["30", "45", "75"], ["45", "65", "110"]]


def test_percentages_never_on_hidden_counts_or_small_denominators():
    table = suppress([[3, 30], [20, 40]])
    assert percentage(table, (0, 0), (0, 2)) is None  # 3 is hidden
    assert percentage(table, (1, 0), (1, 2)) is None  # 20 is hidden to protect the 3
    assert percentage(table, (0, 2), (2, 2)) == pytest.approx(100 * 33 / 93)
    assert percentage(suppress([[6, 3]], minimum=2), (0, 0), (0, 2), min_denominator=10) is None  # 9 < 10


def test_bad_tables_are_refused():
    for rows in ([], [[]], [[1, 2], [3]], [[-1]]):
        with pytest.raises(ValueError):
            suppress(rows)
    with pytest.raises(ValueError):
        suppress([[1]], minimum=0)
