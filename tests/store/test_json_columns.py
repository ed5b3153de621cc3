"""Lists kept as JSON text read one way: a damaged value reads as an empty list (and is logged by
column name only), a list reads back as written. The repositories that read such columns use it."""

from __future__ import annotations

import json
import logging

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update

from desktop.store.json_columns import json_list
from desktop.store.schema import clients

JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
                    max_leaves=8)


@given(st.lists(JSON, max_size=5))
def test_a_list_reads_back_as_written(value):
    assert json_list(json.dumps(value)) == value


@given(st.text(max_size=40) | JSON.map(json.dumps))
def test_any_text_reads_as_a_list_and_never_raises(text):
    value = json_list(text, "languages")
    assert isinstance(value, list)


def test_a_damaged_value_is_logged_by_column_never_by_value(caplog):
    with caplog.at_level(logging.WARNING):
        assert json_list('{"bsn": "999990019"', "languages") == []
    assert "languages" in caplog.text and "999990019" not in caplog.text


def test_a_client_whose_languages_column_is_damaged_still_opens(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad", "languages": ["ar"]})
    with store.engine.begin() as conn:
        conn.execute(update(clients).where(clients.c.id == client_id).values(languages='["ar"'))
    assert store.clients.get(client_id)["languages"] == []
