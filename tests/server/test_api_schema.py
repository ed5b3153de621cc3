"""The published OpenAPI schema, the refusals every endpoint shares, and a schemathesis run over the
whole API against that schema: signed in, no request may end in a 5xx or an answer the schema does
not describe (status, content type, body).

The runs use servers of their own, on SQLite and on PostgreSQL: fuzzed sign-ins count as failed
ones from the loopback address, and fuzzed pushes write records, neither of which may reach the
other tests' shared servers.
"""

from __future__ import annotations

import gzip
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count

import httpx
import pytest
import schemathesis
from schemathesis.engine import events
from sqlalchemy import text

from server import accounts
from server.app import create_app
from server.db import sqlite_url
from server.entities import SYNCED_ENTITIES
from server.request_body import MAX_BODY_BYTES
from sync.protocol import API, MAX_INT64, PROTOCOL_HEADER, PROTOCOL_VERSION, REGION_PATH, Operation
from tests.depth import examples
from tests.server.client import HEADERS, PASSWORD
from tests.server.live import LiveServer, start_in_thread

EXAMPLES = examples(25)  # per operation and phase (a deep run's 25: about 15 s for the whole API on two cores)
ENTITIES = sorted(SYNCED_ENTITIES)
NOT_IN_SCHEMA = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"}  # the schema and its viewers


@dataclass
class Account:
    username: str
    token: str
    device_id: str


@dataclass
class FuzzTenant:
    server: LiveServer
    administrator: Account
    spare_device: str  # the administrator's other device: a revoke aimed at a device the runs use goes here
    klantmanager: Account

    def in_use(self) -> set[str]:
        return {self.administrator.device_id, self.klantmanager.device_id}


def _sign_in(url: str, username: str, device_name: str) -> Account:
    answer = httpx.post(f"{url}{API}/login", headers=HEADERS,
                        json={"username": username, "password": PASSWORD, "device_name": device_name})
    assert answer.status_code == 200, answer.text
    return Account(username, answer.json()["token"], answer.json()["device_id"])


def _fuzz_tenant(database_url: str) -> Iterator[FuzzTenant]:
    """A server of its own with one tenant; everyone signs in before any fuzzed sign-in can throttle
    the loopback address."""
    live = start_in_thread(database_url)
    with live.db.writing() as session:
        tenant = accounts.create_tenant(session, "Gemeente Proefstad")
        org = accounts.create_organisation(session, tenant, "Gemeente Proefstad", "gemeente")
        accounts.create_user(session, tenant, org, "beheer", "Beheerder", "administrator", PASSWORD)
        accounts.create_user(session, tenant, org, "klantmanager", "Klantmanager", "klantmanager", PASSWORD)
    administrator = _sign_in(live.url, "beheer", "beheerlaptop")
    spare = _sign_in(live.url, "beheer", "reservelaptop")
    klantmanager = _sign_in(live.url, "klantmanager", "werklaptop")
    yield FuzzTenant(live, administrator, spare.device_id, klantmanager)
    live.stop()
    live.db.dispose()


@pytest.fixture(scope="module")
def fuzz_tenant(tmp_path_factory) -> Iterator[FuzzTenant]:
    yield from _fuzz_tenant(sqlite_url(tmp_path_factory.mktemp("fuzz")))


@pytest.fixture(scope="module")
def pg_fuzz_tenant(pg_cluster) -> Iterator[FuzzTenant]:
    with pg_cluster.fresh_database() as url:
        yield from _fuzz_tenant(url)


@pytest.fixture(params=["sqlite", "pg"])
def any_fuzz_tenant(request) -> FuzzTenant:
    """The same run on both databases the server runs on: they refuse different things."""
    return request.getfixturevalue("fuzz_tenant" if request.param == "sqlite" else "pg_fuzz_tenant")


# -- the schema ------------------------------------------------------------------------------------
def _operations(schema: dict) -> set[tuple[str, str]]:
    return {(method.upper(), path) for path, item in schema["paths"].items() for method in item}


