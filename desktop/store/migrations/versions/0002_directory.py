"""The chain's directory: organisations and workers, and who is assigned to a client.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0002"
down_revision = "0001"
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
        "organisations", *_record_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
    )
    op.create_table(
        "workers", *_record_columns(),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id")),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
    )
    # Batch mode rebuilds the table (SQLite cannot add a foreign key in place); the
    # rebuild drops the outbox triggers, which are installed again below.
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("klantmanager_id", sa.String(36)))
        batch.add_column(sa.Column("begeleider_id", sa.String(36)))
        batch.add_column(sa.Column("partner_org_ids", sa.Text, nullable=False, server_default="[]"))
        batch.create_foreign_key("fk_clients_klantmanager", "workers", ["klantmanager_id"], ["id"])
        batch.create_foreign_key("fk_clients_begeleider", "workers", ["begeleider_id"], ["id"])
        batch.create_index("ix_clients_klantmanager", ["klantmanager_id"])
        batch.create_index("ix_clients_begeleider", ["begeleider_id"])
    conn = op.get_bind()
    for table in ("organisations", "workers", "clients"):
        install_triggers(conn, table)


def downgrade() -> None:
    op.drop_index("ix_clients_begeleider", "clients")
    op.drop_index("ix_clients_klantmanager", "clients")
    with op.batch_alter_table("clients") as batch:
        batch.drop_column("partner_org_ids")
        batch.drop_column("begeleider_id")
        batch.drop_column("klantmanager_id")
    op.drop_table("workers")
    op.drop_table("organisations")
    install_triggers(op.get_bind(), "clients")
