"""Reads of the audit log gathered per session: every sync hands a file out again, so one
person's working day reads the same file many times. Reads of one file by one person on one
device follow each other into one group while no more than SESSION_GAP lies between them and
no other action on that file came in between (so "read, changed, read" keeps its order)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sync.protocol import AuditEntry

SESSION_GAP = timedelta(hours=2)


def _at(entry: AuditEntry) -> datetime:
    return datetime.fromisoformat(entry.at.replace("Z", "+00:00"))


def group_reads(entries: list[AuditEntry]) -> list[list[AuditEntry]]:
    """The lines in the order given (newest first): each a list of one entry, or of a session's reads."""
    lines: list[list[AuditEntry]] = []
    open_reads: dict[tuple, list[AuditEntry]] = {}  # per file, person and device: the group reads join
    for entry in entries:
        if entry.action != "read" or not entry.client_id:
            for key in [k for k in open_reads if k[0] == entry.client_id]:
                del open_reads[key]  # an action on the file ends its reads' session
            lines.append([entry])
            continue
        key = (entry.client_id, entry.user_name or entry.worker_id, entry.device_name)
        group = open_reads.get(key)
        if group is not None and _at(group[-1]) - _at(entry) <= SESSION_GAP:
            group.append(entry)
            continue
        group = [entry]
        open_reads[key] = group
        lines.append(group)
    return lines
