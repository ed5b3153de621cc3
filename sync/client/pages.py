"""Reading a pull page one record at a time, so that one record never fails the page.

The page's frame (cursor, more, head, drop) must fit the protocol, or the answer is not one.
Each change is then read alone: one that does not fit (a record from before a limit existed,
a field this version cannot read) is handed on as unreadable with its reason, set aside by
the replica, and the others are applied.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from sync.client.replica import Page, Unreadable
from sync.errors import ServerFailed
from sync.protocol import Change, PullResponse

NOT_AN_ANSWER = "The server's answer does not fit this version of Ketenplan."
UNREADABLE = "This device could not read this record from the server: it does not fit this version of Ketenplan."
MAX_NAME = 40  # sync_rejects.entity; an identifier is cut to what the list can hold


def read_page(content: bytes) -> Page:
    try:
        raw = json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise ServerFailed(NOT_AN_ANSWER) from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("changes"), list):
        raise ServerFailed(NOT_AN_ANSWER)
    try:
        frame = PullResponse.model_validate({**raw, "changes": []})
    except ValidationError as exc:
        raise ServerFailed(NOT_AN_ANSWER) from exc
    changes, unreadable = [], []
    for item in raw["changes"]:
        try:
            changes.append(Change.model_validate(item))
        except (ValidationError, RecursionError, ValueError, TypeError):
            unreadable.append(_unreadable(item))
    return Page(changes=changes, drop=list(frame.drop), cursor=frame.cursor, head=frame.head, more=frame.more,
                unreadable=unreadable)


def _unreadable(item: Any) -> Unreadable:
    item = item if isinstance(item, dict) else {}
    entity, record_id = (str(item.get(key) or "unknown")[:MAX_NAME] for key in ("entity", "record_id"))
    fields = item.get("fields") if isinstance(item.get("fields"), dict) else None
    return Unreadable(entity, record_id, UNREADABLE, fields)
