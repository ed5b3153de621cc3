"""Who writes the sociale kaart, and that what is written is a sociale kaart item.

The kaart is the municipality's, kept per tenant and received by every device of it (partners
too): coordinators and administrators edit it, nobody else. Each record is one top-level HSDS
object (domain/arrival/social_map_records.py); one that is not valid HSDS is refused with the
field paths and codes of what is wrong, never their values, so no device can put an item on the
kaart that other devices could not read (docs/decisions/0036-sociale-kaart-as-synced-records.md).
"""

from __future__ import annotations

from domain.arrival.social_map_records import item_problems
from server import record_store
from server.caller import SignedInDevice
from server.record_store import Stored
from sync.protocol import Operation

EDITORS = ("coordinator", "administrator")
SOCIAL_MAP_BY_EDITORS = "Only a coordinator or an administrator can change the sociale kaart."
SOCIAL_MAP_INVALID = "This sociale kaart item is not valid HSDS and was not taken: {problems}."
MAX_LISTED = 5  # problems named in a refusal; the rest counted


def refusal(device: SignedInDevice, op: Operation, current: Stored | None) -> str | None:
    if device.role not in EDITORS:
        return SOCIAL_MAP_BY_EDITORS
    if op.op == "delete":
        return None
    fields = record_store.after_merge(op, current)  # the record as it will be stored
    problems = item_problems(op.record_id, fields)
    if not problems:
        return None
    listed = [f"{path}: {code}" for path, code in sorted(problems.items())[:MAX_LISTED]]
    if len(problems) > MAX_LISTED:
        listed.append(f"{len(problems) - MAX_LISTED} more")
    return SOCIAL_MAP_INVALID.format(problems="; ".join(listed))
