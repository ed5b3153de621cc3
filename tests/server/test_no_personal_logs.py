"""Nothing personal in a log: records seeded with marker values (a name, a BSN, a health note, a
password, a token) go through every failure the server has (bad input, a database that fails
mid-request, a client that goes away mid-push, a server error), and no log line at any level,
no output of the server process and no error answer holds a marker."""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpx
import pytest
from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from sync.protocol import API
from tests.server.client import HEADERS, Device, make_chain, new_id, op
from tests.server.live import launch_process, stop_process, wait_ready

NAME = "Qzwaxnaam"
BSN = "BSNmark4471"
NOTE = "Gezondheidsnotitiemark"
PASSWORD = "Wachtwoordmark9913"
TOKEN = "Tokenmark5520"
MARKERS = (NAME, BSN, NOTE, PASSWORD, TOKEN)
PERSON = {"given_names": NAME, "family_name": NAME, "bsn": BSN, "notes": NOTE}


def _assert_clean(*texts: str) -> None:
    for text in texts:
        for marker in MARKERS:
            assert marker not in text, f"{marker} in:\n{text[max(0, text.find(marker) - 400):text.find(marker) + 200]}"


def _push_raw(device: Device, body: bytes) -> httpx.Response:
    return device.http.post(f"{API}/sync/push", content=body, headers={"Content-Type": "application/json"})


def _bad_input(device: Device, url: str) -> list[httpx.Response]:
    """Every kind of refusal a request can get, each carrying the markers."""
    deep = '{"a":' * 300 + json.dumps(NOTE) + "}" * 300
    ops = [op("clients", new_id(), fields={**PERSON, "notes": NOTE + "\x00"}),
           op("clients", new_id(), fields={**PERSON, "count": 2**70}),
           op("clients", new_id(), fields={**PERSON, "client_id": NAME * 5}),
           op("clients", new_id(), fields={**PERSON, "updated_at": "99999-01-01"}),
           {**op("clients", new_id(), fields=PERSON), "op": NAME},
           {**op("clients", new_id(), fields=PERSON), "created_at": {"bsn": BSN}},
           {**op("clients", new_id(), fields=PERSON), "author_id": NAME * 10},
           op("clients", NAME, fields=PERSON),
           op("clients", new_id(), fields={**PERSON, "answers": "DEEP"})]
    body = json.dumps({"ops": ops}).replace('"DEEP"', deep).encode()
    answers = [_push_raw(device, body)]
    answers.append(_push_raw(device, ('{"ops": [' + '{"a":' * 5000 + json.dumps(BSN) + "}" * 5000 + "]}").encode()))
    answers.append(_push_raw(device, json.dumps({"ops": {"bsn": BSN}}).encode()))
    answers.append(_push_raw(device, f'{{"ops": [{json.dumps(NOTE)}'.encode()))  # not JSON
    answers.append(device.http.get(f"{API}/audit", params={"client_id": NAME + "\x00", "from": BSN}))
    answers.append(httpx.get(f"{url}{API}/sync/pull", headers={**HEADERS, "Authorization": f"Bearer {TOKEN}"}))
    for password in (PASSWORD, PASSWORD * 40):
        answers.append(httpx.post(f"{url}{API}/login", headers=HEADERS, json={
            "username": device.account["username"], "password": password, "device_name": "laptop"}))
    answers.append(httpx.post(f"{url}{API}/login", headers=HEADERS, json={
        "username": NAME + "\x00", "password": PASSWORD, "device_name": BSN}))
    return answers


