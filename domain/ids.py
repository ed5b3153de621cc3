"""Record ids are made by the client, so records can be created offline and merged later."""

import uuid


def new_id() -> str:
    return str(uuid.uuid4())


_PARTS = uuid.UUID("6f1c2a3e-8d7b-4c1e-9a55-0b6e4f2d7c10")


def part_id(owner_id: str, part: str) -> str:
    """The same id for the same part of the same form on every device, so offline
    edits of one part meet as one record instead of two."""
    return str(uuid.uuid5(_PARTS, f"{owner_id}/{part}"))
