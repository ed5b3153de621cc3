"""The seq of the tenant's latest change that may move a scope (an assignment, a household, a
worker, a consent), kept beside its counter: a pull and a push ask it with one read of a row they
read anyway, instead of probing records, and a note on a client no longer counts as one
(server/scope_moves.py, docs/decisions/0039-scope-moves.md).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("tenant_sequences", sa.Column("scope_seq", sa.BigInteger(), nullable=False, server_default="0"))
    # Not known for what came before: as if everything so far moved a scope (each device's next
    # pull works its scope out once, as it would have).
    op.execute("UPDATE tenant_sequences SET scope_seq = last_seq")


def downgrade() -> None:
    with op.batch_alter_table("tenant_sequences") as batch:
        batch.drop_column("scope_seq")
