"""The pull answer written by hand from stored JSON text is what PullResponse describes."""

from __future__ import annotations

import json
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from server.pull_answer import PullAnswer, StoredChange, quoted
from server.pull_scope import PAGE_COLUMNS
from sync.protocol import Change, PullResponse

FIELDS = {"id": "c1", "family_name": "Al-Haddad \"Amina\" é ع", "notes": "regel 1\nregel 2", "deleted": False,
          "count": 3, "answers": {"a": [1, None, True]}}


def test_a_stored_change_reads_back_as_the_same_change():
    stored = StoredChange(41, "clients", "c1", False, json.dumps(FIELDS, ensure_ascii=False), "c1")
    reduced = Change(seq=42, entity="plan_actions", record_id="a1", version=42, deleted=True, fields=None)
    answer = PullAnswer(changes=[stored, reduced], cursor=42, more=True, head=99, drop=[("visits", "v1")])

    parsed = PullResponse.model_validate_json(answer.to_json())

    assert parsed.changes[0] == Change(seq=41, entity="clients", record_id="c1", version=41, deleted=False,
                                       fields=FIELDS)
    assert parsed.changes[1] == reduced
    assert (parsed.cursor, parsed.more, parsed.head, parsed.drop) == (42, True, 99, [("visits", "v1")])
    # Byte for byte what pydantic would have sent, apart from spacing inside the stored text.
    assert json.loads(answer.to_json()) == json.loads(parsed.model_dump_json())


def test_an_empty_answer_is_valid():
    parsed = PullResponse.model_validate_json(PullAnswer(changes=[], cursor=0, more=False).to_json())
    assert parsed == PullResponse(changes=[], cursor=0, more=False, head=None, drop=[])


@given(st.text(max_size=40) | st.sampled_from(["c1", 'a"b', "a\\b", "\x7f", "é", "\u2028", "tab\there"]))
def test_an_identifier_is_written_as_json_would_write_it(text):
    assert quoted(text) == json.dumps(text)
    stored = StoredChange(1, text, text, False, "{}", None)
    assert json.loads(stored.to_json())["record_id"] == text


def test_a_pull_pages_columns_are_where_the_pull_takes_them_by_position():
    """A record sent whole is made from its row by position, and a partner's rows are judged by
    position (server/pull_scope.py, _whole and PullPlan.change): the first six are a StoredChange's."""
    names = [column.key for column in PAGE_COLUMNS]
    assert names == ["version", "entity", "record_id", "deleted", "data_text", "client_id", "part",
                     "organisation_id"]
    assert [f.name for f in fields(StoredChange)] == ["seq", "entity", "record_id", "deleted", "fields_json",
                                                     "client_id"]
