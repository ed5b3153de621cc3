"""Consent: which partner organisation may receive which parts of a client's file, since when,
how it was given, and when it was withdrawn. Synced: the server decides by it what partners receive.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0007"
down_revision = "0006"
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
        "consents", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id"), nullable=False),
        sa.Column("parts", sa.Text, nullable=False, server_default="[]"),
        sa.Column("given_on", sa.String(10), nullable=False),
        sa.Column("how_given", sa.String(12), nullable=False),
        sa.Column("recorded_by", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("withdrawn_on", sa.String(10)),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_consents_client", "consents", ["client_id"])
    install_triggers(op.get_bind(), "consents")


def downgrade() -> None:
    op.drop_table("consents")  # its triggers go with it
