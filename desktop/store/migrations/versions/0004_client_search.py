"""A prepared search text per client for search-as-you-type (derived, local, not synced);
an index in caseload name order, so the first page of a broad search needs no full sort.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

from desktop.store.search_index import install_search_text

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NAME_KEY = "lower(coalesce(nullif(family_name_usual, ''), family_name))"


def upgrade() -> None:
    op.add_column("clients", sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    op.execute(f"CREATE INDEX ix_clients_name_key ON clients ({NAME_KEY})")
    install_search_text(op.get_bind())


def downgrade() -> None:
    for event in ("insert", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS clients_search_{event}")
    op.execute("DROP INDEX ix_clients_name_key")
    op.drop_column("clients", "search_text")
