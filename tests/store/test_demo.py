"""The demo store: plausible statushouders in households, all valid, same seed same people."""

import os
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.demo import SETTLED_LONGEST, fill_demo_store
from desktop.store import CaseloadQuery, Store
from desktop.store.keyfile import FAST_KDF
from domain.bsn import is_valid_bsn
from domain.client import validate_client
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = 150


def _read(data_dir: Path, whole: bool = True) -> dict:
    """Everything in the store; whole=False keeps to the caseload's columns (faster)."""
    store = Store.unlock(data_dir, PASSPHRASE)
    try:
        rows = store.clients.search(CaseloadQuery(limit=10_000)).rows
        return {
            "fieldwork": _fieldwork(store, rows) if whole else {},
            "clients": [store.clients.get(r["id"]) for r in rows] if whole else rows,
            "organisations": store.directory.organisations(),
            "workers": store.directory.workers(),
        }
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("demo") / "store"
    summary = fill_demo_store(data_dir, PASSPHRASE, clients=CLIENTS, seed=2019, kdf=FAST_KDF)
    return {"summary": summary, **_read(data_dir), "data_dir": data_dir}


def _fieldwork(store: Store, rows: list[dict]) -> dict:
    """Per stage: how many main persons have a completed handover, intake, an agreed plan."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        if row["household_role"] != "hoofdpersoon":
            continue
        stage, counts = row["stage"], seen[row["stage"]]
        counts["people"] += 1
        counts["handover"] += any(h["status"] == "complete" for h in store.handovers.for_client(row["id"]))
        counts["intake"] += any(i["status"] == "complete" for i in store.intakes.for_client(row["id"]))
        plan_id = store.plans.for_client(row["id"])
        counts["agreed_plan"] += bool(plan_id and store.plans.versions(plan_id))
        assert stage in ("plan", "gevestigd", "zelfstandig") or plan_id is None, "a plan before the intake"
    return seen


def _names(clients: list[dict]) -> list[tuple[str, str]]:
    return sorted((c["given_names"], c["family_name"]) for c in clients)


def test_summary_counts_what_was_made(demo):
    summary, clients = demo["summary"], demo["clients"]
    assert summary["clients"] == len(clients) == CLIENTS
    households = {c["household_id"] for c in clients if c["household_id"]}
    assert summary["households"] == len(households) > 0
    assert summary["organisations"] == len(demo["organisations"])
    assert summary["workers"] == len(demo["workers"])
    assert summary["seconds"] >= 0


def test_fieldwork_follows_the_route(demo):
    fieldwork = demo["fieldwork"]
    assert fieldwork["koppeling"]["handover"] == 0 and fieldwork["koppeling"]["intake"] == 0
    assert fieldwork["intake"]["handover"] > 0 and fieldwork["intake"]["intake"] == 0  # drafts still
    assert fieldwork["plan"]["intake"] > 0 and fieldwork["plan"]["agreed_plan"] > 0
    assert demo["summary"]["plans"] >= sum(c["agreed_plan"] for c in fieldwork.values()) > 0
    assert demo["summary"]["visits"] > 0


def test_no_one_is_in_stage_plan_without_a_plan(demo):
    store = Store.unlock(demo["data_dir"], PASSPHRASE)
    try:
        rows = store.clients.search(CaseloadQuery(stage="plan", limit=10**6)).rows
        assert rows and all(store.plans.for_client(r["id"]) for r in rows)
    finally:
        store.close()


def test_every_record_is_valid(demo):
    for client in demo["clients"]:
        assert validate_client(client) == {}, client


def test_origins_follow_the_letters(demo):
    origins = Counter(c["country_of_origin"] for c in demo["clients"])
    assert {"SY", "ER", "AF", "TR", "YE"} <= set(origins)
    assert {o for o, _ in origins.most_common(2)} == {"SY", "ER"}
    assert set(origins) <= {"SY", "ER", "AF", "TR", "YE", "IR", "IQ", "SO"}


def test_languages_fit_the_origin(demo):
    home = {"SY": {"ar", "ku"}, "ER": {"ti"}, "AF": {"prs", "ps"}, "TR": {"tr", "ku"},
            "YE": {"ar"}, "IR": {"fa", "ku"}, "IQ": {"ar", "ku"}, "SO": {"so"}}
    for client in demo["clients"]:
        assert client["languages"][0] in home[client["country_of_origin"]]
        if client["interpreter_needed"]:
            assert client["interpreter_language"] == client["languages"][0]
    adults = [c for c in demo["clients"] if c["household_role"] != "kind"]
    assert sum(c["interpreter_needed"] for c in adults) > len(adults) / 2
    assert any("en" in c["languages"] for c in adults)


def test_identity_numbers_are_valid_and_unique(demo):
    clients = demo["clients"]
    v_numbers = [c["v_number"] for c in clients]
    assert all(len(v) == 10 and v.isdigit() for v in v_numbers)
    assert len(set(v_numbers)) == len(v_numbers)
    bsns = [c["bsn"] for c in clients if c["bsn"]]
    assert all(is_valid_bsn(b) for b in bsns)
    assert len(set(bsns)) == len(bsns)
    # Past the intake everyone is in the BRP; some in the AZC are not yet.
    assert all(c["bsn"] for c in clients if c["stage"] in ("plan", "gevestigd", "zelfstandig"))
    assert 0 < len(bsns) < len(clients)


def test_households_have_one_head_and_children_younger_than_parents(demo):
    households = defaultdict(list)
    for client in demo["clients"]:
        if client["household_id"]:
            households[client["household_id"]].append(client)
    shapes = Counter()
    for members in households.values():
        roles = Counter(m["household_role"] for m in members)
        assert roles["hoofdpersoon"] == 1 and roles["partner"] <= 1
        assert len({(m["koppeling_date"], m["klantmanager_id"]) for m in members}) == 1
        # The household's conversations count for all; a plan is each person's own.
        assert len({m["stage"] for m in members} - {"plan"}) <= 1
        parents = [date.fromisoformat(m["date_of_birth"]) for m in members
                   if m["household_role"] != "kind"]
        for child in (m for m in members if m["household_role"] == "kind"):
            born = date.fromisoformat(child["date_of_birth"])
            assert all(born - parent > timedelta(days=18 * 365) for parent in parents)
        shapes["couple" if roles["partner"] else "parent"] += 1
        shapes["with children"] += bool(roles["kind"])
    singles = [c for c in demo["clients"] if not c["household_id"]]
    assert singles and all(c["household_role"] == "hoofdpersoon" for c in singles)
    assert shapes["couple"] and shapes["with children"]


def test_ages_and_dates_make_sense(demo):
    today = date.today()
    for client in demo["clients"]:
        born = date.fromisoformat(client["date_of_birth"])
        koppeling = date.fromisoformat(client["koppeling_date"])
        # Back some 5.75 years, so that monitoring's 5-year window (S3) has closed for a cohort.
        assert today - timedelta(days=SETTLED_LONGEST) <= koppeling <= today
        if client["household_role"] != "kind":
            assert 18 <= (koppeling - born).days / 365.25 <= 56
        else:
            assert (koppeling - born).days / 365.25 < 18


def test_stages_spread_over_the_route_with_address_or_azc(demo):
    clients = demo["clients"]
    assert {c["stage"] for c in clients} == {
        "koppeling", "overdracht", "intake", "plan", "gevestigd", "zelfstandig"}
    for client in clients:
        if client["stage"] in ("gevestigd", "zelfstandig"):
            waited = (date.fromisoformat(client["vestiging_date"])
                      - date.fromisoformat(client["koppeling_date"])).days
            assert 28 <= waited <= 98
            assert client["address_street"] and client["address_city"] == "Hilversum"
            assert client["address_postcode"][4] == " " and not client["azc_location"]
        else:
            assert client["vestiging_date"] is None and not client["address_street"]
            assert client["azc_location"].startswith("AZC ")


def test_chain_and_caseworkers(demo):
    kinds = {o["kind"] for o in demo["organisations"]}
    assert {"gemeente", "maatschappelijke_begeleiding", "taalschool", "budgetcoach",
            "jobhunter", "welzijn", "coa"} <= kinds
    gemeente = next(o["id"] for o in demo["organisations"] if o["kind"] == "gemeente")
    by_id = {w["id"]: w for w in demo["workers"]}
    assert {"klantmanager", "begeleider", "coordinator", "partner"} <= {
        w["role"] for w in demo["workers"]}
    clients = demo["clients"]
    for client in clients:
        km = by_id[client["klantmanager_id"]]
        assert km["role"] == "klantmanager" and km["organisation_id"] == gemeente
        if client["begeleider_id"]:
            assert by_id[client["begeleider_id"]]["role"] == "begeleider"
    assert sum(bool(c["begeleider_id"]) for c in clients) > len(clients) / 2
    org_ids = {o["id"] for o in demo["organisations"]}
    linked = [c for c in clients if c["partner_org_ids"]]
    assert linked and all(set(c["partner_org_ids"]) <= org_ids for c in linked)


def test_same_seed_same_people(demo, tmp_path):
    again = tmp_path / "again"
    fill_demo_store(again, PASSPHRASE, clients=CLIENTS, seed=2019, kdf=FAST_KDF)
    assert _names(_read(again, whole=False)["clients"]) == _names(demo["clients"])
    other = tmp_path / "other"
    fill_demo_store(other, PASSPHRASE, clients=CLIENTS, seed=7, kdf=FAST_KDF)
    assert _names(_read(other, whole=False)["clients"]) != _names(demo["clients"])


def test_filling_an_existing_store_adds_clients_to_its_chain(tmp_path):
    data_dir = tmp_path / "store"
    fill_demo_store(data_dir, PASSPHRASE, clients=20, kdf=FAST_KDF)
    second = fill_demo_store(data_dir, PASSPHRASE, clients=20, kdf=FAST_KDF)
    assert second["organisations"] == second["workers"] == 0
    clients = _read(data_dir, whole=False)["clients"]
    assert len(clients) == 40
    assert len({c["v_number"] for c in clients}) == 40


def test_cli_makes_a_store_that_unlocks_with_the_passphrase(tmp_path):
    data_dir = tmp_path / "cli-store"
    env = {**os.environ, "KETENPLAN_PASSPHRASE": PASSPHRASE}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--data-dir", str(data_dir), "--clients", "30"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert len(_read(data_dir, whole=False)["clients"]) == 30


def test_the_demo_has_a_welcome_workshop_held_and_one_to_come(demo):
    store = Store.unlock(demo["data_dir"], PASSPHRASE)
    try:
        sessions = store.workshops.sessions()
        assert demo["summary"]["workshop_sessions"] == len(sessions) == 2
        coming, held = sessions  # the newest first
        assert held["held_on"] < date.today().isoformat() <= coming["held_on"]
        assert held["attended"] > 0 and coming["attended"] == 0 and coming["invited"] > 0
        invited = store.workshops.invited_to(held["id"])
        assert any(i["card_handed_out"] and i["card_language"] for i in invited)
        assert demo["summary"]["workshop_invitations"] == sum(len(store.workshops.invited_to(s["id"]))
                                                              for s in sessions)
    finally:
        store.close()
