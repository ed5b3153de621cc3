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

Index("ix_outbox_record", outbox.c.entity, outbox.c.record_id)

# While a row is here, triggers write nothing to the outbox: the sync engine applying
# the server's changes must not send them back.
sync_applying = Table("sync_applying", metadata, Column("flag", Integer, primary_key=True))

device_state = Table(
    "device_state", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text),
)


# -- the joint plan (PIP): a header per client, and its parts as records of their own -------
# Separate records so two partners editing different goals, actions or money records offline
# never touch the same row (docs/decisions/0008-plan-records.md).
PLAN_TABLES = ("plans", "plan_goals", "plan_actions", "plan_versions", "plan_history",
               "plan_tranches", "plan_debt_signals", "plan_milestones")
SYNCED_TABLES += PLAN_TABLES
# The open-actions indexes are partial on this condition; queries repeat it as literal SQL,
# since SQLite uses a partial index only when it can see the query implies its condition.
OPEN_ACTIONS_SQL = "deleted = 0 AND status IN ('planned', 'in_progress')"

plans = Table(
    "plans", metadata, *_record_columns(),  # id: domain.plan.plan_id_for(client_id)
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("intake_id", String(36), ForeignKey("intakes.id")),
    # the route
    Column("leerroute", String(1)),  # B, O, Z
    Column("leerroute_reason", Text, nullable=False, server_default=""),
    Column("niveau", String(2)),  # A2, B1
    Column("intensity_hours", Integer),  # geschatteIntensiteitB1Route
    Column("may_finish_education", Boolean, nullable=False, server_default=text("0")),
    Column("literacy_education", String(3)),  # A, AA, NVT
    Column("guidance", String(20)),
    Column("dual_track", String(12), nullable=False, server_default="none"),
    Column("dual_track_note", Text, nullable=False, server_default=""),
    # the parts: KNM, MAP, PVT, and completing the Z-route
    Column("knm_planned_on", String(10)),
    Column("knm_done_on", String(10)),
    Column("map_planned_on", String(10)),
    Column("map_done_on", String(10)),  # datumEindgesprekMap
    Column("map_culpable", String(3), nullable=False, server_default=""),  # verwijtbaar: yes, no
    Column("pvt_planned_on", String(10)),
    Column("pvt_done_on", String(10)),  # datumOndertekeningPvt
    Column("pvt_culpable", String(3), nullable=False, server_default=""),
    Column("zroute_done_on", String(10)),
    # the law's dates
    Column("duty_start_on", String(10)),  # inburgeringsplicht starts
    Column("duo_notice_on", String(10)),  # DUO event SS139: the 10 weeks start
    Column("pip_dated_on", String(10)),  # dagtekening of the current PIP
    # DUO's term as DUO states it (migration 0009; set only from DUO's answers)
    Column("duo_term_start_on", String(10)),
    Column("duo_term_end_on", String(10)),  # exclusive, as DUO's einddatum
    Column("duo_term_extensions", Text, nullable=False, server_default="[]"),  # [{ground, text, end_on}]
    Column("duo_term_carried_over", Boolean, nullable=False, server_default=text("0")),  # event SS121
    Column("duo_exemption_kind", String(20), nullable=False, server_default=""),
    Column("duo_exemption_on", String(10)),
    Column("duo_exemption_end", String(10)),
    # money
    Column("ontzorgen_start", String(10)),
    Column("ontzorgen_end", String(10)),
    Column("ontzorgen_costs", Text, nullable=False, server_default="[]"),
    Column("budgetcoach", Boolean, nullable=False, server_default=text("0")),
    Column("budgetcoach_org_id", String(36), ForeignKey("organisations.id")),
)
Index("ix_plans_client", plans.c.client_id)

plan_goals = Table(
    "plan_goals", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("domain", String(20), nullable=False),
    Column("result", Text, nullable=False, server_default=""),  # the desired result
    Column("target_on", String(10)),
    Column("status", String(12), nullable=False, server_default="open"),
)
Index("ix_plan_goals_plan", plan_goals.c.plan_id)

plan_actions = Table(
    "plan_actions", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("goal_id", String(36), ForeignKey("plan_goals.id")),
    Column("description", String(500), nullable=False),
    Column("organisation_id", String(36), ForeignKey("organisations.id")),
    Column("worker_id", String(36), ForeignKey("workers.id")),
    Column("due_on", String(10), nullable=False),
    Column("status", String(12), nullable=False, server_default="planned"),
    Column("result_note", Text, nullable=False, server_default=""),
    Column("done_on", String(10)),
)
Index("ix_plan_actions_plan", plan_actions.c.plan_id)
# "My actions": open actions of one worker or one organisation in due order, read from the index.
Index("ix_plan_actions_open_worker", plan_actions.c.worker_id, plan_actions.c.due_on,
      sqlite_where=text(OPEN_ACTIONS_SQL))