def _served(routes) -> Iterator[tuple[str, str]]:
    """(method, path) of every route the app serves, through the routers it includes."""
    for route in routes:
        included = getattr(route, "original_router", None)  # an included router, as newer FastAPI keeps it
        if included is not None:
            yield from _served(included.routes)
        elif route.path not in NOT_IN_SCHEMA:
            yield from ((method, route.path) for method in getattr(route, "methods", None) or () if method != "HEAD")


def test_the_openapi_schema_is_published_with_every_endpoint_of_the_api(fuzz_tenant, tmp_path):
    answer = httpx.get(f"{fuzz_tenant.server.url}/openapi.json")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    published = answer.json()
    app = create_app(sqlite_url(tmp_path))
    served = set(_served(app.routes))
    app.state.db.dispose()
    assert all(path.startswith(API) for _, path in served - {("GET", "/health")})
    assert _operations(published) == served
    assert {f"{API}/login", f"{API}/sync/push", f"{API}/sync/pull", f"{API}/audit", f"{API}/devices"} <= set(
        published["paths"])


def test_every_refusal_the_schema_names_is_a_problem_and_every_shared_one_is_named(fuzz_tenant):
    schema = httpx.get(f"{fuzz_tenant.server.url}/openapi.json").json()
    assert "HTTPValidationError" not in schema["components"]["schemas"]  # FastAPI's own 422 shape is never sent
    for method, path in _operations(schema):
        responses = schema["paths"][path][method.lower()]["responses"]
        for status, response in responses.items():
            body = response["content"]["application/json"]["schema"]
            if status.startswith("4") or status == "503":
                assert body == {"$ref": "#/components/schemas/Problem"}, (method, path, status)
            else:
                assert status == "200" and body["$ref"].startswith("#/components/schemas/"), (method, path, status)
        shared = {"400", "413", "415"} if path == "/health" else {"400", "401", "413", "415", "422", "426"}
        assert shared <= set(responses), (method, path, sorted(responses))
    assert "429" in schema["paths"][f"{API}/login"]["post"]["responses"]  # the sign-in throttle
    for path, method in ((f"{API}/sync/push", "post"), (f"{API}/sync/pull", "get")):  # a crowd sent away
        assert "503" in schema["paths"][path][method]["responses"], path
    for path in (f"{API}/audit", f"{API}/devices", f"{API}/devices/{{device_id}}/revoke"):
        assert "403" in next(iter(schema["paths"][path].values()))["responses"], path


# -- refusals every endpoint shares ----------------------------------------------------------------
def _assert_problem(answer: httpx.Response, status: int, code: str) -> str:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"] == "application/json"
    body = answer.json()
    assert set(body) == {"detail", "code"} and body["code"] == code, body
    assert body["detail"][0].isupper() and body["detail"].endswith("."), body
    return body["detail"]


def _api_calls(fuzz_tenant: FuzzTenant) -> list[tuple[str, str]]:
    schema = httpx.get(f"{fuzz_tenant.server.url}/openapi.json").json()
    return sorted((method, path.replace("{device_id}", fuzz_tenant.spare_device))
                  for method, path in _operations(schema) if path.startswith(API))


@pytest.mark.parametrize("version", [None, "", "0", "1.0", "one", "\u00b2", str(PROTOCOL_VERSION + 1)])
def test_every_endpoint_refuses_a_missing_old_or_unknown_protocol_with_426(fuzz_tenant, version):
    headers: dict[str, str | bytes] = {"Authorization": f"Bearer {fuzz_tenant.administrator.token}"}
    if version is not None:
        headers[PROTOCOL_HEADER] = version.encode("latin-1")  # as a header is sent: "²" is a digit to Python
    calls = _api_calls(fuzz_tenant)
    assert len(calls) >= 6
    with httpx.Client(base_url=fuzz_tenant.server.url, headers=headers) as http:
        for method, path in calls:
            body = {"username": "beheer", "password": PASSWORD, "device_name": "x"} if path.endswith("/login") \
                else {"ops": []} if method == "POST" else None
            detail = _assert_problem(http.request(method, path, json=body), 426, "upgrade_required")
            newer = version == str(PROTOCOL_VERSION + 1)
            assert ("Ask the administrator to update the server" in detail) == newer, (method, path, detail)
            assert ("Please update Ketenplan" in detail) != newer, (method, path, detail)


