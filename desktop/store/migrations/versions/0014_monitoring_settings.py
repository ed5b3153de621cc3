"""The municipality's monitoring settings as a synced record: H1's housing norm, H2's taakstelling per
half year and the journey's stages, one record per tenant under a fixed id (decision 0038).

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.outbox import install_triggers

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "monitoring_settings",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer, nullable=False, server_default=sa.text("0")),
        sa.Column("deleted", sa.Boolean, nullable=False, server_default=sa.text("0")),
        sa.Column("housing_norm_weeks", sa.Integer),
        sa.Column("quotas", sa.Text, nullable=False, server_default="{}"),
        sa.Column("journey_stages", sa.Text, nullable=False, server_default="[]"),
    )
    install_triggers(op.get_bind(), "monitoring_settings")


def downgrade() -> None:
    op.drop_table("monitoring_settings")  # its triggers go with it
