"""The plan's history triggers (one list of fields per statement, migration 0016) write exactly the rows
the triggers before them wrote (two statements per column), whatever is inserted, changed, by whom,
and whichever rows have synced meanwhile. The earlier triggers are kept here as the reference."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.store.plan_history import (
    _AUTHOR,
    _COLUMNS,
    _NOT_APPLYING,
    _NOW,
    _UUID,
    _WINDOW,
    TRACKED,
    _columns,
)
from domain.ids import new_id
from tests.conftest import new_store
from tests.depth import examples

TABLES = ("plans", "plan_goals", "plan_actions")
VALUES = st.sampled_from([None, "", "a", "b", "0", 0, 1, 2.5, "open", "[]"])
AUTHORS = ("w-1", "w-2", None)
STAMP = "2026-03-02T09:00:00.000Z"
REQUIRED = {"plan_goals": {"domain": "taal"},
            "plan_actions": {"description": "Taalmaatje zoeken", "due_on": "2026-04-01"}}


def _reference_sql(table: str, plan_expr: str, columns: list[tuple[str, str]]) -> list[str]:
    """The triggers of migrations 0005 to 0015: for each column an UPDATE that folds and an INSERT."""
    def latest(column: str) -> str:
        return (f"(SELECT h.id FROM plan_history h WHERE h.record_id = NEW.id AND h.field = '{column}' "
                f"ORDER BY h.created_at DESC, h.rowid DESC LIMIT 1)")

    def foldable(column: str) -> str:
        return (f"EXISTS (SELECT 1 FROM plan_history f WHERE f.id = {latest(column)} AND f.version = 0 "
                f"AND f.author_id IS {_AUTHOR} AND f.created_at >= {_WINDOW})")

    def row(column: str, old: str) -> str:
        return (f"INSERT INTO plan_history ({_COLUMNS}) SELECT {_UUID}, {_NOW}, {_NOW}, {plan_expr}, '{table}', "
                f"NEW.id, '{column}', {old}, NEW.\"{column}\", {_AUTHOR}, {_NOW}")

    on_insert = [f"{row(c, 'NULL')} WHERE NEW.\"{c}\" IS NOT {d} AND NEW.\"{c}\" IS NOT '';" for c, d in columns]
    on_update = []
    for column, _default in columns:
        differs = f'OLD."{column}" IS NOT NEW."{column}"'
        on_update.append(f"UPDATE plan_history SET new = NEW.\"{column}\", at = {_NOW}, updated_at = {_NOW} "
                         f"WHERE {differs} AND id = {latest(column)} AND {foldable(column)};")
        old = f'OLD."{column}"'
        on_update.append(f"{row(column, old)} WHERE {differs} AND NOT {foldable(column)};")
    return [f"CREATE TRIGGER {table}_history_insert AFTER INSERT ON {table} WHEN {_NOT_APPLYING} "
            f"BEGIN {' '.join(on_insert)} END",
            f"CREATE TRIGGER {table}_history_update AFTER UPDATE ON {table} WHEN {_NOT_APPLYING} "
            f"BEGIN {' '.join(on_update)} END"]


def _with_reference_triggers(store) -> None:
    with store.engine.begin() as conn:
        for table, plan_expr in TRACKED.items():
            for event in ("insert", "update"):
                conn.exec_driver_sql(f"DROP TRIGGER {table}_history_{event}")
            for ddl in _reference_sql(table, plan_expr, _columns(conn, table)):
                conn.exec_driver_sql(ddl)


COLUMN = st.one_of(st.integers(0, 3), st.integers(0, 99))  # mostly a few fields: edits meet earlier ones
update = st.tuples(st.just("update"), st.sampled_from(TABLES), st.integers(0, 2), COLUMN, VALUES)
steps = st.lists(st.one_of(  # edits most, as a person typing; now and then another author, or a sync
    update, update, update, update,
    st.tuples(st.just("insert"), st.sampled_from(TABLES[1:]), st.dictionaries(COLUMN, VALUES, max_size=4)),
    st.tuples(st.just("author"), st.sampled_from(AUTHORS)),
    st.tuples(st.just("synced"),),
), min_size=4, max_size=40)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps)
@example([("author", "w-1"), ("update", "plans", 0, 2, "a"), ("author", "w-2"), ("update", "plans", 0, 2, "b")])
@example([("update", "plans", 0, 2, "a"), ("update", "plans", 0, 2, 1), ("update", "plans", 0, 2, None)])
@example([("update", "plans", 0, 1, "a"), ("synced",), ("update", "plans", 0, 1, "b")])
@example([("insert", "plan_goals", {1: "x", 2: 0}), ("update", "plan_goals", 0, 1, "y"), ("update", "plans", 0, 1, "")])
def test_the_compact_triggers_write_the_rows_the_triggers_per_column_wrote(tmp_path_factory, steps):
    folder = tmp_path_factory.mktemp("history")
    compact, reference = new_store(folder / "compact"), new_store(folder / "reference")
    try:
        _with_reference_triggers(reference)
        client, plan = new_id(), new_id()
        records = {"plans": [plan], "plan_goals": [], "plan_actions": [], "client": client}
        for store in (compact, reference):
            with store.engine.begin() as conn:
                conn.execute(text("INSERT INTO clients (id, created_at, updated_at, given_names, family_name) "
                                  "VALUES (:c, :t, :t, 'A', 'B')"), {"c": client, "t": STAMP})
                conn.execute(text("INSERT INTO plans (id, created_at, updated_at, client_id) VALUES (:p, :t, :t, :c)"),
                             {"p": plan, "c": client, "t": STAMP})
        for step in steps:
            kind = step[0]
            if kind == "insert":
                records[step[1]].append(new_id())
            answers = [_step(store, step, records) for store in (compact, reference)]
            assert answers[0] == answers[1], step  # both refused, or both took it
        assert _history(compact) == _history(reference)
    finally:
        compact.close()
        reference.close()


def _step(store, step, records) -> str:
    kind = step[0]
    try:
        with store.engine.begin() as conn:
            if kind == "author":
                conn.execute(text("DELETE FROM device_state WHERE key = 'worker_id'"))
                if step[1] is not None:
                    conn.execute(text("INSERT INTO device_state (key, value) VALUES ('worker_id', :w)"), {"w": step[1]})
            elif kind == "synced":
                conn.execute(text("UPDATE plan_history SET version = 1 WHERE version = 0"))
            elif kind == "update":
                _kind, table, which, column, value = step
                if not records[table]:
                    return "nothing to change"
                columns = _free_columns(conn, table)
                name = columns[column % len(columns)]
                record = records[table][which % len(records[table])]
                conn.execute(text(f'UPDATE {table} SET "{name}" = :v WHERE id = :id'), {"v": value, "id": record})
            else:
                _kind, table, fields = step
                columns = [c for c, _ in _columns(conn, table)]
                given_fields = {**REQUIRED[table], **{columns[i % len(columns)]: v for i, v in fields.items()}}
                given_fields.update(id=records[table][-1], plan_id=records["plans"][0], client_id=records["client"],
                                    created_at=STAMP, updated_at=STAMP)
                names = ", ".join(f'"{c}"' for c in given_fields)
                marks = ", ".join(f":p{i}" for i in range(len(given_fields)))
                conn.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"),
                             {f"p{i}": v for i, v in enumerate(given_fields.values())})
        return "done"
    except Exception as error:  # a constraint of the table: both stores must refuse it alike
        return type(error).__name__


def _free_columns(conn, table: str) -> list[str]:
    """The tracked columns that name no other record: any value fits them."""
    references = {row[3] for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({table})")}
    return [column for column, _ in _columns(conn, table) if column not in references]


def _history(store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT plan_id, entity, record_id, field, old, new, author_id, version, "
            "typeof(old), typeof(new) FROM plan_history ORDER BY rowid"))]
