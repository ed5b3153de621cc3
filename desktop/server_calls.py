"""Asking the server something a person waits for (the audit log, the tenant's devices).

The device's address and token are read on the store's worker; the request itself runs on a
thread of its own, and its answer comes back on the GUI thread. Neither the window nor the
store waits for the network: a slow server must not hold up an autosave.

Stale answers are dropped here, as the database worker drops its own (desktop/tasks.py): a call
with a `key` supersedes the earlier calls of that key (a new search, another cohort), and
`forget()` (the lock) drops every answer still due, so no view keeps a counter of its own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop.tasks import DbWorker
from sync.client.transport import Transport
from sync.errors import NotSignedIn

OFFLINE_AFTER = 1  # retries before the server counts as unreachable: a person is waiting
Connect = Callable[[str, str], Transport]  # (server URL, token) -> transport


class NoServer(NotSignedIn):
    """This device was never signed in to a server (or signed out): there is no one to ask."""

    code = "no_server"
    default_message = "This device does not sync with a server."


def server_link(store) -> tuple[str, str]:
    """(server URL, device token); on the worker thread. Raises NoServer when the device has none."""
    from desktop.store.replica import StoreReplica
    from sync.client.credentials import load_token
    from sync.client.replica import SERVER_URL

    replica = StoreReplica(store)
    url = replica.read_state(SERVER_URL)[SERVER_URL]
    token = load_token(replica, url) if url else None
    if not (url and token):
        raise NoServer()
    return url, token


def default_connect(url: str, token: str) -> Transport:
    return Transport(url, token, retries=OFFLINE_AFTER)


class ServerCalls(QObject):
    """One request at a time per owner; answers reach on_done or on_error on the GUI thread, unless
    superseded by a newer call of the same key or forgotten."""

    _answered = Signal(object, object, object)  # the callback, its argument, the call's ticket

    def __init__(self, worker: DbWorker, parent: QObject | None = None, *, connect: Connect | None = None):
        super().__init__(parent)
        self._worker = worker
        self._connect = connect or default_connect
        self._requests = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ketenplan-server-call")
        self._answered.connect(self._deliver)
        self._tickets = itertools.count(1)
        self._forgotten = 0  # calls with a ticket up to this one get no answer
        self._newest: dict[str, int] = {}  # key -> ticket of its newest call

    def call(self, request: Callable[[Transport], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None], key: str | None = None) -> None:
        ticket = _Ticket(next(self._tickets), key)
        if key is not None:
            self._newest[key] = ticket.number
        self._worker.read(server_link, on_done=lambda link: self._requests.submit(
            self._ask, link, request, on_done, on_error, ticket),
            on_error=lambda error: self._deliver(on_error, error, ticket), asker=self)

    def forget(self) -> None:
        """Every answer still due is dropped (a request under way still ends on its thread)."""
        self._forgotten = next(self._tickets)
        self._newest.clear()

    def _ask(self, link: tuple[str, str], request, on_done, on_error, ticket: _Ticket) -> None:
        """On the request thread."""
        try:
            with self._connect(*link) as transport:
                answer, callback = request(transport), on_done
        except Exception as exc:  # every failure is shown; none may end the thread silently
            answer, callback = exc, on_error
        try:
            self._answered.emit(callback, answer, ticket)
        except RuntimeError:  # the owner went (a lock) while the server answered
            pass

    @Slot(object, object, object)
    def _deliver(self, callback, answer, ticket: _Ticket) -> None:
        if ticket.number <= self._forgotten:
            return
        if ticket.key is not None and self._newest.get(ticket.key) != ticket.number:
            return
        callback(answer)


@dataclass(frozen=True)
class _Ticket:
    number: int
    key: str | None
