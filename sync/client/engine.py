"""The device's sync engine: sign in once, then push the outbox and pull what changed.

    engine = SyncEngine(replica)   # desktop: desktop.store.replica.StoreReplica(store)
    engine.enrol("https://ketenplan.example.nl", "sanne", "...", device_name="Laptop Sanne")
    report = engine.sync(progress=on_progress)   # raises a SyncError when it did not complete

The engine knows the protocol and the server, the replica (sync/client/replica.py) the
store. Each replica call is one short step on the store; the engine waits for the server
between them, holding nothing of the store (the desktop runs the engine on a thread of its
own and each replica call on its database worker). A sync broken anywhere resumes where it
stopped, and whatever it did not complete it reports as failed (the last error), never as
success.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from sync.client import credentials, push
from sync.client.replica import (
    ACCOUNT,
    CURSOR,
    DEVICE_ID,
    HEAD,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SUCCESS,
    SERVER_URL,
    Page,
    PushCounts,
    Replica,
    ReplicaClosed,
    ReplicaFailed,
)
from sync.client.transport import Transport, server_base_url
from sync.errors import Interrupted, NotSignedIn, ServerFailed, SyncError
from sync.protocol import (
    PULL_PAGE,
    PUSH_BATCH,
    Account,
    LoginRequest,
    LoginResponse,
    PushRequest,
    PushResponse,
)


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class UnsentChanges(SyncError):
    """Another person signs in while changes of the person before are not sent yet: they would
    be lost, or sent in the other's name. The person before syncs first."""

    code = "unsent_changes"
    default_message = ("This device holds changes of {name} that are not sent yet. Let {name} sign in and "
                       "sync first; then another person can sign in here.")


class ServerLink(Protocol):
    """What the engine needs of the server (sync.client.transport.Transport; tests may wrap it)."""

    def login(self, request: LoginRequest) -> LoginResponse: ...
    def push(self, request: PushRequest) -> PushResponse: ...
    def pull(self, after: int, limit: int) -> Page: ...
    def close(self) -> None: ...


Connect = Callable[[str, str | None], ServerLink]  # (server_url, token)


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push" or "pull"
    ops_sent: int
    ops_total: int  # entries in the outbox when the push began
    pages_done: int
    changes_applied: int
    cursor: int
    head: int | None  # the server's newest seq, when it said
    fraction: float | None  # how far the pull has come, 0..1, when the head is known


@dataclass
class SyncReport:
    pushed: int = 0  # operations the server answered applied or in conflict
    push_conflicts: int = 0  # of those, met a conflict on the server (its conflict records come by pull)
    rejected: int = 0  # set aside with the server's reason (store.sync.rejects())
    pulled: int = 0  # changes received and applied here
    merged: int = 0  # of those, merged with edits not yet sent
    local_conflicts: int = 0  # conflicts found here while merging
    dropped: int = 0  # records this device may no longer hold, deleted here
    set_aside: int = 0  # received but not taken here (unreadable, or refused by the store), with the reason
    pages: int = 0
    cursor: int = 0
    duplicates: list[dict] = field(default_factory=list)  # likely the same person twice, after this pull
    changed: set[str] = field(default_factory=set)  # tables the pull wrote: for DbWorker's `changed`
    finished_at: str = ""


