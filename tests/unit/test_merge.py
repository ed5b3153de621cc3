"""Properties of the three-way field merge that server and devices both rely on.

Run without Hypothesis' example database (database=None), so the checks leave no files behind."""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.merge import NOT_MERGED, merge_record
from tests.depth import examples

FIELDS = ("phone", "email", "stage", "notes", "languages")
values = st.one_of(st.none(), st.integers(-2, 2), st.sampled_from(["", "a", "b", "06-1234"]),
                   st.lists(st.sampled_from(["ar", "ti"]), max_size=2))


@st.composite
def three_versions(draw):
    """A base row and the row as each side edited it: every field present, some changed."""
    base = {f: draw(values) for f in FIELDS} | {"updated_at": draw(st.sampled_from(["t1", "t2"])), "deleted": 0}
    if draw(st.booleans()):  # a base that lacks a field the rows have (a column added later)
        base.pop(draw(st.sampled_from(FIELDS)))

    def edited() -> dict:
        row = {f: draw(values) if draw(st.booleans()) else base.get(f) for f in FIELDS}
        return row | {"updated_at": draw(st.sampled_from(["t1", "t2", "t3"])), "deleted": 0}

    return base, edited(), edited()


@settings(max_examples=examples(150), deadline=None, database=None)
@given(three_versions())
def test_merging_is_deterministic_and_leaves_its_inputs_alone(rows):
    base, mine, theirs = rows
    before = copy.deepcopy(rows)
    first, second = merge_record(base, mine, theirs), merge_record(base, mine, theirs)
    assert (first.record, first.conflicts) == (second.record, second.conflicts)
    assert (base, mine, theirs) == before


@settings(max_examples=examples(150), deadline=None, database=None)
@given(three_versions())
def test_a_field_changed_on_one_side_only_always_survives(rows):
    base, mine, theirs = rows
    merge = merge_record(base, mine, theirs)
    for f in FIELDS:
        if f not in base:
            continue
        if mine[f] != base[f] and theirs[f] == base[f]:
            assert merge.record[f] == mine[f] and f not in merge.conflicts
        if theirs[f] != base[f] and mine[f] == base[f]:
            assert merge.record[f] == theirs[f] and f not in merge.conflicts


@settings(max_examples=examples(150), deadline=None, database=None)
@given(three_versions())
def test_a_conflict_never_loses_either_value(rows):
    base, mine, theirs = rows
    merge = merge_record(base, mine, theirs)
    for f, (base_value, my_value, their_value) in merge.conflicts.items():
        assert (base_value, my_value, their_value) == (base.get(f), mine[f], theirs[f])
        assert my_value != their_value  # the same change on both sides is no conflict
        assert merge.record[f] == their_value  # the record keeps theirs; the conflict keeps mine
    for f in FIELDS:  # every field ends as one side's value, never a third
        assert merge.record[f] in (mine[f], theirs[f])


@settings(max_examples=examples(150), deadline=None, database=None)
@given(three_versions())
def test_stamps_never_conflict_and_an_unchanged_side_takes_the_other_whole(rows):
    base, mine, theirs = rows
    merge = merge_record(base, mine, theirs)
    assert not set(merge.conflicts) & NOT_MERGED
    assert merge.record["updated_at"] == theirs["updated_at"]
    if all(mine[f] == base.get(f) for f in FIELDS if f in base) and set(base) >= set(FIELDS):
        assert merge.record == theirs and merge.conflicts == {}  # nothing of mine to add
    if all(theirs[f] == base.get(f) for f in FIELDS if f in base) and set(base) >= set(FIELDS):
        assert {f: merge.record[f] for f in FIELDS} == {f: mine[f] for f in FIELDS}
        assert merge.conflicts == {}


@settings(max_examples=examples(100), deadline=None, database=None)
@given(three_versions(), st.sampled_from(FIELDS))
def test_an_edit_of_a_record_deleted_on_the_other_side_asks_a_person(rows, field):
    base, mine, theirs = rows
    base = {**base, field: "before", "deleted": 0}
    mine = {**mine, field: "after", "deleted": 0}
    theirs = {**theirs, "deleted": 1}
    merge = merge_record(base, mine, theirs)
    assert merge.conflicts["deleted"] == (0, 0, 1)
    assert merge.record["deleted"] == 1  # still deleted until a person decides
