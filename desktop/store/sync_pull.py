"""The store's side of a pull: one page and its cursor per local transaction.

A pull broken at any moment leaves whole pages applied and the cursor after the last of
them; the next pull asks from there, so nothing is applied twice or skipped.

One record never stops a page: a record the transport could not read, or one the store
refuses, is set aside with its reason (the refused-changes list) and the rest of the page is
applied, the cursor moving on. The page is first applied in one go; only when that fails is
it applied again record by record, each in a savepoint, to find the ones to set aside.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc

from desktop.store.set_aside import PULLED, set_aside
from desktop.store.sync_apply import Applier, applying
from desktop.store.sync_state import write_value
from sync.client.replica import CURSOR, HEAD, ApplyCounts, Unreadable
from sync.protocol import Change

log = logging.getLogger(__name__)

# What a record the store refuses raises (the driver's error as SQLAlchemy wraps it, a value the
# driver cannot bind, or the driver's own error); anything else (the store closing) stops the pull.
REFUSED = (sa_exc.StatementError, ValueError, TypeError, OverflowError, RecursionError)


def _refused(engine: Engine) -> tuple[type[BaseException], ...]:
    return (*REFUSED, engine.dialect.dbapi.Error)


def refused_reason(error: BaseException) -> str:
    """Why the store did not take a record, without its values (no personal data)."""
    return f"This device could not store this record from the server ({error.__class__.__name__})."


def apply_page(engine: Engine, page) -> ApplyCounts:
    """The page's changes, its drops, what it sets aside and the new cursor, all or nothing.
    `page` is a sync.client.replica.Page or a protocol PullResponse."""
    try:
        return _apply(engine, page, one_by_one=False)
    except _refused(engine) as error:
        log.warning("a pull page did not apply in one go (%s); applying it record by record",
                    error.__class__.__name__)
        return _apply(engine, page, one_by_one=True)


def _apply(engine: Engine, page, one_by_one: bool) -> ApplyCounts:
    with applying(engine) as applier:
        applier.batching = not one_by_one  # one by one, a record's write fails inside its own savepoint
        for unreadable in getattr(page, "unreadable", ()):
            _set_aside(applier, unreadable)
        for change in page.changes:
            if one_by_one:
                _one_alone(applier, change, _refused(engine))
            else:
                _one(applier, change)
        applier.drop_all(page.drop)
        write_value(applier.conn, CURSOR, str(page.cursor))
        if page.head is not None:
            write_value(applier.conn, HEAD, str(page.head))
    return applier.counts


def _one(applier: Applier, change: Change) -> None:
    if change.fields is None:  # the device may no longer hold it
        applier.drop(change.entity, change.record_id)
    else:
        applier.apply(change.entity, change.record_id, change.version, change.deleted, change.fields)


def _one_alone(applier: Applier, change: Change, refused: tuple[type[BaseException], ...]) -> None:
    saved = applier.checkpoint()
    try:
        with applier.conn.begin_nested():
            _one(applier, change)
    except refused as error:
        applier.restore(saved)
        log.warning("pull: %s/%s set aside: the store refused it (%s)", change.entity, change.record_id,
                    error.__class__.__name__)
        _set_aside(applier, Unreadable(change.entity, change.record_id, refused_reason(error), change.fields))


def _set_aside(applier: Applier, unreadable: Unreadable) -> None:
    try:
        fields = json.dumps(unreadable.fields, ensure_ascii=False) if unreadable.fields is not None else None
    except (TypeError, ValueError, RecursionError):
        fields = None  # kept without its values: the reason still says what happened
    set_aside(applier.conn, PULLED, unreadable.entity, unreadable.record_id, "update", fields, unreadable.reason)
    applier.counts.set_aside += 1
    applier.counts.entities.add("sync_rejects")