@pytest.mark.parametrize("path", ["/login", "/sync/push"])
def test_a_body_that_is_not_json_or_too_large_is_a_problem(fuzz_tenant, path):
    headers = {**HEADERS, "Authorization": f"Bearer {fuzz_tenant.administrator.token}",
               "Content-Type": "application/json"}
    with httpx.Client(base_url=f"{fuzz_tenant.server.url}{API}", headers=headers, timeout=60) as http:
        for malformed in (b'{"ops": [', b"not json", b"", b"[1, 2"):
            detail = _assert_problem(http.post(path, content=malformed), 422, "invalid_request")
            assert detail in ("The request is not valid JSON.",
                              "The request is not in the form the server expects (request: Field required).")
        _assert_problem(http.post(path, content=b'{"ops": "\xff\xfe"}'), 400, "bad_request")  # not UTF-8
        _assert_problem(http.post(path, content=b"x" * (MAX_BODY_BYTES + 1)), 413, "too_large")
        bomb = gzip.compress(b" " * (MAX_BODY_BYTES + 1))  # a few kB that unpack past the limit
        _assert_problem(http.post(path, content=bomb, headers={"Content-Encoding": "gzip"}), 413, "too_large")
        _assert_problem(http.post(path, content=b"{}", headers={"Content-Encoding": "gzip"}), 400, "bad_encoding")
        _assert_problem(http.post(path, content=b"{}", headers={"Content-Encoding": "br"}), 415,
                        "unsupported_encoding")
        assert http.get("/sync/pull").status_code == 200  # and the server goes on


def _signed_in(fuzz_tenant: FuzzTenant, account: Account) -> httpx.Client:
    return httpx.Client(base_url=f"{fuzz_tenant.server.url}{API}", timeout=30,
                        headers={**HEADERS, "Authorization": f"Bearer {account.token}"})


def test_numbers_times_and_text_beyond_what_the_databases_keep_are_refused_with_422(any_fuzz_tenant):
    with _signed_in(any_fuzz_tenant, any_fuzz_tenant.administrator) as http:
        for path, params in [("/sync/pull", {"after": MAX_INT64 + 1}), ("/audit", {"offset": MAX_INT64 + 1}),
                             ("/audit", {"from": "0.5"}),  # not read as seconds since 1970
                             ("/audit", {"to": "0001-01-01T00:00:00+23:59"}),  # before year 1 in UTC
                             ("/audit", {"from": "9999-12-31T23:59:59-23:59"}),  # after 9999 in UTC
                             ("/audit", {"client_id": "\x00"}), ("/audit", {"worker_id": "a\x00"})]:
            _assert_problem(http.get(path, params=params), 422, "invalid_request")
        _assert_problem(http.post("/devices/%00/revoke"), 422, "invalid_request")
        for name in ("username", "device_name"):
            login = {"username": "beheer", "password": PASSWORD, "device_name": "laptop", name: "beheer\x00"}
            _assert_problem(http.post("/login", json=login), 422, "invalid_request")
        assert http.get("/sync/pull", params={"after": MAX_INT64}).status_code == 200  # the largest is fine


