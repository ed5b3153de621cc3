"""The sociale kaart as synced records (one per top-level HSDS object) and referrals to its
services, a client's records. Both synced: outbox triggers for each.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0011"
down_revision = "0010"
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
        "social_map_items", *_record_columns(),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("name", sa.String(300), nullable=False, server_default=""),
        sa.Column("hsds", sa.Text, nullable=False, server_default="{}"),
    )
    op.create_index("ix_social_map_items_kind", "social_map_items", ["kind"])
    op.create_table(
        "referrals", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("service_id", sa.String(36), nullable=False),
        sa.Column("organisation_id", sa.String(36)),
        sa.Column("referred_on", sa.String(10), nullable=False),
        sa.Column("referred_by", sa.String(36)),
        sa.Column("origin", sa.String(20), nullable=False),
        sa.Column("origin_id", sa.String(36)),
        sa.Column("shared_parts", sa.Text, nullable=False, server_default="[]"),
        sa.Column("consent_given_on", sa.String(10)),
        sa.Column("consent_how", sa.String(12)),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_referrals_client", "referrals", ["client_id"])
    for table in ("social_map_items", "referrals"):
        install_triggers(op.get_bind(), table)


def downgrade() -> None:
    op.drop_table("referrals")  # their triggers go with them
    op.drop_table("social_map_items")
