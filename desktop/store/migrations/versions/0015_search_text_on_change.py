"""clients.search_text is made again only when a name, V-nummer, BSN or phone really changed: a
sync sets every column of a client it applies, and the trigger wrote each such client twice.

Revision ID: 0015
Revises: 0014
"""

from alembic import op

from desktop.store.search_index import install_search_text

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    install_search_text(op.get_bind())  # drops the triggers, makes them anew, fills the column


def downgrade() -> None:
    pass  # the older trigger did the same work, only more often: nothing to take back
