"""A client's stage as SQL: the domain's STAGE_RULE over what the store holds, read at query time.

The stored `stage` column keeps only what no record shows: that the worker recorded the end of
guidance ("zelfstandig"). Everything else follows from the handovers, intakes, plan and the
vestiging date (docs/decisions/0027-stage-follows-the-record.md). Handovers and intakes are held
with the household's main person, so they count for every member of the household; a plan is
each person's own.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, case, exists, literal, or_, select
from sqlalchemy.sql import ColumnElement

from desktop.store.schema import clients, handovers, intakes, plan_versions, plans
from domain import client as rules

_member = clients.alias("stage_member")


def _in_household(table, extra: tuple[ColumnElement, ...] = ()) -> ColumnElement:
    """A live row of `table` for this client or another member of their household. Written so
    each lookup goes through the table's client_id index (per member), never a scan."""
    def held_by(client_id) -> ColumnElement:
        return exists(select(literal(1)).where(table.c.client_id == client_id, table.c.deleted.is_(False), *extra))

    members = exists(select(literal(1)).where(_member.c.household_id == clients.c.household_id,
                                              _member.c.id != clients.c.id, held_by(_member.c.id)))
    return or_(held_by(clients.c.id), and_(clients.c.household_id.is_not(None), members))


def fact_columns(today: date) -> dict[str, ColumnElement]:
    """Each route fact as a condition on the `clients` row of the query."""
    return {
        rules.HANDOVER_STARTED: _in_household(handovers),
        rules.HANDOVER_DONE: _in_household(handovers, (handovers.c.status == "complete",)),
        rules.INTAKE_STARTED: _in_household(intakes),
        rules.INTAKE_DONE: _in_household(intakes, (intakes.c.status == "complete",)),
        rules.PLAN_STARTED: exists(select(literal(1)).where(plans.c.client_id == clients.c.id,
                                                             plans.c.deleted.is_(False))),
        # through the plan: plan_versions is indexed on plan_id, not on client_id
        rules.PLAN_AGREED: exists(select(literal(1)).select_from(
            plans.join(plan_versions, plan_versions.c.plan_id == plans.c.id)).where(
            plans.c.client_id == clients.c.id, plan_versions.c.deleted.is_(False))),
        rules.HOUSED: and_(clients.c.vestiging_date.is_not(None), clients.c.vestiging_date != "",
                           clients.c.vestiging_date <= today.isoformat()),
        rules.INDEPENDENT: clients.c.stage == rules.Stage.ZELFSTANDIG.value,
    }


def stage_column(today: date | None = None) -> ColumnElement:
    """The stage of each `clients` row: the same answer as domain stage_of."""
    facts = fact_columns(today or date.today())
    whens = [(and_(*(facts[f] for f in needed)), literal(stage.value)) for stage, needed in rules.STAGE_RULE]
    return case(*whens, else_=literal(rules.Stage.KOPPELING.value))

