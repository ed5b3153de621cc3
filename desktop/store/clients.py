"""The client file: people and their households. Every write is validated whole first."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Engine, and_, func, insert, literal_column, or_, select, update
from sqlalchemy.sql import ColumnElement

from desktop.store.client_stage import stage_column
from desktop.store.errors import RecordNotFound
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import clients, households
from domain.bsn import normalise_bsn
from domain.client import CLIENT_FIELDS, empty_client, normalise_client, validate_client
from domain.errors import RecordInvalid
from domain.ids import new_id

# The caseload shows these; the full record is read only when a client is opened. The stage is
# derived from the records (client_stage.py) wherever a client is read.
_LIST_STORED = (
    clients.c.id, clients.c.given_names, clients.c.family_name, clients.c.given_names_usual,
    clients.c.family_name_usual, clients.c.date_of_birth, clients.c.country_of_origin,
    clients.c.v_number, clients.c.bsn, clients.c.phone,
    clients.c.klantmanager_id, clients.c.begeleider_id, clients.c.household_id,
    clients.c.household_role, clients.c.koppeling_date, clients.c.vestiging_date,
)


def list_columns() -> tuple:
    return (*_LIST_STORED, stage_column().label("stage"))

_EMPTY = literal_column("''")  # a literal, not a parameter, so the expression index below applies
_name_key = func.lower(func.coalesce(func.nullif(clients.c.family_name_usual, _EMPTY), clients.c.family_name))
SORT_KEYS: dict[str, ColumnElement] = {
    "name": _name_key,
    "given_names": func.lower(func.coalesce(func.nullif(clients.c.given_names_usual, _EMPTY), clients.c.given_names)),
    "date_of_birth": clients.c.date_of_birth,
    "country_of_origin": clients.c.country_of_origin,
    "v_number": clients.c.v_number,
    "stage": stage_column(),  # made again per query (search), so "housed" counts from today
    "koppeling_date": clients.c.koppeling_date,
    "vestiging_date": clients.c.vestiging_date,
}


@dataclass(frozen=True)
class CaseloadQuery:
    text: str = ""
    stage: str | None = None
    worker_id: str | None = None  # klantmanager or begeleider
    origin: str | None = None
    sort: str = "name"
    descending: bool = False
    limit: int = 200
    offset: int = 0


@dataclass(frozen=True)
class CaseloadPage:
    rows: list[dict]
    total: int  # all matching the query, not just this page
    by_stage: dict[str, int] = field(default_factory=dict)


def _filters(query: CaseloadQuery) -> list[ColumnElement]:
    conds: list[ColumnElement] = [clients.c.deleted.is_(False)]
    words = query.text.lower().split()
    if words:
        # Each word must occur in the prepared text of names, V-nummer, BSN and phone.
        conds.extend(clients.c.search_text.contains(word, autoescape=True) for word in words)
    if query.stage:
        conds.append(stage_column() == query.stage)
    if query.worker_id:
        conds.append(or_(clients.c.klantmanager_id == query.worker_id,
                         clients.c.begeleider_id == query.worker_id))
    if query.origin:
        conds.append(clients.c.country_of_origin == query.origin)
    return conds


def _stage_counts(conn, conds: list[ColumnElement]) -> dict[str, int]:
    stage = stage_column()
    return dict(conn.execute(select(stage, func.count()).where(and_(*conds)).group_by(stage)).all())


class ClientRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    # -- reading -----------------------------------------------------------------
    def get(self, client_id: str) -> dict:
        """The record, its "stage" as the records show it (the stored value only keeps independence)."""
        with self._engine.connect() as conn:
            row = conn.execute(select(clients, stage_column().label("derived_stage"))
                               .where(clients.c.id == client_id)).mappings().first()
        if row is None or row["deleted"]:
            raise RecordNotFound(client_id)
        record = from_row(row)
        record["stage"] = record.pop("derived_stage")
        return record

    def search(self, query: CaseloadQuery, stages: bool = True) -> CaseloadPage:
        """A page of the query's rows and how many match. With `stages` also how many per stage:
        that count works out every matching client's stage (half a search's time at 10,000 clients
        for a short word), so the caseload shows the rows first and asks for it after (stage_counts)."""
        conds = _filters(query)
        key = stage_column() if query.sort == "stage" else SORT_KEYS.get(query.sort, _name_key)
        order = [key.desc() if query.descending else key.asc(), clients.c.id]
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(*list_columns()).where(and_(*conds)).order_by(*order)
                .limit(query.limit).offset(query.offset)
            ).mappings().all()
            if stages:
                by_stage = _stage_counts(conn, conds)
                total = sum(by_stage.values())
            else:
                by_stage = {}
                total = conn.execute(select(func.count()).select_from(clients).where(and_(*conds))).scalar_one()
        return CaseloadPage([dict(r) for r in rows], total, by_stage)

    def stage_counts(self, query: CaseloadQuery) -> dict[str, int]:
        """How many clients matching the query are in each stage."""
        with self._engine.connect() as conn:
            return _stage_counts(conn, _filters(query))

    def household_members(self, household_id: str) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(*list_columns())
                .where(clients.c.household_id == household_id, clients.c.deleted.is_(False))
                .order_by(clients.c.household_role, clients.c.date_of_birth)
            ).mappings().all()
        return [dict(r) for r in rows]

    def origins(self) -> list[str]:
        with self._engine.connect() as conn:
            return [r[0] for r in conn.execute(
                select(clients.c.country_of_origin).distinct()
                .where(clients.c.country_of_origin.is_not(None)).order_by(clients.c.country_of_origin))]

    def find_by_identity(self, v_number: str = "", bsn: str = "") -> list[str]:
        """Ids of live clients with this V-nummer or BSN: to warn before registering twice."""
        conds = []
        if v_number:
            conds.append(clients.c.v_number == v_number)
        if bsn:
            conds.append(clients.c.bsn == normalise_bsn(bsn))  # stored as the one BSN rule writes it
        if not conds:
            return []
        with self._engine.connect() as conn:
            return list(conn.execute(
                select(clients.c.id).where(or_(*conds), clients.c.deleted.is_(False))).scalars())

    # -- writing -----------------------------------------------------------------
    def create(self, fields: dict) -> str:
        """Insert a new client; raises RecordInvalid with every field error and writes nothing."""
        unknown = set(fields) - set(CLIENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown client fields: {sorted(unknown)}")
        record = normalise_client({**empty_client(), **fields})
        errors = validate_client(record)
        if errors:
            raise RecordInvalid(errors)
        client_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(clients).values(
                id=client_id, created_at=stamp, updated_at=stamp, **to_row(record)))
        return client_id

    def update(self, client_id: str, changes: dict) -> dict:
        """Apply changes; returns the previous values of the fields that changed (for undo)."""
        unknown = set(changes) - set(CLIENT_FIELDS)
        if unknown:
            raise ValueError(f"unknown client fields: {sorted(unknown)}")
        with self._engine.begin() as conn:
            row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
            if row is None or row["deleted"]:
                raise RecordNotFound(client_id)
            current = from_row(row)
            merged = normalise_client({**{f: current[f] for f in CLIENT_FIELDS}, **changes})
            errors = validate_client(merged)
            if errors:
                raise RecordInvalid(errors)
            changed = {f: merged[f] for f in changes if merged[f] != current[f]}
            if not changed:
                return {}
            conn.execute(update(clients).where(clients.c.id == client_id)
                         .values(updated_at=now_stamp(), **to_row(changed)))
        return {f: current[f] for f in changed}

    def delete(self, client_id: str) -> None:
        """A tombstone, so the deletion travels to the other devices."""
        with self._engine.begin() as conn:
            result = conn.execute(update(clients)
                                  .where(clients.c.id == client_id, clients.c.deleted.is_(False))
                                  .values(deleted=True, updated_at=now_stamp()))
            if result.rowcount == 0:
                raise RecordNotFound(client_id)

    def restore(self, client_id: str) -> None:
        """Undo a deletion that has not yet been replaced by anything else."""
        with self._engine.begin() as conn:
            conn.execute(update(clients).where(clients.c.id == client_id)
                         .values(deleted=False, updated_at=now_stamp()))

    def create_household(self, label: str = "") -> str:
        household_id, stamp = new_id(), now_stamp()
        with self._engine.begin() as conn:
            conn.execute(insert(households).values(
                id=household_id, label=label.strip(), created_at=stamp, updated_at=stamp))
        return household_id

    def add_to_household(self, main_client_id: str, fields: dict) -> str:
        """Create a household member linked to the main person's household (made if needed)."""
        main = self.get(main_client_id)
        household_id = main["household_id"]
        if household_id is None:
            household_id = self.create_household(main["family_name"])
            self.update(main_client_id, {"household_id": household_id})
        return self.create({**fields, "household_id": household_id})
