"""What a device may write: a refusal is a sentence the desktop shows, and nothing is applied.

Records are kept per tenant, so no device reaches another tenant's records: an id it names that
lives elsewhere is simply not found in its own. Within the tenant (who owns which record:
docs/decisions/0017-who-owns-which-record.md):
- the directory (organisations, workers) is the administrator's: no other role writes it, and
  even an administrator's device cannot change what mirrors the accounts (a user's organisation
  and role, an organisation's name and kind): those change with `ketenplan-server admin`;
- administrators write nothing else;
- staff write the records of clients in their scope (server/scope.py); a new client is theirs;
  a record may not be moved to, or made for, a client outside it;
- staff outside the municipality's directing roles assign a client (klantmanager, begeleider)
  only to a worker of their own organisation or of the municipality, and put a client in a
  household only when they hold every member of it: otherwise the next pull would bring them
  clients that are not theirs, or hand one to another organisation without the municipality;
- a partner updates the actions assigned to its organisation (status, result, done date, its
  own worker) and nothing else of the client, besides the history lines and conflict records
  of those actions;
- consent is recorded by staff of the client's caseload (and coordinators), never by partners;
- the welcome workshop's sessions are written by staff of the chain (any caseload), its invitations
  and attendance by staff of the person's caseload; never by partners nor administrators
  (docs/decisions/0037-welcome-workshop-records.md).
- a monitoring meeting (the municipality's, no client) is written by the municipality's coordinators
  and by administrators only: a klantmanager, begeleider or partner cannot make, rewrite or delete
  one, whatever it names (docs/decisions/0034-the-monitoring-meeting-and-its-report.md).
- a referral shares nothing of the file without the person's consent in force for the receiving
  organisation (server/referral_consent.py);
- the sociale kaart is written by coordinators and administrators only, as valid HSDS items
  (server/social_map_rules.py).
- a partner records stories and stage ratings of its own organisation, for a client who agreed to
  share their experiences with it, and only ones it would receive itself (no story about health);
  it changes and removes those of its own organisation only.
- the monitoring settings (one record per tenant, under its fixed id) by a coordinator of the
  municipality or an administrator only (decision 0038).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from domain.monitoring import settings_record
from server import accounts, record_store, referral_consent, scope, social_map_rules
from server.caller import SignedInDevice
from server.entities import CLIENT_VIA_PARENT, COORDINATOR_RECORDS, SYNCED_ENTITIES, direct_client_of
from server.models import Organisation
from server.record_store import RECORDS, Stored
from server.visibility import DIRECTORY, JOURNEY, PLAN, SOCIAL_MAP, STAFF_ONLY_UNOWNED, TENANT_WIDE, partner_sees
from sync.protocol import Operation

DIRECTORY_BY_ADMINISTRATOR = ("Only an administrator can change the directory of organisations and workers; "
                              "who belongs to which organisation is set in the accounts.")
ACCOUNT_FACTS = ("A worker's organisation and role, and an organisation's name and kind, are set in the accounts "
                 "with 'ketenplan-server admin', not by a device.")
ORGANISATION_BY_ACCOUNTS = "An organisation is made with 'ketenplan-server admin create-organisation', not by a device."
ASSIGN_WITHIN = ("This device can assign a client only to a worker of its own organisation or of the municipality; "
                 "the municipality hands a client to another organisation.")
HOUSEHOLD_NOT_HELD = ("This household has members outside your organisation's caseload, so this device cannot "
                      "add a client to it or make someone its main person.")
ADMIN_DIRECTORY_ONLY = "An administrator's device keeps the directory only; it cannot change client files."
NOT_IN_SCOPE = "This client is not in your organisation's caseload, so this device cannot change their file."
HOUSEHOLD_NOT_IN_SCOPE = "This household is not in your organisation's caseload, so this device cannot change it."
PARTNER_ACTIONS_ONLY = "A partner organisation can only update the plan actions assigned to it."
PARTNER_NOT_ASSIGNED = "This plan action is not assigned to your organisation, so this device cannot change it."
PARTNER_ACTION_FIELDS = ("A partner organisation can change only the status, result, done date and worker of "
                         "an action assigned to it.")
CONSENT_BY_STAFF = "Only the client's klantmanager, begeleider or a coordinator can record or withdraw consent."
SESSIONS_BY_STAFF = ("Only staff of the chain (a klantmanager, begeleider or coordinator) can plan or change "
                     "a welcome workshop session.")
INVITATIONS_BY_STAFF = ("Only staff of the person's caseload can invite them to the welcome workshop or record "
                        "their attendance.")
MEETING_BY_COORDINATOR = ("Only a coordinator of the municipality or an administrator can record or change a "
                          "monitoring meeting.")
JOURNEY_NOT_SHARED = ("This person has not agreed to share their experiences with your organisation, or the story "
                      "is about health, so this device cannot record it.")
JOURNEY_OWN_ONLY = "A partner organisation can only change the stories and ratings its own organisation recorded."
SETTINGS_BY_COORDINATOR = ("Only a coordinator of the municipality or an administrator can change the monitoring "
                           "settings.")
SETTINGS_ONE_RECORD = "The municipality keeps one record of monitoring settings; this device named another."

# What a partner may change of its own action; the stamps change with any edit.
PARTNER_FIELDS = frozenset({"status", "result_note", "done_on", "worker_id", "updated_at"})
DIRECTORY_OWNER = "administrator"
# The fields of a directory record that mirror the accounts, per entity.
MIRRORED = {"workers": ("organisation_id", "role"), "organisations": ("name", "kind")}
ASSIGNMENTS = ("klantmanager_id", "begeleider_id")
HOUSEHOLD_FIELDS = ("household_id", "household_role")


class WriteRules:
    """One push's rules: the device's scope is computed once, on the first record that needs it."""

    def __init__(self, conn: Connection, device: SignedInDevice):
        self.conn, self.device = conn, device
        self._scope: scope.Scope | None = None
        # Clients and households this push made, each by its kind: the device's own. Kept apart, so
        # a household made under a client's id does not make that client the device's.
        self._created: dict[str, set[str]] = {"clients": set(), "households": set()}
        self._accounts: dict[str, tuple[str | None, str]] | None = None
        self._organisations: dict[str, tuple[str, str]] | None = None

    @property
    def scope(self) -> scope.Scope:
        if self._scope is None:
            self._scope = scope.scope_of(self.conn, self.device)
        return self._scope

    def refusal(self, op: Operation, current: Stored | None) -> str | None:
        """Why this device may not make this change, or None. Unknown entities are left to the caller."""
        if op.entity not in SYNCED_ENTITIES:
            return None
        if op.entity in DIRECTORY:
            return self._directory(op, current)
        if op.entity == settings_record.ENTITY:
            return self._monitoring_settings(op)
        if op.entity in COORDINATOR_RECORDS:
            return self._tenant_record()
        if op.entity in SOCIAL_MAP:
            return social_map_rules.refusal(self.device, op, current)
        kind = self.scope.kind
        if op.entity in TENANT_WIDE:  # the workshop's sessions: staff write them, nobody else
            return None if kind in (scope.FULL, scope.CASELOAD) else SESSIONS_BY_STAFF
        if kind == scope.DIRECTORY_ONLY:
            return ADMIN_DIRECTORY_ONLY
        if kind == scope.PARTNER:
            return self._partner(op, current)
        if kind != scope.FULL:
            refused = self._staff(op, current) or self._assignment(op, current)
            if refused is not None:
                return refused
        return referral_consent.refusal(self.conn, self.device.tenant_id, op, current)

    def applied(self, op: Operation, current: Stored | None) -> None:
        """After an insert was applied: a new client (or household) is this device's from now on."""
        if current is None and op.entity in ("clients", "households"):
            self._created[op.entity].add(op.record_id)
            if op.entity == "clients":
                scope.note_new_client(self.conn, self.device, op.record_id)

    def _monitoring_settings(self, op: Operation) -> str | None:
        role = self.device.role
        if role not in settings_record.WRITER_ROLES or (role == "coordinator" and self.scope.kind != scope.FULL):
            return SETTINGS_BY_COORDINATOR
        if op.record_id != settings_record.MONITORING_SETTINGS_ID:
            return SETTINGS_ONE_RECORD
        return None

    # -- the directory -------------------------------------------------------------------
    def _directory(self, op: Operation, current: Stored | None) -> str | None:
        """The administrator's; what mirrors the accounts only as the accounts say it."""
        if self.device.role != DIRECTORY_OWNER:
            return DIRECTORY_BY_ADMINISTRATOR
        facts = self._facts(op.entity, op.record_id)
        if facts is None:
            return ORGANISATION_BY_ACCOUNTS if op.entity == "organisations" else None  # a contact, no account
        if op.op == "delete":
            return ACCOUNT_FACTS
        mine = op.fields or {}
        if any(mine.get(name) != fact for name, fact in zip(MIRRORED[op.entity], facts, strict=True)):
            return ACCOUNT_FACTS
        return None

    def _facts(self, entity: str, record_id: str) -> tuple[str | None, ...] | None:
        """What the accounts say of this directory record, None when no account stands behind it."""
        if entity == "workers":
            return self._account_facts().get(record_id)
        return self._organisation_facts().get(record_id)

    def _account_facts(self) -> dict[str, tuple[str | None, str]]:
        if self._accounts is None:
            self._accounts = accounts.account_facts(self.conn, self.device.tenant_id)
        return self._accounts

    def _organisation_facts(self) -> dict[str, tuple[str, str]]:
        if self._organisations is None:
            rows = self.conn.execute(select(Organisation.id, Organisation.name, Organisation.kind).where(
                Organisation.tenant_id == self.device.tenant_id))
            self._organisations = {i: (n, k) for i, n, k in rows}
        return self._organisations

    # -- the tenant's own records ---------------------------------------------------------
    def _tenant_record(self) -> str | None:
        """A monitoring meeting: the municipality's coordinators (whose scope is the whole tenant) and
        administrators; a coordinator of another organisation does not lead the chain's meeting."""
        role = self.device.role
        if role == DIRECTORY_OWNER or (role == "coordinator" and self.scope.kind == scope.FULL):
            return None
        return MEETING_BY_COORDINATOR

    # -- staff of a caseload -------------------------------------------------------------
    def _staff(self, op: Operation, current: Stored | None) -> str | None:
        if op.entity in ("clients", "households"):
            if current is None or self._holds(op.record_id, op.entity):
                return None
            return NOT_IN_SCOPE if op.entity == "clients" else HOUSEHOLD_NOT_IN_SCOPE
        clients = {self._client_of(op), current.client_id if current is not None else None} - {None}
        if not clients and op.entity in STAFF_ONLY_UNOWNED:
            return None
        if any(not self._holds(c) for c in clients):
            return NOT_IN_SCOPE
        return None

    def _assignment(self, op: Operation, current: Stored | None) -> str | None:
        """Who a client is assigned to, and whose household it is in, decide who holds it: a change
        of these may not hand it to another organisation nor bring in clients the device does not hold."""
        if op.entity != "clients" or op.op == "delete":
            return None
        mine = op.fields or {}
        base = op.base if op.base is not None else (current.data if current is not None else {})
        changed = {k for k in (*ASSIGNMENTS, *HOUSEHOLD_FIELDS) if k in mine and _differs(base.get(k), mine[k])}
        assigned = [mine[k] for k in changed & set(ASSIGNMENTS) if mine[k]]  # to nobody: always allowed
        if assigned and not all(isinstance(w, str) and w in self._assignable() for w in assigned):
            return ASSIGN_WITHIN
        if changed & set(HOUSEHOLD_FIELDS):
            household = mine.get("household_id", base.get("household_id"))
            if household and not self._holds_household(household, op.record_id):
                return HOUSEHOLD_NOT_HELD
        return None

    def _assignable(self) -> set[str]:
        """Workers of the device's own organisation and of the municipality, as the accounts say."""
        kinds = {org: kind for org, (_, kind) in self._organisation_facts().items()}
        own = self.device.organisation_id
        return {worker for worker, (org, _) in self._account_facts().items()
                if org is not None and (org == own or kinds.get(org) == scope.MUNICIPALITY_KIND)}

    def _holds_household(self, household: str, client_id: str) -> bool:
        """The device holds the household and every member of it (or it is new, with nobody in it)."""
        if not isinstance(household, str):
            return False
        members = set(self.conn.execute(select(RECORDS.c.record_id).where(
            RECORDS.c.tenant_id == self.device.tenant_id, RECORDS.c.entity == "clients",
            RECORDS.c.data["household_id"].as_string() == household)).scalars()) - {client_id}
        if any(not self._holds(m) for m in members):
            return False
        if self._holds(household, "households"):
            return True
        exists = self.conn.execute(select(RECORDS.c.record_id).where(
            RECORDS.c.tenant_id == self.device.tenant_id, RECORDS.c.entity == "households",
            RECORDS.c.record_id == household)).first()
        return exists is None and not members

    def _holds(self, subject: str, entity: str = "clients") -> bool:
        """Whether the device holds this client (or household, or the staff's unowned records)."""
        if subject in self._created[entity]:
            return True
        is_household = subject in self.scope.households
        return subject in self.scope.subjects and is_household == (entity == "households")

    def _client_of(self, op: Operation) -> str | None:
        data = op.fields or {}
        client_id = direct_client_of(op.entity, op.record_id, data)
        if client_id is not None:
            return client_id
        for field, parent in CLIENT_VIA_PARENT:
            if isinstance(data.get(field), str):
                pending = record_store.saved_in_block(self.conn, self.device.tenant_id, parent, data[field])
                if pending is not None:
                    return pending.client_id
                return self.conn.execute(select(RECORDS.c.client_id).where(
                    RECORDS.c.tenant_id == self.device.tenant_id, RECORDS.c.entity == parent,
                    RECORDS.c.record_id == data[field])).scalar_one_or_none()
        return None

    # -- a partner organisation --------------------------------------------------------------
    def _partner(self, op: Operation, current: Stored | None) -> str | None:
        if op.entity == "consents":
            return CONSENT_BY_STAFF
        if op.entity == "workshop_invitations":
            return INVITATIONS_BY_STAFF
        if op.entity == "sync_conflicts":
            return self._partner_conflict(op, current)
        if op.entity == "plan_history":
            return self._partner_history(op, current)
        if op.entity in JOURNEY:
            return self._partner_journey(op, current)
        if op.entity != "plan_actions" or op.op != "update" or current is None:
            return PARTNER_ACTIONS_ONLY
        grant = self.scope.grant(current.client_id)
        if grant is None or PLAN not in grant or current.data.get("organisation_id") != self.device.organisation_id:
            return PARTNER_NOT_ASSIGNED
        base = op.base if op.base is not None else current.data
        mine = op.fields or {}
        changed = {k for k, v in mine.items() if k != "version" and _differs(base.get(k), v)}
        return PARTNER_ACTION_FIELDS if changed - PARTNER_FIELDS - {"id"} else None

    def _partner_journey(self, op: Operation, current: Stored | None) -> str | None:
        """A story or rating: its organisation's, before and after, and one the partner receives."""
        org = self.device.organisation_id
        if current is not None and not self._partner_receives(op.entity, current.client_id, current.data, org):
            return JOURNEY_OWN_ONLY
        if op.op == "delete":
            return JOURNEY_OWN_ONLY if current is None else None
        after = record_store.after_merge(op, current)
        client_id = direct_client_of(op.entity, op.record_id, after)
        if current is not None and client_id != current.client_id:
            return JOURNEY_OWN_ONLY  # moved into another person's file
        if after.get("organisation_id") != org:
            return JOURNEY_OWN_ONLY
        return None if self._partner_receives(op.entity, client_id, after, org) else JOURNEY_NOT_SHARED

    def _partner_receives(self, entity: str, client_id: str | None, data: dict[str, Any], org: str | None) -> bool:
        grant = self.scope.grant(client_id)
        return grant is not None and org is not None and data.get("organisation_id") == org \
            and partner_sees(grant, org, entity, data)

    def _partner_history(self, op: Operation, current: Stored | None) -> str | None:
        """The history line the device writes with each change of its own action (append-only)."""
        data = op.fields or {}
        if current is not None or op.op != "insert" or data.get("entity") != "plan_actions" \
                or data.get("field") not in PARTNER_FIELDS:
            return PARTNER_ACTIONS_ONLY
        return self._of_own_action(op, data, current)

    def _of_own_action(self, op: Operation, data: dict[str, Any], current: Stored | None) -> str | None:
        """A record about one of the partner's own actions, in that action's client's file: named by
        another client (or none) it would land in a file the partner does not hold, or reach all staff."""
        client_id = self._own_action(data.get("record_id"))
        if client_id is None:
            return PARTNER_NOT_ASSIGNED
        if op.fields is not None and self._client_of(op) != client_id:
            return PARTNER_NOT_ASSIGNED
        if current is not None and current.client_id != client_id:
            return PARTNER_NOT_ASSIGNED
        if data.get("organisation_id", self.device.organisation_id) != self.device.organisation_id:
            return PARTNER_NOT_ASSIGNED
        return None

    def _own_action(self, action_id) -> str | None:
        """The client of this action if it is assigned to the partner and the partner holds its plan."""
        if not isinstance(action_id, str):
            return None
        row = record_store.saved_in_block(self.conn, self.device.tenant_id, "plan_actions", action_id)
        row = row or self.conn.execute(select(RECORDS.c.organisation_id, RECORDS.c.client_id).where(
            RECORDS.c.tenant_id == self.device.tenant_id, RECORDS.c.entity == "plan_actions",
            RECORDS.c.record_id == action_id)).first()
        grant = self.scope.grant(row.client_id) if row is not None else None
        if grant is None or PLAN not in grant or row.organisation_id != self.device.organisation_id:
            return None
        return row.client_id

    def _partner_conflict(self, op: Operation, current: Stored | None) -> str | None:
        """A conflict kept on the device while merging one of its own actions."""
        data = op.fields or (current.data if current is not None else {})
        if data.get("entity") != "plan_actions":
            return PARTNER_ACTIONS_ONLY
        return self._of_own_action(op, data, current)


def _differs(before: Any, after: Any) -> bool:
    """Booleans travel as 0/1 from the device and are stored as they came; compare them as truth."""
    if isinstance(before, bool) or isinstance(after, bool):
        return bool(before) != bool(after)
    return before != after
