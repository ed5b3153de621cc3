"""What a grant on one client lets a device see: consent parts mapped to entities and fields.

A grant is the set of parts a device holds for one client. Staff of the client's caseload hold
ALL; a partner organisation holds NAME plus the parts the client consented to share with it,
cut to what the partner role may ever receive (PARTNER_CEILING: never health). Pure functions
of a record's fields: the pull and the push both ask here, per record, with sets computed once
per request (server/scope.py).
"""

from __future__ import annotations

import json
from typing import Any

from domain.consent_parts import ConsentPart

Grant = frozenset[str]
ALL = "*"  # every record of the client, as it is
NAME = "name"  # the client's name and the partner's own consent records: with any consent
FULL_GRANT: Grant = frozenset({ALL})

CONTACT, PLAN, INTAKE, HEALTH, FINANCES, VISITS = (p.value for p in ConsentPart)
PARTNER_CEILING = frozenset({CONTACT, PLAN, INTAKE, FINANCES, VISITS})  # the role's ceiling: no health

DIRECTORY = ("organisations", "workers")  # every device of the tenant sees these
STAFF_ONLY_UNOWNED = ("sync_conflicts", "duplicate_dismissals")  # no client named: staff see them

_RECORD = ("id", "created_at", "updated_at", "deleted")
NAME_FIELDS = (*_RECORD, "given_names", "family_name", "given_names_usual", "family_name_usual")
CONTACT_FIELDS = ("phone", "email", "address_street", "address_postcode", "address_city",
                  "interpreter_needed", "interpreter_language", "languages")
# The plan header for a partner: the route and its dates; never money, nor the free-text reasons
# that often carry health or personal circumstances.
PLAN_MONEY_FIELDS = ("ontzorgen_start", "ontzorgen_end", "ontzorgen_costs", "budgetcoach", "budgetcoach_org_id")
PLAN_PRIVATE_FIELDS = ("intake_id", "leerroute_reason", "dual_track_note")

# Entities that one part brings whole (form parts and goals: see partner_sees). Entities named
# nowhere here (households, plan_versions, plan_history, duplicate_dismissals) reach staff only:
# agreed versions and the history carry every field of the plan, money included.
ENTITY_PART = {"plans": PLAN, "plan_milestones": PLAN, "handovers": INTAKE, "intakes": INTAKE,
               "plan_tranches": FINANCES, "plan_debt_signals": FINANCES, "visits": VISITS, "follow_ups": VISITS}
# Of those, the ones a partner receives by the part alone and whole, as stored (plans are reduced).
SEEN_BY_PART = tuple(e for e in ENTITY_PART if e != "plans")
# Records whose visibility depends on fields that may change: a partner holding the client gets
# a drop (a change without fields) when such a record stops being theirs.
FIELD_DEPENDENT = ("plan_actions", "plan_goals", "sync_conflicts")
CONVERSATION_FORMS = ("handover", "intake")
_FORM_PART_PARTS = frozenset({VISITS, HEALTH, FINANCES, INTAKE})  # what _form_part_part can answer


def grant_of(parts: set[str] | frozenset[str]) -> Grant:
    """A partner's grant from consented parts: the name always, the rest up to the role's ceiling."""
    return frozenset({NAME, *(set(parts) & PARTNER_CEILING)})


def partner_entities(grant: Grant) -> tuple[str, ...]:
    """The entities of which partner_sees may let a record through to a partner holding this grant,
    but for plan actions (its own organisation's, with PLAN: the pull asks for those by their
    organisation column). The rest is left out of its pull in SQL, before any record is read:
    plan_history alone is a fifth of a tenant, and visits a tenth."""
    entities = ["consents", "sync_conflicts", *(e for e, part in ENTITY_PART.items() if part in grant)]
    if NAME in grant:
        entities.append("clients")
    if PLAN in grant:
        entities.append("plan_goals")
    if grant & _FORM_PART_PARTS:
        entities.append("form_parts")
    return tuple(entities)


def encode_grant(grant: Grant) -> str:
    return ",".join(sorted(grant))


def decode_grant(text: str) -> Grant:
    return frozenset(p for p in text.split(",") if p)


def sees(grant: Grant, organisation_id: str | None, entity: str, data: dict[str, Any]) -> bool:
    """Whether a device holding this grant on the record's client may receive the record."""
    if ALL in grant:
        return True
    return partner_sees(grant, organisation_id, entity, data)


def partner_sees(grant: Grant, organisation_id: str | None, entity: str, data: dict[str, Any]) -> bool:
    if entity == "clients":
        return NAME in grant
    if entity in ("consents", "sync_conflicts"):  # its own consent, conflicts of its own actions
        return organisation_id is not None and data.get("organisation_id") == organisation_id
    if entity == "plan_actions":
        return PLAN in grant and organisation_id is not None and data.get("organisation_id") == organisation_id
    if entity == "plan_goals":
        domain = data.get("domain")
        needed = HEALTH if domain == "health" else FINANCES if domain == "finances" else PLAN
        return PLAN in grant and needed in grant
    if entity == "form_parts":
        return _form_part_part(data) in grant
    return ENTITY_PART.get(entity) in grant


def _form_part_part(data: dict[str, Any]) -> str:
    """The consent part a form part falls under."""
    if data.get("form") == "visit":
        return VISITS
    if data.get("part") == "health" or data.get("special") in (True, 1, "1"):
        return HEALTH
    if data.get("part") == "finances":
        return FINANCES
    return INTAKE if data.get("form") in CONVERSATION_FORMS else HEALTH  # unknown forms: the strictest


def reduced(grant: Grant, entity: str, data: dict[str, Any]) -> dict[str, Any]:
    """The record as a device with this grant receives it: fields outside the grant left out.
    The desktop fills a left-out column with its default (sync/apply.py), so the copy stores.
    Nothing to leave out: the very same dict, so the pull sends the stored text as it is."""
    if ALL in grant:
        return data
    if entity == "clients":
        keep = NAME_FIELDS + (CONTACT_FIELDS if CONTACT in grant else ())
        return {k: v for k, v in data.items() if k in keep}
    if entity == "plans":
        hidden = PLAN_PRIVATE_FIELDS + (() if FINANCES in grant else PLAN_MONEY_FIELDS)
        return {k: v for k, v in data.items() if k not in hidden}
    return data


def consent_parts(value: Any) -> set[str]:
    """A consent record's parts: the desktop sends its JSON column as text, tests as a list."""
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            return set()
    return {p for p in value or [] if isinstance(p, str)} if isinstance(value, list) else set()


def consent_active(data: dict[str, Any]) -> bool:
    """Recorded and not withdrawn: withdrawal counts from the moment it is recorded, whatever date it names."""
    return not data.get("deleted") and not data.get("withdrawn_on")
