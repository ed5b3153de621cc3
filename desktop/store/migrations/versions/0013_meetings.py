"""The monitoring meeting: the municipality's record of a monitoringsoverleg (no client), synced.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitoring_meetings",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("participants", sa.Text, nullable=False, server_default="[]"),
        sa.Column("cohort_by", sa.String(12), nullable=False, server_default="vestiging"),
        sa.Column("figures", sa.Text),
        sa.Column("stories", sa.Text, nullable=False, server_default="[]"),
        sa.Column("decisions", sa.Text, nullable=False, server_default="[]"),
        sa.Column("actions", sa.Text, nullable=False, server_default="[]"),
        sa.Column("previous_id", sa.String(36)),
        sa.Column("carried_actions", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_index("ix_monitoring_meetings_held_on", "monitoring_meetings", ["held_on"])
    install_triggers(op.get_bind(), "monitoring_meetings")


def downgrade() -> None:
    op.drop_table("monitoring_meetings")  # its triggers go with it
