"""The welcome workshop: the municipality's sessions and each person's invitation and attendance.
Both synced (docs/decisions/0037-welcome-workshop-records.md).

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def _record_columns():
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
    ]


def upgrade() -> None:
    op.create_table(
        "workshop_sessions", *_record_columns(),
        sa.Column("held_on", sa.String(10), nullable=False),
        sa.Column("starts_at", sa.String(5), nullable=False),
        sa.Column("ends_at", sa.String(5)),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
        sa.Column("interpreter", sa.String(200), nullable=False, server_default=""),
        sa.Column("partners_present", sa.Text, nullable=False, server_default="[]"),
        sa.Column("capacity", sa.Integer),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_workshop_sessions_held_on", "workshop_sessions", ["held_on"])
    op.create_table(
        "workshop_invitations", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("session_id", sa.String(36), sa.ForeignKey("workshop_sessions.id"), nullable=False),
        sa.Column("invited_on", sa.String(10), nullable=False),
        sa.Column("invited_by", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("status", sa.String(12), nullable=False, server_default="invited"),
        sa.Column("card_handed_out", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("card_language", sa.String(8), nullable=False, server_default=""),
    )
    op.create_index("ix_workshop_invitations_client", "workshop_invitations", ["client_id"])
    op.create_index("ix_workshop_invitations_session", "workshop_invitations", ["session_id"])
    install_triggers(op.get_bind(), "workshop_sessions")
    install_triggers(op.get_bind(), "workshop_invitations")


def downgrade() -> None:
    op.drop_table("workshop_invitations")  # their triggers go with them
    op.drop_table("workshop_sessions")
