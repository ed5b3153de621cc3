"""Device tokens: issued at login, kept only as a SHA-256 hash, valid 30 days and renewed on use.

An administrator revokes a device (a lost laptop, someone who left): its token is refused
from then on with a Problem of its own, so the device knows to remove its records.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from server.accounts import AccountError, find_user
from server.caller import SignedInDevice
from server.clock import utcnow
from server.db import Database
from server.models import Device, User
from server.problems import DEVICE_REVOKED, ProblemError

TOKEN_LIFETIME = timedelta(days=30)
# Renewal writes; at most once an hour per device, so an ordinary pull only reads.
RENEW_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    tenant_id: str
    username: str
    display_name: str
    name: str
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in_device(session: Session, user: User, name: str) -> tuple[Device, str]:
    """A new device for the user and its token (the only time the token exists in the clear)."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    device = Device(id=str(uuid.uuid4()), tenant_id=user.tenant_id, user_id=user.id, name=name.strip(),
                    token_hash=hash_token(token), created_at=now, last_seen_at=now,
                    expires_at=now + TOKEN_LIFETIME, revoked_at=None)
    session.add(device)
    session.flush()
    return device, token


_DEVICES, _USERS = Device.__table__, User.__table__
# Every request asks this: plain columns, one statement built once (the ORM's objects cost more
# than the query).
_BY_TOKEN = (select(_DEVICES.c.id, _DEVICES.c.revoked_at, _DEVICES.c.expires_at, _DEVICES.c.last_seen_at,
                    _DEVICES.c.first_push_seq,
                    _USERS.c.id.label("user_id"), _USERS.c.tenant_id, _USERS.c.worker_id, _USERS.c.organisation_id,
                    _USERS.c.role)
             .join(_USERS, _USERS.c.id == _DEVICES.c.user_id).where(_DEVICES.c.token_hash == bindparam("hash")))


def authenticate(db: Database, token: str) -> SignedInDevice | None:
    """The device this token signs in, or None if unknown or expired. A revoked device's token
    raises ProblemError 401 device_revoked (expired or not): it alone tells a device to wipe."""
    now = utcnow()
    with db.reading() as session:
        row = session.connection().execute(_BY_TOKEN, {"hash": hash_token(token)}).first()
    if row is None:
        return None
    if row.revoked_at is not None:
        raise ProblemError(401, DEVICE_REVOKED, {"WWW-Authenticate": "Bearer"})
    if row.expires_at <= now:
        return None
    if now - row.last_seen_at >= RENEW_EVERY:
        with db.writing() as session:
            session.execute(update(Device).where(Device.id == row.id, Device.revoked_at.is_(None))
                            .values(last_seen_at=now, expires_at=now + TOKEN_LIFETIME))
    return SignedInDevice(device_id=row.id, user_id=row.user_id, tenant_id=row.tenant_id, worker_id=row.worker_id,
                          organisation_id=row.organisation_id, role=row.role,
                          pushed_before=row.first_push_seq is not None)


def list_devices(session: Session, *, tenant_id: str | None = None, username: str | None = None) -> list[DeviceRow]:
    """Every device (of one tenant, or of one user), by user name and then sign-in time."""
    query = select(Device, User).join(User, User.id == Device.user_id)
    if tenant_id is not None:
        query = query.where(Device.tenant_id == tenant_id)
    if username is not None:
        user = find_user(session, username)
        if user is None:
            raise AccountError(f"There is no user {username}.")
        query = query.where(Device.user_id == user.id)
    rows = session.execute(query.order_by(User.username, Device.created_at)).all()
    return [_row(device, user) for device, user in rows]


def revoke_device(session: Session, device_id: str, *, tenant_id: str | None = None) -> DeviceRow:
    """Sign a device off for good; its next request is refused and it removes its records.
    Revoking twice keeps the first moment. tenant_id: only a device of this tenant."""
    query = select(Device, User).join(User, User.id == Device.user_id).where(Device.id == device_id.strip())
    if tenant_id is not None:
        query = query.where(Device.tenant_id == tenant_id)
    row = session.execute(query).first()
    if row is None:
        raise AccountError(f"There is no device {device_id}.")
    device, user = row
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        session.flush()
    return _row(device, user)


def _row(device: Device, user: User) -> DeviceRow:
    return DeviceRow(device.id, device.tenant_id, user.username, user.display_name, device.name, device.created_at,
                     device.last_seen_at, device.expires_at, device.revoked_at)
