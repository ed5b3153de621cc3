"""DUO's term kept with the plan: start and end as DUO states them, the extensions with their ground,
a term carried over from a previous municipality, and an exemption or release that changes it.
Synced with the plan header, so the outbox and history triggers are made again for the new columns.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers
from desktop.store.plan_history import install_history

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = ("duo_term_start_on", "duo_term_end_on", "duo_term_extensions", "duo_term_carried_over",
           "duo_exemption_kind", "duo_exemption_on", "duo_exemption_end")


def upgrade() -> None:
    op.add_column("plans", sa.Column("duo_term_start_on", sa.String(10)))
    op.add_column("plans", sa.Column("duo_term_end_on", sa.String(10)))
    op.add_column("plans", sa.Column("duo_term_extensions", sa.Text, nullable=False, server_default="[]"))
    op.add_column("plans", sa.Column("duo_term_carried_over", sa.Boolean, nullable=False,
                                     server_default=sa.text("0")))
    op.add_column("plans", sa.Column("duo_exemption_kind", sa.String(20), nullable=False, server_default=""))
    op.add_column("plans", sa.Column("duo_exemption_on", sa.String(10)))
    op.add_column("plans", sa.Column("duo_exemption_end", sa.String(10)))
    install_triggers(op.get_bind(), "plans")
    install_history(op.get_bind())


def downgrade() -> None:
    conn = op.get_bind()
    for event in ("insert", "update", "delete", "fold"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS plans_outbox_{event}")
    for event in ("insert", "update"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS plans_history_{event}")
    with op.batch_alter_table("plans") as batch:
        for name in COLUMNS:
            batch.drop_column(name)
    install_triggers(conn, "plans")
    install_history(conn)