Index("ix_plan_actions_open_org", plan_actions.c.organisation_id, plan_actions.c.due_on,
      sqlite_where=text(OPEN_ACTIONS_SQL))

# Immutable once written (trigger): an agreed version and the plan as it stood.
plan_versions = Table(
    "plan_versions", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("agreed_on", String(10), nullable=False),
    Column("pip_dated_on", String(10)),
    Column("present_ids", Text, nullable=False, server_default="[]"),  # workers of the chain
    Column("present_others", String(500), nullable=False, server_default=""),  # interpreter, family
    Column("client_agrees", Boolean, nullable=False),
    Column("agreement_how", String(12), nullable=False, server_default=""),
    Column("agreement_note", Text, nullable=False, server_default=""),
    Column("agreed_by", String(36), ForeignKey("workers.id")),
    Column("snapshot", Text, nullable=False),  # JSON: domain.plan_versions.make_snapshot
)
Index("ix_plan_versions_plan", plan_versions.c.plan_id, plan_versions.c.number)

# Append-only, written by triggers on the plan's tables (plan_history.py): who changed which field.
plan_history = Table(
    "plan_history", metadata, *_record_columns(),
    Column("plan_id", String(36), nullable=False),
    Column("entity", String(40), nullable=False),  # the table
    Column("record_id", String(36), nullable=False),
    Column("field", String(40), nullable=False),
    Column("old", Text),
    Column("new", Text),
    Column("author_id", String(36)),
    Column("at", String(32), nullable=False),
)
Index("ix_plan_history_plan", plan_history.c.plan_id, plan_history.c.at)
Index("ix_plan_history_field", plan_history.c.record_id, plan_history.c.field, plan_history.c.created_at)

plan_tranches = Table(  # inrichtingskrediet, paid in tranches with a check on spending
    "plan_tranches", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("amount_cents", Integer, nullable=False),
    Column("paid_on", String(10), nullable=False),
    Column("purpose", String(500), nullable=False, server_default=""),
    Column("checked", Boolean, nullable=False, server_default=text("0")),
    Column("checked_on", String(10)),
)
Index("ix_plan_tranches_plan", plan_tranches.c.plan_id)

