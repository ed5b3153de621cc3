"""Queued changes as protocol operations.

A change that cannot be put into an operation at all is refused here, like the server
refuses one, so one odd entry is set aside and never holds up the queue.
"""

from __future__ import annotations

from pydantic import ValidationError

from sync.client.replica import Outgoing
from sync.protocol import Operation, OpResult

CANNOT_SEND = "This change cannot be sent: it does not fit the sync protocol."


def operation(entry: Outgoing) -> Operation:
    return Operation(op_id=entry.op_id, entity=entry.entity, record_id=entry.record_id, op=entry.op,
                     base=entry.base, fields=entry.fields, author_id=entry.author_id, created_at=entry.created_at)


def operations(entries: list[Outgoing]) -> tuple[list[Operation], list[OpResult]]:
    """The operations to send, and refusals for entries that cannot be sent at all."""
    ops, refused = [], []
    for entry in entries:
        try:
            ops.append(operation(entry))
        except ValidationError:
            refused.append(OpResult(op_id=entry.op_id, status="rejected", reason=CANNOT_SEND))
    return ops, refused