def test_a_pushed_change_the_server_could_never_store_is_rejected_on_its_own(any_fuzz_tenant):
    def insert(op_id: str, record_id: str, **fields) -> dict:
        return {"op_id": op_id, "entity": "clients", "record_id": record_id, "op": "insert",
                "fields": {"id": record_id, "organisation_id": None, **fields},
                "created_at": "2026-03-02T09:00:00.000000Z"}

    ok = f"ok-{uuid.uuid4().hex}"
    ops = [insert("half", "r-half", family_name="HALF"),  # half of a surrogate pair: no UTF-8 for it
           insert("key", "r-key", **{"naNULme": "x"}),  # a NUL in a field's name
           insert("nan", "r-nan", age="NOT-A-NUMBER"),  # JSON has no NaN
           insert("id-NUL", "r-id"),  # a NUL in what names the operation
           insert(ok, str(uuid.uuid4()), family_name="Jansen")]
    # Escapes a client may send, which json.dumps would not write.
    body = (json.dumps({"ops": ops}).replace("NUL", "\\u0000").replace("HALF", "\\ud800")
            .replace('"NOT-A-NUMBER"', "NaN").encode())
    with _signed_in(any_fuzz_tenant, any_fuzz_tenant.klantmanager) as http:
        answer = http.post("/sync/push", content=body, headers={"Content-Type": "application/json"})
        assert answer.status_code == 200, answer.text
        results = answer.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * 4 + ["applied"], results
    assert {(r["reason"], r["retry"]) for r in results[:4]} == {
        ("The server cannot store this change: it holds a character or a number no database can keep.", False)}
    assert [r["op_id"] for r in results] == ["half", "key", "nan", "id-\ufffd", ok]  # named, storably


# -- the schemathesis run --------------------------------------------------------------------------
@dataclass
class RunReport:
    requests: Counter = field(default_factory=Counter)  # per operation
    answers: Counter = field(default_factory=Counter)  # (operation, status) -> how many
    failures: dict = field(default_factory=dict)  # (operation, check, title) -> message and curl
    errors: list = field(default_factory=list)
    pushed: Counter = field(default_factory=Counter)  # answers to the pushed changes: applied, rejected, ...

    def problems(self) -> str:
        lines = [f"{op} {check}: {title}\n    {text}" for (op, check, title), text in self.failures.items()]
        return "\n".join(lines + [f"error: {error}" for error in self.errors])

    def answered(self, operation: str, status: int) -> int:
        return self.answers[(operation, status)]


def _schemathesis_run(fuzz_tenant: FuzzTenant, account: Account, only: str | None = None,
                      per_operation: int = EXAMPLES) -> RunReport:
    """Every phase schemathesis has (coverage, fuzzing, stateful), positive and negative data,
    with all its checks, as `account` over HTTP; deterministic, so CI sees the same requests."""
    config = schemathesis.Config.from_dict({
        "headers": {PROTOCOL_HEADER: str(PROTOCOL_VERSION)},  # the refusals without it are tested above
        "auth": {"openapi": {"HTTPBearer": {"bearer": account.token}}},
        "generation": {"mode": "all", "max-examples": per_operation, "deterministic": True, "database": "none"},
        "request-timeout": 30,
        "cache": {"enabled": False},  # no .schemathesis folder, and no run learning from the one before
    })
    schema = schemathesis.openapi.from_url(f"{fuzz_tenant.server.url}/openapi.json", config=config)
    if only is not None:
        schema = schema.include(path_regex=only)

    def before_call(_context, case, _kwargs):
        # A revoke of a device the runs sign in with would leave the rest answered 401: aim it at the spare.
        if (case.path_parameters or {}).get("device_id") in fuzz_tenant.in_use():
            case.path_parameters["device_id"] = fuzz_tenant.spare_device
        # A fuzzed choice may have stopped the sharing the region's figures need: share again first.
        if case.path == f"{API}{REGION_PATH}":
            with fuzz_tenant.server.db.writing() as session:
                session.execute(text("UPDATE tenants SET region = 'Proefregio', share_region = true"))

    sent, run = count(), uuid.uuid4().hex[:8]  # op ids of this run: never answered from another's memory

    @schema.hook
    def map_body(context, body):
        # The schema takes any object as a change (to answer it rejected), so most fuzzed changes are
        # refused before anything is stored. The fuzzing phase's are made changes the server keeps (the
        # coverage phase's stay as drawn), with the fuzzed object as their fields.
        ops = body.get("ops") if isinstance(body, dict) else None
        if context.operation.path == f"{API}/sync/push" and isinstance(ops, list):
            body["ops"] = [_kept_change(op, run, next(sent)) if isinstance(op, dict) else op for op in ops]
        return body

    schemathesis.hook(before_call)
    report = RunReport()
    try:
        for event in schemathesis.engine.from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished):
                _record(report, event)
            elif isinstance(event, events.NonFatalError):
                report.errors.append(f"{event.label}: {event.info}")
            elif isinstance(event, events.FatalError):
                report.errors.append(repr(event.exception))
    finally:
        schemathesis.hooks.unregister(before_call)
    return report


