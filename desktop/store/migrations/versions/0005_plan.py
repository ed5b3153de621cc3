"""The joint plan (PIP): a header per client; goals, actions, agreed versions, money and
milestones as records of their own; a field-by-field history written by triggers.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers
from desktop.store.plan_history import install_history

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NEW_TABLES = ("plans", "plan_goals", "plan_actions", "plan_versions", "plan_history",
              "plan_tranches", "plan_debt_signals", "plan_milestones")
OPEN_ACTIONS = "deleted = 0 AND status IN ('planned', 'in_progress')"  # as schema.OPEN_ACTIONS_SQL


def _record_columns():
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
    ]


def _owned():
    """Every part of a plan names its plan and, for the partners' queries, its client."""
    return [
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("plans.id"), nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
    ]


def _date(name):
    return sa.Column(name, sa.String(10))


def _text(name, length=None):
    return sa.Column(name, sa.String(length) if length else sa.Text, nullable=False, server_default="")


def _flag(name):
    return sa.Column(name, sa.Boolean, nullable=False, server_default=sa.text("0"))


def upgrade() -> None:
    op.create_table(
        "plans", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("intake_id", sa.String(36), sa.ForeignKey("intakes.id")),
        sa.Column("leerroute", sa.String(1)),
        _text("leerroute_reason"),
        sa.Column("niveau", sa.String(2)),
        sa.Column("intensity_hours", sa.Integer),
        _flag("may_finish_education"),
        sa.Column("literacy_education", sa.String(3)),
        sa.Column("guidance", sa.String(20)),
        sa.Column("dual_track", sa.String(12), nullable=False, server_default="none"),
        _text("dual_track_note"),
        _date("knm_planned_on"), _date("knm_done_on"),
        _date("map_planned_on"), _date("map_done_on"), _text("map_culpable", 3),
        _date("pvt_planned_on"), _date("pvt_done_on"), _text("pvt_culpable", 3),
        _date("zroute_done_on"),
        _date("duty_start_on"), _date("duo_notice_on"), _date("pip_dated_on"),
        _date("ontzorgen_start"), _date("ontzorgen_end"),
        sa.Column("ontzorgen_costs", sa.Text, nullable=False, server_default="[]"),
        _flag("budgetcoach"),
        sa.Column("budgetcoach_org_id", sa.String(36), sa.ForeignKey("organisations.id")),
    )
    op.create_index("ix_plans_client", "plans", ["client_id"])
    op.create_table(
        "plan_goals", *_record_columns(), *_owned(),
        sa.Column("domain", sa.String(20), nullable=False),
        _text("result"),
        _date("target_on"),
        sa.Column("status", sa.String(12), nullable=False, server_default="open"),
    )
    op.create_index("ix_plan_goals_plan", "plan_goals", ["plan_id"])
    op.create_table(
        "plan_actions", *_record_columns(), *_owned(),
        sa.Column("goal_id", sa.String(36), sa.ForeignKey("plan_goals.id")),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id")),
        sa.Column("worker_id", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("due_on", sa.String(10), nullable=False),
        sa.Column("status", sa.String(12), nullable=False, server_default="planned"),
        _text("result_note"),
        _date("done_on"),
    )
    op.create_index("ix_plan_actions_plan", "plan_actions", ["plan_id"])
    op.create_index("ix_plan_actions_open_worker", "plan_actions", ["worker_id", "due_on"],
                    sqlite_where=sa.text(OPEN_ACTIONS))
    op.create_index("ix_plan_actions_open_org", "plan_actions", ["organisation_id", "due_on"],
                    sqlite_where=sa.text(OPEN_ACTIONS))
    op.create_table(
        "plan_versions", *_record_columns(), *_owned(),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("agreed_on", sa.String(10), nullable=False),
        _date("pip_dated_on"),
        sa.Column("present_ids", sa.Text, nullable=False, server_default="[]"),
        _text("present_others", 500),
        sa.Column("client_agrees", sa.Boolean, nullable=False),
        _text("agreement_how", 12),
        _text("agreement_note"),
        sa.Column("agreed_by", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    op.create_index("ix_plan_versions_plan", "plan_versions", ["plan_id", "number"])
    op.create_table(
        "plan_history", *_record_columns(),
        sa.Column("plan_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("author_id", sa.String(36)),
        sa.Column("at", sa.String(32), nullable=False),
    )
    op.create_index("ix_plan_history_plan", "plan_history", ["plan_id", "at"])
    op.create_index("ix_plan_history_field", "plan_history", ["record_id", "field", "created_at"])
    op.create_table(
        "plan_tranches", *_record_columns(), *_owned(),
        sa.Column("amount_cents", sa.Integer, nullable=False),
        sa.Column("paid_on", sa.String(10), nullable=False),
        _text("purpose", 500),
        _flag("checked"),
        _date("checked_on"),
    )
    op.create_index("ix_plan_tranches_plan", "plan_tranches", ["plan_id"])
    op.create_table(
        "plan_debt_signals", *_record_columns(), *_owned(),
        sa.Column("noticed_on", sa.String(10), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        _text("note"),
    )
    op.create_index("ix_plan_debt_signals_plan", "plan_debt_signals", ["plan_id"])
    op.create_table(
        "plan_milestones", *_record_columns(), *_owned(),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("reached_on", sa.String(10), nullable=False),
        sa.Column("skill", sa.String(12)),
        sa.Column("level", sa.String(2)),
        _text("detail", 500),
    )
    op.create_index("ix_plan_milestones_plan", "plan_milestones", ["plan_id"])
    op.create_index("ix_plan_milestones_client", "plan_milestones", ["client_id", "kind"])
    conn = op.get_bind()
    for table in NEW_TABLES:
        install_triggers(conn, table)
    install_history(conn)


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)  # its triggers go with it
