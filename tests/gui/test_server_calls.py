"""Answers from the server reach only the newest call of their key and none after forget() (the
lock): one mechanism, so no view keeps a counter of its own (the region's cohort, the audit search).
The worker and its store are real; the server is a stand-in whose answers come when the test says."""

from __future__ import annotations

import threading

import pytest

import desktop.server_calls as server_calls
from desktop.server_calls import ServerCalls
from tests.gui.conftest import TIMEOUT_MS


class _Held:
    """A transport whose every request waits for its own gate, then answers with its name."""

    def __init__(self, gates: dict[str, threading.Event]):
        self.gates = gates

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def ask(self, name: str) -> str:
        self.gates[name].wait(10)
        return name


@pytest.fixture
def calls(qtbot, worker, monkeypatch):
    monkeypatch.setattr(server_calls, "server_link", lambda _store: ("http://127.0.0.1:9", "token"))
    gates = {name: threading.Event() for name in ("first", "second", "other", "late")}
    owner = ServerCalls(worker, connect=lambda _url, _token: _Held(gates))
    yield owner, gates
    for gate in gates.values():
        gate.set()
    owner._requests.shutdown(wait=True)


def test_a_newer_call_of_a_key_drops_the_older_ones_answer_and_other_keys_keep_theirs(qtbot, calls):
    owner, gates = calls
    got: list[str] = []
    for name, key in (("first", "search"), ("other", None), ("second", "search")):
        owner.call(lambda t, name=name: t.ask(name), on_done=got.append, on_error=got.append, key=key)
    for gate in gates.values():
        gate.set()
    qtbot.waitUntil(lambda: "second" in got and "other" in got, timeout=TIMEOUT_MS)
    qtbot.wait(50)
    assert sorted(got) == ["other", "second"]  # "first" was asked for, answered, and dropped


def test_forget_drops_every_answer_still_due_and_later_calls_answer_again(qtbot, calls):
    owner, gates = calls
    got: list[str] = []
    owner.call(lambda t: t.ask("late"), on_done=got.append, on_error=got.append, key="region")
    owner.call(lambda t: t.ask("other"), on_done=got.append, on_error=got.append)
    owner.forget()  # the lock
    gates["late"].set()
    gates["other"].set()
    owner.call(lambda t: t.ask("first"), on_done=got.append, on_error=got.append, key="region")
    gates["first"].set()
    qtbot.waitUntil(lambda: got == ["first"], timeout=TIMEOUT_MS)
    qtbot.wait(50)
    assert got == ["first"]


def test_a_failure_reaches_on_error(qtbot, calls):
    owner, _gates = calls
    errors: list[BaseException] = []

    def refuse(_transport):
        raise ConnectionError("refused")
    owner.call(refuse, on_done=pytest.fail, on_error=errors.append, key="devices")
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=TIMEOUT_MS)
    assert isinstance(errors[0], ConnectionError)