plan_debt_signals = Table(
    "plan_debt_signals", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("noticed_on", String(10), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("note", Text, nullable=False, server_default=""),
)
Index("ix_plan_debt_signals_plan", plan_debt_signals.c.plan_id)

plan_milestones = Table(
    "plan_milestones", metadata, *_record_columns(),
    Column("plan_id", String(36), ForeignKey("plans.id"), nullable=False),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("kind", String(30), nullable=False),
    Column("reached_on", String(10), nullable=False),
    Column("skill", String(12)),  # language_level only
    Column("level", String(2)),  # language_level only
    Column("detail", String(500), nullable=False, server_default=""),
)
Index("ix_plan_milestones_plan", plan_milestones.c.plan_id)
Index("ix_plan_milestones_client", plan_milestones.c.client_id, plan_milestones.c.kind)


# -- sync: conflicts kept for a person, operations the server refused, pairs not the same person ----
# sync_conflicts and duplicate_dismissals are records like any other: every device sees them.
# sync_rejects is this device's own list of what the server refused (docs/decisions/0010-sync-engine.md).
SYNC_RECORD_TABLES = ("sync_conflicts", "duplicate_dismissals")
SYNCED_TABLES += SYNC_RECORD_TABLES

sync_conflicts = Table(
    "sync_conflicts", metadata, *_record_columns(),
    Column("entity", String(40), nullable=False),  # the table of the record in conflict
    Column("record_id", String(36), nullable=False),
    Column("client_id", String(36)),  # whose file the record belongs to, when it has one
    Column("field", String(40), nullable=False),
    Column("base", Text),  # JSON: the value both sides started from
    Column("mine", Text),  # JSON: the value set aside
    Column("theirs", Text),  # JSON: the value the record kept
    Column("mine_author", String(64)),
    Column("theirs_author", String(64)),
    Column("resolved", Boolean, nullable=False, server_default=text("0")),
)
Index("ix_sync_conflicts_record", sync_conflicts.c.entity, sync_conflicts.c.record_id, sync_conflicts.c.field)

sync_rejects = Table(
    "sync_rejects", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(64), nullable=False),
    Column("entity", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("op", String(10), nullable=False),
    Column("fields", Text),  # JSON: the record as this device sent it
    Column("reason", Text, nullable=False),  # the server's sentence, for the person
    Column("rejected_at", String(32), nullable=False),
)

duplicate_dismissals = Table(  # id: duplicates.dismissal_id(pair), the same on every device
    "duplicate_dismissals", metadata, *_record_columns(),
    Column("client_a", String(36), nullable=False),  # the smaller id of the pair
    Column("client_b", String(36), nullable=False),
)
Index("ix_duplicate_dismissals_pair", duplicate_dismissals.c.client_a, duplicate_dismissals.c.client_b)
# The likely-duplicates query joins clients on these after every pull.
Index("ix_clients_v_number", clients.c.v_number)
Index("ix_clients_bsn", clients.c.bsn)

# -- consent: what a client agreed to share with which partner organisation (domain/consent_parts.py) --
# The server sends a partner organisation only the clients who consented to it, and only the parts named.
SYNCED_TABLES += ("consents",)

consents = Table(
    "consents", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("organisation_id", String(36), ForeignKey("organisations.id"), nullable=False),
    Column("parts", Text, nullable=False, server_default="[]"),  # JSON list of ConsentPart
    Column("given_on", String(10), nullable=False),
    Column("how_given", String(12), nullable=False),  # mondeling, schriftelijk, digitaal
    Column("recorded_by", String(36), ForeignKey("workers.id")),
    Column("withdrawn_on", String(10)),
    Column("notes", Text, nullable=False, server_default=""),
)
Index("ix_consents_client", consents.c.client_id)

# -- the monitoring meeting: the municipality's, no client (domain/monitoring/meeting.py) ----------
# The lists and the frozen figures are JSON text here and travel as JSON values (sync_apply.ENCODED).
SYNCED_TABLES += ("monitoring_meetings",)

monitoring_meetings = Table(
    "monitoring_meetings", metadata, *_record_columns(),
    Column("held_on", String(10), nullable=False),
    Column("title", String(200), nullable=False, server_default=""),
    Column("participants", Text, nullable=False, server_default="[]"),  # [{name, organisation, worker_id}]
    Column("cohort_by", String(12), nullable=False, server_default="vestiging"),
    Column("figures", Text),  # the ketenplan-monitoring/1 document as it stood; null until frozen
    Column("stories", Text, nullable=False, server_default="[]"),  # [{story_id, reason}]: never the text
    Column("decisions", Text, nullable=False, server_default="[]"),  # [text]
    Column("actions", Text, nullable=False, server_default="[]"),  # [{id, what, who, due_on, status, outcome}]
    Column("previous_id", String(36)),  # no foreign key: a pull may bring a meeting before its previous one
    Column("carried_actions", Text, nullable=False, server_default="[]"),  # the previous' open ones, with outcome
)
Index("ix_monitoring_meetings_held_on", monitoring_meetings.c.held_on)
# -- the sociale kaart and referrals to it (docs/decisions/0036-sociale-kaart-as-synced-records.md) ----
# One record per top-level HSDS object (domain/arrival/social_map_records.py); every device of the
# municipality receives them. A referral is a client's record; what it shares goes to organisation_id.
SOCIAL_MAP_TABLES = ("social_map_items", "referrals")
SYNCED_TABLES += SOCIAL_MAP_TABLES

social_map_items = Table(
    "social_map_items", metadata, *_record_columns(),
    Column("kind", String(24), nullable=False),  # organization, location, service, service_at_location, municipality
    Column("name", String(300), nullable=False, server_default=""),
    Column("hsds", Text, nullable=False, server_default="{}"),  # the HSDS object as JSON, children nested
)
Index("ix_social_map_items_kind", social_map_items.c.kind)

referrals = Table(
    "referrals", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("service_id", String(36), nullable=False),  # a service on the kaart (it may leave the kaart later)
    Column("organisation_id", String(36)),  # the chain's organisation receiving what is shared, if any
    Column("referred_on", String(10), nullable=False),
    Column("referred_by", String(36)),  # the worker
    Column("origin", String(20), nullable=False),  # plan_action, visit or client_file
    Column("origin_id", String(36)),
    Column("shared_parts", Text, nullable=False, server_default="[]"),  # JSON list of ConsentPart
    Column("consent_given_on", String(10)),
    Column("consent_how", String(12)),
    Column("note", Text, nullable=False, server_default=""),
)
Index("ix_referrals_client", referrals.c.client_id)
# -- the journey: stories told and stages rated, in a client's file (domain/journey_records.py) -------
# A partner receives them only with the person's consent to share experiences (server/visibility.py).
JOURNEY_TABLES = ("stories", "stage_ratings")
SYNCED_TABLES += JOURNEY_TABLES

stories = Table(
    "stories", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("stage", String(40), nullable=False),  # a journey stage key (domain/monitoring/journey.py)
    Column("life_domain", String(20), nullable=False, server_default=""),
    Column("told_by_kind", String(10), nullable=False),  # person, partner, worker
    Column("told_by", String(200), nullable=False, server_default=""),  # a name or an organisation
    Column("written_by", String(36), ForeignKey("workers.id")),
    Column("told_on", String(10), nullable=False),
    Column("title", String(200), nullable=False),
    Column("what_changed", Text, nullable=False, server_default=""),
    Column("why_it_matters", Text, nullable=False, server_default=""),
    Column("text_original", Text, nullable=False, server_default=""),
    Column("original_language", String(8), nullable=False, server_default=""),
    Column("text_nl", Text, nullable=False, server_default=""),
    Column("consent_use", String(10), nullable=False, server_default="none"),  # none, anonymous, named
    Column("consent_on", String(10)),
    Column("organisation_id", String(36), ForeignKey("organisations.id")),  # the writer's
)
Index("ix_stories_client", stories.c.client_id)
Index("ix_stories_told_on", stories.c.told_on)

stage_ratings = Table(
    "stage_ratings", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("stage", String(40), nullable=False),
    Column("rating", String(1), nullable=False),  # +, 0, -
    Column("reason", Text, nullable=False, server_default=""),
    Column("rated_by_kind", String(10), nullable=False),  # person, partner, worker
    Column("organisation_id", String(36), ForeignKey("organisations.id")),  # the writer's
    Column("rated_on", String(10), nullable=False),
)
Index("ix_stage_ratings_client", stage_ratings.c.client_id)
Index("ix_stage_ratings_rated_on", stage_ratings.c.rated_on)
# -- the municipality's monitoring settings: one record per tenant, under a fixed id (decision 0038) --
SYNCED_TABLES += ("monitoring_settings",)

monitoring_settings = Table(
    "monitoring_settings", metadata, *_record_columns(),
    Column("housing_norm_weeks", Integer),  # H1's norm; None: the letter's 10 weeks
    Column("quotas", Text, nullable=False, server_default="{}"),  # JSON {"2025-H1": 48}: H2's taakstelling
    Column("journey_stages", Text, nullable=False, server_default="[]"),  # JSON [{"key", "label"}]; []: default
)

# -- exports: a file that left the encrypted store (this device only; docs/decisions/0028) -----
export_log = Table(
    "export_log", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("worker_id", String(36)),  # who worked on this device then
    Column("client_id", String(36)),  # whose data (no foreign key: the log outlives a removal)
    Column("kind", String(40), nullable=False),  # person_export, plan_pdf, intake_pdf, monitoring
    Column("files", Text, nullable=False),  # JSON list of the file names written (no folders)
)
Index("ix_export_log_client", export_log.c.client_id)

# -- the welcome workshop "Welkom in <gemeente>" (domain/arrival/workshop.py; docs/decisions/0037) ---
# A session is the municipality's (every device of it receives the sessions); an invitation is the
# person's, seen as the rest of their file is.
WORKSHOP_TABLES = ("workshop_sessions", "workshop_invitations")
SYNCED_TABLES += WORKSHOP_TABLES

workshop_sessions = Table(
    "workshop_sessions", metadata, *_record_columns(),
    Column("held_on", String(10), nullable=False),
    Column("starts_at", String(5), nullable=False),  # HH:MM
    Column("ends_at", String(5)),
    Column("place", String(200), nullable=False),
    Column("languages", Text, nullable=False, server_default="[]"),  # JSON list of language codes
    Column("interpreter", String(200), nullable=False, server_default=""),  # who interprets, which language
    Column("partners_present", Text, nullable=False, server_default="[]"),  # JSON list of organisation ids
    Column("capacity", Integer),
    Column("notes", Text, nullable=False, server_default=""),
)
Index("ix_workshop_sessions_held_on", workshop_sessions.c.held_on)

workshop_invitations = Table(
    "workshop_invitations", metadata, *_record_columns(),
    Column("client_id", String(36), ForeignKey("clients.id"), nullable=False),
    Column("session_id", String(36), ForeignKey("workshop_sessions.id"), nullable=False),
    Column("invited_on", String(10), nullable=False),
    Column("invited_by", String(36), ForeignKey("workers.id")),
    Column("status", String(12), nullable=False, server_default="invited"),  # domain Attendance
    Column("card_handed_out", Boolean, nullable=False, server_default=text("0")),
    Column("card_language", String(8), nullable=False, server_default=""),
)
Index("ix_workshop_invitations_client", workshop_invitations.c.client_id)
Index("ix_workshop_invitations_session", workshop_invitations.c.session_id)
