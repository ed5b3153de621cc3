"""The caseload query: search-as-you-type over names, V-nummer, BSN and phone; filters; sort."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.store import CaseloadQuery
from desktop.store.outbox import pending
from desktop.store.search_index import SEARCH_TEXT
from desktop.store.sync_pull import apply_page
from domain.errors import RecordInvalid
from tests.depth import examples
from tests.sync.records import change, page, wire_row


@pytest.fixture
def caseload(store):
    km = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
    mb = store.directory.add_worker("Joost Bakker", "begeleider", None)
    ids = {
        "amina": store.clients.create({
            "given_names": "Amina", "family_name": "Al-Haddad", "country_of_origin": "SY",
            "v_number": "1234567890", "bsn": "111222333", "phone": "06-12345678",
            "stage": "plan", "klantmanager_id": km}),
        "yonas": store.clients.create({
            "given_names": "Yonas", "family_name": "Tesfay", "country_of_origin": "ER",
            "v_number": "2234567890", "phone": "06 87654321", "stage": "koppeling",
            "begeleider_id": mb}),
        "rahim": store.clients.create({
            "given_names": "Rahim", "family_name": "Ahmadi", "family_name_usual": "Zaheer",
            "country_of_origin": "AF", "v_number": "3234567890", "stage": "plan"}),
    }
    for name in ("amina", "rahim"):  # the stage follows from the records: a plan puts them in Plan
        store.plans.start(ids[name], seed_goals=False)
    return ids, km, mb


def _names(page):
    return [r["given_names"] for r in page.rows]


@pytest.mark.parametrize("text, expected", [
    ("amina", ["Amina"]), ("TESF", ["Yonas"]), ("amina al-h", ["Amina"]),
    ("3234567", ["Rahim"]), ("111222333", ["Amina"]), ("0687654321", ["Yonas"]),
    ("zaheer", ["Rahim"]), ("nobody", []),
])
def test_search_matches_name_v_number_bsn_phone(store, caseload, text, expected):
    assert _names(store.clients.search(CaseloadQuery(text=text))) == expected


def test_filters_and_counts(store, caseload):
    _, km, mb = caseload
    page = store.clients.search(CaseloadQuery(stage="plan"))
    assert sorted(_names(page)) == ["Amina", "Rahim"] and page.total == 2
    assert _names(store.clients.search(CaseloadQuery(worker_id=mb))) == ["Yonas"]
    assert _names(store.clients.search(CaseloadQuery(worker_id=km))) == ["Amina"]
    assert _names(store.clients.search(CaseloadQuery(origin="AF"))) == ["Rahim"]
    assert store.clients.search(CaseloadQuery()).by_stage == {"plan": 2, "koppeling": 1}


def test_sort_uses_the_usual_name_and_pages(store, caseload):
    asc = _names(store.clients.search(CaseloadQuery(sort="name")))
    assert asc == ["Amina", "Yonas", "Rahim"]  # Al-Haddad, Tesfay, Zaheer
    desc = _names(store.clients.search(CaseloadQuery(sort="name", descending=True)))
    assert desc == list(reversed(asc))
    second = store.clients.search(CaseloadQuery(sort="name", limit=1, offset=1))
    assert _names(second) == ["Yonas"] and second.total == 3


def test_deleted_clients_leave_the_caseload(store, caseload):
    ids, _, _ = caseload
    store.clients.delete(ids["yonas"])
    assert "Yonas" not in _names(store.clients.search(CaseloadQuery()))


def test_household_members_are_linked(store, caseload):
    ids, _, _ = caseload
    child = store.clients.add_to_household(ids["amina"], {
        "given_names": "Omar", "family_name": "Al-Haddad", "household_role": "kind"})
    household = store.clients.get(ids["amina"])["household_id"]
    assert household and store.clients.get(child)["household_id"] == household
    assert {m["id"] for m in store.clients.household_members(household)} == {ids["amina"], child}


@pytest.mark.parametrize("text, expected", [
    ("haddad amina", ["Amina"]), ("yonas 0687", ["Yonas"]), ("amina tesfay", []), ("50%", []),
])
def test_every_word_must_match_in_any_order(store, caseload, text, expected):
    assert _names(store.clients.search(CaseloadQuery(text=text))) == expected


def test_search_follows_a_renamed_client_and_its_text_never_reaches_the_outbox(store, caseload):
    ids, _, _ = caseload
    store.clients.update(ids["yonas"], {"family_name_usual": "Tesfamariam"})
    assert _names(store.clients.search(CaseloadQuery(text="tesfamar"))) == ["Yonas"]
    with store.engine.connect() as conn:
        entries = pending(conn)
    assert entries and all("search_text" not in (e["after"] or {}) for e in entries)


# -- the search text follows its sources, however a client is written ---------------------------------
_NAME = st.text(alphabet="abcXYZéş -", min_size=1, max_size=6)
_FIELDS = {"given_names": _NAME, "family_name": _NAME, "given_names_usual": _NAME | st.just(""),
           "family_name_usual": _NAME | st.just(""), "v_number": st.sampled_from(["1234567890", "2234567890", ""]),
           "bsn": st.sampled_from(["111222333", "123456782", ""]),
           "phone": st.sampled_from(["06-12345678", "0301234567", ""]),
           "notes": st.text(alphabet="abc éş\n", max_size=6), "country_of_origin": st.sampled_from(["SY", "ER", "AF"])}
_writes = st.lists(st.tuples(st.sampled_from(["typed here", "from the server"]),
                             st.fixed_dictionaries({}, optional=_FIELDS)), min_size=1, max_size=6)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=_writes)
def test_the_search_text_follows_every_change_of_its_sources_typed_or_synced(store, writes):
    """A sync writes every column of a client; the text is made again only when a source really
    changed (desktop/store/search_index.py). Whatever the order of typed and synced writes, and
    whether they change a source, a non-source or nothing, the text is what its sources make."""
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    for seq, (how, fields) in enumerate(writes, start=1):
        if how == "typed here":
            try:
                store.clients.update(client_id, fields)
            except RecordInvalid:
                pass  # refused as a whole: the text must still be the sources' own
        else:
            apply_page(store.engine, page([change(10_000 + seq, "clients", {**wire_row(store, "clients", client_id),
                                                                             **fields})]))
        with store.engine.connect() as conn:
            kept, made = conn.exec_driver_sql(f"SELECT search_text, {SEARCH_TEXT} FROM clients WHERE id = ?",
                                              (client_id,)).one()
        assert kept == made
