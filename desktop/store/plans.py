"""The joint plan (PIP): one per client, its parts as records of their own, agreed versions,
the history of every field, and the open actions of a worker or a partner organisation.

Goals, actions, tranches, debt signals and milestones are written through the part
repositories (plan_parts.py), reached here as .goals, .actions, .tranches, .debt_signals
and .milestones. Agreeing and comparing versions lives in plan_agreements.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from sqlalchemy import Connection, Engine, insert, select, text, update

from desktop.store import plan_agreements
from desktop.store.errors import RecordNotFound
from desktop.store.form_parts import read_parts
from desktop.store.plan_history import read_history
from desktop.store.plan_parts import part_repositories
from desktop.store.records import from_row, now_stamp, to_row
from desktop.store.schema import (
    clients,
    intakes,
    organisations,
    plan_actions,
    plan_debt_signals,
    plan_goals,
    plan_milestones,
    plan_tranches,
    plans,
    workers,
)
from domain import duo
from domain.client import display_name
from domain.duo import DuoRequest
from domain.duo_facts import DuoFacts, PipOnRecord
from domain.duo_term_facts import duo_term_of
from domain.errors import RecordInvalid
from domain.law_term import as_date, term_from_first_pip
from domain.plan import (
    DUO_TERM_FIELDS,
    PLAN_FIELDS,
    blank_to_none,
    check_plan_fields,
    empty_plan,
    goals_from_intake,
    intake_goal_id,
    plan_id_for,
)
from domain.plan_rules import check_plan_law, is_overdue, plan_deadlines
from domain.plan_versions import PlanDiff

_CLIENT = (clients.c.given_names, clients.c.family_name, clients.c.given_names_usual, clients.c.family_name_usual)
# Literal, as the partial indexes ix_plan_actions_open_* state it, so SQLite sees it may use them.
_OPEN_ACTION = text("plan_actions.deleted = 0 AND plan_actions.status IN ('planned', 'in_progress')")
_ACTION_ROWS = (select(plan_actions, workers.c.name.label("worker_name"),
                       organisations.c.name.label("organisation_name"))
                .outerjoin(workers, workers.c.id == plan_actions.c.worker_id)
                .outerjoin(organisations, organisations.c.id == plan_actions.c.organisation_id))


class PlanRepository:
    def __init__(self, engine: Engine, today: Callable[[], date] = date.today):
        self._engine = engine
        self.today = today
        parts = part_repositories(engine)
        for repository in parts.values():
            repository.today = lambda: self.today()
        self.goals = parts["goals"]
        self.actions = parts["actions"]
        self.tranches = parts["tranches"]
        self.debt_signals = parts["debt_signals"]
        self.milestones = parts["milestones"]

    # -- reading -----------------------------------------------------------------
    def for_client(self, client_id: str) -> str | None:
        """The id of the client's plan, or None before it is started."""
        with self._engine.connect() as conn:
            return conn.execute(select(plans.c.id).where(plans.c.client_id == client_id,
                                                         plans.c.deleted.is_(False))).scalar()

    def get(self, plan_id: str) -> dict:
        """Everything the plan screen shows: the header's fields, plus "client", "goals", "actions"
        (each with "overdue", "worker_name", "organisation_name"), "versions" (without snapshots),
        "tranches", "debt_signals", "milestones", "first_pip_dated_on", "deadlines" and
        "law_errors" (rules the stored plan breaks now, for instance after the vestiging date moved)."""
        today = self.today()
        with self._engine.connect() as conn:
            plan = self._plan(conn, plan_id)
            client = dict(conn.execute(select(clients.c.id, *_CLIENT, clients.c.vestiging_date, clients.c.bsn)
                                       .where(clients.c.id == plan["client_id"])).mappings().one())
            plan["goals"] = _live(conn, plan_goals, plan_id, plan_goals.c.created_at)
            plan["actions"] = [
                {**from_row(r), "overdue": is_overdue(r, today)} for r in conn.execute(
                    _ACTION_ROWS.where(plan_actions.c.plan_id == plan_id, plan_actions.c.deleted.is_(False))
                    .order_by(plan_actions.c.due_on, plan_actions.c.created_at)).mappings()]
            plan["versions"] = plan_agreements.version_list(conn, plan_id)
            agreed = plan_agreements.in_force(conn, plan_id)
            plan["tranches"] = _live(conn, plan_tranches, plan_id, plan_tranches.c.paid_on)
            plan["debt_signals"] = _live(conn, plan_debt_signals, plan_id, plan_debt_signals.c.noticed_on)
            plan["milestones"] = _live(conn, plan_milestones, plan_id, plan_milestones.c.reached_on)
        client["name"] = display_name(client)
        plan["client"] = client
        first = plan_agreements.first_pip_date(plan["versions"])
        plan["first_pip_dated_on"] = first
        plan["deadlines"] = plan_deadlines(plan, first, today)
        plan["law_errors"] = check_plan_law(plan, client["vestiging_date"], today=today,
                                            first_pip=not plan["versions"], **agreed)
        return plan

    def history(self, plan_id: str, limit: int = 500, record_id: str | None = None) -> list[dict]:
        """Who changed which field of the plan's records and when, newest first (see plan_history.py)."""
        with self._engine.connect() as conn:
            return read_history(conn, plan_id, limit, record_id)

    def my_actions(self, worker_id: str | None = None, organisation_id: str | None = None,
                   limit: int = 500) -> list[dict]:
        """Open actions (planned, in progress) of one worker or one organisation across all clients,
        by due date, each with "client_name" and "overdue"."""
        query = open_actions_query(worker_id, organisation_id, limit)
        today = self.today()
        with self._engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
        for r in rows:
            r["client_name"] = display_name(r)
            r["overdue"] = is_overdue(r, today)
        return rows

    def suggested_goals(self, plan_id: str) -> list[dict]:
        """The intake's conclusion as goals, for the domains the plan has no goal on yet."""
        with self._engine.connect() as conn:
            plan = self._plan(conn, plan_id)
            taken = set(conn.execute(select(plan_goals.c.domain).where(
                plan_goals.c.plan_id == plan_id, plan_goals.c.deleted.is_(False))).scalars())
            conclusion = _conclusion(conn, plan["intake_id"])
        return [g for g in goals_from_intake(conclusion) if g["domain"] not in taken]

    # -- writing -----------------------------------------------------------------
    def start(self, client_id: str, intake_id: str | None = None, seed_goals: bool = True) -> str:
        """Start the client's plan from the brede intake (the given one, else the latest completed):
        its support level as the guidance, and one goal per domain it needs support on.
        Starting a plan that exists returns it unchanged."""
        plan_id = plan_id_for(client_id)
        stamp = now_stamp()
        with self._engine.begin() as conn:
            if conn.execute(select(plans.c.id).where(plans.c.id == plan_id)).scalar() is not None:
                return plan_id
            if conn.execute(select(clients.c.id).where(clients.c.id == client_id,
                                                       clients.c.deleted.is_(False))).scalar() is None:
                raise RecordNotFound(client_id)
            intake_id = intake_id or conn.execute(
                select(intakes.c.id).where(intakes.c.client_id == client_id, intakes.c.status == "complete",
                                           intakes.c.deleted.is_(False))
                .order_by(intakes.c.completed_at.desc())).scalar()
            conclusion = _conclusion(conn, intake_id)
            fields = {**empty_plan(), "guidance": conclusion.get("support_level")}
            conn.execute(insert(plans).values(id=plan_id, client_id=client_id, intake_id=intake_id,
                                              created_at=stamp, updated_at=stamp, **to_row(fields)))
            for goal in goals_from_intake(conclusion) if seed_goals else []:
                conn.execute(insert(plan_goals).values(
                    id=intake_goal_id(plan_id, goal["domain"]), plan_id=plan_id, client_id=client_id,
                    created_at=stamp, updated_at=stamp, **to_row(goal)))
        return plan_id

    def update(self, plan_id: str, changes: dict, *, from_duo: bool = False) -> dict:
        """Change header fields; returns the previous values of those that changed (for undo).
        Raises RecordInvalid at the fields changed: bad values, and the law's refusals.
        DUO's term facts change only with DUO's answers (from_duo): nobody types an extension."""
        unknown = set(changes) - set(PLAN_FIELDS)
        if unknown:
            raise ValueError(f"unknown plan fields: {sorted(unknown)}")
        if not from_duo and set(changes) & set(DUO_TERM_FIELDS):
            raise ValueError(f"only DUO's answers set these: {sorted(set(changes) & set(DUO_TERM_FIELDS))}")
        changes = blank_to_none(changes)
        with self._engine.begin() as conn:
            current = self._plan(conn, plan_id)
            merged = {**current, **changes}
            law = check_plan_law(merged, _vestiging(conn, current["client_id"]), set(changes), today=self.today(),
                                 **plan_agreements.in_force(conn, plan_id))
            errors = {**{f: e for f, e in law.items() if f in changes}, **check_plan_fields(changes)}
            if errors:
                raise RecordInvalid(errors)
            changed = {f: v for f, v in changes.items() if v != current[f]}
            if changed:
                conn.execute(update(plans).where(plans.c.id == plan_id)
                             .values(updated_at=now_stamp(), **to_row(changed)))
        return {f: current[f] for f in changed}

    # -- agreed versions ---------------------------------------------------------
    def agree(self, plan_id: str, fields: dict) -> str:
        """Freeze the plan as the next numbered version; see plan_agreements.agree. Returns its id."""
        with self._engine.begin() as conn:
            plan = self._plan(conn, plan_id)
            return plan_agreements.agree(conn, plan, _vestiging(conn, plan["client_id"]), fields)

    def versions(self, plan_id: str) -> list[dict]:
        """Agreed versions, oldest first, without their snapshots."""
        with self._engine.connect() as conn:
            return plan_agreements.version_list(conn, plan_id)

    def version(self, version_id: str) -> dict:
        """One agreed version with its "snapshot" (header, goals and actions as agreed)."""
        with self._engine.connect() as conn:
            return plan_agreements.read_version(conn, version_id)

    def compare(self, old_version_id: str, new_version_id: str) -> PlanDiff:
        """Field by field: header changes, goals and actions added, removed or changed."""
        with self._engine.connect() as conn:
            return plan_agreements.compare(conn, old_version_id, new_version_id)

    def changes_since_agreed(self, plan_id: str) -> PlanDiff | None:
        """What the plan as it stands differs in from the latest agreed version; None before any."""
        with self._engine.connect() as conn:
            return plan_agreements.changes_since_agreed(conn, self._plan(conn, plan_id))

    # -- DUO ---------------------------------------------------------------------
    def duo_facts(self, plan_id: str) -> DuoFacts:
        """What the file knows for DUO's rules: the BSN, the duty's start, settling, the PIPs
        agreed before the latest one (taken as sent), DUO's term when known (else the one from the
        first PIP), and today."""
        with self._engine.connect() as conn:
            plan = self._plan(conn, plan_id)
            client = conn.execute(select(clients.c.bsn, clients.c.vestiging_date)
                                  .where(clients.c.id == plan["client_id"])).mappings().one()
            versions = [v for v in plan_agreements.version_list(conn, plan_id) if v["pip_dated_on"]]
            earlier = [PipOnRecord(as_date(v["pip_dated_on"]),
                                   plan_agreements.read_version(conn, v["id"])["snapshot"]["plan"]["leerroute"] or "")
                       for v in versions[:-1]]
        return DuoFacts(
            bsn=client["bsn"] or "", today=self.today(), duty_start_on=as_date(plan["duty_start_on"]),
            settled_on=as_date(client["vestiging_date"]),
            first_pip=earlier[0] if earlier else None, current_pip=earlier[-1] if earlier else None,
            term=duo_term_of(plan) or (term_from_first_pip(versions[0]["pip_dated_on"]) if versions else None),
            zroute_done_on=as_date(plan["zroute_done_on"]))

    def pip_request(self, plan_id: str) -> DuoRequest:
        """DUO's postPipByBsn from the latest agreed version (RecordInvalid "plan": not_agreed;
        DUO's and the law's refusals at the plan's fields)."""
        with self._engine.connect() as conn:
            latest = plan_agreements.latest_snapshot(conn, plan_id)
        return duo.pip_request(latest["plan"], self.duo_facts(plan_id))

    def result_requests(self, plan_id: str) -> dict[str, DuoRequest]:
        """DUO's MAP, PVT and Z-route requests for the results the plan has a date of. The agreed
        PIP counts as this municipality's current PIP at DUO."""
        plan = self.get_header(plan_id)
        facts = self.duo_facts(plan_id)
        if facts.term is not None:
            first = facts.first_pip or PipOnRecord(facts.term.start, plan["leerroute"] or "")
            facts = replace(facts, first_pip=first, current_pip=PipOnRecord(
                as_date(plan["pip_dated_on"]) or first.dated_on, plan["leerroute"] or ""))
        builders = {"map": (duo.map_request, "map_done_on"), "pvt": (duo.pvt_request, "pvt_done_on"),
                    "zroute": (duo.zroute_request, "zroute_done_on")}
        return {key: build(plan, facts) for key, (build, done) in builders.items() if plan.get(done)}

    def get_header(self, plan_id: str) -> dict:
        """Only the plan's own fields (no parts): for quick checks."""
        with self._engine.connect() as conn:
            return self._plan(conn, plan_id)

    @staticmethod
    def _plan(conn: Connection, plan_id: str) -> dict:
        row = conn.execute(select(plans).where(plans.c.id == plan_id)).mappings().first()
        if row is None or row["deleted"]:
            raise RecordNotFound(plan_id)
        return from_row(row)


