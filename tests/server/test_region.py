"""The region's figures on a real server, on SQLite and PostgreSQL: three municipalities, two of
which share. The counts are worked out here by hand from the records pushed (E1 and E2, which
count the same persons), not with the server's code; suppression is attacked by a member that
knows its own figures."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import text

from server.__main__ import main as server_main
from server.db import Database, sqlite_url
from sync.protocol import API, REGION_PATH
from tests.server.client import new_id, op
from tests.server.town import STAMP, make_town
from tests.unit.monitoring.region_attacker import recover_joint

CLOSED_VESTIGING = "2021-03-01"  # E1 and E2 (36 months) closed on 2024-03-01
COLUMNS = ("realised", "not_realised", "realised_early", "on_track", "late", "not_started", "excluded", "unknown")
# Per municipality: persons settled in 2021 who worked part-time in time, did not, had no plan;
# and persons settled 100 days ago (an open window, nothing started): few, so cells are small.
PEOPLE = {"a": {"worked": 12, "not": 7, "no_plan": 5, "recent": 3},
          "b": {"worked": 6, "not": 9, "no_plan": 0, "recent": 8},
          "c": {"worked": 5, "not": 5, "no_plan": 5, "recent": 5}}


def _push_people(town, counts: dict[str, int]) -> list[str]:
    """Clients with plans and milestones through the klantmanager's device; their names come back."""
    km = town.device("km")
    recent = (date.today() - timedelta(days=100)).isoformat()
    ops, names = [], []
    record = {"created_at": STAMP, "updated_at": STAMP}
    for kind, n in counts.items():
        for k in range(n):
            cid, plan = new_id(), new_id()
            name = f"Persoon{kind}{k}{uuid.uuid4().hex[:6]}"
            names += [name, cid]
            ops.append(op("clients", cid, fields={
                "given_names": name, "family_name": "Regio", "date_of_birth": "1990-05-05", "stage": "gevestigd",
                "koppeling_date": "2020-12-01", "vestiging_date": recent if kind == "recent" else CLOSED_VESTIGING,
                "sex": "V", "country_of_origin": "SY", **record}))
            if kind == "no_plan":
                continue
            ops.append(op("plans", plan, fields={"client_id": cid, "leerroute": "B", **record}))
            if kind == "worked":
                ops.append(op("plan_milestones", new_id(), fields={
                    "plan_id": plan, "client_id": cid, "kind": "paid_work_parttime", "reached_on": "2022-06-01",
                    **record}))
    for i in range(0, len(ops), 150):
        results = km.push(*ops[i:i + 150])
        assert {r["status"] for r in results} == {"applied"}, results
    return names


def _by_hand(counts: dict[str, int], target: str) -> dict[int, list[int]]:
    """The E1/E2 counts per cohort as the targets define them, for these persons (born 1990, so 18-66):
    a plan is needed (else unknown); 36 months after settling the window closes; E2 is realised by
    part-time work in it, E1 only by full-time work (nobody here); an open window with nothing
    started, before half of it, is not started."""
    closed = [0] * len(COLUMNS)
    closed[COLUMNS.index("realised")] = counts["worked"] if target == "E2" else 0
    closed[COLUMNS.index("not_realised")] = counts["not"] + (0 if target == "E2" else counts["worked"])
    closed[COLUMNS.index("unknown")] = counts["no_plan"]
    recent = [0] * len(COLUMNS)
    recent[COLUMNS.index("not_started")] = counts["recent"]
    return {2021: closed, (date.today() - timedelta(days=100)).year: recent}


@pytest.fixture
def region(server):
    """Three towns in one region: a and b share, c does not. A test of its own, for the tests that change them."""
    yield from _region(server)


@pytest.fixture(scope="module", params=["sqlite", "pg"])
def read_region(request):
    """The same region, made once per test process and database for the tests that only read it
    (asking for the region's figures computes them, and changes nothing): (server, name, towns, names)."""
    server = request.getfixturevalue(f"{request.param}_server")
    for name, towns, names in _region(server):
        yield server, name, towns, names


@pytest.fixture(autouse=True)
def quick_warmer(request):
    """The session server's warmer counts 0.1 s after a change rather than 1 s: the tests wait less."""
    if "server" not in request.fixturenames:
        yield
        return
    warmer = server_app_warmer(request.getfixturevalue("server"))
    before, warmer.delay = warmer.delay, 0.1
    yield
    warmer.delay = before


