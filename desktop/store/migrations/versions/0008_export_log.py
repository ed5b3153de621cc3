"""Exports: which file about which client left the encrypted store, when, by whom (this device only).

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
    op.create_table(
        "export_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("worker_id", sa.String(36)),
        sa.Column("client_id", sa.String(36)),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("files", sa.Text, nullable=False),
    )
    op.create_index("ix_export_log_client", "export_log", ["client_id"])


def downgrade() -> None:
    op.drop_table("export_log")
