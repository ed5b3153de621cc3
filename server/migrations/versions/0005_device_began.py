"""Where each device's history starts, so a partner's first sync is not sent drops of records it
never held (server/pull_scope.py, docs/decisions/0011-who-sees-what.md).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device_scopes", sa.Column("began", sa.BigInteger()))  # NULL: from the start
    op.add_column("devices", sa.Column("first_push_seq", sa.BigInteger()))
    # Devices signed in before this: what they pushed, they may have pushed at any seq.
    op.execute("UPDATE devices SET first_push_seq = 0")


def downgrade() -> None:
    op.drop_column("devices", "first_push_seq")
    op.drop_column("device_scopes", "began")
