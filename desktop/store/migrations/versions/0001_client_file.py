"""The client file: households, clients, and the outbox that sync ships.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0001"
down_revision = None
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
        "households", *_record_columns(),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
    )
    op.create_table(
        "clients", *_record_columns(),
        sa.Column("household_id", sa.String(36), sa.ForeignKey("households.id")),
        sa.Column("household_role", sa.String(20), nullable=False, server_default="hoofdpersoon"),
        sa.Column("given_names", sa.String(200), nullable=False),
        sa.Column("family_name", sa.String(200), nullable=False),
        sa.Column("given_names_usual", sa.String(200), nullable=False, server_default=""),
        sa.Column("family_name_usual", sa.String(200), nullable=False, server_default=""),
        sa.Column("date_of_birth", sa.String(10)),
        sa.Column("sex", sa.String(1)),
        sa.Column("country_of_origin", sa.String(8)),
        sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
        sa.Column("interpreter_needed", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("interpreter_language", sa.String(8), nullable=False, server_default=""),
        sa.Column("v_number", sa.String(20), nullable=False, server_default=""),
        sa.Column("bsn", sa.String(9), nullable=False, server_default=""),
        sa.Column("phone", sa.String(40), nullable=False, server_default=""),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("address_street", sa.String(200), nullable=False, server_default=""),
        sa.Column("address_postcode", sa.String(8), nullable=False, server_default=""),
        sa.Column("address_city", sa.String(200), nullable=False, server_default=""),
        sa.Column("azc_location", sa.String(200), nullable=False, server_default=""),
        sa.Column("koppeling_date", sa.String(10)),
        sa.Column("vestiging_date", sa.String(10)),
        sa.Column("stage", sa.String(20), nullable=False, server_default="koppeling"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_clients_family_name", "clients", ["family_name"])
    op.create_index("ix_clients_stage", "clients", ["stage"])
    op.create_index("ix_clients_origin", "clients", ["country_of_origin"])
    op.create_index("ix_clients_household", "clients", ["household_id"])
    op.create_table(
        "outbox",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False, unique=True),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("author_id", sa.String(36)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table("sync_applying", sa.Column("flag", sa.Integer, primary_key=True))
    op.create_table(
        "device_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text),
    )
    conn = op.get_bind()
    for table in ("households", "clients"):
        install_triggers(conn, table)


def downgrade() -> None:
    for table in ("device_state", "sync_applying", "outbox", "clients", "households"):
        op.drop_table(table)
