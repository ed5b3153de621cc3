"""The server's tables: accounts (tenants, organisations, users, devices) and the record store.

Migrations in migrations/versions/ create these tables; this module is what the code queries.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, ForeignKey, Index, Integer, String, Text, TypeDecorator
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JsonDoc = JSON().with_variant(JSONB(), "postgresql")


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC (SQLite keeps no zone), read back aware, so comparisons never mix the two."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the server stores only aware times")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Tenant(Base):
    """A municipality: everything synced belongs to exactly one."""

    __tablename__ = "tenants"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str | None] = mapped_column(String(4), unique=True)  # CBS gemeentecode
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The region it compares itself with, and whether its aggregate figures are shared there (0008_region).
    region: Mapped[str | None] = mapped_column(String(100))
    share_region: Mapped[bool] = mapped_column(default=False)


class TenantSequence(Base):
    """The tenant's change counter. Writers lock this row, so seq order is commit order."""

    __tablename__ = "tenant_sequences"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    # The seq of the latest change that may move a scope (server/scope_moves.py); 0: none yet.
    scope_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")


class Organisation(Base):
    """An organisation with accounts; its id is also its record in the synced directory."""

    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class User(Base):
    __tablename__ = "users"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    username: Mapped[str] = mapped_column(String(200), unique=True)  # login names no tenant
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    password_hash: Mapped[str] = mapped_column(String(200))  # argon2id, with its parameters
    worker_id: Mapped[str] = mapped_column(String(36))  # the user's record in entity "workers"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Device(Base):
    """A signed-in installation. Only the token's SHA-256 is kept: a copy of the table signs nobody in."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The seq of the first record it pushed: it holds those records from then on (pull_scope.py).
    first_push_seq: Mapped[int | None] = mapped_column(BigInteger)


class Record(Base):
    """One synced record of any entity: its fields as JSON, plus columns for scoping later."""

    __tablename__ = "records"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger)  # the seq of its latest change
    deleted: Mapped[bool] = mapped_column(default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    client_id: Mapped[str | None] = mapped_column(String(36))
    organisation_id: Mapped[str | None] = mapped_column(String(36))
    # The consent part a partner needs to receive it (server/visibility.py partner_part); NULL: staff only.
    part: Mapped[str | None] = mapped_column(String(16))
    updated_by: Mapped[str | None] = mapped_column(String(36))  # user; None for the server's own writes
    author_id: Mapped[str | None] = mapped_column(String(36))  # worker who made the change, as the device said
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        # The pull reads a tenant's records in seq order; unique, so no seq is ever given twice.
        Index("ux_records_tenant_version", "tenant_id", "version", unique=True),
        Index("ix_records_tenant_client", "tenant_id", "client_id"),
        Index("ix_records_tenant_organisation", "tenant_id", "organisation_id"),
    )


class AppliedOp(Base):
    """A pushed operation and the answer it got: a retried push gets the same answer, applied once."""

    __tablename__ = "applied_ops"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    result: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditLogEntry(Base):
    """One line of the audit log: a change pushed, refused or in conflict, or the records of one client
    a pull page handed out. No foreign keys: a line outlives the device or user it names."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"), primary_key=True)
    tenant_id: Mapped[str] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UTCDateTime())  # when the server handled it
    user_id: Mapped[str | None] = mapped_column(String(36))
    device_id: Mapped[str | None] = mapped_column(String(36))
    worker_id: Mapped[str | None] = mapped_column(String(36))  # who made the change, or who read
    action: Mapped[str] = mapped_column(String(16))  # read, insert, update, delete, conflict, refused
    entity: Mapped[str | None] = mapped_column(String(40))
    record_id: Mapped[str | None] = mapped_column(String(36))
    record_ids: Mapped[list | None] = mapped_column(JsonDoc)  # a read: [entity, record_id] of each record
    client_id: Mapped[str | None] = mapped_column(String(36))
    fields: Mapped[list | None] = mapped_column(JsonDoc)  # names of the fields changed, never their values
    conflicts: Mapped[list | None] = mapped_column(JsonDoc)  # fields that kept the server's value
    reason: Mapped[str | None] = mapped_column(Text())  # why it was refused
    made_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # when the device made the change
    op_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_tenant_client_at", "tenant_id", "client_id", "at"),
        Index("ix_audit_tenant_worker_at", "tenant_id", "worker_id", "at"),
        Index("ix_audit_tenant_at", "tenant_id", "at"),
    )


class LoginAttempt(Base):
    """A failed sign-in. The throttle counts them by user name and by address over every server process."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(200))  # in small letters, as login matches it
    address: Mapped[str] = mapped_column(String(64))  # the client's IP (the proxy's X-Forwarded-For)
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_login_attempts_username", "username", "failed_at"),
        Index("ix_login_attempts_address", "address", "failed_at"),
        Index("ix_login_attempts_failed_at", "failed_at"),
    )


class DeviceScope(Base):
    """What the server knows a device holds (server/pull_scope.py): its clients (device_clients),
    the whole tenant, or unknown; and the scope change last sent to it, until its cursor shows it
    was applied."""

    __tablename__ = "device_scopes"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    held: Mapped[str] = mapped_column(String(8))  # clients, full, unknown
    # What the held scope was computed from: the account as it was, and the tenant's seq then.
    role: Mapped[str | None] = mapped_column(String(40))
    organisation_id: Mapped[str | None] = mapped_column(String(36))
    scope_seq: Mapped[int | None] = mapped_column(BigInteger)
    pending: Mapped[str | None] = mapped_column(String(8))  # the same, as last sent
    pending_after: Mapped[int | None] = mapped_column(BigInteger)  # the cursor that pull asked after
    pending_cursor: Mapped[int | None] = mapped_column(BigInteger)  # the cursor it answered with
    pending_subjects: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)  # subject id -> grant
    # No record whose latest version is at or below this seq can have reached the device in an
    # earlier version: it was not yet pulling or pushing then. NULL (0): it may hold any.
    began: Mapped[int | None] = mapped_column(BigInteger)


class DeviceClient(Base):
    """A client (or household) a device holds, and the consent parts it holds it with ("*": all)."""

    __tablename__ = "device_clients"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    subject_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    grant: Mapped[str] = mapped_column(String(100))


class ClientOrigin(Base):
    """The organisation whose worker first sent a client: its caseload until a worker is assigned."""

    __tablename__ = "client_origins"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    client_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    organisation_id: Mapped[str | None] = mapped_column(String(36))

    __table_args__ = (Index("ix_client_origins_organisation", "tenant_id", "organisation_id"),)


class RecordMove(Base):
    """A record's change that took it away from a client (duplicates merged): a device holding only
    that client is told to drop it (server/record_moves.py). Ids only, nothing of the record."""

    __tablename__ = "record_moves"
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, primary_key=True)  # the seq of the change that moved it
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    from_client_id: Mapped[str] = mapped_column(String(36))
