"""Fieldwork: handovers, intakes, home visits, follow-ups and the parts of their forms;
the outbox learns which entries are being sent, so that unsent edits can fold together.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TABLES = ("handovers", "intakes", "visits", "follow_ups", "form_parts")
OLD_TABLES = ("organisations", "workers", "households", "clients")


def _record_columns():
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
    ]


def upgrade() -> None:
    op.add_column("outbox", sa.Column("claimed", sa.Boolean, nullable=False, server_default=sa.text("0")))
    op.create_index("ix_outbox_record", "outbox", ["entity", "record_id"])  # folding finds the latest entry
    op.create_table(
        "handovers", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("worker_id", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("variant", sa.String(20), nullable=False, server_default="quick_start"),
        sa.Column("coa_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("coa_location", sa.String(200), nullable=False, server_default=""),
        sa.Column("coa_phone", sa.String(40), nullable=False, server_default=""),
        sa.Column("held_at", sa.String(16)),
        sa.Column("status", sa.String(12), nullable=False, server_default="draft"),
    )
    op.create_index("ix_handovers_client", "handovers", ["client_id"])
    op.create_table(
        "intakes", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("worker_id", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("held_on", sa.String(10)),
        sa.Column("conversation_language", sa.String(8), nullable=False, server_default=""),
        sa.Column("interpreter_present", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("present_ids", sa.Text, nullable=False, server_default="[]"),
        sa.Column("status", sa.String(12), nullable=False, server_default="draft"),
        sa.Column("completed_at", sa.String(32)),
    )
    op.create_index("ix_intakes_client", "intakes", ["client_id"])
    op.create_table(
        "visits", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("planned_on", sa.String(10), nullable=False),
        sa.Column("planned_time", sa.String(5), nullable=False, server_default=""),
        sa.Column("address", sa.String(300), nullable=False, server_default=""),
        sa.Column("visitor_ids", sa.Text, nullable=False, server_default="[]"),
        sa.Column("outcome", sa.String(12), nullable=False, server_default="planned"),
        sa.Column("reported_at", sa.String(32)),
        sa.Column("reported_by", sa.String(36), sa.ForeignKey("workers.id")),
    )
    op.create_index("ix_visits_client", "visits", ["client_id"])
    op.create_index("ix_visits_planned_on", "visits", ["planned_on"])
    op.create_table(
        "follow_ups", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("visit_id", sa.String(36), sa.ForeignKey("visits.id")),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("due_on", sa.String(10), nullable=False),
        sa.Column("owner_id", sa.String(36), sa.ForeignKey("workers.id"), nullable=False),
        sa.Column("done_on", sa.String(10)),
    )
    op.create_index("ix_follow_ups_due", "follow_ups", ["due_on"])
    op.create_index("ix_follow_ups_visit", "follow_ups", ["visit_id"])
    op.create_table(
        "form_parts", *_record_columns(),
        sa.Column("form", sa.String(20), nullable=False),
        sa.Column("owner_id", sa.String(36), nullable=False),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("part", sa.String(40), nullable=False),
        sa.Column("answers", sa.Text, nullable=False, server_default="{}"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("special", sa.Boolean, nullable=False, server_default=sa.text("0")),
    )
    op.create_index("ix_form_parts_owner", "form_parts", ["owner_id"])
    conn = op.get_bind()
    for table in OLD_TABLES + NEW_TABLES:
        install_triggers(conn, table)


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
    op.drop_index("ix_outbox_record", "outbox")
    op.drop_column("outbox", "claimed")
    conn = op.get_bind()
    for table in OLD_TABLES:
        install_triggers(conn, table)
