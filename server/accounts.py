"""Tenants, organisations and users: enough accounts to sync.

An organisation and a user each also get a record in the synced directory ("organisations",
"workers"), written under the tenant's sequence like any change, so every device receives
the directory by pull and a user's changes are signed with their worker id.

A user's organisation and role are facts of these accounts, changed here only (by an
administrator, each change audited); what a device may receive is worked out from them. The
worker record mirrors them for every device to read, and no device may change that mirror
(server/write_rules.py).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, func, or_, select
from sqlalchemy.orm import Session

from server import audit, record_store
from server.clock import stamp, utcnow
from server.models import Organisation, Tenant, TenantSequence, User
from server.sequence import lock_tenant

ROLES = ("klantmanager", "begeleider", "partner", "coordinator", "administrator")
COMMON_KINDS = ("gemeente", "maatschappelijke_begeleiding", "taalschool", "budgetcoach", "jobhunter",
                "welzijn", "coa")
MIN_PASSWORD_LENGTH = 12
# Long enough to pass the length rule and still first in every guessing list; compared in small letters
# with spaces and separators left out, so "Welkom 2024 2024" is "welkom20242024".
COMMON_PASSWORDS = frozenset({
    "123456789012", "1234567890123", "12345678901234", "123456123456", "111111111111", "000000000000",
    "qwertyuiopas", "qwerty123456", "123456qwerty", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qwertyqwerty",
    "asdfghjklasd", "azertyuiopqs", "passwordpassword", "password1234", "password12345", "password123456",
    "passw0rd1234", "p4ssw0rd1234", "iloveyou1234", "letmein12345", "welcome12345", "welcome123456",
    "wachtwoord12", "wachtwoord123", "wachtwoord1234", "wachtwoord2024", "wachtwoord2025", "wachtwoord2026",
    "welkom123456", "welkom20242024", "welkomwelkom", "geheimgeheim", "geheim123456", "ketenplan123",
    "ketenplan1234", "ketenplan2026", "gemeente1234", "gemeente12345", "administrator", "administrator1",
    "abcdefghijkl", "abc123abc123", "aaaaaaaaaaaa", "zomer2024zomer", "voetbal12345", "hallohallo12",
})
_CODE = re.compile(r"^\d{4}$")
_KIND = re.compile(r"^[a-z][a-z_]{1,39}$")

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Checked when the user name is unknown, so a wrong name takes as long as a wrong password."""
    return _hasher.hash("no user has this password")


class AccountError(ValueError):
    """A request the accounts cannot carry out, in a sentence for the administrator."""


@dataclass(frozen=True)
class UserRow:
    username: str
    display_name: str
    role: str
    organisation: str | None
    tenant: str
    worker_id: str


