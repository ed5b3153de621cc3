"""What the sync engine needs of the device's copy of the records: the replica.

The engine knows the protocol and the server; the replica knows the store (desktop/store/
replica.py implements it over the encrypted store). Each method is one short piece of work
on the store, never a wait for the network: the desktop runs each on its database worker
while the engine waits for the server on a thread of its own (docs/decisions/0019).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from sync.protocol import Change, OpResult

# The engine's state, kept by the replica under these keys.
CURSOR = "sync_cursor"  # the last change seq applied here
HEAD = "sync_head"  # the server's newest seq when last asked: progress of a long pull
SERVER_URL = "sync_server_url"
DEVICE_ID = "sync_device_id"
ACCOUNT = "sync_account"  # JSON: protocol.Account of the person who enrolled this device
DEVICE_TOKEN = "sync_device_token"  # only where the OS has no keyring (the store is encrypted)
LAST_SUCCESS = "sync_last_success_at"
LAST_ATTEMPT = "sync_last_attempt_at"
LAST_ERROR = "sync_last_error"  # JSON: {"code", "message", "at"}; removed by a successful sync


class ReplicaClosed(Exception):
    """The store went away under the sync (locked, closed): the sync stops, nothing to record in."""


class ReplicaFailed(Exception):
    """The store could not do what was asked (a database error); the sync fails and says so."""


@dataclass(frozen=True)
class Outgoing:
    """One queued change, as it goes on the wire (record values already in their wire form)."""

    seq: int
    op_id: str
    entity: str
    record_id: str
    op: str
    base: dict[str, Any] | None
    fields: dict[str, Any] | None
    author_id: str | None
    created_at: str


@dataclass(frozen=True)
class Unreadable:
    """A record of a pull page this device cannot take, with why: set aside, the rest applied."""

    entity: str
    record_id: str
    reason: str
    fields: Any = None


@dataclass
class PushCounts:
    sent: int = 0
    applied: int = 0
    conflicts: int = 0  # applied in part: a field kept the server's value (a conflict record follows by pull)
    rejected: int = 0


@dataclass
class ApplyCounts:
    applied: int = 0  # server rows written as they are
    merged: int = 0  # server rows merged with unsent local changes
    conflicts: int = 0  # fields kept for a person (local conflict records made)
    dropped: int = 0  # records this device may no longer hold
    skipped: int = 0  # entities this version of Ketenplan does not know
    set_aside: int = 0  # records this device could not take, kept with their reason
    entities: set[str] = field(default_factory=set)  # tables written: the views to refresh


@dataclass
class Page:
    """A pull page as the engine hands it to the replica."""

    changes: list[Change]
    drop: list[tuple[str, str]]
    cursor: int
    head: int | None = None
    more: bool = False
    unreadable: list[Unreadable] = field(default_factory=list)


class Replica(Protocol):
    """The store's side of sync; see the module's docstring. Its methods raise ReplicaClosed or
    ReplicaFailed for the store's own failures."""

    store_id: str  # names the device token in the OS keyring

    # -- the engine's state ------------------------------------------------------
    def read_state(self, *keys: str) -> dict[str, str | None]: ...
    def write_state(self, values: Mapping[str, str | None]) -> None:
        """All in one transaction; None removes a key."""

    # -- push --------------------------------------------------------------------
    def pending_count(self) -> int: ...
    def last_entry(self) -> int:
        """The newest queued change now: a push sends up to here."""

    def claim_batch(self, last: int, limit: int) -> list[Outgoing]:
        """The oldest queued changes up to `last`, marked as being sent: a later edit of their
        records gets an entry of its own instead of folding into one already on the way."""

    def record_push_answers(self, entries: list[Outgoing], results: list[OpResult],
                            counts: PushCounts) -> list[Outgoing]:
        """Store the server's answers; returns the entries to send again (unanswered or retry)."""

    # -- pull --------------------------------------------------------------------
    def apply_page(self, page: Page) -> ApplyCounts:
        """The page, its unreadable records set aside, and its cursor, all or nothing. A record
        the store refuses is set aside with its reason; the others are applied."""

    # -- the person ----------------------------------------------------------------
    def signed_in(self, account_json: str, worker_id: str | None, same_person: bool) -> None:
        """After a sign-in: who works here now. Another person than before starts from nothing:
        no sync position, queue, set-aside changes or records of the person before."""

    def duplicates(self) -> list[dict]:
        """Clients that are likely the same person twice, after a pull."""