class SyncEngine:
    def __init__(self, replica: Replica, connect: Connect | None = None,
                 push_batch: int = PUSH_BATCH, pull_page: int = PULL_PAGE):
        self.replica = replica
        self._connect = connect or (lambda url, token: Transport(url, token))
        self.push_batch = push_batch
        self.pull_page = pull_page

    # -- enrolment ---------------------------------------------------------------
    def enrol(self, server_url: str, username: str, password: str, device_name: str) -> Account:
        """Sign this device in once. The token is kept (keyring, else the encrypted store); the
        account's worker becomes who works on this device. Another server starts the pull over;
        another person starts from nothing (no position, queue or records of the person before),
        and is refused while changes of the person before wait to be sent."""
        url = server_base_url(server_url)
        state = self.replica.read_state(SERVER_URL, ACCOUNT)
        previous_url, previous = state[SERVER_URL], json.loads(state[ACCOUNT] or "null")
        if previous and previous.get("username", "").casefold() != username.strip().casefold():
            self._refuse_with_unsent(previous)
        connection = self._connect(url, None)
        try:
            answer = connection.login(LoginRequest(username=username, password=password, device_name=device_name))
        finally:
            connection.close()
        account = answer.account
        same_person = bool(previous) and previous.get("tenant_id") == account.tenant_id \
            and previous.get("user_id") == account.user_id
        if previous and not same_person:
            self._refuse_with_unsent(previous)
        values = {SERVER_URL: url, DEVICE_ID: answer.device_id, ACCOUNT: account.model_dump_json()}
        if previous_url != url or not same_person:
            values.update({CURSOR: None, HEAD: None})
        self.replica.signed_in(values[ACCOUNT], account.worker_id, same_person or not previous)
        self.replica.write_state(values)
        if previous_url and previous_url != url:
            credentials.forget_token(self.replica, previous_url)
        credentials.save_token(self.replica, url, answer.token)
        return account

    def _refuse_with_unsent(self, previous: dict) -> None:
        if self.replica.pending_count():
            name = previous.get("display_name") or previous.get("username") or "?"
            refused = UnsentChanges(UnsentChanges.default_message.format(name=name))
            refused.person = name  # for the sign-in screen's own sentence in its language
            raise refused

    def is_enrolled(self) -> bool:
        url = self.replica.read_state(SERVER_URL)[SERVER_URL]
        return bool(url) and credentials.load_token(self.replica, url) is not None

    def sign_out(self) -> None:
        """Forget the token (the records stay): the next sync asks to sign in again."""
        url = self.replica.read_state(SERVER_URL)[SERVER_URL]
        if url:
            credentials.forget_token(self.replica, url)
        self.replica.write_state({DEVICE_ID: None})

    # -- syncing -----------------------------------------------------------------
    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             should_stop: Callable[[], bool] | None = None) -> SyncReport:
        """Push everything pending, then pull every page after the cursor. Raises a SyncError
        (recorded as the last error) when any part did not complete."""
        try:
            self.replica.write_state({LAST_ATTEMPT: now_stamp()})
        except ReplicaClosed as error:
            raise Interrupted() from error
        try:
            report = self._sync(progress or (lambda _p: None), should_stop or (lambda: False))
        except SyncError as error:
            self._record_failure(error)
            raise
        except ReplicaClosed as error:
            raise Interrupted() from error  # locked while syncing: the store is closed, nothing to record in
        except ReplicaFailed as error:
            failure = SyncError(  # the class only: a store's message may quote a record's value
                f"The local store could not take the server's changes ({error.__class__.__name__}).",
                code="store_error")
            self._record_failure(failure)
            raise failure from error
        except Exception as error:  # whatever it was, the sync did not complete and must say so
            failure = SyncError(f"Sync stopped on an unexpected error ({error.__class__.__name__}).")
            self._record_failure(failure)
            raise failure from error
        try:
            self.replica.write_state({LAST_SUCCESS: report.finished_at, LAST_ERROR: None})
        except ReplicaClosed as error:
            raise Interrupted() from error
        return report

    def _sync(self, progress: Callable[[SyncProgress], None], should_stop: Callable[[], bool]) -> SyncReport:
        url = self.replica.read_state(SERVER_URL)[SERVER_URL]
        token = credentials.load_token(self.replica, url) if url else None
        if not url or not token:
            raise NotSignedIn()
        report = SyncReport()
        connection = self._connect(url, token)
        try:
            held = self._push(connection, report, progress, should_stop)
            # Pulled all the same: a change the server cannot take now must not keep the others' from arriving.
            self._pull(connection, report, progress, should_stop)
        finally:
            connection.close()
        if held:
            raise ServerFailed("The server did not take every change sent; they are sent again next time.")
        report.duplicates = self.replica.duplicates()
        report.finished_at = now_stamp()
        return report

    def _push(self, connection: ServerLink, report: SyncReport, progress, should_stop) -> int:
        """Returns how many entries stay to go again (unanswered, or not stored for now): the push
        stops at the first batch with any, so no later change of their records overtakes them."""
        last = self.replica.last_entry()
        total = self.replica.pending_count()
        counts = PushCounts()
        while True:
            if should_stop():
                raise Interrupted()
            entries = self.replica.claim_batch(last, self.push_batch)  # then the store is free again
            if not entries:
                return 0
            ops, refused = push.operations(entries)
            answer = connection.push(PushRequest(ops=ops)) if ops else PushResponse(results=[])
            unanswered = self.replica.record_push_answers(entries, [*answer.results, *refused], counts)
            report.pushed, report.push_conflicts, report.rejected = counts.applied + counts.conflicts, \
                counts.conflicts, counts.rejected
            progress(SyncProgress("push", counts.sent, total, 0, 0, 0, None, None))
            if unanswered:
                return len(unanswered)

    def _pull(self, connection: ServerLink, report: SyncReport, progress, should_stop) -> None:
        """Each page is fetched while the one before is applied: the server's work and the
        store's overlap. Pages are still applied one by one, in order, each with its cursor;
        a fetch that fails is raised only after the page before it is stored."""
        start = cursor = int(self.replica.read_state(CURSOR)[CURSOR] or 0)
        with ThreadPoolExecutor(1, thread_name_prefix="ketenplan-pull") as fetcher:
            coming = fetcher.submit(connection.pull, cursor, self.pull_page)
            try:
                while True:
                    if should_stop():
                        raise Interrupted()
                    page = coming.result()
                    if page.more and page.cursor <= cursor:
                        raise ServerFailed("The server's changes did not move on; try again later.")
                    if page.more:
                        coming = fetcher.submit(connection.pull, page.cursor, self.pull_page)
                    counts = self.replica.apply_page(page)
                    cursor = page.cursor
                    self._count_page(report, counts, cursor)
                    progress(SyncProgress("pull", report.pushed + report.rejected, report.pushed + report.rejected,
                                          report.pages, report.pulled, cursor, page.head,
                                          _fraction(start, cursor, page)))
                    if not page.more:
                        break
            finally:
                coming.cancel()  # one still running is waited for by the pool, and its page dropped

    @staticmethod
    def _count_page(report: SyncReport, counts, cursor: int) -> None:
        report.pages += 1
        report.pulled += counts.applied + counts.merged
        report.merged += counts.merged
        report.local_conflicts += counts.conflicts
        report.dropped += counts.dropped
        report.set_aside += counts.set_aside
        report.changed |= counts.entities
        report.cursor = cursor

    def _record_failure(self, error: SyncError) -> None:
        try:
            self.replica.write_state({LAST_ERROR: json.dumps({"code": error.code, "message": error.message,
                                                               "at": now_stamp()})})
        except (ReplicaClosed, ReplicaFailed):
            pass  # the store went away meanwhile: the error still reaches the caller


def _fraction(start: int, cursor: int, page) -> float | None:
    """How far the pull is, for the progress bar: by seq, from where it started to the server's head."""
    if not page.more:
        return 1.0
    if page.head is None:
        return None
    return 1.0 if page.head <= start else min(1.0, max(0.0, (cursor - start) / (page.head - start)))
