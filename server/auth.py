"""Device tokens: issued at login, kept only as a SHA-256 hash, valid 30 days and renewed on use."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from server.caller import SignedInDevice
from server.clock import utcnow
from server.db import Database
from server.models import Device, User

TOKEN_LIFETIME = timedelta(days=30)
# Renewal writes; at most once an hour per device, so an ordinary pull only reads.
RENEW_EVERY = timedelta(hours=1)


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    username: str
    name: str
    created_at: str
    last_seen_at: str
    expires_at: str
    revoked_at: str | None


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


def authenticate(db: Database, token: str) -> SignedInDevice | None:
    """The device this token signs in, or None if unknown, expired or revoked."""
    now = utcnow()
    with db.reading() as session:
        row = session.execute(
            select(Device, User).join(User, User.id == Device.user_id)
            .where(Device.token_hash == hash_token(token))).first()
    if row is None:
        return None
    device, user = row
    if device.revoked_at is not None or device.expires_at <= now:
        return None
    if now - device.last_seen_at >= RENEW_EVERY:
        with db.writing() as session:
            session.execute(update(Device).where(Device.id == device.id, Device.revoked_at.is_(None))
                            .values(last_seen_at=now, expires_at=now + TOKEN_LIFETIME))
    return SignedInDevice(device_id=device.id, user_id=user.id, tenant_id=user.tenant_id, worker_id=user.worker_id,
                          organisation_id=user.organisation_id, role=user.role)


def list_devices(session: Session) -> list[DeviceRow]:
    rows = session.execute(select(Device, User.username).join(User, User.id == Device.user_id)
                           .order_by(User.username, Device.created_at)).all()

    def when(moment) -> str:
        return moment.strftime("%Y-%m-%d %H:%M")

    return [DeviceRow(d.id, username, d.name, when(d.created_at), when(d.last_seen_at), when(d.expires_at),
                      when(d.revoked_at) if d.revoked_at else None) for d, username in rows]