def _kept_change(op: dict, run: str, number: int) -> dict:
    """A fuzzed change as one of an entity the server keeps, under an id (the same for the same fuzzed
    id, so later changes meet earlier records), with its fuzzed fields or else the object as fields."""
    record_id = str(uuid.uuid5(uuid.NAMESPACE_OID, str(op.get("record_id", number))))
    fields = op.get("fields") if isinstance(op.get("fields"), dict) else {
        key: value for key, value in op.items() if key not in Operation.model_fields}
    return {"op_id": f"fuzz-{run}-{number}", "entity": ENTITIES[number % len(ENTITIES)], "record_id": record_id,
            "op": op["op"] if op.get("op") in ("insert", "update", "delete") else "insert",
            "base": op.get("base") if isinstance(op.get("base"), dict) else None,
            "fields": {**fields, "id": record_id}, "author_id": None,
            "created_at": op["created_at"] if isinstance(op.get("created_at"), str) else "2026-03-02T09:00:00Z"}


def _record(report: RunReport, event: events.ScenarioFinished) -> None:
    recorder = event.recorder
    for case_id, interaction in recorder.interactions.items():
        operation = recorder.cases[case_id].value.operation.label if case_id in recorder.cases else event.label
        report.requests[operation] += 1
        if interaction.response is not None:
            report.answers[(operation, interaction.response.status_code)] += 1
            if operation == f"POST {API}/sync/push" and interaction.response.status_code == 200:
                report.pushed.update(r["status"] for r in json.loads(interaction.response.content)["results"])
    for checks in recorder.checks.values():
        for check in checks:
            if check.failure_info is not None:
                failure = check.failure_info.failure
                key = (failure.operation or event.label, check.name, failure.title)
                report.failures.setdefault(key, f"{failure.message}\n    {check.failure_info.code_sample}")


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_schemathesis_run_as_an_administrator_finds_no_server_error_and_no_schema_violation(any_fuzz_tenant):
    fuzz_tenant = any_fuzz_tenant
    report = _schemathesis_run(fuzz_tenant, fuzz_tenant.administrator)
    assert not report.failures and not report.errors, report.problems()
    operations = _operations(httpx.get(f"{fuzz_tenant.server.url}/openapi.json").json())
    assert {f"{method} {path}" for method, path in operations} <= set(report.requests)
    # Signed in all along: every operation but the sign-in (no fuzzed password is right) was answered.
    for method, path in operations - {("POST", f"{API}/login")}:
        assert report.answered(f"{method} {path}", 200) > 0, (method, path, report.answers)
    assert report.answered(f"POST {API}/login", 401) > 0  # its fuzzed user names and passwords got checked
    still = httpx.get(f"{fuzz_tenant.server.url}{API}/devices",
                      headers={**HEADERS, "Authorization": f"Bearer {fuzz_tenant.administrator.token}"})
    assert still.status_code == 200


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_schemathesis_run_as_a_klantmanager_finds_no_server_error_and_no_schema_violation(any_fuzz_tenant):
    fuzz_tenant = any_fuzz_tenant
    report = _schemathesis_run(fuzz_tenant, fuzz_tenant.klantmanager, only=f"^{API}/(sync|audit|devices)",
                               per_operation=examples(20))
    assert not report.failures and not report.errors, report.problems()
    assert report.answered(f"POST {API}/sync/push", 200) > 0 and report.answered(f"GET {API}/sync/pull", 200) > 0
    assert report.pushed["applied"] > 0, report.pushed  # fuzzed records were stored, not only refused
    for operation in (f"GET {API}/audit", f"GET {API}/devices", f"POST {API}/devices/{{device_id}}/revoke"):
        assert report.answered(operation, 403) > 0, (operation, report.answers)
        assert report.answered(operation, 200) == 0, (operation, report.answers)
