"""Push and pull: the server's half of sync.

Push applies each operation in order, each in its own savepoint, and remembers its answer
by op id, so a retried push applies nothing twice. An operation meeting a newer server row
is merged field by field (sync.merge.merge_record); a field both sides changed keeps the
server's value and leaves a conflict record. An operation that cannot be applied is
rejected with a sentence and never stops the others.

Pull hands out a tenant's records in seq order after a cursor. Because writers commit in
seq order (sequence.py), reading the tenant's last seq first and then the records up to it
can never skip a change that commits later.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DataError, SQLAlchemyError

from server import record_store
from server.caller import SignedInDevice
from server.conflicts import conflict_fields, new_conflict_records
from server.entities import CLIENT_VIA_PARENT, CONFLICTS, NOT_STORED, SYNCED_ENTITIES, direct_client_of
from server.pull_answer import PullAnswer
from server.pull_scope import PAGE_COLUMNS, note_first_push, plan_pull
from server.record_store import RECORDS, Stored
from server.sequence import Counted, counting, last_seq, lock_tenant
from server.wire import op_id_of, why_unreadable
from server.write_rules import WriteRules
from sync.limits import id_problem
from sync.log_safety import describe
from sync.merge import merge_record
from sync.protocol import Operation, OpResult

log = logging.getLogger(__name__)

COULD_NOT_STORE = "The server could not store this change. It will be sent again."
DATA_REFUSED = ("The server's database cannot keep a character or value in this change (such as an invisible "
                "NUL character in a text). Remove it and make the change again.")
STAMPS = ("updated_at",)  # bookkeeping the merge leaves out: the newest wins
FILL_READS = 4  # reads at most to fill one pull page: bounds one request's time


def push(conn: Connection, device: SignedInDevice, ops: list[Operation | dict[str, Any]], *,
         last: int | None = None, earlier: dict[str, OpResult] | None = None,
         clients: dict[tuple[str, str], str | None] | None = None) -> list[OpResult]:
    """Apply a device's operations in order, in the caller's (write) transaction. `last` and
    `earlier`: the caller already holds the tenant's lock (lock_tenant's answer) and read the
    earlier answers under it (record_store.earlier_answers). `clients`, if given, is filled with
    the client of every stored record the operations name, as it stands after the push (for the
    audit log, which need not read them again under the lock)."""
    if last is None:
        last = lock_tenant(conn, device.tenant_id)  # before reading anything: see sequence.py
    with counting(conn, device.tenant_id, last) as seqs:
        try:
            # All in one savepoint first: a statement per record. Should the database fail on one,
            # all is taken back and done again with a savepoint per operation, which sets that one
            # aside for a retry and keeps the rest.
            with conn.begin_nested(), record_store.deferred(conn, device.tenant_id):
                push = _Push(conn, device, ops, seqs, each_alone=False, earlier=earlier)
                results = push.run()
        except SQLAlchemyError as exc:
            log.warning("push: the database failed on an operation (%s); applying them one by one", describe(exc))
            seqs.last = last
            push = _Push(conn, device, ops, seqs, each_alone=True, earlier=earlier)
            results = push.run()
        record_store.remember_all(conn, device.tenant_id, device.device_id, push.to_remember)
        if clients is not None:
            clients.update({key: record.client_id for key, record in push.current.items() if record is not None})
        if seqs.last > last and not device.pushed_before:
            note_first_push(conn, device.device_id, last + 1)
    return results


class _Push:
    """One push: the earlier answers and the records it touches are read once, up front."""

    def __init__(self, conn: Connection, device: SignedInDevice, ops: list[Operation | dict[str, Any]],
                 seqs: Counted, *, each_alone: bool, earlier: dict[str, OpResult] | None = None):
        self.conn, self.device, self.ops, self.seqs = conn, device, ops, seqs
        self.each_alone = each_alone
        self.to_remember: list[OpResult] = []  # written in one statement at the end, in the same transaction
        readable = [op for op in ops if isinstance(op, Operation)]
        # A copy: the push adds its own answers to it, and a first attempt may be taken back.
        self.answered = dict(earlier) if earlier is not None else record_store.earlier_answers(
            conn, device.tenant_id, [op.op_id for op in readable])
        self.current = record_store.find_many(conn, device.tenant_id, [op.record_id for op in readable])
        self.unstored: set[tuple[str, str]] = set()  # records an operation of which failed: see _one
        self.rules = WriteRules(conn, device)  # who may write what: server/write_rules.py

    def run(self) -> list[OpResult]:
        return [self._one(op) for op in self.ops]

    def _one(self, op: Operation | dict[str, Any]) -> OpResult:
        if not isinstance(op, Operation):
            return OpResult(op_id=op_id_of(op), status="rejected", reason=why_unreadable(op))
        if op.op_id in self.answered:
            return self.answered[op.op_id]
        key = (op.entity, op.record_id)
        if key in self.unstored or self._waits_for_unstored(op):  # it waits for the one that failed: see there
            self.unstored.add(key)  # and so does what waits for it in turn (a new plan's history lines)
            return OpResult(op_id=op.op_id, status="rejected", reason=COULD_NOT_STORE, retry=True)
        refusal = self.rules.refusal(op, self.current.get(key))
        if refusal is not None:  # remembered like any answer: a retry is refused the same
            return self._done(op, key, OpResult(op_id=op.op_id, status="rejected", reason=refusal), None)
        if not self.each_alone:
            result, record = _apply(self.conn, self.device, op, self.current.get(key))
            return self._done(op, key, result, record)
        seq_before = self.seqs.last
        try:
            with self.conn.begin_nested():
                result, record = _apply(self.conn, self.device, op, self.current.get(key))
        except DataError as exc:
            # The database refuses the values themselves (a NUL in text, on PostgreSQL): sent again,
            # it would fail again, for ever, and hold up the record's later changes. Set aside.
            self.seqs.last = seq_before
            log.warning("push: operation %s holds data the database refuses (%s)", op.op_id, describe(exc))
            return self._done(op, key, OpResult(op_id=op.op_id, status="rejected", reason=DATA_REFUSED), None)
        except SQLAlchemyError as exc:
            self.seqs.last = seq_before  # the savepoint took back what it wrote: its seqs are given again
            # Not remembered: a retry may well succeed. The savepoint left the record as it was.
            # Class and place only: a database error's text may quote the record (sync/log_safety.py).
            log.warning("push: operation %s could not be stored (%s)", op.op_id, describe(exc))
            self.unstored.add(key)
            return OpResult(op_id=op.op_id, status="rejected", reason=COULD_NOT_STORE, retry=True)
        return self._done(op, key, result, record)

    def _waits_for_unstored(self, op: Operation) -> bool:
        """A record whose client, household or parent this push could not store (the database failed
        on it: it is sent again) goes again with it. Judged now, it would be refused for good as
        outside the caseload (its client, new, is not on the server), or, naming its client only
        through its parent (a new plan's history lines), it would belong to no client and never
        reach the devices that hold their clients' records, not even once the parent is stored."""
        if not self.unstored:
            return False
        data = op.fields or {}
        named = [(parent, data[via]) for via, parent in CLIENT_VIA_PARENT if isinstance(data.get(via), str)]
        client = direct_client_of(op.entity, op.record_id, data)
        if client is not None and op.entity != "clients":
            named.append(("clients", client))
        if op.entity == "clients" and isinstance(data.get("household_id"), str):
            named.append(("households", data["household_id"]))
        return any(key in self.unstored and key not in self.current for key in named)

    def _done(self, op: Operation, key: tuple[str, str], result: OpResult, record: Stored | None) -> OpResult:
        if record is not None and key not in self.current:
            self.rules.applied(op, None)  # a new client is its sender's organisation's, until assigned
        if record is not None:
            self.current[key] = record
        self.answered[op.op_id] = result
        self.to_remember.append(result)
        return result


def _apply(conn: Connection, device: SignedInDevice, op: Operation,
           current: Stored | None) -> tuple[OpResult, Stored | None]:
    """The operation's answer and the record as it now stands."""
    reason = _malformed(op)  # what the device may write at all: _Push._one asked WriteRules first
    if reason is not None:
        return OpResult(op_id=op.op_id, status="rejected", reason=reason), current

    base = _storable(op.base, op.record_id) if op.base is not None else None
    if op.op == "delete":
        if current is None:
            return OpResult(op_id=op.op_id, status="applied"), None  # never reached the server: nothing to keep
        base = base if base is not None else current.data  # no base: only the tombstone flag is this device's
        mine = {**base, "deleted": True}
    else:
        mine = _storable(op.fields or {}, op.record_id)
    if current is None:
        record = _save(conn, device, op, mine, current=None)
        return _applied(op, record), record

    theirs = current.data
    merge = merge_record(base, mine, theirs)
    merged = _with_newest_stamps(merge.record, mine, theirs)
    record = current if merged == theirs else _save(conn, device, op, merged, current=current)
    if not merge.conflicts:
        return _applied(op, record), record
    conflicts = conflict_fields(merge.conflicts)
    # One open entry per record and cause: a second identical one adds nothing (server/conflicts.py).
    for data in new_conflict_records(conn, device.tenant_id, op.entity, op.record_id, record.client_id, conflicts,
                                     _author(device, op), current.author_id):
        record_store.save(conn, device.tenant_id, CONFLICTS, data["id"], data, current=None,
                          user_id=device.user_id, author_id=_author(device, op), scope_from=record)
    return OpResult(op_id=op.op_id, status="conflict", version=record.version, record=record.data,
                    conflicts=conflicts), record


def _malformed(op: Operation) -> str | None:
    if op.entity not in SYNCED_ENTITIES:
        return f"The server does not keep records of the kind '{op.entity}'."
    if (problem := id_problem(op.record_id)) is not None:
        return problem
    if op.op != "delete" and op.fields is None:
        return "An insert or update must carry the record's fields."
    if op.fields is not None and op.fields.get("id", op.record_id) != op.record_id:
        return "The record's fields name another id than the one it was sent under."
    return None


def _storable(fields: dict[str, Any], record_id: str) -> dict[str, Any]:
    return {**{k: v for k, v in fields.items() if k not in NOT_STORED}, "id": record_id}


def _with_newest_stamps(merged: dict[str, Any], mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """Where my changes went in, the newer of the two updated_at stamps stands (ISO stamps sort as text)."""
    if merged == theirs:
        return merged
    out = dict(merged)
    for key in STAMPS:
        candidates = [v for v in (mine.get(key), theirs.get(key)) if isinstance(v, str)]
        if candidates:
            out[key] = max(candidates)
    return out


def _author(device: SignedInDevice, op: Operation) -> str:
    return op.author_id or device.worker_id


def _save(conn: Connection, device: SignedInDevice, op: Operation, data: dict[str, Any],
          current: Stored | None) -> Stored:
    return record_store.save(conn, device.tenant_id, op.entity, op.record_id, data, current=current,
                             user_id=device.user_id, author_id=_author(device, op))


def _applied(op: Operation, record: Stored) -> OpResult:
    return OpResult(op_id=op.op_id, status="applied", version=record.version, record=record.data)


def pull(conn: Connection, device: SignedInDevice, after: int, limit: int) -> PullAnswer:
    """Changes after the cursor in seq order, at most limit, in one read transaction, as this
    device may see them; with what it must drop or receive late (server/pull_scope.py)."""
    upto = last_seq(conn, device.tenant_id)  # first: everything up to it has committed
    plan = plan_pull(conn, device, after, upto)
    drops = plan.drops + plan.moved_away()  # moved away from its clients: duplicates merged
    if plan.restart:  # too much to send late: the device pulls again from the start
        cursor, more = plan.answer_cursor(0, False)
        return PullAnswer(changes=[], cursor=cursor, more=more, head=upto, drop=drops)
    visible = plan.visible()
    changes: list = []
    read_up_to = after
    # A partner's rows are narrowed per record after reading (plan.change): read on until the page
    # is full, so that it needs as few requests as an unscoped pull of the same records. A little
    # more than the room is read at once: a few rows left out made a second read for the last
    # handful, a query as dear as the first (27 against 13 ms for a partner's page). Few are left out
    # since its SQL leaves out other organisations' actions, consents and referrals (17 of 5,116 rows
    # read, before), so the spare is small: each spare row is some ten rows more of the scan.
    spare = 1 + limit // 32 if plan.narrows else 0
    for _ in range(FILL_READS):
        room = limit - len(changes)
        rows = conn.execute(
            select(*PAGE_COLUMNS)
            .where(visible, RECORDS.c.version > read_up_to, RECORDS.c.version <= upto)
            .order_by(RECORDS.c.version).limit(room + spare + 1)
        ).all()
        more = len(rows) > room + spare
        for n, row in enumerate(rows[:room + spare]):
            change = plan.change(row)
            read_up_to = row[0]  # PAGE_COLUMNS: the version
            if change is not None:
                changes.append(change)
                if len(changes) >= limit:
                    more = more or n + 1 < len(rows)  # rows read but not judged come on the next page
                    break
        if not more or len(changes) >= limit:
            break
    # With nothing more to send, the cursor moves past changes this device does not see too.
    cursor = read_up_to if more else max(after, upto)
    cursor, more = plan.answer_cursor(cursor, more)
    return PullAnswer(changes=plan.backfill + changes, cursor=cursor, more=more, head=upto, drop=drops)
