"""What a device may receive and write: the one place that will hold the access rules.

Today every device of a tenant sees and writes the whole tenant. Later rules (organisation,
role, consent) change these functions only: the pull and push already go through them.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection

from server.caller import SignedInDevice
from server.record_store import RECORDS, Stored


def visible_to(device: SignedInDevice) -> ColumnElement[bool]:
    """The filter on stored records for what this device receives by pull."""
    return RECORDS.c.tenant_id == device.tenant_id


def drops_for(conn: Connection, device: SignedInDevice, after: int) -> list[tuple[str, str]]:
    """(entity, record_id) the device holds but may no longer: none while it sees its whole tenant."""
    return []


def write_refusal(device: SignedInDevice, entity: str, current: Stored | None) -> str | None:
    """Why this device may not write this record (a sentence), or None: today it may write any."""
    return None
