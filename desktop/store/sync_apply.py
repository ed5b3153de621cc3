"""Applying the server's records to the local store, merged with what is not yet sent.

Everything happens inside `applying(engine)`: one transaction with a row in sync_applying,
so the outbox and history triggers stay silent for the server's changes. A record with
unsent local changes is merged field by field (sync.merge, the server's rule too): the
merged fields stay local and pending, a field both sides changed keeps the server's value like the server itself
does, and the value set aside becomes a sync_conflicts record, written after sync_applying
is cleared so that it, too, reaches the other devices.

Foreign keys are off while applying: a pull page may hold a child before its parent, and a
record travels at its newest seq, so its parent may even come on a later page. The server
is the authority on references; the local store mirrors it.

The server's records are written in batches: a record without unsent changes (nearly all of
a page) waits in its table's batch, written with one executemany before anything reads or
writes the synced tables otherwise, and before the transaction ends. A statement per record
cost a device about as much CPU in Python as in SQLCipher (docs/decisions/0042-apply-a-page-in-batches.md).
Drops are set-based too (desktop/store/sync_drop.py).
"""

from __future__ import annotations

import json
import operator
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, text

from desktop.store.outbox import LOCAL_COLUMNS
from desktop.store.records import now_stamp
from desktop.store.schema import SYNCED_TABLES
from desktop.store.sync_drop import drop_records
from domain.ids import new_id
from sync.client.replica import ApplyCounts
from sync.merge import NOT_MERGED, merge_record

# Columns stored locally as JSON text whose value travels as itself (the server's conflict
# records hold the values as they are).
ENCODED = {"sync_conflicts": frozenset({"base", "mine", "theirs"}),
           # a meeting's lists and frozen figures: one text column could not hold a large municipality's figures
           "monitoring_meetings": frozenset({"participants", "figures", "stories", "decisions", "actions",
                                             "carried_actions"})}
SERVER_OWNED = frozenset({"version"})  # never sent: the server gives it
_SYNCED = frozenset(SYNCED_TABLES)
_AS_THEY_ARE = frozenset({str, int, float, type(None)})  # a column holds these as the wire has them


