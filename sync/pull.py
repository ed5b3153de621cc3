"""Receiving the server's changes: one page and its cursor per local transaction.

A pull broken at any moment leaves whole pages applied and the cursor after the last of
them; the next pull asks from there, so nothing is applied twice or skipped.
"""

from __future__ import annotations

from sqlalchemy import Engine

from desktop.store.sync_state import CURSOR, HEAD, read_value, write_value
from sync.apply import ApplyCounts, applying
from sync.protocol import PullResponse


def cursor(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(read_value(conn, CURSOR) or 0)


def apply_page(engine: Engine, page: PullResponse) -> ApplyCounts:
    """The page's changes, its drops and the new cursor, all or nothing."""
    with applying(engine) as applier:
        for change in page.changes:
            if change.fields is None:  # the device may no longer hold it
                applier.drop(change.entity, change.record_id)
            else:
                applier.apply(change.entity, change.record_id, change.version, change.deleted, change.fields)
        for entity, record_id in page.drop:
            applier.drop(entity, record_id)
        write_value(applier.conn, CURSOR, str(page.cursor))
        if page.head is not None:
            write_value(applier.conn, HEAD, str(page.head))
    return applier.counts
