"""A municipality's region and whether it shares its aggregate figures with it
(server/region_settings.py, docs/decisions/0035-regional-figures.md). Not shared by default.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: SQLite's copy-and-rename of a batch would trip over the tenants' foreign keys.
    op.add_column("tenants", sa.Column("region", sa.String(100), nullable=True))
    op.add_column("tenants", sa.Column("share_region", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("tenants", "share_region")
    op.drop_column("tenants", "region")
