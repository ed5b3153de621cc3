"""A pulled page is applied in batches: a statement per table, not per record, for its writes
and its drops; and the store it leaves is the one applying each record alone would leave.

A device at the office applies some hundreds of changes per sync, and a device whose scope
shrank (or that the server does not know yet) is told to drop hundreds of clients it mostly
never held: a statement per record made that page cost a hundred milliseconds of CPU."""

from __future__ import annotations

import shutil
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from desktop.store import Store, sync_pull
from desktop.store.schema import SYNCED_TABLES
from desktop.store.sync_pull import apply_page
from sync.protocol import Change
from tests.conftest import PASSPHRASE, new_store
from tests.depth import examples
from tests.sync.records import change, clear_outbox, page, raw, wire_row

STAMP = "2026-01-05T09:00:00.000000Z"


def _id(kind: str, n: int) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_OID, f"{kind}-{n}"))


def _client(n: int, **fields) -> dict:
    return {"id": _id("client", n), "created_at": STAMP, "updated_at": STAMP, "given_names": f"Naam {n}",
            "family_name": "Haddad", "deleted": False, **fields}


def _part(n: int, client: int) -> dict:
    return {"id": _id("part", n), "created_at": STAMP, "updated_at": STAMP, "form": "visit", "part": "summary",
            "owner_id": _id("visit", client), "client_id": _id("client", client), "answers": {"n": n},
            "notes": f"Notitie {n}"}


def _busy_page(size: int, seq: int = 100):
    """`size` clients, `size` visit parts, and `size` drops of clients this store never held."""
    changes = [change(seq + 2 * n, "clients", _client(n)) for n in range(size)]
    changes += [change(seq + 2 * n + 1, "form_parts", _part(n, n)) for n in range(size)]
    return page(changes, drop=[("clients", _id("elsewhere", n)) for n in range(size)])


def _statements_applying(store, the_page) -> list[str]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        apply_page(store.engine, the_page)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return statements


def test_a_page_takes_as_many_statements_for_many_records_as_for_a_few(store):
    # Held clients with children, dropped by the pages: their rows go, and their children's.
    held = [store.clients.create({"given_names": "Amina", "family_name": f"Haddad {n}"}) for n in range(6)]
    for client_id in held:
        store.handovers.save_part(store.handovers.start(client_id), client_id, "identity", {})
    clear_outbox(store)
    few = _busy_page(5)
    few.drop += [("clients", held[0])]
    few = _statements_applying(store, few)
    many = _busy_page(150, seq=1000)
    many.drop += [("clients", client_id) for client_id in held[1:]]
    statements = _statements_applying(store, many)

    assert len(statements) <= len(few), statements  # none per record, whether written or dropped
    assert raw(store, "SELECT count(*) FROM clients") == [(150,)]
    assert raw(store, "SELECT count(*) FROM form_parts") == [(150,)]
    assert raw(store, "SELECT count(*) FROM handovers") == [(0,)]
    assert store.clients.get(_id("client", 149))["version"] == 1000 + 2 * 149


def test_a_page_in_batches_counts_what_it_wrote_and_dropped(store):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    handover_id = store.handovers.start(client_id)
    store.handovers.save_part(handover_id, client_id, "identity", {})
    clear_outbox(store)
    counts = apply_page(store.engine, page([change(5, "clients", _client(1))],
                                           drop=[("clients", client_id), ("clients", _id("elsewhere", 1)),
                                                 ("lunch_orders", _id("lunch", 1))]))
    assert (counts.applied, counts.dropped) == (1, 3)  # the client, its handover and the handover's part
    assert counts.entities == {"clients", "handovers", "form_parts"}


# -- the same store as record by record ------------------------------------------------------------
CLIENTS = 5  # clients 0..2 are held before the page, 3..4 come new
client_change = st.tuples(st.just("client"), st.integers(0, CLIENTS - 1),
                          st.sampled_from(("phone", "notes", "deleted")))
part_change = st.tuples(st.just("part"), st.integers(0, 5), st.integers(0, CLIENTS - 1))
action_drop = st.tuples(st.just("action_gone"), st.integers(0, 2), st.just(0))
conflict_record = st.tuples(st.just("conflict"), st.integers(0, CLIENTS - 1), st.just(0))
page_changes = st.lists(st.one_of(client_change, part_change, action_drop, conflict_record), max_size=14,
                        unique_by=lambda c: (c[0], c[1]))
