"""The push body as the server reads it: sync.protocol.PushRequest, one operation at a time.

An operation the server cannot read arrives as a plain dict and is answered "rejected"
on its own; the rest of the push goes through (a strict model would refuse the whole push).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, Field, ValidationError

from sync.protocol import PUSH_BATCH, Operation

OperationOrUnreadable = Annotated[Operation | dict[str, Any], Field(union_mode="left_to_right")]


class PushBody(BaseModel):
    """A PushRequest: up to 200 operations, applied in order. One the server cannot read is
    answered "rejected" with a reason; the others are applied all the same."""

    ops: list[OperationOrUnreadable] = Field(max_length=PUSH_BATCH)


def why_unreadable(raw: dict[str, Any]) -> str:
    """A sentence naming the first thing wrong with an operation that is not an Operation."""
    try:
        Operation.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "operation"
        return f"The server cannot read this change ({where}: {first['msg']})."
    return "The server cannot read this change."


def op_id_of(raw: dict[str, Any]) -> str:
    value = raw.get("op_id")
    return value[:64] if isinstance(value, str) else ""
