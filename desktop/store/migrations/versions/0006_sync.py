"""Sync: conflicts kept for a person (synced), operations the server refused (this device only),
pairs of clients a person said are not the same (synced), and indexes for finding duplicates.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

SYNCED = ("sync_conflicts", "duplicate_dismissals")


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
        "sync_conflicts", *_record_columns(),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36)),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("base", sa.Text),
        sa.Column("mine", sa.Text),
        sa.Column("theirs", sa.Text),
        sa.Column("mine_author", sa.String(64)),
        sa.Column("theirs_author", sa.String(64)),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.text("0")),
    )
    op.create_index("ix_sync_conflicts_record", "sync_conflicts", ["entity", "record_id", "field"])
    op.create_table(
        "sync_rejects",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(64), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("fields", sa.Text),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("rejected_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "duplicate_dismissals", *_record_columns(),
        sa.Column("client_a", sa.String(36), nullable=False),
        sa.Column("client_b", sa.String(36), nullable=False),
    )
    op.create_index("ix_duplicate_dismissals_pair", "duplicate_dismissals", ["client_a", "client_b"])
    op.create_index("ix_clients_v_number", "clients", ["v_number"])
    op.create_index("ix_clients_bsn", "clients", ["bsn"])
    conn = op.get_bind()
    for table in SYNCED:
        install_triggers(conn, table)


def downgrade() -> None:
    op.drop_index("ix_clients_bsn", "clients")
    op.drop_index("ix_clients_v_number", "clients")
    for table in ("duplicate_dismissals", "sync_rejects", "sync_conflicts"):
        op.drop_table(table)  # its triggers go with it