drops = st.lists(st.integers(0, CLIENTS + 1), max_size=3, unique=True)
unsent = st.lists(st.tuples(st.integers(0, 2), st.sampled_from(("phone", "notes"))), max_size=3)
# Made anew on each side (ids, moments): conflicts kept here, and the outbox entries that send them.
PROJECTED_OUT = {"outbox": {"op_id", "created_at"}, "sync_conflicts": {"id", "created_at", "updated_at"}}


def _held_store(folder) -> Store:
    """Three clients as synced from the server, each with a handover part and a plan action."""
    store = new_store(folder, durable=False)  # a crash is not what is tested here
    worker = store.directory.add_worker("Sanne", "klantmanager", None)
    store.set_current_worker(worker)
    apply_page(store.engine, page([change(n + 1, "clients", _client(n)) for n in range(3)]))
    for n in range(3):
        handover_id = store.handovers.start(_id("client", n))
        store.handovers.save_part(handover_id, _id("client", n), "identity", {}, f"Notitie {n}")
        plan_id = store.plans.start(_id("client", n))
        store.plans.actions.add(plan_id, {"description": f"Actie {n}", "due_on": "2026-03-01",
                                          "worker_id": worker})
    clear_outbox(store)
    return store


def _page(store, drawn: list[tuple], dropped: list[int]):
    changes: list[Change] = []
    for seq, (kind, n, detail) in enumerate(drawn, start=50):
        if kind == "client":
            fields = wire_row(store, "clients", _id("client", n)) if n < 3 else _client(n)
            value = {"deleted": True, "phone": f"06-222222{seq}"}.get(detail, f"Van de server {seq}")
            changes.append(change(seq, "clients", {**fields, detail: value}, deleted=detail == "deleted" or
                                  bool(fields.get("deleted"))))
        elif kind == "part":
            changes.append(change(seq, "form_parts", _part(n, detail)))
        elif kind == "action_gone":
            [action_id] = raw(store, "SELECT a.id FROM plan_actions a JOIN plans p ON p.id = a.plan_id "
                                     "WHERE p.client_id = :c", c=_id("client", n))[0]
            changes.append(Change(seq=seq, entity="plan_actions", record_id=action_id, version=seq, deleted=False,
                                  fields=None))
        else:
            changes.append(change(seq, "sync_conflicts", {
                "id": _id("conflict", n), "entity": "clients", "record_id": _id("client", n), "field": "phone",
                "base": "", "mine": "06-1", "theirs": "06-2", "created_at": STAMP, "updated_at": STAMP}))
    return page(changes, drop=[("clients", _id("client", n)) for n in dropped])


def _contents(store) -> dict[str, list]:
    out = {}
    for table in (*SYNCED_TABLES, "outbox", "sync_rejects"):
        columns = [r[1] for r in raw(store, f'PRAGMA table_info("{table}")')
                   if r[1] not in PROJECTED_OUT.get(table, ())]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = raw(store, f'SELECT {names} FROM "{table}"')
        if table == "outbox":  # a conflict's entry names its new id and holds its new moments
            rows = [r if r.entity != "sync_conflicts" else (r.entity, r.op) for r in rows]
        out[table] = sorted(map(repr, rows))
    return out


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drawn=page_changes, dropped=drops, edits=unsent)
def test_a_page_in_batches_leaves_the_store_record_by_record_would(tmp_path, drawn, dropped, edits):
    folder = tmp_path / uuid.uuid4().hex
    made = _held_store(folder / "made")
    the_page = _page(made, drawn, dropped)
    for n, field in edits:  # unsent edits here: those records are merged, not only written
        made.clients.update(_id("client", n), {field: f"06-1111111{n}" if field == "phone" else f"Hier {n}"})
    made.close()
    shutil.copytree(folder / "made", folder / "alone")
    batched, alone = (Store.unlock(folder / name, PASSPHRASE, durable=False) for name in ("made", "alone"))
    try:
        batched_counts = apply_page(batched.engine, the_page)
        alone_counts = sync_pull._apply(alone.engine, the_page, one_by_one=True)  # as when a page failed
        assert _contents(batched) == _contents(alone)
        assert batched_counts == alone_counts
    finally:
        batched.close()
        alone.close()
