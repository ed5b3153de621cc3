"""Dropping records a device may no longer hold, with the records that cannot live without them.

Set-based: the records of one table are looked up and deleted in a statement per table (per
CHUNK ids), never in one per record. A device whose scope shrank, or one the server does not yet
know (another sign-in on a store that synced before), is told to drop every client it may not
see: some hundreds in one page, most of which it never held, each naming some twenty tables its
children could be in. One statement per record and table made that page cost a partner's
device a hundred milliseconds of CPU for nothing (docs/decisions/0042-apply-a-page-in-batches.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection

from desktop.store.schema import SYNCED_TABLES, metadata

CHUNK = 500  # ids bound in one statement: far inside SQLite's limit on parameters
# Records owned by another through a column without a foreign key: dropped with their owner.
_OWNED_WITHOUT_KEY = {"handovers": (("form_parts", "owner_id"),), "intakes": (("form_parts", "owner_id"),),
                      "visits": (("form_parts", "owner_id"),), "plans": (("plan_history", "plan_id"),)}


def _owned_by() -> dict[str, list[tuple[str, str]]]:
    """parent table -> (child table, column): children that cannot exist without the parent."""
    owned: dict[str, list[tuple[str, str]]] = {t: list(_OWNED_WITHOUT_KEY.get(t, ())) for t in SYNCED_TABLES}
    for name in SYNCED_TABLES:
        for column in metadata.tables[name].c:
            for fk in column.foreign_keys:
                parent = fk.column.table.name
                if not column.nullable and parent in owned and parent != name:
                    owned[parent].append((name, column.name))
    return owned


OWNED_BY = _owned_by()
# Records naming a client without a key that makes them its children (a conflict on its file):
# dropped with the client all the same, so a client the device may no longer hold leaves nothing.
NAMING_CLIENT = tuple(t for t in SYNCED_TABLES if t != "clients" and "client_id" in metadata.tables[t].c
                      and (t, "client_id") not in OWNED_BY["clients"])
DEPENDENTS = {table: (*children, *(((t, "client_id") for t in NAMING_CLIENT) if table == "clients" else ()))
              for table, children in OWNED_BY.items()}


def drop_records(conn: Connection, records: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Delete these records (of synced tables; others are passed over) and, transitively, every
    record that cannot live without one of them. Returns the rows deleted per table."""
    todo: dict[str, set[str]] = {}
    for entity, record_id in records:
        if entity in DEPENDENTS:
            todo.setdefault(entity, set()).add(record_id)
    doomed: dict[str, set[str]] = {}
    while todo:
        entity, ids = todo.popitem()
        known = doomed.setdefault(entity, set())
        new = sorted(ids - known)
        known.update(new)
        for child, column in DEPENDENTS[entity] if new else ():
            for chunk in _chunks(new):
                found = conn.exec_driver_sql(
                    f'SELECT id FROM "{child}" WHERE "{column}" IN ({_marks(chunk)})', tuple(chunk)).scalars()
                todo.setdefault(child, set()).update(found)
    deleted: dict[str, int] = {}
    for entity, ids in doomed.items():
        count = sum(conn.exec_driver_sql(f'DELETE FROM "{entity}" WHERE id IN ({_marks(chunk)})', tuple(chunk))
                    .rowcount for chunk in _chunks(sorted(ids)))
        if count:
            deleted[entity] = count
    return deleted


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    return (ids[i:i + CHUNK] for i in range(0, len(ids), CHUNK))


def _marks(chunk: list[str]) -> str:
    return ", ".join("?" * len(chunk))
