"""The push body as the server reads it: sync.protocol.PushRequest, one operation at a time.

An operation the server cannot read arrives as a plain dict and is answered "rejected"
on its own; the rest of the push goes through (a strict model would refuse the whole push).
So is one beyond the limits every device applies (sync/limits.py, which Operation checks), and
one the server could never store or answer as sent: see storable.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError, field_validator

from sync.limits import Unfit
from sync.protocol import PUSH_BATCH, Operation

_HALF_PAIR = re.compile(r"[\ud800-\udfff]")  # half of a UTF-16 surrogate pair: there is no UTF-8 for it
_NUL_OR_HALF_PAIR = re.compile(r"[\x00\ud800-\udfff]")
_NAMING = ("op_id", "entity", "record_id", "author_id")
_UNSTORABLE = "_unstorable"  # marks an operation set aside whole: it never reads as an Operation


def storable(op: dict[str, Any]) -> bool:
    """Whether the server can keep and answer this operation as sent. Never: half of a surrogate pair
    or a number that is not finite (JSON has none), anywhere; nor a NUL in what names the operation,
    or in a field's name: PostgreSQL refuses NUL in text, and those are looked up, remembered and
    audited outside the operation's own savepoint. A NUL in a field's value is refused by the
    limits every side applies (sync/limits.py, through Operation), with a reason naming the field.
    Walked without recursion: a deeply nested body must not exhaust the stack."""
    if any(isinstance(op.get(key), str) and "\x00" in op[key] for key in _NAMING):
        return False
    pending: list[Any] = [op]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _HALF_PAIR.search(item):
                return False
        elif isinstance(item, float):
            if not math.isfinite(item):
                return False
        elif isinstance(item, dict):
            if any(not isinstance(key, str) or _NUL_OR_HALF_PAIR.search(key) for key in item):
                return False
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return True


OperationOrUnreadable = Annotated[Operation | dict[str, Any], Field(union_mode="left_to_right")]


class PushBody(BaseModel):
    """A PushRequest: up to 200 operations, applied in order. One the server cannot read is
    answered "rejected" with a reason; the others are applied all the same."""

    ops: list[OperationOrUnreadable] = Field(max_length=PUSH_BATCH)

    @field_validator("ops", mode="before")
    @classmethod
    def _set_aside_unstorable(cls, ops: Any) -> Any:
        if not isinstance(ops, list):
            return ops
        return [_unstorable(op) if isinstance(op, dict) and not storable(op) else op for op in ops]


def _unstorable(raw: dict[str, Any]) -> dict[str, Any]:
    """What is kept of an operation set aside: its names made storable, to answer and audit it by."""
    named = {key: _NUL_OR_HALF_PAIR.sub("\ufffd", raw[key]) for key in _NAMING if isinstance(raw.get(key), str)}
    return {**named, _UNSTORABLE: True}


def why_unreadable(raw: dict[str, Any]) -> str:
    """A sentence naming the first thing wrong with an operation that is not an Operation."""
    if raw.get(_UNSTORABLE) is True:
        return "The server cannot store this change: it holds a character or a number no database can keep."
    try:
        Operation.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        unfit = first.get("ctx", {}).get("error")
        if isinstance(unfit, Unfit):  # beyond sync/limits.py: its sentence says what, and is the user's
            return f"The server cannot take this change: {unfit}"
        where = ".".join(str(part) for part in first["loc"]) or "operation"
        return f"The server cannot read this change ({where}: {first['msg']})."
    return "The server cannot read this change."


def op_id_of(raw: dict[str, Any]) -> str:
    value = raw.get("op_id")
    return value[:64] if isinstance(value, str) else ""
