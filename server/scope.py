"""Which clients a device may hold, and with which parts: computed once per request, set-based.

- Klantmanagers and coordinators of the municipality's own organisation (kind "gemeente")
  direct the chain: they hold the whole tenant.
- Other staff (begeleiders; klantmanagers and coordinators elsewhere) hold their organisation's
  caseload: clients whose klantmanager or begeleider is a worker of the organisation, or whom
  a worker of it sent first while no worker is assigned; household members follow their main
  person, and the households of those clients come along.
- A partner holds the clients who consented to share with its organisation, each with the
  consented parts up to the partner role's ceiling (server/visibility.py).
- Administrators, and accounts without an organisation, hold the directory only.

Who works for which organisation, in which role, is a fact of the server's accounts (the users
table, changed by an administrator only: server/accounts.py), never of the synced `workers`
records, which devices write: a device that rewrote a worker's organisation would otherwise
take that worker's whole caseload (docs/decisions/0017-who-owns-which-record.md).

What a device holds of one client is its grant; server/pull_scope.py turns a change of these
sets into drops and backfills, server/write_rules.py into refusals.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, func, or_, select

from server.caller import SignedInDevice
from server.models import ClientOrigin, Organisation, User
from server.record_store import RECORDS
from server.scope_moves import SCOPES
from server.visibility import FULL_GRANT, Grant, consent_active, consent_parts, grant_of

FULL, CASELOAD, PARTNER, DIRECTORY_ONLY = "full", "caseload", "partner", "directory"
DIRECTING_ROLES = ("klantmanager", "coordinator")
MUNICIPALITY_KIND = "gemeente"
MAIN_PERSON = "hoofdpersoon"
# A pseudo-subject: the records no client owns that staff see (conflicts on the directory, pairs
# dismissed as not the same person). Held like a client, so losing staff rights drops them too.
STAFF_RECORDS = "staff-records"
_ORIGINS = ClientOrigin.__table__
_USERS = User.__table__
_kinds: dict[str, str | None] = {}  # organisation id -> kind: set at creation, never changed


@dataclass(frozen=True)
class Scope:
    kind: str  # FULL, CASELOAD, PARTNER or DIRECTORY_ONLY
    organisation_id: str | None
    subjects: dict[str, Grant] = field(default_factory=dict)  # client or household id -> grant (not for FULL)
    households: frozenset[str] = frozenset()  # of the subjects, the households

    @property
    def clients(self) -> list[str]:
        return [s for s in self.subjects if s not in self.households and s != STAFF_RECORDS]

    def grant(self, client_id: str | None) -> Grant | None:
        if self.kind == FULL:
            return FULL_GRANT
        return self.subjects.get(client_id) if client_id else None

    @property
    def is_staff(self) -> bool:
        return self.kind in (FULL, CASELOAD)


# What a scope is computed from, besides the account: server/scope_moves.py names the changes that
# may move one. An account's organisation is not read from `workers` records, but each change of it
# rewrites the user's worker record (server/accounts.py), so that the usual pull notices it.


def kind_of(conn: Connection, device: SignedInDevice) -> str:
    """The kind of scope the account has: its role and organisation only (cheap)."""
    org = device.organisation_id
    if device.role == "administrator" or org is None:
        return DIRECTORY_ONLY
    if device.role == "partner":
        return PARTNER
    if device.role in DIRECTING_ROLES and organisation_kind(conn, org) == MUNICIPALITY_KIND:
        return FULL
    return CASELOAD


def scope_of(conn: Connection, device: SignedInDevice) -> Scope:
    """The device's scope now. The same for every account of a kind in an organisation, so worked
    out once until a change that may move it (server/scope_moves.py)."""
    org, kind = device.organisation_id, kind_of(conn, device)
    if kind in (DIRECTORY_ONLY, FULL):
        return Scope(kind, org)
    return SCOPES.get(conn, (device.tenant_id, kind, org), lambda: _work_out(conn, device.tenant_id, kind, org))


def _work_out(conn: Connection, tenant_id: str, kind: str, org: str) -> Scope:
    if kind == PARTNER:
        return Scope(PARTNER, org, partner_clients(conn, tenant_id, org))
    clients, households = caseload(conn, tenant_id, org)
    subjects = dict.fromkeys([*clients, *households, STAFF_RECORDS], FULL_GRANT)
    return Scope(CASELOAD, org, subjects, frozenset(households))


def organisation_kind(conn: Connection, organisation_id: str) -> str | None:
    if organisation_id not in _kinds:
        kind = conn.execute(select(Organisation.kind).where(Organisation.id == organisation_id)).scalar()
        if kind is None:
            return None  # not cached: it may be made later
        _kinds[organisation_id] = kind
    return _kinds[organisation_id]


def _field(name: str):
    return RECORDS.c.data[name].as_string()


def caseload(conn: Connection, tenant_id: str, organisation_id: str) -> tuple[set[str], set[str]]:
    """(clients, households) of the organisation's caseload, in two statements. Its workers are
    its accounts' workers: what the server's accounts say, whatever a synced record claims."""
    workers = organisation_workers(tenant_id, organisation_id)
    origins = select(_ORIGINS.c.client_id).where(
        _ORIGINS.c.tenant_id == tenant_id, _ORIGINS.c.organisation_id == organisation_id).scalar_subquery()
    manager, guide = _field("klantmanager_id"), _field("begeleider_id")
    unassigned = and_(func.coalesce(manager, "") == "", func.coalesce(guide, "") == "")
    household, role = _field("household_id"), _field("household_role")
    rows = conn.execute(select(RECORDS.c.record_id, household, role).where(
        RECORDS.c.tenant_id == tenant_id, RECORDS.c.entity == "clients",
        or_(manager.in_(workers), guide.in_(workers), and_(unassigned, RECORDS.c.record_id.in_(origins))),
    )).all()
    clients = {r[0] for r in rows}
    households = {r[1] for r in rows if r[1]}
    followed = sorted({r[1] for r in rows if r[1] and (r[2] or MAIN_PERSON) == MAIN_PERSON})
    if followed:  # household members follow their main person
        clients |= set(conn.execute(select(RECORDS.c.record_id).where(
            RECORDS.c.tenant_id == tenant_id, RECORDS.c.entity == "clients", household.in_(followed))).scalars())
    return clients, households


def organisation_workers(tenant_id: str, organisation_id: str):
    """The worker ids of the organisation's accounts, as a subquery."""
    return select(_USERS.c.worker_id).where(
        _USERS.c.tenant_id == tenant_id, _USERS.c.organisation_id == organisation_id).scalar_subquery()


def partner_clients(conn: Connection, tenant_id: str, organisation_id: str) -> dict[str, Grant]:
    """The clients with a consent in force for this organisation, each with the parts consented."""
    parts: dict[str, set[str]] = {}
    for client_id, data in conn.execute(select(RECORDS.c.client_id, RECORDS.c.data).where(
            RECORDS.c.tenant_id == tenant_id, RECORDS.c.organisation_id == organisation_id,
            RECORDS.c.entity == "consents", RECORDS.c.deleted.is_(False))):
        if client_id and consent_active(data):
            parts.setdefault(client_id, set()).update(consent_parts(data.get("parts")))
    return {client_id: grant_of(p) for client_id, p in parts.items()}


def note_new_client(conn: Connection, device: SignedInDevice, client_id: str) -> None:
    """Remember whose organisation sent a client first: its caseload until a worker is assigned."""
    exists = conn.execute(select(_ORIGINS.c.client_id).where(
        _ORIGINS.c.tenant_id == device.tenant_id, _ORIGINS.c.client_id == client_id)).first()
    if exists is None:
        conn.execute(_ORIGINS.insert().values(tenant_id=device.tenant_id, client_id=client_id,
                                              organisation_id=device.organisation_id))
