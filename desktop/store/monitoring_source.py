"""What monitoring needs of every client in the store, read in one pass (docs/monitoring.md).

A coordinator's store holds the whole municipality, so nothing here reads per client: one
query per table, grouped by client in Python, then `build_facts` per person. Deleted records
(tombstones) are left out. Rows are read as plain tuples through the driver: at 10,000
clients the ORM's row objects would cost more than the monitoring itself.

Each kind of record has its reader in `FACT_READERS`, with the tables it reads: the facts cache
(desktop/monitoring/fact_cache.py) reads again only the readers whose tables were written.
A new input of `build_facts` is one reader more: a function giving {keyword: {client id: value}}.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.store.referral_dates import referral_dates
from desktop.store.workshop_facts import WORKSHOP_FACT_TABLES, workshop_days
from domain.monitoring.facts import PersonFacts, build_facts
from domain.monitoring.from_records import MONITORED_ANSWERS, monitored_answers, one_per_client

_CLIENTS = """SELECT id, household_id, household_role, stage, date_of_birth, koppeling_date, vestiging_date,
    sex, country_of_origin, partner_org_ids FROM clients WHERE deleted = 0"""
_CLIENT_KEYS = ("id", "household_id", "household_role", "stage", "date_of_birth", "koppeling_date",
                "vestiging_date", "sex", "country_of_origin", "partner_org_ids")
_PLANS = """SELECT p.client_id, p.leerroute, p.literacy_education, p.dual_track, p.may_finish_education,
    p.duty_start_on, p.pip_dated_on, p.budgetcoach_org_id, p.duo_exemption_kind, p.duo_exemption_on,
    (SELECT v.pip_dated_on FROM plan_versions v WHERE v.plan_id = p.id AND v.deleted = 0
       AND v.pip_dated_on IS NOT NULL ORDER BY v.number LIMIT 1)
    FROM plans p WHERE p.deleted = 0"""
_PLAN_KEYS = ("client_id", "leerroute", "literacy_education", "dual_track", "may_finish_education",
              "duty_start_on", "pip_dated_on", "budgetcoach_org_id", "duo_exemption_kind", "duo_exemption_on",
              "first_pip_dated_on")
_CLIENT_DATES = ("date_of_birth", "koppeling_date", "vestiging_date")
_PLAN_DATES = ("duty_start_on", "pip_dated_on", "duo_exemption_on", "first_pip_dated_on")
_MILESTONES = "SELECT client_id, kind, reached_on, skill, level FROM plan_milestones WHERE deleted = 0"
_DEBTS = "SELECT client_id, noticed_on FROM plan_debt_signals WHERE deleted = 0"
_ACTIONS = ("SELECT DISTINCT client_id, organisation_id FROM plan_actions "
            "WHERE deleted = 0 AND organisation_id IS NOT NULL")
_GOALS = "SELECT client_id, domain, status FROM plan_goals WHERE deleted = 0"
# One conversation per client, chosen by domain.monitoring.from_records.one_per_client (as the server
# chooses it). Only the answers monitoring reads come along, taken out of the JSON by SQLite (json_valid:
# a broken part is skipped); JSON true and false come out of SQLite as 1 and 0.
_CONVERSATION = "SELECT client_id, id, {held}, status = 'complete', created_at FROM {table} WHERE deleted = 0"
_QUESTIONS = tuple(dict.fromkeys(q for parts in MONITORED_ANSWERS.values() for qs in parts.values() for q, _ in qs))
# One scan of the largest table for both forms (each scan decrypts every page of it).
_PARTS = """SELECT form, owner_id, part, {answers} FROM form_parts
    WHERE deleted = 0 AND form IN ({forms}) AND part IN ({parts}) AND json_valid(answers)""".format(
    answers=", ".join(f"json_extract(answers, '$.{q}')" for q in _QUESTIONS),
    forms=", ".join(f"'{f}'" for f in MONITORED_ANSWERS),
    parts=", ".join(f"'{p}'" for parts in MONITORED_ANSWERS.values() for p in parts))
_ORGANISATIONS = "SELECT id, name FROM organisations WHERE deleted = 0"


def _rows(conn: Connection, sql: str, params: tuple = ()) -> list[tuple]:
    return conn.exec_driver_sql(sql, params).fetchall()


class Days(dict):
    """Stored dates as dates, each text parsed once (many people share a day); nonsense is None."""

    def __missing__(self, text):
        try:
            day = date.fromisoformat(text[:10]) if isinstance(text, str) else None
        except ValueError:
            day = None
        self[text] = day
        return day


# -- the readers: each gives {build_facts keyword: {client id: value}} -------------------------------
PerClient = dict[str, dict[str, Any]]


def _grouped(conn: Connection, sql: str, keys: tuple[str, ...], days: Days | None = None,
             date_key: str | None = None) -> dict[str, list[dict]]:
    """Rows whose first column is the client id, as dicts of the other columns, per client."""
    out: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(conn, sql):
        record = dict(zip(keys, row[1:], strict=True))
        if date_key:
            record[date_key] = days[record[date_key]]
        out[row[0]].append(record)
    return dict(out)


def _plans(conn: Connection, days: Days) -> PerClient:
    plans = {row[0]: dict(zip(_PLAN_KEYS, row, strict=True)) for row in _rows(conn, _PLANS)}
    for plan in plans.values():
        plan["may_finish_education"] = bool(plan["may_finish_education"])
        for key in _PLAN_DATES:
            plan[key] = days[plan[key]]
    return {"plan": plans}


def _answers(conn: Connection) -> dict[str, dict[str, dict]]:
    """{form: {owner_id: {part: {"answers": {...}}}}} of the answers monitoring reads."""
    out: dict[str, dict[str, dict]] = {form: defaultdict(dict) for form in MONITORED_ANSWERS}
    for form, owner_id, part, *values in _rows(conn, _PARTS):
        found = monitored_answers(form, part, dict(zip(_QUESTIONS, values, strict=True)))
        if found is not None:  # None: a part name the other form uses
            out[form][owner_id][part] = found
    return out


def _conversation(conn: Connection, table: str, held: str, parts: dict[str, dict]) -> dict[str, dict]:
    """{client_id: {held: date, "parts": {...}}}, one record per client."""
    return one_per_client(_rows(conn, _CONVERSATION.format(table=table, held=held)), held, parts)


def _conversations(conn: Connection, days: Days) -> PerClient:
    answers = _answers(conn)  # one scan of form_parts for both forms
    return {"handover": _conversation(conn, "handovers", "held_at", answers["handover"]),
            "intake": _conversation(conn, "intakes", "held_on", answers["intake"])}


@dataclass(frozen=True)
class FactReader:
    """One kind of record monitoring reads, and the tables it reads it from: a write to any of
    them makes the facts cache read it again."""
    tables: tuple[str, ...]
    read: Callable[[Connection, Days], PerClient]


FACT_READERS: dict[str, FactReader] = {
    "plan": FactReader(("plans", "plan_versions"), _plans),
    "milestones": FactReader(("plan_milestones",), lambda conn, days: {"milestones": _grouped(
        conn, _MILESTONES, ("kind", "reached_on", "skill", "level"), days, "reached_on")}),
    "debt_signals": FactReader(("plan_debt_signals",), lambda conn, days: {"debt_signals": _grouped(
        conn, _DEBTS, ("noticed_on",), days, "noticed_on")}),
    "actions": FactReader(("plan_actions",), lambda conn, days: {"actions": _grouped(
        conn, _ACTIONS, ("organisation_id",))}),
    "goals": FactReader(("plan_goals",), lambda conn, days: {"goals": _grouped(conn, _GOALS, ("domain", "status"))}),
    "conversations": FactReader(("handovers", "intakes", "form_parts"), _conversations),
    # the welcome workshop attended and the referrals made count for S1 and S6
    "workshops": FactReader(WORKSHOP_FACT_TABLES, lambda conn, days: {"workshop_dates": workshop_days(conn)}),
    "referrals": FactReader(("referrals",), lambda conn, days: {"referral_dates": referral_dates(conn)}),
}
CLIENT_TABLE = "clients"  # every person, and their household: read by read_clients
# Every table the facts are read from: a write to one of them changes the figures.
FACT_TABLES: frozenset[str] = frozenset({CLIENT_TABLE, *(t for r in FACT_READERS.values() for t in r.tables)})


def read_clients(conn: Connection, days: Days) -> dict[str, dict]:
    """{client id: the client's columns, dates as dates}, ordered by id."""
    clients = {}
    for row in sorted(_rows(conn, _CLIENTS)):
        client = dict(zip(_CLIENT_KEYS, row, strict=True))
        for key in _CLIENT_DATES:
            client[key] = days[client[key]]
        clients[client["id"]] = client
    return clients


def households_of(clients: dict[str, dict]) -> dict[str, list[dict]]:
    """{household id: its members' client records}."""
    households: dict[str, list[dict]] = defaultdict(list)
    for client in clients.values():
        if client["household_id"]:
            households[client["household_id"]].append(client)
    return households


def facts_arguments(client: dict, households: dict[str, list[dict]], inputs: dict[str, dict]) -> dict[str, Any]:
    """build_facts's keywords for one client from what the readers gave (`inputs`: keyword -> by client)."""
    cid = client["id"]
    household = households.get(client["household_id"]) if client["household_id"] else None
    return {"household": household, **{key: by_client.get(cid, _EMPTY.get(key)) for key, by_client in inputs.items()}}


_EMPTY = {"milestones": (), "debt_signals": (), "actions": (), "goals": (), "workshop_dates": (),
          "referral_dates": ()}


def read_inputs(conn: Connection, days: Days, readers=None) -> dict[str, dict]:
    """{build_facts keyword: {client id: value}} from the readers named (default: all)."""
    inputs: dict[str, dict] = {}
    for name in readers or FACT_READERS:
        inputs.update(FACT_READERS[name].read(conn, days))
    return inputs


def read_facts(engine: Engine) -> list[PersonFacts]:
    """PersonFacts for every client the store holds (not deleted), ordered by client id."""
    days = Days()
    with engine.connect() as conn:
        clients = read_clients(conn, days)
        inputs = read_inputs(conn, days)
    households = households_of(clients)
    return [build_facts(client, **facts_arguments(client, households, inputs)) for client in clients.values()]


def organisation_names(engine: Engine) -> dict[str, str]:
    """{organisation id: name}: to label the breakdown by partner organisation."""
    with engine.connect() as conn:
        return dict(_rows(conn, _ORGANISATIONS))


_NAMES = """SELECT id, coalesce(nullif(given_names_usual, ''), given_names),
    coalesce(nullif(family_name_usual, ''), family_name) FROM clients WHERE deleted = 0 AND id IN ({marks})"""


def client_names(engine: Engine, ids: list[str]) -> dict[str, str]:
    """{client id: "given family"} for the drill-down from a figure; ids the store does not hold
    (not on this device, or deleted) are left out."""
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for i in range(0, len(ids), 500):  # SQLite's limit on parameters
            chunk = tuple(ids[i:i + 500])
            sql = _NAMES.format(marks=", ".join("?" * len(chunk)))
            for cid, given, family in _rows(conn, sql, chunk):
                out[cid] = " ".join(part for part in (given, family) if part)
    return out
