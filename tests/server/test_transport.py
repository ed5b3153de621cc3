"""The HTTP around sync: gzip both ways, size limits, every refusal a Problem, the OpenAPI schema,
and many pushes at once on the embedded SQLite."""

from __future__ import annotations

import gzip
import json
import threading

import httpx
import pytest

from server.request_body import MAX_BODY_BYTES
from sync.protocol import API
from tests.server.client import make_chain, new_id, op


@pytest.fixture
def laptop(sqlite_server):
    chain = make_chain(sqlite_server.db, sqlite_server.url)
    yield chain.device(0)
    chain.close()


def _push_raw(device, content: bytes, **headers) -> httpx.Response:
    return device.http.post(f"{API}/sync/push", content=content,
                            headers={"Content-Type": "application/json", **headers})


def _assert_problem(answer: httpx.Response, status: int, code: str) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"detail", "code"} and body["code"] == code
    assert body["detail"][0].isupper() and body["detail"].endswith(".")


def test_a_gzip_request_body_is_read_and_a_large_answer_comes_back_gzipped(laptop):
    ops = [op("households", new_id(), fields={"label": f"huishouden {i}" * 5}) for i in range(40)]
    answer = _push_raw(laptop, gzip.compress(json.dumps({"ops": ops}).encode()), **{"Content-Encoding": "gzip"})
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == ["applied"] * 40
    with httpx.stream("GET", f"{laptop.http.base_url}{API}/sync/pull", headers={**laptop.http.headers,
                      "Accept-Encoding": "gzip"}) as raw:
        assert raw.headers["content-encoding"] == "gzip"
        body = b"".join(raw.iter_raw())
    assert len(json.loads(gzip.decompress(body))["changes"]) >= 40


def test_a_body_over_the_limit_is_refused_with_413_plain_or_gzipped(laptop):
    filler = {"label": "x" * (MAX_BODY_BYTES + 1024)}
    big = json.dumps({"ops": [op("households", new_id(), fields=filler)]}).encode()
    _assert_problem(_push_raw(laptop, big), 413, "too_large")
    # A few kilobytes that unpack to more than the limit are refused the same way.
    _assert_problem(_push_raw(laptop, gzip.compress(big), **{"Content-Encoding": "gzip"}), 413, "too_large")
    assert laptop.pull()["changes"] is not None  # the server is fine afterwards


def test_a_body_that_is_not_gzip_or_in_an_unknown_encoding_is_a_problem(laptop):
    _assert_problem(_push_raw(laptop, b'{"ops": []}', **{"Content-Encoding": "gzip"}), 400, "bad_encoding")
    _assert_problem(_push_raw(laptop, b'{"ops": []}', **{"Content-Encoding": "br"}), 415, "unsupported_encoding")


def test_every_refusal_is_a_problem_with_a_sentence(laptop):
    _assert_problem(laptop.http.get("/api/v1/nothing-here"), 404, "not_found")
    _assert_problem(laptop.http.delete(f"{API}/sync/pull"), 405, "method_not_allowed")
    _assert_problem(laptop.http.get(f"{API}/sync/pull", params={"after": -1}), 422, "invalid_request")
    _assert_problem(_push_raw(laptop, b"not json"), 422, "invalid_request")
    too_many = {"ops": [op("households", new_id(), fields={}) for _ in range(201)]}
    _assert_problem(laptop.http.post(f"{API}/sync/push", json=too_many), 422, "invalid_request")


def test_the_openapi_schema_is_published_with_typed_messages(sqlite_server):
    schema = httpx.get(f"{sqlite_server.url}/openapi.json").json()
    assert {f"{API}/login", f"{API}/sync/push", f"{API}/sync/pull"} <= set(schema["paths"])
    components = schema["components"]["schemas"]
    assert {"LoginRequest", "LoginResponse", "Operation", "PushResponse", "PullResponse", "Problem"} <= set(components)
    pull = schema["paths"][f"{API}/sync/pull"]["get"]
    assert pull["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/PullResponse")
    assert pull["responses"]["426"]["content"]["application/json"]["schema"]["$ref"].endswith("/Problem")


def test_many_devices_pushing_at_once_get_one_sequence_on_sqlite(sqlite_server):
    chain = make_chain(sqlite_server.db, sqlite_server.url, users=4)
    devices = [chain.device(i % 4) for i in range(6)]
    reader = chain.device(0)
    directory = len(reader.pull_all())
    failures: list[str] = []

    def work(device):
        for _ in range(5):
            results = device.push(*[op("households", new_id(), fields={"label": "h"}) for _ in range(4)])
            failures.extend(r["reason"] for r in results if r["status"] != "applied")

    threads = [threading.Thread(target=work, args=(d,)) for d in devices]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    seqs = [c["seq"] for c in reader.pull_all()]
    assert seqs == list(range(directory + 1, directory + 6 * 5 * 4 + 1))
    chain.close()


def test_a_server_out_of_database_connections_answers_busy_and_when_to_come_back(laptop, monkeypatch):
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from server import records

    def no_connection_free(*_args, **_kwargs):
        raise PoolTimeout("QueuePool limit of size 10 overflow 20 reached, connection timed out")

    monkeypatch.setattr(records, "pull", no_connection_free)
    answer = laptop.http.get(f"{API}/sync/pull", params={"after": 0})
    _assert_problem(answer, 503, "server_busy")
    assert answer.headers["Retry-After"] == "5"  # the device's transport retries a 503 (RETRIED_STATUS)