def _go_away_mid_push(url: str, token: str) -> None:
    """A sync killed while sending: half a push, then the connection closes."""
    parts = urlsplit(url)
    body = json.dumps({"ops": [op("clients", new_id(), fields=PERSON)] * 50}).encode()
    with socket.create_connection((parts.hostname, parts.port)) as sock:
        sock.sendall((f"POST {API}/sync/push HTTP/1.1\r\nHost: {parts.netloc}\r\nContent-Type: application/json\r\n"
                      f"Authorization: Bearer {token}\r\nX-Ketenplan-Protocol: 1\r\n"
                      f"Content-Length: {len(body)}\r\n\r\n").encode() + body[: len(body) // 2])


def _text(parameters) -> str:
    """The parameters as text, PostgreSQL's JSON values (psycopg's Jsonb wrappers) unwrapped."""
    return json.dumps(parameters, default=lambda value: getattr(value, "obj", str(value)))


@contextmanager
def _database_failing_on(engine, statement_start: str, *, only_with_markers: bool) -> Iterator[list[str]]:
    """Statements beginning so fail as a broken database would: its message quoting the values."""
    failed: list[str] = []

    def fail(_conn, _cursor, statement, parameters, _context, _many):
        if statement.lstrip().upper().startswith(statement_start) and \
                (not only_with_markers or any(m in _text(parameters) for m in MARKERS)):
            failed.append(statement)
            raise OperationalError(statement, parameters, Exception(f"connection lost while sending {parameters}"))

    event.listen(engine, "before_cursor_execute", fail)
    try:
        yield failed
    finally:
        event.remove(engine, "before_cursor_execute", fail)


@pytest.fixture
def all_logs(caplog) -> Iterator[pytest.LogCaptureFixture]:
    """Every logger at DEBUG, the web server's own too (they do not pass their records on to the root)."""
    caplog.set_level(logging.DEBUG)
    own = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.access", "uvicorn.error")]
    levels = [logger.level for logger in own]
    for logger in own:
        logger.addHandler(caplog.handler)
        logger.setLevel(logging.DEBUG)
    yield caplog
    for logger, level in zip(own, levels, strict=True):
        logger.removeHandler(caplog.handler)
        logger.setLevel(level)


def test_no_marker_in_any_log_or_answer_whatever_fails(server, all_logs, capfd):
    chain = make_chain(server.db, server.url, users=1)
    laptop = chain.device(0)
    try:
        [seeded] = laptop.push(op("clients", new_id(), fields=PERSON))
        assert seeded["status"] == "applied"
        answers = _bad_input(laptop, server.url)
        assert {a.status_code for a in answers} >= {200, 400, 401, 422}

        # The database fails on one record's write: that one is sent again later, the rest kept.
        with _database_failing_on(server.db.engine, "INSERT INTO RECORDS", only_with_markers=True) as failed:
            results = laptop.push(op("clients", new_id(), fields=PERSON),
                                  op("households", new_id(), fields={"label": "gewoon"}))
        assert failed and [r["status"] for r in results] == ["rejected", "applied"] and results[0]["retry"]
        # It fails where no operation can be set aside: the whole push, then a pull, answer 500.
        # (Each on a connection of its own: the web server closes one after a 500.)
        push_body = json.dumps({"ops": [op("clients", new_id(), fields=PERSON)]}).encode()
        for start, method, path, body in (("INSERT INTO APPLIED_OPS", "POST", "sync/push", push_body),
                                          ("SELECT", "GET", "sync/pull", None)):
            with _database_failing_on(server.db.engine, start, only_with_markers=False) as failed, \
                    httpx.Client(base_url=server.url, headers=laptop.http.headers) as http:
                answer = http.request(method, f"{API}/{path}", content=body,
                                      headers={"Content-Type": "application/json"})
            assert failed and answer.status_code == 500, (answer.status_code, answer.text)
            answers.append(answer)
        _go_away_mid_push(server.url, laptop.token)
        assert laptop.pull()["changes"]  # still serving
    finally:
        chain.close()

    # The test's own HTTP client logs what it sends; the server's logs are the ones under test.
    logged = "\n".join(all_logs.handler.format(r) for r in all_logs.records
                        if not r.name.startswith(("httpx", "httpcore")))
    assert "could not be stored" in logged and "unhandled error" in logged  # the failures were logged
    out, err = capfd.readouterr()
    _assert_clean(logged, out, err, *(a.text for a in answers))


def test_no_marker_in_the_output_of_a_server_process_at_debug(tmp_path):
    from server.db import Database, sqlite_url
    url = sqlite_url(tmp_path)
    proc, address = launch_process(url, log_level="debug")
    try:
        wait_ready(proc, address)
        db = Database(url)
        chain = make_chain(db, address, users=1)
        laptop = chain.device(0)
        assert laptop.push(op("clients", new_id(), fields=PERSON))[0]["status"] == "applied"
        answers = _bad_input(laptop, address)
        _go_away_mid_push(address, laptop.token)
        assert laptop.pull()["changes"]
        chain.close()
        db.dispose()
    finally:
        stop_process(proc)
    output = proc.stdout.read().decode(errors="replace")
    assert "POST /api/v1/sync/push" in output  # it did log, at debug
    _assert_clean(output, *(a.text for a in answers))