def _region(server):
    towns = {key: make_town(server) for key in PEOPLE}
    names = {key: _push_people(town, PEOPLE[key]) for key, town in towns.items()}
    name = f"Regio {uuid.uuid4().hex[:8]}"
    for key in ("a", "b"):  # by the server's own command line, as its administrator would
        assert server_main(["--database-url", server.db.url, "admin", "set-region", "--tenant",
                            towns[key].tenant_id, "--region", name, "--share", "yes"]) == 0
    answer = towns["c"].device("admin").http.post(f"{API}{REGION_PATH}/choose", json={"region": name, "share": False})
    assert answer.status_code == 200 and answer.json() == {"region": name, "share": False}
    yield name, towns, names
    for town in towns.values():
        for device in town.devices:
            device.close()


def _tenant_name(server, tenant_id: str) -> str:
    with server.db.reading() as session:
        return session.execute(text("SELECT name FROM tenants WHERE id = :id"), {"id": tenant_id}).scalar_one()


def _get(device, **params) -> httpx.Response:
    return device.http.get(f"{API}{REGION_PATH}", params=params)


def _truth(rows: list[list[int]]) -> list[list[int]]:
    grid = [[*r, sum(r)] for r in rows]
    return [*grid, [sum(col) for col in zip(*grid, strict=True)]]


def test_members_see_each_other_side_by_side_with_the_counts_worked_out_by_hand(read_region):
    server, name, towns, names = read_region
    answer = _get(towns["a"].device("coordinator"))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    members = [_tenant_name(server, towns[k].tenant_id) for k in ("a", "b")]
    assert body["region"] == name and body["municipalities"] == sorted(members)
    assert body["columns"] == list(COLUMNS) and body["minimum"] == 5
    order = sorted(("a", "b"), key=lambda k: _tenant_name(server, towns[k].tenant_id))
    tables = {(t["target"], t["cohort"]): t for t in body["tables"]}
    for target in ("E1", "E2"):
        expected = {k: _by_hand(PEOPLE[k], target) for k in order}
        table = tables[target, 2021]
        truth = _truth([expected[k][2021] for k in order])
        for i, row in enumerate([*table["rows"], table["region"]]):
            assert row["counts"] == [str(v) for v in truth[i][:-1]], (target, row)  # nothing small: all shown
            assert row["total"] == str(truth[i][-1])
        assert [r["own"] for r in table["rows"]] == [k == "a" for k in order]
        e = truth[len(order)]
        if target == "E2":
            assert table["region"]["realised_pct"] == round(100 * e[0] / (e[0] + e[1]), 1)
    text_of_answer = answer.text
    assert _tenant_name(server, towns["c"].tenant_id) not in text_of_answer, "who does not share never appears"
    for town in towns.values():
        assert town.tenant_id not in text_of_answer
    for person in names["a"] + names["b"]:
        assert person not in text_of_answer, "never a person's name or id"


def test_no_member_can_work_out_a_hidden_cell_of_the_other(read_region):
    server, _name, towns, _names = read_region
    body = _get(towns["b"].device("admin")).json()
    order = sorted(("a", "b"), key=lambda k: _tenant_name(server, towns[k].tenant_id))
    cohort = (date.today() - timedelta(days=100)).year
    tables = {(t["target"], t["cohort"]): t for t in body["tables"]}
    shown = [[[*r["counts"], r["total"]] for r in [*tables[t, cohort]["rows"], tables[t, cohort]["region"]]]
             for t in ("E1", "E2")]
    truths = [_truth([_by_hand(PEOPLE[k], t)[cohort] for k in order]) for t in ("E1", "E2")]
    small = [(i, j) for i, row in enumerate(truths[0]) for j, v in enumerate(row) if 0 < v < 5]
    assert small, "the test needs a small cell"
    for i, j in small:
        assert shown[0][i][j] == "<5"
    assert recover_joint(shown, truths, 5, order.index("b")) == set(), "b sees its own row as it is, no more"
    a_sees = {(t["target"], t["cohort"]): t for t in _get(towns["a"].device("coordinator")).json()["tables"]}
    shown_to_a = [[[*r["counts"], r["total"]] for r in [*a_sees[t, cohort]["rows"], a_sees[t, cohort]["region"]]]
                  for t in ("E1", "E2")]
    assert recover_joint(shown_to_a, truths, 5, order.index("a")) == set()


@pytest.mark.parametrize("who", ["partner", "begeleider", "km"])
def test_partners_begeleiders_and_klantmanagers_are_refused(read_region, who):
    _server, _name, towns, _names = read_region
    answer = _get(towns["a"].device({"partner": "taal"}.get(who, who)))
    assert answer.status_code == 403
    assert answer.json()["code"] == "region_not_allowed"