def open_actions_query(worker_id: str | None, organisation_id: str | None, limit: int):
    """Open actions of one worker or one organisation, live clients only, by due date."""
    if bool(worker_id) == bool(organisation_id):
        raise ValueError("name a worker or an organisation")
    owner = (plan_actions.c.worker_id == worker_id if worker_id
             else plan_actions.c.organisation_id == organisation_id)
    return (select(plan_actions.c.id, plan_actions.c.plan_id, plan_actions.c.client_id, plan_actions.c.goal_id,
                   plan_actions.c.description, plan_actions.c.due_on, plan_actions.c.status,
                   plan_actions.c.worker_id, plan_actions.c.organisation_id, *_CLIENT)
            .join(clients, clients.c.id == plan_actions.c.client_id)
            .where(owner, _OPEN_ACTION, clients.c.deleted.is_(False))
            .order_by(plan_actions.c.due_on, plan_actions.c.id).limit(limit))


def _live(conn: Connection, table, plan_id: str, order) -> list[dict]:
    return [from_row(r) for r in conn.execute(
        select(table).where(table.c.plan_id == plan_id, table.c.deleted.is_(False))
        .order_by(order, table.c.created_at)).mappings()]


def _vestiging(conn: Connection, client_id: str) -> str | None:
    return conn.execute(select(clients.c.vestiging_date).where(clients.c.id == client_id)).scalar()


def _conclusion(conn: Connection, intake_id: str | None) -> dict:
    if not intake_id:
        return {}
    return read_parts(conn, intake_id).get("conclusion", {}).get("answers", {})