def check_password(password: str, username: str) -> None:
    """The minimum every password meets (made, reset or changed); an AccountError says what is wrong."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"A password needs at least {MIN_PASSWORD_LENGTH} characters.")
    if password.strip().isdigit():
        raise AccountError("A password of only digits is too easy to guess; add letters or words.")
    if password.strip().casefold() == username.strip().casefold():
        raise AccountError("A password cannot be the user name.")
    if re.sub(r"[\s._-]", "", password.casefold()) in COMMON_PASSWORDS:
        raise AccountError("This password is one of the most used and guessed first; choose another.")


def hash_password(password: str, username: str) -> str:
    check_password(password, username)
    return _hasher.hash(password)


def create_tenant(session: Session, name: str, code: str | None = None) -> Tenant:
    name = name.strip()
    if not name:
        raise AccountError("A tenant needs a name.")
    if code is not None and not _CODE.match(code):
        raise AccountError("A gemeentecode has four digits, for example 0363.")
    same = Tenant.name == name if code is None else or_(Tenant.name == name, Tenant.code == code)
    clash = session.execute(select(Tenant).where(same)).scalars().first()
    if clash is not None:
        raise AccountError(f"There is already a tenant {clash.name} ({clash.code or 'no code'}).")
    tenant = Tenant(id=str(uuid.uuid4()), name=name, code=code, created_at=utcnow())
    session.add(tenant)
    session.flush()
    session.add(TenantSequence(tenant_id=tenant.id, last_seq=0))
    session.flush()
    return tenant


def find_tenant(session: Session, ref: str) -> Tenant:
    """A tenant by id, gemeentecode or name."""
    tenant = session.execute(select(Tenant).where(
        or_(Tenant.id == ref, Tenant.code == ref, Tenant.name == ref))).scalars().first()
    if tenant is None:
        raise AccountError(f"There is no tenant '{ref}'.")
    return tenant


def create_organisation(session: Session, tenant: Tenant, name: str, kind: str) -> Organisation:
    name = name.strip()
    if not name:
        raise AccountError("An organisation needs a name.")
    if not _KIND.match(kind):
        raise AccountError("A kind is a word in small letters, such as " + ", ".join(COMMON_KINDS) + ".")
    lock_tenant(session, tenant.id)
    if session.execute(select(Organisation).where(
            Organisation.tenant_id == tenant.id, Organisation.name == name)).first() is not None:
        raise AccountError(f"{tenant.name} already has an organisation {name}.")
    org = Organisation(id=str(uuid.uuid4()), tenant_id=tenant.id, name=name, kind=kind, created_at=utcnow())
    session.add(org)
    now = stamp()
    record_store.save(session.connection(), tenant.id, "organisations", org.id,
                      {"name": name, "kind": kind, "created_at": now, "updated_at": now},
                      current=None, user_id=None, author_id=None)
    return org


def find_organisation(session: Session, tenant: Tenant, ref: str) -> Organisation:
    org = session.execute(select(Organisation).where(
        Organisation.tenant_id == tenant.id, or_(Organisation.id == ref, Organisation.name == ref))).scalars().first()
    if org is None:
        raise AccountError(f"{tenant.name} has no organisation '{ref}'.")
    return org


def create_user(session: Session, tenant: Tenant, organisation: Organisation | None, username: str,
                display_name: str, role: str, password: str) -> User:
    username, display_name = username.strip(), display_name.strip()
    if not username or not display_name:
        raise AccountError("A user needs a user name and a name.")
    if role not in ROLES:
        raise AccountError("A role is one of " + ", ".join(ROLES) + ".")
    password_hash = hash_password(password, username)
    lock_tenant(session, tenant.id)
    if session.execute(select(User).where(func.lower(User.username) == username.lower())).first() is not None:
        raise AccountError(f"The user name {username} is taken.")
    now = utcnow()
    user = User(id=str(uuid.uuid4()), tenant_id=tenant.id, organisation_id=organisation.id if organisation else None,
                username=username, display_name=display_name, role=role, password_hash=password_hash,
                worker_id=str(uuid.uuid4()), created_at=now, password_changed_at=now)
    session.add(user)
    record_store.save(session.connection(), tenant.id, "workers", user.worker_id, {
        "name": display_name, "role": role, "organisation_id": user.organisation_id, "email": "",
        "created_at": stamp(now), "updated_at": stamp(now)}, current=None, user_id=None, author_id=None)
    return user


KEEP = object()  # change_user: leave the organisation as it is


def change_user(session: Session, username: str, *, organisation: Organisation | None | object = KEEP,
                role: str | None = None) -> tuple[User, list[str]]:
    """Move a user to another organisation (None: none) and/or give them another role. Returns the
    user and the names of what changed. The user's worker record follows, under the tenant's sequence,
    so every device's next pull works its scope out again; the change is audited."""
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"There is no user {username}.")
    if role is not None and role not in ROLES:
        raise AccountError("A role is one of " + ", ".join(ROLES) + ".")
    if isinstance(organisation, Organisation) and organisation.tenant_id != user.tenant_id:
        raise AccountError(f"The organisation {organisation.name} is not of {user.username}'s tenant.")
    lock_tenant(session, user.tenant_id)
    changed = []
    if organisation is not KEEP:
        organisation_id = organisation.id if isinstance(organisation, Organisation) else None
        if organisation_id != user.organisation_id:
            user.organisation_id, changed = organisation_id, [*changed, "organisation_id"]
    if role is not None and role != user.role:
        user.role, changed = role, [*changed, "role"]
    if not changed:
        return user, changed
    session.flush()
    conn = session.connection()
    current = record_store.find_many(conn, user.tenant_id, [user.worker_id]).get(("workers", user.worker_id))
    now = stamp()
    data = {"name": user.display_name, "email": "", "created_at": now, **(current.data if current else {}),
            "role": user.role, "organisation_id": user.organisation_id, "updated_at": now, "deleted": False}
    record_store.save(conn, user.tenant_id, "workers", user.worker_id, data, current=current,
                      user_id=None, author_id=None)
    audit.record_account_change(conn, user.tenant_id, user.worker_id, changed)
    return user, changed


def organisation_name(session: Session, organisation_id: str | None) -> str:
    if organisation_id is None:
        return "no organisation"
    return session.execute(select(Organisation.name).where(Organisation.id == organisation_id)).scalar_one()


def account_facts(conn: Connection | Session, tenant_id: str) -> dict[str, tuple[str | None, str]]:
    """worker id -> (organisation id, role) of the tenant's accounts."""
    rows = conn.execute(select(User.worker_id, User.organisation_id, User.role).where(
        User.tenant_id == tenant_id))
    return {w: (o, r) for w, o, r in rows}


def find_user(session: Session, username: str) -> User | None:
    return session.execute(
        select(User).where(func.lower(User.username) == username.strip().lower())).scalars().first()


def reset_password(session: Session, username: str, password: str) -> User:
    user = find_user(session, username)
    if user is None:
        raise AccountError(f"There is no user {username}.")
    user.password_hash = hash_password(password, user.username)
    user.password_changed_at = utcnow()
    return user


def check_login(session: Session, username: str, password: str) -> User | None:
    """The user if the password is theirs. Only reads."""
    user = find_user(session, username)
    try:
        _hasher.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    return user


def rehash_if_needed(session: Session, user_id: str, password: str) -> None:
    """After a good login: a hash made with older argon2 parameters is made again with today's."""
    user = session.get(User, user_id)
    if user is not None and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


def list_users(session: Session) -> list[UserRow]:
    rows = session.execute(
        select(User, Organisation.name, Tenant.name)
        .join(Tenant, Tenant.id == User.tenant_id)
        .outerjoin(Organisation, Organisation.id == User.organisation_id)
        .order_by(Tenant.name, User.username)).all()
    return [UserRow(u.username, u.display_name, u.role, org, tenant, u.worker_id) for u, org, tenant in rows]
