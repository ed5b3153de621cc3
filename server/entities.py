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
    "monitoring_settings",  # the municipality's norm, taakstelling and journey stages: one per tenant
})

# Never stored: the version is the server's to give; search_text is derived on each device.
NOT_STORED = frozenset({"version", "search_text"})

# Records that name their client only through a parent: (field, parent entity).
CLIENT_VIA_PARENT = (("plan_id", "plans"), ("visit_id", "visits"))


def organisation_of(entity: str, record_id: str, data: dict[str, Any]) -> str | None:
    if entity == "organisations":
        return record_id
    value = data.get("organisation_id")
    return value if isinstance(value, str) else None


def direct_client_of(entity: str, record_id: str, data: dict[str, Any]) -> str | None:
    """The client a record names itself (None: ask its parent, or it belongs to no client)."""
    if entity == "clients":
        return record_id
    value = data.get("client_id")
    return value if isinstance(value, str) else None
