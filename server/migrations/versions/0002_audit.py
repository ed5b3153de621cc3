"""The audit log: every read and write of client records, by whom, on which device, when.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "audit_log",
        # INTEGER on SQLite: only that is its rowid, numbered by itself.
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("tenant_id", sa.String(36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.String(36)),
        sa.Column("device_id", sa.String(36)),
        sa.Column("worker_id", sa.String(36)),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("entity", sa.String(40)),
        sa.Column("record_id", sa.String(36)),
        sa.Column("record_ids", _JSON),
        sa.Column("client_id", sa.String(36)),
        sa.Column("fields", _JSON),
        sa.Column("conflicts", _JSON),
        sa.Column("reason", sa.Text()),
        sa.Column("made_at", sa.DateTime()),
        sa.Column("op_id", sa.String(64)),
    )
    op.create_index("ix_audit_tenant_client_at", "audit_log", ["tenant_id", "client_id", "at"])
    op.create_index("ix_audit_tenant_worker_at", "audit_log", ["tenant_id", "worker_id", "at"])
    op.create_index("ix_audit_tenant_at", "audit_log", ["tenant_id", "at"])


def downgrade() -> None:
    op.drop_table("audit_log")
