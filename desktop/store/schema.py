"""The tables of the local store, as SQLAlchemy Core.

Every syncable table has a client-made UUID, created/updated stamps, the version the
server last gave it (0: never synced) and a tombstone flag. Migrations in
migrations/versions/ create these tables; this module is what the code queries.
"""

from sqlalchemy import (
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)

metadata = MetaData()

# Tables whose every change goes to the outbox (by trigger, see outbox.py).
SYNCED_TABLES = ("organisations", "workers", "households", "clients",
                 "handovers", "intakes", "visits", "follow_ups", "form_parts")


def _record_columns():
    return [
        Column("id", String(36), primary_key=True),
        Column("created_at", String(32), nullable=False),
        Column("updated_at", String(32), nullable=False),
        Column("version", Integer, nullable=False, server_default=text("0")),
        Column("deleted", Boolean, nullable=False, server_default=text("0")),
    ]


organisations = Table(
    "organisations", metadata, *_record_columns(),
    Column("name", String(200), nullable=False),
    Column("kind", String(40), nullable=False),
)

workers = Table(
    "workers", metadata, *_record_columns(),
    Column("name", String(200), nullable=False),
    Column("role", String(40), nullable=False),
    Column("organisation_id", String(36), ForeignKey("organisations.id")),
    Column("email", String(200), nullable=False, server_default=""),
)

households = Table(
    "households", metadata, *_record_columns(),
    Column("label", String(200), nullable=False, server_default=""),
)

clients = Table(
    "clients", metadata, *_record_columns(),
    Column("household_id", String(36), ForeignKey("households.id")),
    Column("household_role", String(20), nullable=False, server_default="hoofdpersoon"),
    Column("given_names", String(200), nullable=False),
    Column("family_name", String(200), nullable=False),
    Column("given_names_usual", String(200), nullable=False, server_default=""),
    Column("family_name_usual", String(200), nullable=False, server_default=""),
    Column("date_of_birth", String(10)),
    Column("sex", String(1)),
    Column("country_of_origin", String(8)),
    Column("languages", Text, nullable=False, server_default="[]"),
    Column("interpreter_needed", Boolean, nullable=False, server_default=text("0")),
    Column("interpreter_language", String(8), nullable=False, server_default=""),
    Column("v_number", String(20), nullable=False, server_default=""),
    Column("bsn", String(9), nullable=False, server_default=""),
    Column("phone", String(40), nullable=False, server_default=""),
    Column("email", String(200), nullable=False, server_default=""),
    Column("address_street", String(200), nullable=False, server_default=""),
    Column("address_postcode", String(8), nullable=False, server_default=""),
    Column("address_city", String(200), nullable=False, server_default=""),
    Column("azc_location", String(200), nullable=False, server_default=""),
    Column("koppeling_date", String(10)),
    Column("vestiging_date", String(10)),
    Column("stage", String(20), nullable=False, server_default="koppeling"),
    Column("klantmanager_id", String(36), ForeignKey("workers.id")),
    Column("begeleider_id", String(36), ForeignKey("workers.id")),
    Column("partner_org_ids", Text, nullable=False, server_default="[]"),
    Column("notes", Text, nullable=False, server_default=""),
    Column("search_text", Text, nullable=False, server_default=""),  # derived, local: search_index.py
)
Index("ix_clients_family_name", clients.c.family_name)
Index("ix_clients_stage", clients.c.stage)
Index("ix_clients_klantmanager", clients.c.klantmanager_id)
Index("ix_clients_begeleider", clients.c.begeleider_id)
Index("ix_clients_origin", clients.c.country_of_origin)
Index("ix_clients_household", clients.c.household_id)

# -- fieldwork: the three conversations and what they record -----------------------------
handovers = Table(
    "handovers", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("worker_id", String(36), ForeignKey("workers.id")),
    Column("variant", String(20), nullable=False, server_default="quick_start"),
    Column("coa_name", String(200), nullable=False, server_default=""),
    Column("coa_location", String(200), nullable=False, server_default=""),
    Column("coa_phone", String(40), nullable=False, server_default=""),
    Column("held_at", String(16)),  # yyyy-mm-ddThh:mm, local time of the call
    Column("status", String(12), nullable=False, server_default="draft"),
)
Index("ix_handovers_client", handovers.c.client_id)

intakes = Table(
    "intakes", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("worker_id", String(36), ForeignKey("workers.id")),
    Column("held_on", String(10)),
    Column("conversation_language", String(8), nullable=False, server_default=""),
    Column("interpreter_present", Boolean, nullable=False, server_default=text("0")),
    Column("present_ids", Text, nullable=False, server_default="[]"),  # workers of the chain present
    Column("status", String(12), nullable=False, server_default="draft"),
    Column("completed_at", String(32)),
)
Index("ix_intakes_client", intakes.c.client_id)

visits = Table(
    "visits", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("planned_on", String(10), nullable=False),
    Column("planned_time", String(5), nullable=False, server_default=""),
    Column("address", String(300), nullable=False, server_default=""),
    Column("visitor_ids", Text, nullable=False, server_default="[]"),
    Column("outcome", String(12), nullable=False, server_default="planned"),
    Column("reported_at", String(32)),
    Column("reported_by", String(36), ForeignKey("workers.id")),
)
Index("ix_visits_client", visits.c.client_id)
Index("ix_visits_planned_on", visits.c.planned_on)

follow_ups = Table(
    "follow_ups", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("visit_id", String(36), ForeignKey("visits.id")),
    Column("description", String(500), nullable=False),
    Column("due_on", String(10), nullable=False),
    Column("owner_id", String(36), ForeignKey("workers.id"), nullable=False),
    Column("done_on", String(10)),
)
Index("ix_follow_ups_due", follow_ups.c.due_on)
Index("ix_follow_ups_visit", follow_ups.c.visit_id)

# One row per part of a conversation form (domain/forms.py). Its id is derived from
# (owner_id, part), so two devices filling in the same part offline make the same record.
form_parts = Table(
    "form_parts", metadata, *_record_columns(),
    Column("form", String(20), nullable=False),  # handover, intake, visit
    Column("owner_id", String(36), nullable=False),  # the handover, intake or visit
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("part", String(40), nullable=False),
    Column("answers", Text, nullable=False, server_default="{}"),
    Column("notes", Text, nullable=False, server_default=""),
    Column("special", Boolean, nullable=False, server_default=text("0")),  # health: AVG art. 9
)
Index("ix_form_parts_owner", form_parts.c.owner_id)

outbox = Table(
    "outbox", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(36), nullable=False, unique=True),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("op", String(10), nullable=False),  # insert, update, delete
    Column("before", Text),  # the whole row before, as JSON: the merge base
    Column("after", Text),  # the whole row after, as JSON
    Column("author_id", String(36)),
    Column("created_at", String(32), nullable=False),
    # Set by the sync engine before sending; from then on a later edit gets its own entry.
    Column("claimed", Boolean, nullable=False, server_default=text("0")),
)

# While a row is here, triggers write nothing to the outbox: the sync engine applying
# the server's changes must not send them back.
sync_applying = Table("sync_applying", metadata, Column("flag", Integer, primary_key=True))

device_state = Table(
    "device_state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text),
)
