"""The device's sync engine: sign in once, then push the outbox and pull what changed.

    engine = SyncEngine(store)
    engine.enrol("https://ketenplan.example.nl", "sanne", "...", device_name="Laptop Sanne")
    report = engine.sync(progress=on_progress)   # raises a SyncError when it did not complete

Run it off the GUI thread (the desktop's DbWorker); progress is called on that thread.
Every step is its own short transaction: a sync broken anywhere resumes where it stopped,
and whatever it did not complete it reports as failed (device_state: last error), never
as success.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import exc

from desktop.store import Store, StoreLocked
from desktop.store.duplicates import likely_duplicate_pairs
from desktop.store.records import now_stamp
from desktop.store.sync_state import (
    ACCOUNT,
    CURSOR,
    DEVICE_ID,
    HEAD,
    LAST_ATTEMPT,
    LAST_ERROR,
    LAST_SUCCESS,
    SERVER_URL,
    read_value,
    write_value,
)
from sync import credentials, pull, push
from sync.errors import Interrupted, NotSignedIn, ServerFailed, SyncError
from sync.protocol import (
    PULL_PAGE,
    PUSH_BATCH,
    Account,
    LoginRequest,
    LoginResponse,
    PullResponse,
    PushRequest,
    PushResponse,
)
from sync.transport import Transport, server_base_url


class ServerLink(Protocol):
    """What the engine needs of the server (sync.transport.Transport; tests may wrap it)."""

    def login(self, request: LoginRequest) -> LoginResponse: ...
    def push(self, request: PushRequest) -> PushResponse: ...
    def pull(self, after: int, limit: int) -> PullResponse: ...
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
    pages: int = 0
    cursor: int = 0
    duplicates: list[dict] = field(default_factory=list)  # likely the same person twice, after this pull
    changed: set[str] = field(default_factory=set)  # tables the pull wrote: for DbWorker's `changed`
    finished_at: str = ""


class SyncEngine:
    def __init__(self, store: Store, connect: Connect | None = None,
                 push_batch: int = PUSH_BATCH, pull_page: int = PULL_PAGE):
        self.store = store
        self._connect = connect or (lambda url, token: Transport(url, token))
        self.push_batch = push_batch
        self.pull_page = pull_page

    # -- enrolment ---------------------------------------------------------------
    def enrol(self, server_url: str, username: str, password: str, device_name: str) -> Account:
        """Sign this device in once. The token is kept (keyring, else the encrypted store); the
        account's worker becomes who works on this device. Another server starts the pull over."""
        url = server_base_url(server_url)
        connection = self._connect(url, None)
        try:
            answer = connection.login(LoginRequest(username=username, password=password, device_name=device_name))
        finally:
            connection.close()
        engine = self.store.engine
        with engine.begin() as conn:
            previous_url = read_value(conn, SERVER_URL)
            previous = json.loads(read_value(conn, ACCOUNT) or "null")
            if previous_url != url or (previous and previous.get("tenant_id") != answer.account.tenant_id):
                write_value(conn, CURSOR, None)
                write_value(conn, HEAD, None)
            write_value(conn, SERVER_URL, url)
            write_value(conn, DEVICE_ID, answer.device_id)
            write_value(conn, ACCOUNT, answer.account.model_dump_json())
        if previous_url and previous_url != url:
            credentials.forget_token(engine, self.store.store_id, previous_url)
        credentials.save_token(engine, self.store.store_id, url, answer.token)
        if answer.account.worker_id:
            self.store.set_current_worker(answer.account.worker_id)
        return answer.account

    def is_enrolled(self) -> bool:
        with self.store.engine.connect() as conn:
            url = read_value(conn, SERVER_URL)
        return bool(url) and credentials.load_token(self.store.engine, self.store.store_id, url) is not None

    def sign_out(self) -> None:
        """Forget the token (the records stay): the next sync asks to sign in again."""
        engine = self.store.engine
        with engine.connect() as conn:
            url = read_value(conn, SERVER_URL)
        if url:
            credentials.forget_token(engine, self.store.store_id, url)
        with engine.begin() as conn:
            write_value(conn, DEVICE_ID, None)

    # -- syncing -----------------------------------------------------------------
    def sync(self, progress: Callable[[SyncProgress], None] | None = None,
             should_stop: Callable[[], bool] | None = None) -> SyncReport:
        """Push everything pending, then pull every page after the cursor. Raises a SyncError
        (recorded as the last error) when any part did not complete."""
        engine = self.store.engine
        with engine.begin() as conn:
            write_value(conn, LAST_ATTEMPT, now_stamp())
        try:
            report = self._sync(progress or (lambda _p: None), should_stop or (lambda: False))
        except SyncError as error:
            self._record_failure(error)
            raise
        except (StoreLocked, exc.ResourceClosedError) as error:
            raise Interrupted() from error  # locked while syncing: the store is closed, nothing to record in
        except exc.SQLAlchemyError as error:
            failure = SyncError(f"The local store could not take the server's changes ({error.__class__.__name__}).",
                                code="store_error")
            self._record_failure(failure)
            raise failure from error
        except Exception as error:  # whatever it was, the sync did not complete and must say so
            failure = SyncError(f"Sync stopped on an unexpected error ({error.__class__.__name__}).")
            self._record_failure(failure)
            raise failure from error
        with engine.begin() as conn:
            write_value(conn, LAST_SUCCESS, report.finished_at)
            write_value(conn, LAST_ERROR, None)
        return report

    def _sync(self, progress: Callable[[SyncProgress], None], should_stop: Callable[[], bool]) -> SyncReport:
        engine = self.store.engine
        with engine.connect() as conn:
            url = read_value(conn, SERVER_URL)
        token = credentials.load_token(engine, self.store.store_id, url) if url else None
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
        with engine.connect() as conn:
            report.duplicates = likely_duplicate_pairs(conn)
        report.finished_at = now_stamp()
        return report

    def _push(self, connection: ServerLink, report: SyncReport, progress, should_stop) -> int:
        """Returns how many entries stay to go again (unanswered, or not stored for now): the push
        stops at the first batch with any, so no later change of their records overtakes them."""
        engine = self.store.engine
        last = push.last_entry(engine)
        total = self.store.sync.pending_count()
        counts = push.PushCounts()
        while True:
            if should_stop():
                raise Interrupted()
            entries = push.claim_batch(engine, last, self.push_batch)
            if not entries:
                return 0
            ops, refused = push.operations(entries)
            answer = connection.push(PushRequest(ops=ops)) if ops else PushResponse(results=[])
            unanswered = push.store_results(engine, entries, [*answer.results, *refused], counts)
            report.pushed, report.push_conflicts, report.rejected = counts.applied + counts.conflicts, \
                counts.conflicts, counts.rejected
            progress(SyncProgress("push", counts.sent, total, 0, 0, 0, None, None))
            if unanswered:
                return len(unanswered)

    def _pull(self, connection: ServerLink, report: SyncReport, progress, should_stop) -> None:
        """Each page is fetched while the one before is applied: the server's work and the
        store's overlap. Pages are still applied one by one, in order, each with its cursor;
        a fetch that fails is raised only after the page before it is stored."""
        engine = self.store.engine
        start = cursor = pull.cursor(engine)
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
                    counts = pull.apply_page(engine, page)
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
        report.changed |= counts.entities
        report.cursor = cursor

    def _record_failure(self, error: SyncError) -> None:
        try:
            with self.store.engine.begin() as conn:
                write_value(conn, LAST_ERROR, json.dumps({"code": error.code, "message": error.message,
                                                          "at": now_stamp()}))
        except (StoreLocked, exc.SQLAlchemyError):
            pass  # the store went away meanwhile: the error still reaches the caller


def _fraction(start: int, cursor: int, page) -> float | None:
    """How far the pull is, for the progress bar: by seq, from where it started to the server's head."""
    if not page.more:
        return 1.0
    if page.head is None:
        return None
    return 1.0 if page.head <= start else min(1.0, max(0.0, (cursor - start) / (page.head - start)))
