"""The caseload's counts asked in two steps (the rows with their number, then the stages) say what
the one-step search says, for any words, stage, worker and origin filter."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import CaseloadQuery
from domain.client import Stage
from tests.depth import examples

PEOPLE = [("Amal", "Haddad", "SY"), ("Bashir", "Haddad", "SY"), ("Zara", "Rahimi", "AF"),
          ("Yonas", "Tesfaye", "ER"), ("Amina", "Yusuf", "SO")]


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.sampled_from(["", "ha", "haddad amal", "r", "xyz", "a y"]),
       stage=st.none() | st.sampled_from([s.value for s in Stage]),
       origin=st.none() | st.sampled_from(["SY", "ER"]), limit=st.integers(0, 3))
def test_two_steps_count_what_one_step_counts(store, text, stage, origin, limit):
    if not store.clients.search(CaseloadQuery(limit=0)).total:
        for given_names, family_name, country in PEOPLE:
            client_id = store.clients.create({"given_names": given_names, "family_name": family_name,
                                              "country_of_origin": country})
            if given_names.startswith("A"):
                store.handovers.start(client_id, {})
    query = CaseloadQuery(text=text, stage=stage, origin=origin, limit=limit)
    whole = store.clients.search(query)
    rows_first = store.clients.search(query, stages=False)
    assert rows_first.rows == whole.rows and rows_first.total == whole.total
    assert store.clients.stage_counts(query) == whole.by_stage
