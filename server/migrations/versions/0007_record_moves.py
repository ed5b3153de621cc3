"""Records moved from one client to another (duplicates merged), so a device that held only the
first is told to drop them (server/record_moves.py, docs/decisions/0030-moved-records-leave-devices.md).

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "record_moves",
        sa.Column("tenant_id", sa.String(36), sa.ForeignKey("tenants.id"), primary_key=True),
        sa.Column("version", sa.BigInteger(), primary_key=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("from_client_id", sa.String(36), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("record_moves")
