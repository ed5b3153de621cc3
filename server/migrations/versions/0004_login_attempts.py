"""Failed sign-ins, so the login throttle holds across every server process.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_attempts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("address", sa.String(64), nullable=False),
        sa.Column("failed_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_login_attempts_username", "login_attempts", ["username", "failed_at"])
    op.create_index("ix_login_attempts_address", "login_attempts", ["address", "failed_at"])
    op.create_index("ix_login_attempts_failed_at", "login_attempts", ["failed_at"])


def downgrade() -> None:
    op.drop_table("login_attempts")
