"""Monitoring meetings in the encrypted store: kept whole or refused whole, the previous meeting's
open actions carried into the next, and the change in the outbox as JSON values."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import migrate
from desktop.store.errors import RecordNotFound
from desktop.store.schema import SYNCED_TABLES
from desktop.store.sync_apply import decode
from desktop.store.sync_push import claim_batch, last_entry
from domain.errors import RecordInvalid
from domain.monitoring.meeting import MEETING_FIELDS, check_meeting
from tests.depth import examples

FIGURES = {"format": "ketenplan-monitoring/1", "reference_date": "2026-03-01", "figures": []}


def _meeting(**extra) -> dict:
    return {"held_on": "2026-03-01", "title": "Overleg maart",
            "participants": [{"name": "Carla", "organisation": "Gemeente", "worker_id": None}],
            "cohort_by": "vestiging", "figures": FIGURES, "stories": [{"story_id": "s1", "reason": "Raakt iedereen"}],
            "decisions": ["Meer taalmaatjes"],
            "actions": [{"id": "a1", "what": "Taalmaatjes werven", "who": "VWN", "due_on": "2026-04-01",
                         "status": "open", "outcome": ""},
                        {"id": "a2", "what": "Folder", "who": "Gemeente", "due_on": None, "status": "done",
                         "outcome": "Gedrukt"}], **extra}


def test_the_revision_is_the_meetings_and_the_table_is_synced(store):
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert "monitoring_meetings" in SYNCED_TABLES


def test_a_meeting_is_kept_and_read_back_whole(store):
    meeting_id = store.meetings.create(_meeting())
    got = store.meetings.get(meeting_id)
    assert {k: got[k] for k in MEETING_FIELDS} == {**_meeting(), "previous_id": None, "carried_actions": []}
    [listed] = store.meetings.list()
    assert listed["open_actions"] == 1 and listed["stories"] == 1 and listed["frozen"]


def test_the_next_meeting_carries_the_open_actions_in_and_records_their_outcome(store):
    first = store.meetings.create(_meeting())
    draft = store.meetings.draft_new(date(2026, 6, 1))
    assert draft["previous_id"] == first
    [carried] = draft["carried_actions"]  # the done one stays behind
    assert carried["what"] == "Taalmaatjes werven" and carried["meeting_id"] == first and carried["status"] == "open"
    carried.update(status="done", outcome="Twaalf maatjes gevonden")
    second = store.meetings.create({**draft, "title": "Overleg juni"})
    assert store.meetings.get(second)["carried_actions"][0]["outcome"] == "Twaalf maatjes gevonden"
    assert store.meetings.draft_new(date(2026, 9, 1))["carried_actions"] == []  # nothing open any more
    # a meeting before the first has no previous one
    assert store.meetings.draft_new(date(2026, 1, 1))["previous_id"] is None


@pytest.mark.parametrize("bad, field", [
    ({"held_on": "2026-02-30"}, "held_on"),
    ({"held_on": ""}, "held_on"),
    ({"stories": [{"story_id": "s1", "reason": "x", "text_nl": "het verhaal"}]}, "stories.0"),  # never a copy
    ({"stories": [{"story_id": "s1", "reason": " "}]}, "stories.0.reason"),
    ({"stories": [{"story_id": "s1", "reason": "a"}, {"story_id": "s1", "reason": "b"}]}, "stories"),
    ({"actions": [{"id": "a", "what": "x", "status": "maybe"}]}, "actions.0.status"),
    ({"actions": [{"id": "a", "what": "x", "due_on": "morgen"}]}, "actions.0.due_on"),
    ({"participants": [{"name": ""}]}, "participants.0.name"),
    ({"figures": {"format": "other"}}, "figures"),
    ({"cohort_by": "year"}, "cohort_by"),
])
def test_a_bad_meeting_is_refused_and_nothing_changes(store, bad, field):
    meeting_id = store.meetings.create(_meeting())
    before = store.meetings.get(meeting_id)
    with pytest.raises(RecordInvalid) as refused:
        store.meetings.save(meeting_id, {**_meeting(), **bad})
    assert field in refused.value.errors
    assert store.meetings.get(meeting_id) == before
    with pytest.raises(RecordInvalid):
        store.meetings.create({**_meeting(), **bad})
    assert len(store.meetings.list()) == 1


def test_a_removed_meeting_is_gone_from_the_list(store):
    meeting_id = store.meetings.create(_meeting())
    store.meetings.remove(meeting_id)
    assert store.meetings.list() == []
    with pytest.raises(RecordNotFound):
        store.meetings.get(meeting_id)


def test_the_outbox_sends_the_lists_and_figures_as_json_values(store):
    meeting_id = store.meetings.create(_meeting())
    [entry] = [e for e in claim_batch(store.engine, last_entry(store.engine)) if e.entity == "monitoring_meetings"]
    assert entry.record_id == meeting_id
    assert entry.fields["figures"] == FIGURES and entry.fields["stories"] == _meeting()["stories"]
    assert decode("monitoring_meetings", {"actions": "[]", "title": "t"}) == {"actions": [], "title": "t"}


_text = st.text(max_size=30)
_item = st.dictionaries(st.sampled_from(["id", "what", "who", "due_on", "status", "outcome", "story_id", "reason",
                                         "name", "organisation", "text_nl"]),
                        st.one_of(st.none(), _text, st.integers()), max_size=5)


@settings(max_examples=examples(200), suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(fields=st.fixed_dictionaries({}, optional={
    "held_on": st.one_of(_text, st.dates().map(date.isoformat)), "title": st.one_of(_text, st.integers()),
    "stories": st.lists(_item, max_size=3), "actions": st.lists(_item, max_size=3),
    "participants": st.lists(_item, max_size=3), "decisions": st.lists(st.one_of(_text, st.integers()), max_size=3),
    "carried_actions": st.lists(_item, max_size=3)}))
def test_any_meeting_is_either_kept_as_checked_or_refused_whole(store, fields):
    """The class: whatever the editor or a pull hands the repository, check_meeting decides, and a
    refusal leaves the store as it was."""
    before = store.meetings.list()
    try:
        meeting_id = store.meetings.create(fields)
    except RecordInvalid:
        assert check_meeting({"held_on": None, **fields}) or check_meeting(fields)
        assert store.meetings.list() == before
    else:
        assert not check_meeting({k: v for k, v in store.meetings.get(meeting_id).items() if k in MEETING_FIELDS})
