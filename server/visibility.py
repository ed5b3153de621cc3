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

CONTACT, PLAN, INTAKE, HEALTH, FINANCES, VISITS, STORIES = (p.value for p in ConsentPart)
PARTNER_CEILING = frozenset({CONTACT, PLAN, INTAKE, FINANCES, VISITS, STORIES})  # the role's ceiling: no health

DIRECTORY = ("organisations", "workers")  # the administrator's directory
SOCIAL_MAP = ("social_map_items",)  # the sociale kaart: coordinators and administrators write it
# The municipality's own records of no client that reach every device of the tenant as the directory
# does: the welcome workshop's sessions (when, where, which partners come: no personal data; staff
# write them, docs/decisions/0037) and the sociale kaart (docs/decisions/0036).
TENANT_WIDE = ("workshop_sessions", *SOCIAL_MAP)
SEEN_BY_EVERY_DEVICE = (*DIRECTORY, *TENANT_WIDE)
# No client named: staff see them (the monitoring meeting and settings: every staff device of the
# tenant, never a partner).
STAFF_ONLY_UNOWNED = ("sync_conflicts", "duplicate_dismissals", "monitoring_meetings", "monitoring_settings")

_RECORD = ("id", "created_at", "updated_at", "deleted")
NAME_FIELDS = (*_RECORD, "given_names", "family_name", "given_names_usual", "family_name_usual")
CONTACT_FIELDS = ("phone", "email", "address_street", "address_postcode", "address_city",
                  "interpreter_needed", "interpreter_language", "languages")
# The plan header for a partner: the route and its dates; never money, nor the free-text reasons
# that often carry health or personal circumstances. DUO's term facts (duo_term_*, duo_exemption_*)
# are seen: a partner planning lessons or exams needs the term's end; only the exemption's kind is
# kept, never its reason (docs/decisions/0032-duo-term-on-the-plan.md).
PLAN_MONEY_FIELDS = ("ontzorgen_start", "ontzorgen_end", "ontzorgen_costs", "budgetcoach", "budgetcoach_org_id")
PLAN_PRIVATE_FIELDS = ("intake_id", "leerroute_reason", "dual_track_note")

# Entities that one part brings whole (form parts and goals: see partner_part). Entities named
# nowhere here (households, plan_versions, plan_history, duplicate_dismissals) reach staff only:
# agreed versions and the history carry every field of the plan, money included.
ENTITY_PART = {"plans": PLAN, "plan_milestones": PLAN, "handovers": INTAKE, "intakes": INTAKE,
               "plan_tranches": FINANCES, "plan_debt_signals": FINANCES, "visits": VISITS, "follow_ups": VISITS,
               # the welcome workshop is a step of the person's route: shared with the plan
               "workshop_invitations": PLAN, "stage_ratings": STORIES}
# The journey's records (stories: see partner_part), which a partner holding the client's STORIES may
# also write, of its own organisation only (server/write_rules.py).
JOURNEY = ("stories", "stage_ratings")
# A partner's own records among its clients': the ones of its organisation only.
OWN_ORGANISATION = ("consents", "sync_conflicts", "plan_actions", "referrals")
# Of those, the ones whose `organisation_id` column holds their fields' organisation (server/entities.py
# organisation_of), so a partner's pull leaves the others' out in SQL; a conflict record's column is
# not its fields' organisation.
OWN_BY_COLUMN = ("consents", "plan_actions", "referrals")
# Records a partner's pull decides by their stored part and organisation columns, without reading
# their fields, and sends whole, as stored: everything of one part but the plan header (reduced),
# and the client (reduced), its consents and conflicts (their organisation is in their fields).
DECIDED_BY_COLUMNS = (*(e for e in ENTITY_PART if e != "plans"), "form_parts", "plan_goals", "plan_actions",
                      "stories")
# Records whose visibility depends on fields that may change: a partner holding the client gets
# a drop (a change without fields) when such a record stops being theirs.
FIELD_DEPENDENT = ("plan_actions", "plan_goals", "sync_conflicts", "referrals", "stories")
CONVERSATION_FORMS = ("handover", "intake")
REFERRAL_ORIGIN_PART = {"plan_action": PLAN, "visit": VISITS}  # a referral's origin_id names a record of this part


def grant_of(parts: set[str] | frozenset[str]) -> Grant:
    """A partner's grant from consented parts: the name always, the rest up to the role's ceiling."""
    return frozenset({NAME, *(set(parts) & PARTNER_CEILING)})


def partner_part(entity: str, data: dict[str, Any]) -> str | None:
    """The part a partner's grant must hold to receive this record (None: never, staff only).
    The record store keeps it in the record's `part` column, so that a partner's pull asks for its
    grants' parts in SQL and reads no rows it could never send (a tenant's visit reports and
    intake answers of clients who did not consent to share those)."""
    if entity in ("clients", *OWN_ORGANISATION):
        return PLAN if entity == "plan_actions" else NAME
    if entity == "plan_goals":  # and PLAN besides
        domain = data.get("domain")
        return HEALTH if domain == "health" else FINANCES if domain == "finances" else PLAN
    if entity == "form_parts":
        return _form_part_part(data)
    if entity == "stories":  # a story about health is health data, whatever else was shared
        return HEALTH if data.get("life_domain") == "health" else STORIES
    return ENTITY_PART.get(entity)


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
    own = data.get("organisation_id")
    return partner_sees_stored(grant, organisation_id, entity, partner_part(entity, data),
                               own if isinstance(own, str) else None)


def partner_sees_stored(grant: Grant, organisation_id: str | None, entity: str, part: str | None,
                        record_organisation: str | None) -> bool:
    """partner_sees from what a record's columns hold: its part, and the organisation its fields name
    (server/entities.py organisation_of; for a conflict record, its fields' and not its column's)."""
    if part not in grant:
        return False
    if entity in OWN_ORGANISATION:
        return organisation_id is not None and record_organisation == organisation_id
    return entity != "plan_goals" or PLAN in grant


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
    The desktop fills a left-out column with its default (desktop/store/sync_apply.py), so the copy stores.
    Nothing to leave out: the very same dict, so the pull sends the stored text as it is."""
    if ALL in grant:
        return data
    if entity == "clients":
        keep = NAME_FIELDS + (CONTACT_FIELDS if CONTACT in grant else ())
        return {k: v for k, v in data.items() if k in keep}
    if entity == "plans":
        hidden = PLAN_PRIVATE_FIELDS + (() if FINANCES in grant else PLAN_MONEY_FIELDS)
        return {k: v for k, v in data.items() if k not in hidden}
    if entity == "referrals":
        return _referral_for_partner(grant, data)
    return data


def _referral_for_partner(grant: Grant, data: dict[str, Any]) -> dict[str, Any]:
    """A referral to the partner, as far as the consent in force says: the note only when the
    referral shares something and the grant still covers all of it (a referral sharing nothing gave
    the person an address, not their file); the plan action or visit it came from only with that part."""
    shared = consent_parts(data.get("shared_parts"))
    hidden = set()
    if not shared or not shared <= grant:
        hidden.add("note")
    origin_part = REFERRAL_ORIGIN_PART.get(data.get("origin"))
    if origin_part is not None and origin_part not in grant:
        hidden.add("origin_id")
    return {k: v for k, v in data.items() if k not in hidden} if hidden else data


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
