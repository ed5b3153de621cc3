"""What goes over the wire: gzip bodies, the protocol header, the token; retries only where
asking again can help. The server end is httpx's mock transport, to count and break requests."""

import gzip
import json

import httpx
import pytest

from sync.client.transport import Transport, server_base_url
from sync.errors import InsecureServer, NotSignedIn, Offline, ServerFailed, ServerRefused, UpgradeRequired
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, Operation, PushRequest

URL = "https://ketenplan.example.nl"
OP = Operation(op_id="a" * 32, entity="clients", record_id="c0000000-0000-4000-8000-000000000001", op="insert",
               fields={"family_name": "Haddad"}, created_at="2026-01-05T09:00:00Z")


def _transport(handler, sleeps=None, retries=3):
    http = httpx.Client(base_url=URL, transport=httpx.MockTransport(handler))
    return Transport(URL, "token-123", http=http, retries=retries,
                     sleep=(sleeps.append if sleeps is not None else lambda _s: None))


def test_addresses_must_be_https_except_this_computer():
    assert server_base_url("https://ketenplan.example.nl/ ") == "https://ketenplan.example.nl"
    assert server_base_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    assert server_base_url("http://localhost:8765/") == "http://localhost:8765"
    for url in ("http://ketenplan.example.nl", "http://192.168.1.10:8765", "ftp://localhost", "ketenplan.nl"):
        with pytest.raises(InsecureServer):
            server_base_url(url)


def test_a_push_is_gzipped_with_the_protocol_header_and_the_token():
    seen = []

    def handler(request):
        seen.append(request)
        return httpx.Response(200, json={"results": [{"op_id": OP.op_id, "status": "applied", "version": 3}]})

    answer = _transport(handler).push(PushRequest(ops=[OP]))
    assert answer.results[0].version == 3
    [request] = seen
    assert request.url.path == "/api/v1/sync/push"
    assert request.headers[PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    assert request.headers["Authorization"] == "Bearer token-123"
    assert request.headers["Content-Encoding"] == "gzip" and "gzip" in request.headers["Accept-Encoding"]
    body = json.loads(gzip.decompress(request.content))
    assert body["ops"][0]["op_id"] == OP.op_id and body["ops"][0]["fields"] == {"family_name": "Haddad"}


def test_a_gzipped_answer_is_read():
    page = json.dumps({"changes": [], "cursor": 7, "more": False, "head": 7}).encode()

    def handler(request):
        assert request.url.params["after"] == "5" and request.url.params["limit"] == "500"
        return httpx.Response(200, content=gzip.compress(page), headers={"Content-Encoding": "gzip"})

    assert _transport(handler).pull(5, 500).cursor == 7


def test_a_broken_connection_is_retried_with_growing_waits_then_reported_offline():
    calls, sleeps = [], []

    def handler(request):
        calls.append(request)
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(Offline):
        _transport(handler, sleeps).pull(0, 500)
    assert len(calls) == 4 and len(sleeps) == 3
    for floor, slept in zip((0.5, 1.0, 2.0), sleeps, strict=True):  # doubling, each spread at random above it
        assert floor <= slept <= floor + max(floor, 1.0)


def test_a_passing_server_failure_is_retried_and_the_answer_after_it_used():
    answers = iter([httpx.Response(503), httpx.Response(200, json={"changes": [], "cursor": 1, "more": False})])
    assert _transport(lambda _r: next(answers)).pull(0, 500).cursor == 1
    with pytest.raises(ServerFailed):
        _transport(lambda _r: httpx.Response(500, json={"detail": "Kapot.", "code": "server_error"})).pull(0, 1)


@pytest.mark.parametrize(("status", "error", "code"), [
    (426, UpgradeRequired, "upgrade_required"),
    (401, NotSignedIn, "not_signed_in"),
    (413, ServerRefused, "too_large"),
    (422, ServerRefused, "invalid_request"),
])
def test_a_4xx_is_never_retried_and_says_what_the_server_said(status, error, code):
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(status, json={"detail": "Zo niet.", "code": code})

    with pytest.raises(error) as raised:
        _transport(handler).push(PushRequest(ops=[OP]))
    assert len(calls) == 1 and raised.value.code == code and raised.value.message == "Zo niet."


def test_an_answer_outside_the_protocol_is_a_failure_not_a_success():
    with pytest.raises(ServerFailed):
        _transport(lambda _r: httpx.Response(200, json={"changes": "none"})).pull(0, 500)
