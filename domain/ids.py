"""Record ids are made by the client, so records can be created offline and merged later."""

import uuid


def new_id() -> str:
    return str(uuid.uuid4())
