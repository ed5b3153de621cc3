"""Which entities the server keeps, and what it derives from a record's fields for scoping.

The server stores records as field dicts without knowing their columns, so a new field
needs no server change; a new entity is one line here.
"""

from __future__ import annotations

from typing import Any

CONFLICTS = "sync_conflicts"  # made by the server when a push meets a conflicting edit

SYNCED_ENTITIES = frozenset({
    "organisations", "workers", "households", "clients",
    "handovers", "intakes", "visits", "follow_ups", "form_parts",
    "plans", "plan_goals", "plan_actions", "plan_versions", "plan_history",
    "plan_tranches", "plan_debt_signals", "plan_milestones",
    CONFLICTS, "duplicate_dismissals",
    "consents",  # a client's consent to share with a partner organisation (its organisation_id)
    "workshop_sessions",  # the municipality's welcome workshop sessions: no client, every device sees them
    "workshop_invitations",  # a person's invitation to a session and their attendance (its client_id)
    "monitoring_meetings",  # the municipality's monitoringsoverleg: no client, no organisation
    "social_map_items",  # the municipality's sociale kaart: one HSDS object each, no client
    "referrals",  # a client referred to a service; what is shared goes to its organisation_id
    "stories", "stage_ratings",  # the journey (domain/journey_records.py); organisation_id: the writer's
    "monitoring_settings",  # the municipality's norm, taakstelling and journey stages: one per tenant
})
# Records of the tenant itself: whatever their fields say, they name no client and no organisation,
# so a stray client_id can never put one in a client's file (and in a partner's pull).
TENANT_RECORDS = frozenset({"workshop_sessions", "monitoring_meetings", "social_map_items"})
# Of those, the ones the municipality's coordinators (and the administrator) keep.
COORDINATOR_RECORDS = frozenset({"monitoring_meetings"})

# Never stored: the version is the server's to give; search_text is derived on each device.
NOT_STORED = frozenset({"version", "search_text"})

# Records that name their client only through a parent: (field, parent entity).
CLIENT_VIA_PARENT = (("plan_id", "plans"), ("visit_id", "visits"))


def organisation_of(entity: str, record_id: str, data: dict[str, Any]) -> str | None:
    if entity == "organisations":
        return record_id
    if entity in TENANT_RECORDS:
        return None
    value = data.get("organisation_id")
    return value if isinstance(value, str) else None


def direct_client_of(entity: str, record_id: str, data: dict[str, Any]) -> str | None:
    """The client a record names itself (None: ask its parent, or it belongs to no client)."""
    if entity == "clients":
        return record_id
    if entity in TENANT_RECORDS:
        return None
    value = data.get("client_id")
    return value if isinstance(value, str) else None