def column_value(value: Any) -> Any:
    """A value from the wire as the column holds it (lists and objects as JSON text)."""
    if type(value) in _AS_THEY_ARE:  # nearly all: a page's records hold some ten values each
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def encode(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """Wire values to local column values."""
    encoded = ENCODED.get(entity, frozenset())
    return {k: (json.dumps(v, ensure_ascii=False) if k in encoded else column_value(v)) for k, v in fields.items()}


def decode(entity: str, row: dict[str, Any] | None) -> dict[str, Any] | None:
    """Local column values to wire values: the opposite of encode, without the server's own fields."""
    if row is None:
        return None
    encoded = ENCODED.get(entity, frozenset())
    out = {}
    for key, value in row.items():
        if key in SERVER_OWNED or key in LOCAL_COLUMNS:
            continue
        if key in encoded and isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                pass
        out[key] = value
    return out


class TableShape:
    """A synced table's columns as the file has them now, their defaults, and the statements."""

    def __init__(self, conn: Connection, name: str):
        info = conn.exec_driver_sql(f'PRAGMA table_info("{name}")').all()
        self.name = name
        self.columns = tuple(r[1] for r in info if r[1] not in LOCAL_COLUMNS)
        self.defaults: dict[str, Any] = {}
        for _cid, column, declared, notnull, default, _pk in info:
            if column in LOCAL_COLUMNS:
                continue
            if default is not None:
                self.defaults[column] = conn.exec_driver_sql(f"SELECT {default}").scalar()
            elif notnull:  # a value the server never had: the emptiest of its kind
                numeric = any(t in (declared or "").upper() for t in ("INT", "BOOL", "REAL", "NUM"))
                self.defaults[column] = 0 if numeric else ""
            else:
                self.defaults[column] = None
        names = ", ".join(f'"{c}"' for c in self.columns)
        marks = ", ".join("?" for _ in self.columns)
        sets = ", ".join(f'"{c}" = excluded."{c}"' for c in self.columns if c != "id")
        self.upsert_sql = f'INSERT INTO "{name}" ({names}) VALUES ({marks}) ON CONFLICT(id) DO UPDATE SET {sets}'
        self.select_sql = f'SELECT {names} FROM "{name}" WHERE id = ?'
        self.encoded = ENCODED.get(name, frozenset())
        self.values = operator.itemgetter(*self.columns)  # a row's values in the statements' order

    def server_row(self, record_id: str, version: int | None, deleted: bool | None, fields: dict) -> dict:
        """The row as the server holds it, in column values (`fields` in wire values, as `encode`
        takes them): columns it did not send get their defaults, unknown ones go."""
        row = self.defaults.copy()
        encoded = self.encoded
        for k, v in fields.items():
            if k in row:
                if k in encoded:
                    row[k] = json.dumps(v, ensure_ascii=False)
                else:
                    row[k] = v if type(v) in _AS_THEY_ARE else column_value(v)
        row["id"] = record_id
        if version is not None:
            row["version"] = version
        if deleted is not None:
            row["deleted"] = int(bool(deleted))
        for stamp in ("created_at", "updated_at"):
            if not row.get(stamp):
                row[stamp] = now_stamp()
        return row


# Per store engine, the tables' shapes with the schema version they were read at: read again only
# after a migration, not for each page (some thirty statements a page otherwise).
_SHAPES: weakref.WeakKeyDictionary[Engine, tuple[int, dict[str, TableShape]]] = weakref.WeakKeyDictionary()


class Applier:
    """Writes server records on one connection inside `applying`; see the module's docstring."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.counts = ApplyCounts()
        schema = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
        known = _SHAPES.get(conn.engine)
        if known is None or known[0] != schema:
            known = _SHAPES[conn.engine] = (schema, {})
        self._shapes = known[1]
        self._conflicts: list[dict] = []
        # Rows waiting to be written, per table in the order first met: see the module's docstring.
        # Off (each row written at once) when each record is applied in a savepoint of its own.
        self.batching = True
        self._batches: dict[str, tuple[TableShape, list[tuple]]] = {}
        # Records with unsent changes, read once: most records of a page (all, on a first sync) have none.
        self._unsent = {(e, r) for e, r in conn.execute(text("SELECT DISTINCT entity, record_id FROM outbox"))}

    def checkpoint(self) -> tuple:
        """What restore() takes back to, with a savepoint of the transaction (one record set aside)."""
        self.flush()
        c = self.counts
        return (c.applied, c.merged, c.conflicts, c.dropped, c.skipped, set(c.entities), len(self._conflicts))

    def restore(self, saved: tuple) -> None:
        c = self.counts
        c.applied, c.merged, c.conflicts, c.dropped, c.skipped, c.entities, kept = saved
        del self._conflicts[kept:]

    def shape(self, entity: str) -> TableShape | None:
        shape = self._shapes.get(entity)
        if shape is None and entity in _SYNCED:
            shape = self._shapes[entity] = TableShape(self.conn, entity)
        return shape

    # -- reading -----------------------------------------------------------------
    def local_row(self, shape: TableShape, record_id: str) -> dict | None:
        self.flush()
        row = self.conn.exec_driver_sql(shape.select_sql, (record_id,)).first()
        return dict(zip(shape.columns, row, strict=True)) if row is not None else None

    def pending(self, entity: str, record_id: str) -> list[dict]:
        if (entity, record_id) not in self._unsent:
            return []
        rows = self.conn.execute(text(
            "SELECT seq, op, before, after, author_id, created_at FROM outbox "
            "WHERE entity = :entity AND record_id = :record_id ORDER BY seq"),
            {"entity": entity, "record_id": record_id}).mappings()
        return [dict(r) for r in rows]

    # -- writing -----------------------------------------------------------------
    def apply(self, entity: str, record_id: str, version: int | None, deleted: bool | None,
              fields: dict[str, Any]) -> None:
        """The server's record; merged with unsent local changes of it, if any."""
        shape = self.shape(entity)
        if shape is None:
            self.counts.skipped += 1
            return
        theirs = shape.server_row(record_id, version, deleted, fields)
        if entity == "sync_conflicts" and not theirs.get("client_id"):
            theirs["client_id"] = self._client_of(theirs["entity"], theirs["record_id"])
        entries = self.pending(entity, record_id)
        if not entries:
            self._write(shape, shape.values(theirs))  # server_row made them column values
            self.counts.applied += 1
            return
        mine = self.local_row(shape, record_id)
        if mine is None:  # deleted here and the deletion not yet sent: it goes out as it is
            return
        base = json.loads(entries[0]["before"]) if entries[0]["before"] else None
        merge = merge_record(base, mine, theirs)
        merged = {**merge.record, "version": theirs["version"]}
        self._write(shape, tuple(column_value(merged[c]) for c in shape.columns))
        self.counts.merged += 1
        author = entries[-1]["author_id"]
        for field, (base_value, my_value, their_value) in merge.conflicts.items():
            self._keep_conflict(entity, record_id, merged, field, base_value, my_value, their_value, author)
        self._rebase(entity, entries, theirs, merged)

    def set_version(self, entity: str, record_id: str, version: int) -> None:
        if self.shape(entity) is not None:
            self.flush()
            self.conn.exec_driver_sql(f'UPDATE "{entity}" SET version = ? WHERE id = ?', (version, record_id))

    def drop(self, entity: str, record_id: str) -> None:
        """Delete a record this device may no longer hold, and the records that cannot live without it."""
        self.drop_all([(entity, record_id)])

    def drop_all(self, records: list[tuple[str, str]]) -> None:
        """drop() of each, a statement per table rather than per record (desktop/store/sync_drop.py)."""
        if not records:
            return
        self.flush()
        for table, count in drop_records(self.conn, records).items():
            self.counts.dropped += count
            self.counts.entities.add(table)

    def _write(self, shape: TableShape, values: tuple) -> None:
        self.counts.entities.add(shape.name)
        if not self.batching:
            self.conn.exec_driver_sql(shape.upsert_sql, values)
            return
        batch = self._batches.get(shape.name)
        if batch is None:
            batch = self._batches[shape.name] = (shape, [])
        batch[1].append(values)

    def flush(self) -> None:
        """Write the rows waiting, a statement per table: before anything else reads or writes the
        synced tables, and before the transaction ends."""
        batches, self._batches = self._batches, {}
        for shape, rows in batches.values():
            self.conn.exec_driver_sql(shape.upsert_sql, rows)

    def _rebase(self, entity: str, entries: list[dict], theirs: dict, merged: dict) -> None:
        """The unsent entries of the record become one, based on the server's row: what is left
        to send is exactly what this device changed and the server does not have yet."""
        seqs = [e["seq"] for e in entries]
        still_mine = any(merged[c] != theirs[c] for c in theirs if c not in NOT_MERGED)
        if not still_mine:
            self.conn.execute(text(f"DELETE FROM outbox WHERE seq IN ({', '.join(map(str, seqs))})"))
            return
        if len(seqs) > 1:
            self.conn.execute(text(f"DELETE FROM outbox WHERE seq IN ({', '.join(map(str, seqs[1:]))})"))
        last = entries[-1]
        # A new operation id: what is sent now is not what was sent before under the old one.
        self.conn.execute(text(
            "UPDATE outbox SET op_id = :op_id, op = 'update', before = :before, after = :after, "
            "author_id = :author, created_at = :created_at, claimed = 0 WHERE seq = :seq"),
            {"op_id": new_id().replace("-", ""), "before": json.dumps(_without_version(theirs)),
             "after": json.dumps(_without_version(merged)), "author": last["author_id"],
             "created_at": last["created_at"], "seq": seqs[0]})

    def _keep_conflict(self, entity: str, record_id: str, row: dict, field: str, base: Any, mine: Any,
                       theirs: Any, author: str | None) -> None:
        encoded = {k: json.dumps(v, ensure_ascii=False) for k, v in (("base", base), ("mine", mine),
                                                                      ("theirs", theirs))}
        self.flush()  # a conflict record from the server may be waiting in its batch
        same = self.conn.execute(text(
            "SELECT 1 FROM sync_conflicts WHERE entity = :entity AND record_id = :record_id AND field = :field "
            "AND mine IS :mine AND theirs IS :theirs AND resolved = 0 AND deleted = 0"),
            {"entity": entity, "record_id": record_id, "field": field, **encoded}).first()
        pending = any((c["entity"], c["record_id"], c["field"], c["mine"], c["theirs"])
                      == (entity, record_id, field, encoded["mine"], encoded["theirs"]) for c in self._conflicts)
        if same is None and not pending:  # one entry per record and cause, within this transaction too
            client_id = row["id"] if entity == "clients" else row.get("client_id") or self._client_of(entity, record_id)
            self._conflicts.append({"entity": entity, "record_id": record_id, "client_id": client_id, "field": field,
                                    "mine_author": author, "theirs_author": None, **encoded})

    def _client_of(self, entity: str, record_id: str) -> str | None:
        shape = self.shape(entity)
        if shape is None:
            return None
        if entity == "clients":
            return record_id
        row = self.local_row(shape, record_id)
        if row is None:
            return None
        if row.get("client_id"):
            return row["client_id"]
        for column, parent in (("plan_id", "plans"), ("visit_id", "visits")):
            if row.get(column):
                return self._client_of(parent, row[column])
        return None

    def write_conflicts(self) -> None:
        """After sync_applying is cleared: ordinary inserts, so the outbox carries them out."""
        stamp = now_stamp()
        for conflict in self._conflicts:
            self.conn.execute(text(
                "INSERT INTO sync_conflicts (id, created_at, updated_at, entity, record_id, client_id, field, "
                "base, mine, theirs, mine_author, theirs_author, resolved) VALUES (:id, :stamp, :stamp, :entity, "
                ":record_id, :client_id, :field, :base, :mine, :theirs, :mine_author, :theirs_author, 0)"),
                {"id": new_id(), "stamp": stamp, **conflict})
        self.counts.conflicts += len(self._conflicts)
        if self._conflicts:
            self.counts.entities.add("sync_conflicts")
        self._conflicts.clear()


def _without_version(row: dict) -> dict:
    return {k: v for k, v in row.items() if k not in SERVER_OWNED}


@contextmanager
def applying(engine: Engine) -> Iterator[Applier]:
    """One transaction in which the server's changes are applied; committed when the block ends."""
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction does this take effect
        try:
            with conn.begin():
                # The first statement writes, so the transaction holds the write lock from the start.
                conn.execute(text("INSERT INTO sync_applying (flag) VALUES (1)"))
                applier = Applier(conn)
                yield applier
                applier.flush()  # while sync_applying still keeps the outbox's triggers silent
                conn.execute(text("DELETE FROM sync_applying"))
                applier.write_conflicts()
        finally:
            raw.execute("PRAGMA foreign_keys = ON")
