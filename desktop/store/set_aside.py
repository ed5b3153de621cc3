"""Changes set aside with a reason (sync_rejects): refused by the server, or received from it
and not taken here. The refused-changes screen lists them (SyncStateRepository.rejects).

One entry per record and cause: the same record set aside again for the same reason (two
queued edits of it refused alike, a page received again) updates that entry to the newest
values instead of adding a second one the person would have to read twice.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.store.records import now_stamp

PULLED = "pull"  # op_id of a record received from the server that this device could not take


def set_aside(conn: Connection, op_id: str, entity: str, record_id: str, op: str, fields_json: str | None,
              reason: str) -> None:
    values = {"op_id": op_id, "entity": entity, "record_id": record_id, "op": op, "fields": fields_json,
              "reason": reason, "at": now_stamp()}
    updated = conn.execute(text(
        "UPDATE sync_rejects SET op_id = :op_id, op = :op, fields = :fields, rejected_at = :at "
        "WHERE entity = :entity AND record_id = :record_id AND reason = :reason"), values).rowcount
    if not updated:
        conn.execute(text(
            "INSERT INTO sync_rejects (op_id, entity, record_id, op, fields, reason, rejected_at) "
            "VALUES (:op_id, :entity, :record_id, :op, :fields, :reason, :at)"), values)
