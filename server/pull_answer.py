"""A pull's answer, written as JSON straight from the stored text of its records.

A record handed out whole is sent as the database holds it: its JSON text goes into the
answer as it is, never decoded into Python and encoded again. On a page of 1,000 records
that decoding, the pydantic models and the encoding took about a quarter of the server's
time (docs/decisions/0009-server-record-store.md). The body is what sync.protocol's
PullResponse describes; tests/server/test_pull_answer.py holds the two to each other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sync.protocol import Change


def quoted(text: str) -> str:
    """json.dumps(text), without its work for an identifier (nearly every entity and record id): in
    printable ASCII without a quote or backslash nothing is escaped. Two per change of a page."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return json.dumps(text)


@dataclass(slots=True)
class StoredChange:
    """A record sent whole: its fields are the stored JSON text."""

    seq: int
    entity: str
    record_id: str
    deleted: bool
    fields_json: str
    client_id: str | None  # as the record store derived it: the audit log needs no fields

    def to_json(self) -> str:
        return (f'{{"seq":{self.seq},"entity":{quoted(self.entity)},"record_id":{quoted(self.record_id)},'
                f'"version":{self.seq},"deleted":{"true" if self.deleted else "false"},"fields":{self.fields_json}}}')

    @property
    def fields(self) -> dict:
        return json.loads(self.fields_json)


@dataclass
class PullAnswer:
    changes: list[StoredChange | Change]
    cursor: int
    more: bool
    head: int | None = None
    drop: list[tuple[str, str]] = field(default_factory=list)

    def to_json(self) -> bytes:
        changes = ",".join(c.to_json() if isinstance(c, StoredChange) else c.model_dump_json() for c in self.changes)
        rest = json.dumps({"cursor": self.cursor, "more": self.more, "head": self.head, "drop": self.drop},
                          separators=(",", ":"))
        return f'{{"changes":[{changes}],{rest[1:]}'.encode()
