"""The usual record's shortcut (sync/limits.py _flat_and_ordinary) never changes a verdict: for any
record, flat or nested, with any names and values, record_problem answers exactly what the walk
alone answered, the same sentence or None. The walk alone is record_problem without the shortcut,
called here by switching the shortcut off."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sync import limits
from tests.depth import examples
from tests.server.test_limits_property import LEAVES, MOMENTS, NAMES

# Names of every kind the shortcut tells apart (an id, a moment, both, neither) and odd ones.
FLAT_NAMES = NAMES | st.sampled_from(["id", "record_id", "date_id", "on", "at", "birth", "date_", "vestiging_date",
                                      "koppeling_date", "answered_on", "created_at", "x_id_x", "", "ide"])
FLAT_LEAVES = LEAVES | MOMENTS | st.sampled_from(["", " ", "2026-03-02", "0001-01-01T00:00:00+01:00", "1990",
                                                 "i" * 36, "i" * 37, "a\x00b", str(uuid.uuid4()), "9999-12-31",
                                                 "x" * 100_000, 2**63 - 1, -(2**63), 2**63, True, 1.5,
                                                 "2026-" + "x" * 33])  # a moment's text, too long for an id
RECORDS = st.dictionaries(FLAT_NAMES, FLAT_LEAVES | st.lists(FLAT_LEAVES, max_size=2)
                          | st.dictionaries(FLAT_NAMES, FLAT_LEAVES, max_size=2), max_size=8)


def _walked(fields: dict) -> str | None:
    switched = limits._flat_and_ordinary
    limits._flat_and_ordinary = lambda fields: False
    try:
        return limits.record_problem(fields)
    finally:
        limits._flat_and_ordinary = switched


@pytest.fixture(autouse=True)
def _fresh_name_sets():
    limits._KINDS_OF.clear()  # each test meets its names for the first time, then again
    yield
    limits._KINDS_OF.clear()


@settings(max_examples=examples(600), deadline=None)
@example(fields={"vestiging_date": "", "created_at": "2026-03-02T09:00:00Z", "client_id": str(uuid.uuid4())})
@example(fields={"date_id": "0001-01-01T00:00:00+01:00"})  # an id and a moment by its name: an id first
@example(fields={"held_on": "0001-01-01T00:00:00+01:00"})  # a moment a zone carries past year 1
@example(fields={"client_id": "i" * 37})
@example(fields={"date_id": "2026-" + "x" * 33})
@example(fields={"notes": "a\x00b"})
@example(fields={"count": 2**63})
@example(fields={"a\x00b": 1})
@example(fields={"": 1})
@given(fields=RECORDS)
def test_the_shortcut_answers_what_the_walk_answers(fields):
    expected = _walked(fields)
    assert limits.record_problem(fields) == expected
    assert limits.record_problem(fields) == expected  # its names now known


def test_the_names_it_keeps_are_bounded():
    for n in range(limits._KNOWN_NAME_SETS + 50):
        assert limits.record_problem({f"field_{n}": "x"}) is None
    assert len(limits._KINDS_OF) == limits._KNOWN_NAME_SETS
    limits._KINDS_OF.clear()
    wide = {f"field_{n}": "x" for n in range(limits._NAMES_KEPT + 1)}
    assert limits.record_problem(wide) is None and not limits._KINDS_OF  # walked, its names not kept


@given(fields=RECORDS)
@settings(max_examples=examples(100), deadline=None)
def test_a_record_over_the_field_limit_is_still_refused(fields):
    many = {f"f{n}": 1 for n in range(limits.MAX_FIELDS + 1)}
    assert limits.record_problem({**fields, **many}) == _walked({**fields, **many})
    assert limits.record_problem(many) is not None
