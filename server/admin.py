"""`ketenplan-server admin ...`: accounts from the command line, printed for a person to read."""

from __future__ import annotations

import getpass
import os
import secrets
import sys
from argparse import Namespace
from collections.abc import Callable

from server import accounts, auth, region_settings
from server.accounts import AccountError
from server.db import Database

PASSWORD_ENV = "KETENPLAN_USER_PASSWORD"
# No 0/O or 1/l/I: a generated password is read off a screen and typed in once.
_PASSWORD_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789"


def run(db: Database, args: Namespace) -> int:
    """Carry out one admin command; an AccountError is printed as its sentence, exit status 1."""
    command: Callable[[Database, Namespace], None] = _COMMANDS[args.admin_command]
    try:
        command(db, args)
    except AccountError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


def generate_password(username: str) -> str:
    """Four groups of five, about 100 bits; made again in the unlikely case the policy refuses it."""
    while True:
        password = "-".join("".join(secrets.choice(_PASSWORD_LETTERS) for _ in range(5)) for _ in range(4))
        try:
            accounts.check_password(password, username)
        except AccountError:
            continue
        return password


def _new_password(args: Namespace) -> str:
    if getattr(args, "generate_password", False):
        return generate_password(args.username)
    password = os.environ.get(PASSWORD_ENV)
    if password:
        return password
    if not sys.stdin.isatty():
        raise AccountError(f"Type the password in a terminal, or set {PASSWORD_ENV}.")
    password = getpass.getpass("Password: ")
    if getpass.getpass("Password again: ") != password:
        raise AccountError("The two passwords differ.")
    return password


def create_tenant(db: Database, args: Namespace) -> None:
    with db.writing() as session:
        tenant = accounts.create_tenant(session, args.name, args.code)
    print(f"Tenant {tenant.name} ({tenant.code or 'no code'}): {tenant.id}")


def create_organisation(db: Database, args: Namespace) -> None:
    with db.writing() as session:
        tenant = accounts.find_tenant(session, args.tenant)
        org = accounts.create_organisation(session, tenant, args.name, args.kind)
    print(f"Organisation {org.name} ({org.kind}) in {tenant.name}: {org.id}")


def _tell_generated(args: Namespace, password: str) -> None:
    if getattr(args, "generate_password", False):
        print(f"Password for {args.username}: {password}  (shown once; hand it over in person)")


def create_user(db: Database, args: Namespace) -> None:
    password = _new_password(args)
    with db.writing() as session:
        tenant = accounts.find_tenant(session, args.tenant)
        org = accounts.find_organisation(session, tenant, args.organisation) if args.organisation else None
        user = accounts.create_user(session, tenant, org, args.username, args.name, args.role, password)
    print(f"User {user.username} ({user.display_name}, {user.role}) in {tenant.name}; worker {user.worker_id}")
    _tell_generated(args, password)


def change_user(db: Database, args: Namespace) -> None:
    """Another organisation or role: the only way either changes (devices cannot), audited."""
    if args.organisation is None and not args.no_organisation and args.role is None:
        raise AccountError("Say what changes: --organisation, --no-organisation or --role.")
    with db.writing() as session:
        user = accounts.find_user(session, args.username)
        if user is None:
            raise AccountError(f"There is no user {args.username}.")
        organisation = accounts.KEEP
        if args.no_organisation:
            organisation = None
        elif args.organisation is not None:
            tenant = accounts.find_tenant(session, user.tenant_id)
            organisation = accounts.find_organisation(session, tenant, args.organisation)
        user, changed = accounts.change_user(session, args.username, organisation=organisation, role=args.role)
        where = accounts.organisation_name(session, user.organisation_id)
    if not changed:
        print(f"User {user.username} already is {user.role} of {where}; nothing changed.")
        return
    print(f"User {user.username} is now {user.role} of {where}. Their devices receive what that allows "
          "from their next sync.")


def reset_password(db: Database, args: Namespace) -> None:
    password = _new_password(args)
    with db.writing() as session:
        user = accounts.reset_password(session, args.username, password)
    print(f"New password set for {user.username}.")
    _tell_generated(args, password)


def list_users(db: Database, _args: Namespace) -> None:
    with db.reading() as session:
        users = accounts.list_users(session)
    _table(("user name", "name", "role", "organisation", "tenant", "worker"),
           [(u.username, u.display_name, u.role, u.organisation or "-", u.tenant, u.worker_id) for u in users])


def list_devices(db: Database, args: Namespace) -> None:
    with db.reading() as session:
        devices = auth.list_devices(session, username=getattr(args, "user", None))
    _table(("device", "user name", "name", "signed in", "last seen", "expires", "revoked"),
           [(d.device_id, d.username, d.name, _when(d.created_at), _when(d.last_seen_at), _when(d.expires_at),
             _when(d.revoked_at) if d.revoked_at else "-") for d in devices])


def revoke_device(db: Database, args: Namespace) -> None:
    with db.writing() as session:
        device = auth.revoke_device(session, args.device_id)
    print(f"Device {device.name} of {device.username} signed off at {_when(device.revoked_at)} (UTC): "
          "it is refused from now on and removes its data at its next contact.")


def set_region(db: Database, args: Namespace) -> None:
    """A municipality's region and whether it shares its aggregate figures there (audited)."""
    with db.writing() as session:
        tenant = accounts.find_tenant(session, args.tenant)
        current = region_settings.choice_of(tenant)
        region = None if args.no_region else (args.region if args.region is not None else current.region)
        # Leaving the region stops sharing; otherwise sharing stays as it was unless --share says.
        share = args.share == "yes" if args.share is not None else current.share and not args.no_region
        choice, changed = region_settings.set_region(session, tenant, region, share)
    where = f"region {choice.region}" if choice.region else "no region"
    shared = "shares its aggregate figures there" if choice.share else "does not share its figures"
    print(f"{choice.tenant}: {where}; {shared}." + ("" if changed else " Nothing changed."))


def list_regions(db: Database, _args: Namespace) -> None:
    with db.reading() as session:
        choices = region_settings.regions(session)
    _table(("tenant", "region", "shares"), [(c.tenant, c.region or "-", "yes" if c.share else "no") for c in choices])


def _when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


_COMMANDS: dict[str, Callable[[Database, Namespace], None]] = {
    "create-tenant": create_tenant,
    "create-organisation": create_organisation,
    "create-user": create_user,
    "change-user": change_user,
    "reset-password": reset_password,
    "list-users": list_users,
    "list-devices": list_devices,
    "revoke-device": revoke_device,
    "set-region": set_region,
    "list-regions": list_regions,
}
