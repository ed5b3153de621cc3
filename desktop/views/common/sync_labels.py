"""Names of records and fields, and values as a person reads them, for conflicts and refused changes."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.views.common.field_widgets import format_date
from desktop.views.common.labels import country_label, household_role_label, language_label, sex_label, stage_label
from desktop.views.common.plan_labels import entity_label as plan_entity_label
from desktop.views.common.plan_labels import field_label as plan_field_label

translate = QCoreApplication.translate

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_CODED = {"sex": sex_label, "country_of_origin": country_label, "stage": stage_label,
          "household_role": household_role_label, "interpreter_language": language_label,
          "conversation_language": language_label}


def record_label(entity: str) -> str:
    label = {
        "clients": translate("SyncLabels", "Client file"),
        "households": translate("SyncLabels", "Household"),
        "handovers": translate("SyncLabels", "Handover"),
        "intakes": translate("SyncLabels", "Broad intake"),
        "visits": translate("SyncLabels", "Home visit"),
        "follow_ups": translate("SyncLabels", "Follow-up action"),
        "form_parts": translate("SyncLabels", "Conversation answers"),
        "organisations": translate("SyncLabels", "Organisation"),
        "workers": translate("SyncLabels", "Worker"),
        "sync_conflicts": translate("SyncLabels", "Conflict"),
        "duplicate_dismissals": translate("SyncLabels", "Not the same person"),
        "consents": translate("SyncLabels", "Consent"),
        "workshop_sessions": translate("SyncLabels", "Welcome workshop session"),
        "workshop_invitations": translate("SyncLabels", "Welcome workshop invitation"),
        "monitoring_meetings": translate("SyncLabels", "Monitoring meeting"),
        "social_map_items": translate("SyncLabels", "Sociale kaart item"),
        "referrals": translate("SyncLabels", "Referral"),
        "stories": translate("SyncLabels", "Story"),
        "stage_ratings": translate("SyncLabels", "Stage rating"),
        "monitoring_settings": translate("SyncLabels", "Monitoring settings"),
    }.get(entity)
    return label or plan_entity_label(entity)


def field_label(field: str) -> str:
    label = {
        "given_names": translate("SyncLabels", "Given names (permit)"),
        "family_name": translate("SyncLabels", "Family name (permit)"),
        "given_names_usual": translate("SyncLabels", "Given names (usual)"),
        "family_name_usual": translate("SyncLabels", "Family name (usual)"),
        "date_of_birth": translate("SyncLabels", "Date of birth"),
        "sex": translate("SyncLabels", "Sex"),
        "country_of_origin": translate("SyncLabels", "Country of origin"),
        "languages": translate("SyncLabels", "Languages"),
        "interpreter_needed": translate("SyncLabels", "Interpreter needed"),
        "interpreter_language": translate("SyncLabels", "Interpreter language"),
        "v_number": translate("SyncLabels", "V-nummer"),
        "bsn": translate("SyncLabels", "BSN"),
        "phone": translate("SyncLabels", "Phone"),
        "email": translate("SyncLabels", "E-mail"),
        "address_street": translate("SyncLabels", "Street and number"),
        "address_postcode": translate("SyncLabels", "Postcode"),
        "address_city": translate("SyncLabels", "City"),
        "azc_location": translate("SyncLabels", "AZC location"),
        "stage": translate("SyncLabels", "Stage"),
        "koppeling_date": translate("SyncLabels", "Koppeling date"),
        "vestiging_date": translate("SyncLabels", "Vestiging date"),
        "klantmanager_id": translate("SyncLabels", "Klantmanager"),
        "begeleider_id": translate("SyncLabels", "Social support worker"),
        "partner_org_ids": translate("SyncLabels", "Partner organisations"),
        "household_id": translate("SyncLabels", "Household"),
        "household_role": translate("SyncLabels", "Role in household"),
        "notes": translate("SyncLabels", "Notes"),
        "life_domain": translate("SyncLabels", "Life domain"),
        "told_by_kind": translate("SyncLabels", "Told by (who)"),
        "told_by": translate("SyncLabels", "Told by (name)"),
        "written_by": translate("SyncLabels", "Written down by"),
        "told_on": translate("SyncLabels", "Told on"),
        "title": translate("SyncLabels", "Title"),
        "what_changed": translate("SyncLabels", "What changed"),
        "why_it_matters": translate("SyncLabels", "Why it matters"),
        "text_original": translate("SyncLabels", "In their own words"),
        "original_language": translate("SyncLabels", "Language of their own words"),
        "text_nl": translate("SyncLabels", "In Dutch"),
        "consent_use": translate("SyncLabels", "Use outside the file"),
        "consent_on": translate("SyncLabels", "Consent given on"),
        "rating": translate("SyncLabels", "Rating"),
        "reason": translate("SyncLabels", "Reason"),
        "rated_by_kind": translate("SyncLabels", "Rated by"),
        "rated_on": translate("SyncLabels", "Rated on"),
        "answers": translate("SyncLabels", "Answers"),
        "planned_on": translate("SyncLabels", "Planned on"),
        "planned_time": translate("SyncLabels", "Time"),
        "address": translate("SyncLabels", "Address"),
        "visitor_ids": translate("SyncLabels", "Who goes"),
        "outcome": translate("SyncLabels", "Outcome"),
        "owner_id": translate("SyncLabels", "Owner"),
        "held_on": translate("SyncLabels", "Held on"),
        "held_at": translate("SyncLabels", "Held at"),
        "name": translate("SyncLabels", "Name"),
        # the other fields of synced records: every one a name in the interface language
        "agreed_by": translate("SyncLabels", "Recorded by"),
        "agreed_on": translate("SyncLabels", "Agreed on"),
        "agreement_how": translate("SyncLabels", "How the client agreed"),
        "agreement_note": translate("SyncLabels", "Note on the agreement"),
        "at": translate("SyncLabels", "When"),
        "author_id": translate("SyncLabels", "Changed by"),
        "base": translate("SyncLabels", "Value both started from"),
        "client_a": translate("SyncLabels", "First client"),
        "client_b": translate("SyncLabels", "Second client"),
        "client_agrees": translate("SyncLabels", "Client agrees"),
        "client_id": translate("SyncLabels", "Client"),
        "coa_location": translate("SyncLabels", "COA location"),
        "coa_name": translate("SyncLabels", "COA contact"),
        "coa_phone": translate("SyncLabels", "COA phone"),
        "completed_at": translate("SyncLabels", "Completed at"),
        "conversation_language": translate("SyncLabels", "Conversation language"),
        "entity": translate("SyncLabels", "Kind of record"),
        "field": translate("SyncLabels", "Field"),
        "form": translate("SyncLabels", "Form"),
        "given_on": translate("SyncLabels", "Given on"),
        "how_given": translate("SyncLabels", "How given"),
        "intake_id": translate("SyncLabels", "Broad intake"),
        "interpreter_present": translate("SyncLabels", "Interpreter present"),
        "label": translate("SyncLabels", "Label"),
        "mine": translate("SyncLabels", "Value set aside"),
        "mine_author": translate("SyncLabels", "Set aside value by"),
        "new": translate("SyncLabels", "New value"),
        "old": translate("SyncLabels", "Old value"),
        "number": translate("SyncLabels", "Version number"),
        "part": translate("SyncLabels", "Part"),
        "parts": translate("SyncLabels", "Parts consented to"),
        "plan_id": translate("SyncLabels", "Plan"),
        "present_ids": translate("SyncLabels", "Present (chain)"),
        "present_others": translate("SyncLabels", "Present (others)"),
        "record_id": translate("SyncLabels", "Record"),
        "recorded_by": translate("SyncLabels", "Recorded by"),
        "reported_at": translate("SyncLabels", "Reported at"),
        "reported_by": translate("SyncLabels", "Reported by"),
        "resolved": translate("SyncLabels", "Resolved"),
        "role": translate("SyncLabels", "Role"),
        "snapshot": translate("SyncLabels", "The plan as agreed"),
        "special": translate("SyncLabels", "Special personal data"),
        "theirs": translate("SyncLabels", "Value kept"),
        "theirs_author": translate("SyncLabels", "Value kept by"),
        "variant": translate("SyncLabels", "Kind of handover"),
        "visit_id": translate("SyncLabels", "Home visit"),
        "withdrawn_on": translate("SyncLabels", "Withdrawn on"),
        # the welcome workshop: its sessions and invitations
        "starts_at": translate("SyncLabels", "Starts at"),
        "ends_at": translate("SyncLabels", "Ends at"),
        "place": translate("SyncLabels", "Place"),
        "interpreter": translate("SyncLabels", "Interpreter"),
        "partners_present": translate("SyncLabels", "Partners present"),
        "capacity": translate("SyncLabels", "Places"),
        "session_id": translate("SyncLabels", "Welcome workshop session"),
        "invited_on": translate("SyncLabels", "Invited on"),
        "invited_by": translate("SyncLabels", "Invited by"),
        "card_handed_out": translate("SyncLabels", "Contact card handed out"),
        "card_language": translate("SyncLabels", "Language of the card"),
        # the monitoring meeting
        "participants": translate("SyncLabels", "Participants"),
        "cohort_by": translate("SyncLabels", "Cohort basis"),
        "figures": translate("SyncLabels", "Figures frozen"),
        "stories": translate("SyncLabels", "Stories selected"),
        "decisions": translate("SyncLabels", "Decisions"),
        "actions": translate("SyncLabels", "Actions"),
        "previous_id": translate("SyncLabels", "Previous meeting"),
        "carried_actions": translate("SyncLabels", "Actions of the previous meeting"),
        # the sociale kaart and referrals
        "hsds": translate("SyncLabels", "Details (HSDS)"),
        "service_id": translate("SyncLabels", "Service"),
        "referred_on": translate("SyncLabels", "Referred on"),
        "referred_by": translate("SyncLabels", "Referred by"),
        "origin": translate("SyncLabels", "Referred from"),
        "origin_id": translate("SyncLabels", "Referred from record"),
        "shared_parts": translate("SyncLabels", "Parts shared"),
        "consent_given_on": translate("SyncLabels", "Consent given on"),
        "consent_how": translate("SyncLabels", "How consent was given"),
        "housing_norm_weeks": translate("SyncLabels", "Housing norm (weeks)"),
        "quotas": translate("SyncLabels", "Taakstelling per half year"),
        "journey_stages": translate("SyncLabels", "Stages of the journey"),
    }.get(field)
    if label:
        return label
    label = plan_field_label(field)
    return label if label != field else field.replace("_", " ").capitalize()


def value_text(field: str, value: Any, names: dict[str, str] | None = None) -> str:
    """A field's value in words: dates as dd-mm-yyyy, codes as labels, ids as the names they stand for."""
    names = names or {}
    if value is None or value == "" or value == []:
        return translate("SyncLabels", "(empty)")
    if isinstance(value, bool):
        return translate("SyncLabels", "Yes") if value else translate("SyncLabels", "No")
    if isinstance(value, list):
        return ", ".join(value_text(field, v, names) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {value_text(k, v, names)}" for k, v in value.items())
    if field in _CODED:
        return _CODED[field](str(value))
    if field == "languages":
        return language_label(str(value))
    text = str(value)
    if _UUID.match(text):
        return names.get(text, text)
    if _ISO_DATE.match(text):
        return format_date(text)
    return text
