"""The server's refusals in plain words: each known sentence of the server maps to a cause, and
each cause has a translated explanation and what to do. The server's own (English) sentence is
never shown; one this version does not know becomes the cause OTHER."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

NOT_IN_CASELOAD, PARTNER_LIMITS, ADMIN_ONLY, CONSENT_BY_STAFF, UNREADABLE, OTHER = (
    "not_in_caseload", "partner_limits", "admin_only", "consent_by_staff", "unreadable", "other")
DIRECTORY_BY_ACCOUNTS, ASSIGN_BY_MUNICIPALITY = "directory_by_accounts", "assign_by_municipality"
WORKSHOP_BY_STAFF = "workshop_by_staff"
SOCIAL_MAP_EDITORS, REFERRAL_CONSENT = "social_map_editors", "referral_consent"
SETTINGS_BY_COORDINATOR = "settings_by_coordinator"
CAUSES = (NOT_IN_CASELOAD, ASSIGN_BY_MUNICIPALITY, PARTNER_LIMITS, CONSENT_BY_STAFF, REFERRAL_CONSENT,
          WORKSHOP_BY_STAFF, DIRECTORY_BY_ACCOUNTS, SOCIAL_MAP_EDITORS, SETTINGS_BY_COORDINATOR, ADMIN_ONLY,
          UNREADABLE, OTHER)

# The start of each sentence the server (server/write_rules.py, records.py, wire.py) or this
# device's sync engine (sync/push.py) gives with a refusal. tests/gui/test_sync_rejects.py checks
# every one of the server's sentences is here.
_SENTENCES: tuple[tuple[str, str], ...] = (
    ("This client is not in your organisation's caseload", NOT_IN_CASELOAD),
    ("This household is not in your organisation's caseload", NOT_IN_CASELOAD),
    ("This household has members outside your organisation's caseload", NOT_IN_CASELOAD),
    ("This device can assign a client only to a worker of its own organisation", ASSIGN_BY_MUNICIPALITY),
    ("Only an administrator can change the directory", DIRECTORY_BY_ACCOUNTS),
    ("A worker's organisation and role, and an organisation's name and kind, are set in the accounts",
     DIRECTORY_BY_ACCOUNTS),
    ("An organisation is made with 'ketenplan-server admin", DIRECTORY_BY_ACCOUNTS),
    ("A partner organisation cannot change the directory", PARTNER_LIMITS),
    ("A partner organisation can only update the plan actions", PARTNER_LIMITS),
    ("This plan action is not assigned to your organisation", PARTNER_LIMITS),
    ("A partner organisation can change only the status", PARTNER_LIMITS),
    ("A partner organisation can only change the stories and ratings", PARTNER_LIMITS),
    ("This person has not agreed to share their experiences", PARTNER_LIMITS),
    ("An administrator's device keeps the directory only", ADMIN_ONLY),
    ("Only the client's klantmanager, begeleider or a coordinator", CONSENT_BY_STAFF),
    ("Only staff of the chain (a klantmanager, begeleider or coordinator) can plan", WORKSHOP_BY_STAFF),
    ("Only staff of the person's caseload can invite them to the welcome workshop", WORKSHOP_BY_STAFF),
    ("Sharing a person's file with this organisation needs their consent", REFERRAL_CONSENT),
    ("Health data is never shared with a referral", REFERRAL_CONSENT),
    ("Only a coordinator or an administrator can change the sociale kaart", SOCIAL_MAP_EDITORS),
    ("This sociale kaart item is not valid HSDS", SOCIAL_MAP_EDITORS),
    ("Only a coordinator of the municipality or an administrator can change the monitoring", SETTINGS_BY_COORDINATOR),
    ("Only a coordinator of the municipality or an administrator can record or change a monitoring meeting",
     SETTINGS_BY_COORDINATOR),
    ("The municipality keeps one record of monitoring settings", SETTINGS_BY_COORDINATOR),
    ("The server's database cannot keep a character", UNREADABLE),
    ("The server cannot store this change", UNREADABLE),
    ("The server cannot read this change", UNREADABLE),
    ("The server cannot take this change", UNREADABLE),  # beyond the limits both sides apply (sync/limits.py)
    ("The record's id is not a valid id", UNREADABLE),
    ("An insert or update must carry the record's fields", UNREADABLE),
    ("The record's fields name another id", UNREADABLE),
    ("This change cannot be sent: it does not fit the sync protocol", UNREADABLE),
    ("The server does not keep records of the kind", UNREADABLE),
)


def cause_of(reason: str | None) -> str:
    text = (reason or "").strip()
    for start, cause in _SENTENCES:
        if text.startswith(start):
            return cause
    return OTHER


@dataclass(frozen=True)
class CauseText:
    title: str  # the group's heading
    why: str  # the reason in plain words
    todo: str  # what the worker can do about it


def cause_text(cause: str) -> CauseText:
    texts = {
        NOT_IN_CASELOAD: CauseText(
            translate("RefusalTexts", "Not in your caseload"),
            translate("RefusalTexts",
                      "The client is not (or no longer) in your organisation's caseload, so the server "
                      "did not take your change. Your colleagues do not see it."),
            translate("RefusalTexts",
                      "Ask the client's klantmanager to make you or your organisation the begeleider, "
                      "then choose Send again. If the change is no longer needed, choose Discard.")),
        PARTNER_LIMITS: CauseText(
            translate("RefusalTexts", "Not for a partner organisation"),
            translate("RefusalTexts",
                      "Your organisation is a partner in the chain: it may only update the plan actions "
                      "assigned to it (status, result, done date and worker), and record its own stories and "
                      "ratings of persons who agreed to share their experiences with it (never about health)."),
            translate("RefusalTexts", "Ask the client's klantmanager to make this change, then choose Discard.")),
        CONSENT_BY_STAFF: CauseText(
            translate("RefusalTexts", "Consent recorded by the wrong person"),
            translate("RefusalTexts",
                      "Only the client's klantmanager, begeleider or a coordinator may record or withdraw "
                      "consent."),
            translate("RefusalTexts", "Ask one of them to record the consent, then choose Discard.")),
        WORKSHOP_BY_STAFF: CauseText(
            translate("RefusalTexts", "The welcome workshop is kept by the chain's staff"),
            translate("RefusalTexts",
                      "Only a klantmanager, begeleider or coordinator plans welcome workshop sessions, and only "
                      "staff of the person's caseload invite them or record whether they came."),
            translate("RefusalTexts", "Ask the person's klantmanager or begeleider to make this change, "
                                      "then choose Discard.")),
        REFERRAL_CONSENT: CauseText(
            translate("RefusalTexts", "Referral shares more than the consent"),
            translate("RefusalTexts",
                      "A referral may share parts of the file with the organisation behind the service only "
                      "while the person's consent for that organisation is in force and covers those parts. "
                      "Health data is never shared with a referral."),
            translate("RefusalTexts",
                      "Record the person's consent first and choose Send again, or make the referral again "
                      "without sharing and choose Discard.")),
        SOCIAL_MAP_EDITORS: CauseText(
            translate("RefusalTexts", "The sociale kaart is kept by coordinators"),
            translate("RefusalTexts",
                      "Only a coordinator or an administrator can change the sociale kaart, and only with "
                      "complete items (as in HSDS, the standard the kaart follows)."),
            translate("RefusalTexts",
                      "Ask a coordinator to make the change, then choose Discard.")),
        SETTINGS_BY_COORDINATOR: CauseText(
            translate("RefusalTexts", "Monitoring is kept by coordinators"),
            translate("RefusalTexts",
                      "Only a coordinator of the municipality or an administrator may change the monitoring "
                      "settings (housing norm, taakstelling, stages of the journey) or record a monitoring "
                      "meeting."),
            translate("RefusalTexts", "Ask the coordinator to make this change, then choose Discard.")),
        ASSIGN_BY_MUNICIPALITY: CauseText(
            translate("RefusalTexts", "Handing a client to another organisation"),
            translate("RefusalTexts",
                      "This device may assign a client only to a worker of its own organisation or of the "
                      "municipality. Handing a client to another organisation is the municipality's decision."),
            translate("RefusalTexts",
                      "Ask the client's klantmanager to assign the client, then choose Discard.")),
        DIRECTORY_BY_ACCOUNTS: CauseText(
            translate("RefusalTexts", "The directory follows the accounts"),
            translate("RefusalTexts",
                      "Who works for which organisation, and in which role, is set in the accounts on the "
                      "server by an administrator; no device can change it."),
            translate("RefusalTexts",
                      "Ask your application manager to change the account, then choose Discard.")),
        ADMIN_ONLY: CauseText(
            translate("RefusalTexts", "Administrator account"),
            translate("RefusalTexts",
                      "An administrator's account keeps the directory of organisations and workers only; "
                      "it cannot change client files."),
            translate("RefusalTexts",
                      "Sign in with a caseworker's account to change client files, then choose Discard here.")),
        UNREADABLE: CauseText(
            translate("RefusalTexts", "The server could not read the change"),
            translate("RefusalTexts",
                      "The change holds something the server cannot keep, such as an invisible character "
                      "in a text, or this version of the app sent a kind of record the server does not know."),
            translate("RefusalTexts",
                      "Open the record, retype the text of the field and save it, then choose Send again. "
                      "If it comes back, contact your application manager.")),
        OTHER: CauseText(
            translate("RefusalTexts", "Another reason"),
            translate("RefusalTexts",
                      "The server refused this change for a reason this version of the app does not know."),
            translate("RefusalTexts", "Contact your application manager; keep the change on the list until then.")),
    }
    return texts.get(cause, texts[OTHER])
