"""The consent part a partner needs for each record, as a column: a partner's pull asks for its
parts in SQL instead of reading every row of its clients (server/visibility.py partner_part,
docs/decisions/0011-who-sees-what.md).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from server.visibility import partner_part

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH = 1000  # records read and filled at a time, in seq order per tenant
_JSON = sa.JSON().with_variant(JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column("records", sa.Column("part", sa.String(16)))
    records = sa.table("records", sa.column("tenant_id"), sa.column("version"), sa.column("entity"),
                       sa.column("record_id"), sa.column("data", _JSON), sa.column("part"))
    fill = sa.update(records).where(records.c.tenant_id == sa.bindparam("t"), records.c.entity == sa.bindparam("e"),
                                    records.c.record_id == sa.bindparam("r")).values(part=sa.bindparam("p"))
    conn = op.get_bind()
    for tenant_id in conn.execute(sa.select(records.c.tenant_id).distinct()).scalars().all():
        after = -1
        while batch := conn.execute(sa.select(records.c.version, records.c.entity, records.c.record_id, records.c.data)
                                    .where(records.c.tenant_id == tenant_id, records.c.version > after)
                                    .order_by(records.c.version).limit(_BATCH)).all():
            parts = [{"t": tenant_id, "e": e, "r": r, "p": part} for _, e, r, data in batch
                     if (part := partner_part(e, data)) is not None]
            if parts:
                conn.execute(fill, parts)
            after = batch[-1].version


def downgrade() -> None:
    op.drop_column("records", "part")
