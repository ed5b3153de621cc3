"""The journey (ervaringsreis): stories told about a stage of it, and each stage rated +, 0 or - with a
reason, in a client's file. Synced: a partner receives them with the person's consent to share them.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0010"
down_revision = "0009"  # the id of 0009_duo_term.py
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
        "stories", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("life_domain", sa.String(20), nullable=False, server_default=""),
        sa.Column("told_by_kind", sa.String(10), nullable=False),
        sa.Column("told_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("written_by", sa.String(36), sa.ForeignKey("workers.id")),
        sa.Column("told_on", sa.String(10), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("what_changed", sa.Text, nullable=False, server_default=""),
        sa.Column("why_it_matters", sa.Text, nullable=False, server_default=""),
        sa.Column("text_original", sa.Text, nullable=False, server_default=""),
        sa.Column("original_language", sa.String(8), nullable=False, server_default=""),
        sa.Column("text_nl", sa.Text, nullable=False, server_default=""),
        sa.Column("consent_use", sa.String(10), nullable=False, server_default="none"),
        sa.Column("consent_on", sa.String(10)),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id")),
    )
    op.create_index("ix_stories_client", "stories", ["client_id"])
    op.create_index("ix_stories_told_on", "stories", ["told_on"])
    op.create_table(
        "stage_ratings", *_record_columns(),
        sa.Column("client_id", sa.String(36), sa.ForeignKey("clients.id"), nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("rating", sa.String(1), nullable=False),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("rated_by_kind", sa.String(10), nullable=False),
        sa.Column("organisation_id", sa.String(36), sa.ForeignKey("organisations.id")),
        sa.Column("rated_on", sa.String(10), nullable=False),
    )
    op.create_index("ix_stage_ratings_client", "stage_ratings", ["client_id"])
    op.create_index("ix_stage_ratings_rated_on", "stage_ratings", ["rated_on"])
    install_triggers(op.get_bind(), "stories")
    install_triggers(op.get_bind(), "stage_ratings")


def downgrade() -> None:
    op.drop_table("stage_ratings")  # their triggers go with them
    op.drop_table("stories")
