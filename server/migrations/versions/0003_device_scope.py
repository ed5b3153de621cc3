"""What each device may hold: the clients it was last given, so a narrower scope becomes drops.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "device_scopes",
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("held", sa.String(8), nullable=False),
        sa.Column("role", sa.String(40)),
        sa.Column("organisation_id", sa.String(36)),
        sa.Column("scope_seq", sa.BigInteger()),
        sa.Column("pending", sa.String(8)),
        sa.Column("pending_after", sa.BigInteger()),
        sa.Column("pending_cursor", sa.BigInteger()),
        sa.Column("pending_subjects", _JSON),
    )
    op.create_table(
        "device_clients",
        sa.Column("device_id", sa.String(36), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("subject_id", sa.String(36), primary_key=True),
        sa.Column("grant", sa.String(100), nullable=False),
    )
    op.create_table(
        "client_origins",
        sa.Column("tenant_id", sa.String(36), sa.ForeignKey("tenants.id"), primary_key=True),
        sa.Column("client_id", sa.String(36), primary_key=True),
        sa.Column("organisation_id", sa.String(36)),
    )
    op.create_index("ix_client_origins_organisation", "client_origins", ["tenant_id", "organisation_id"])


def downgrade() -> None:
    for table in ("client_origins", "device_clients", "device_scopes"):
        op.drop_table(table)