def test_a_municipality_that_does_not_share_sees_nothing(read_region):
    _server, _name, towns, _names = read_region
    for who in ("coordinator", "admin"):
        answer = _get(towns["c"].device(who))
        assert answer.status_code == 403
        assert answer.json()["code"] == "region_not_shared"
        assert "share" in answer.json()["detail"]


def test_only_the_administrator_changes_the_choice_and_it_is_audited(server, region):
    name, towns, _names = region
    refused = towns["a"].device("coordinator").http.post(f"{API}{REGION_PATH}/choose",
                                                        json={"region": name, "share": False})
    assert refused.status_code == 403 and refused.json()["code"] == "region_setting_not_allowed"
    no_region = towns["c"].device("admin").http.post(f"{API}{REGION_PATH}/choose", json={"region": "", "share": True})
    assert no_region.status_code == 409 and "region" in no_region.json()["detail"]
    assert towns["a"].device("coordinator").http.get(f"{API}{REGION_PATH}/setting").json() == {
        "region": name, "share": True}
    with server.db.reading() as session:
        lines = session.execute(text("SELECT tenant_id, fields, user_id FROM audit_log WHERE action = 'setting' "
                                     "AND tenant_id IN (:a, :c)"),
                                {"a": towns["a"].tenant_id, "c": towns["c"].tenant_id}).all()
    by_tenant = {tenant: (json.loads(fields) if isinstance(fields, str) else fields, user)
                 for tenant, fields, user in lines}
    assert by_tenant[towns["a"].tenant_id] == (["region", "share_region"], None), "the command line: no user"
    assert by_tenant[towns["c"].tenant_id][0] == ["region"] and by_tenant[towns["c"].tenant_id][1] is not None


def test_figures_are_counted_again_only_after_a_change_and_ahead_of_the_request(server, region):
    _name, towns, _names = region
    coordinator = towns["a"].device("coordinator")
    warmer = server_app_warmer(server)
    assert warmer.wait_idle()
    first = _get(coordinator).json()
    cache = server_app_cache(server)
    computed = cache.computed
    assert _get(coordinator).json()["tables"] == first["tables"]
    assert cache.computed == computed, "nothing changed: nothing computed"
    counted = warmer.counted
    _push_people(towns["b"], {"worked": 5, "not": 0, "no_plan": 0, "recent": 0})
    assert warmer.wait_idle()
    assert warmer.counted > counted, "the push's municipality counted again in the background"
    computed = cache.computed
    after = _get(coordinator).json()
    assert cache.computed == computed, "the request found every municipality's counts kept"
    e2 = next(t for t in after["tables"] if (t["target"], t["cohort"]) == ("E2", 2021))
    assert e2["region"]["counts"][0] == str(PEOPLE["a"]["worked"] + PEOPLE["b"]["worked"] + 5)
    assert after == {**_get(coordinator).json(), "computed_at": after["computed_at"]}


def test_leaving_the_region_by_the_command_line_stops_sharing(server, region, capsys):
    name, towns, _names = region
    assert server_main(["--database-url", server.db.url, "admin", "set-region", "--tenant", towns["b"].tenant_id,
                        "--no-region"]) == 0
    assert "no region" in capsys.readouterr().out
    body = _get(towns["a"].device("coordinator")).json()
    assert body["municipalities"] == [_tenant_name(server, towns["a"].tenant_id)]
    assert _get(towns["b"].device("coordinator")).status_code == 403
    assert server_main(["--database-url", server.db.url, "admin", "list-regions"]) == 0
    assert name in capsys.readouterr().out


def server_app_cache(server):
    return server._server.config.app.state.region_cache


def server_app_warmer(server):
    return server._server.config.app.state.region_warmer


@pytest.fixture(params=["sqlite", "pg"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    with request.getfixturevalue("pg_cluster").fresh_database() as url:
        yield url


def test_tenants_there_before_the_upgrade_share_nothing(empty_url):
    db = Database(empty_url)
    try:
        db.migrate("0007")
        with db.writing() as session:
            session.execute(text("INSERT INTO tenants (id, name, created_at) VALUES ('t1', 'Eerder', :now)"),
                            {"now": datetime(2026, 1, 1)})
        db.migrate()
        with db.reading() as session:
            assert session.execute(text("SELECT region, share_region FROM tenants")).one() == (None, False)
        db.migrate("0007")  # and back down
    finally:
        db.dispose()
