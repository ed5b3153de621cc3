"""Command line: `ketenplan-server` serves; `ketenplan-server admin ...` manages accounts.

The database is a SQLite file in --data-dir (the embedded default) or the PostgreSQL at
--database-url (or $KETENPLAN_DATABASE_URL); the options go before or after `admin`.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from server.accounts import COMMON_KINDS, ROLES

DATABASE_URL_ENV = "KETENPLAN_DATABASE_URL"


def _database_options(parser: argparse.ArgumentParser, *, nested: bool) -> None:
    # Nested copies default to SUPPRESS, so an option given before `admin` is not reset after it.
    default = {"default": argparse.SUPPRESS} if nested else {}
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help="folder of the embedded SQLite database", **default)
    where.add_argument("--database-url", metavar="URL", **default,
                       help=f"postgresql+psycopg://user:password@host/db (or ${DATABASE_URL_ENV})")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ketenplan-server", description="Ketenplan's central sync server")
    _database_options(parser, nested=False)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (default: %(default)s)")
    parser.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"))
    parser.add_argument("--certfile", type=Path, help="serve HTTPS with this certificate (PEM, with its chain)")
    parser.add_argument("--keyfile", type=Path, help="the certificate's private key (PEM)")
    sub = parser.add_subparsers(dest="command")
    admin = sub.add_parser("admin", help="manage tenants, organisations, users and devices")
    _database_options(admin, nested=True)
    commands = admin.add_subparsers(dest="admin_command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = commands.add_parser(name, help=help_text)
        _database_options(p, nested=True)
        return p

    p = command("create-tenant", "a municipality")
    p.add_argument("name")
    p.add_argument("--code", help="the 4-digit CBS gemeentecode, e.g. 0402")
    p = command("create-organisation", "an organisation of a tenant's chain")
    p.add_argument("--tenant", required=True, help="tenant name, code or id")
    p.add_argument("name")
    p.add_argument("--kind", required=True, help="e.g. " + ", ".join(COMMON_KINDS))
    p = command("create-user", "a user; the password comes from $KETENPLAN_USER_PASSWORD, a prompt or "
                               "--generate-password")
    p.add_argument("--tenant", required=True, help="tenant name, code or id")
    p.add_argument("--organisation", help="organisation name or id")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="the name as colleagues see it")
    p.add_argument("--role", required=True, choices=ROLES)
    _generate_option(p)
    p = command("change-user", "move a user to another organisation or give them another role (audited)")
    p.add_argument("username")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--organisation", help="organisation name or id, of the user's tenant")
    where.add_argument("--no-organisation", action="store_true", help="belongs to no organisation")
    p.add_argument("--role", choices=ROLES)
    p = command("reset-password", "give a user a new password")
    p.add_argument("username")
    _generate_option(p)
    command("list-users", "every user of every tenant")
    p = command("list-devices", "every signed-in device")
    p.add_argument("--user", metavar="USERNAME", help="only this user's devices")
    p = command("revoke-device", "sign a device off: refused from now on, it removes its data at its next contact")
    p.add_argument("device_id", help="the device's id, as list-devices shows it")
    p = command("set-region", "the region a tenant compares itself with, and whether it shares its aggregate "
                              "figures there (audited; not shared by default)")
    p.add_argument("--tenant", required=True, help="tenant name, code or id")
    region = p.add_mutually_exclusive_group()
    region.add_argument("--region", help="the region's name or code, the same for every tenant of the region")
    region.add_argument("--no-region", action="store_true", help="belongs to no region (and so shares nothing)")
    p.add_argument("--share", choices=("yes", "no"), help="share the aggregate figures with the region")
    command("list-regions", "every tenant's region and whether it shares")
    return parser


def _generate_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--generate-password", action="store_true",
                        help="make a strong password and print it once")


def database_url(args: argparse.Namespace) -> str:
    from server.db import sqlite_url
    if args.database_url or os.environ.get(DATABASE_URL_ENV):
        return args.database_url or os.environ[DATABASE_URL_ENV]
    data_dir = args.data_dir or _default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    return sqlite_url(data_dir)


def _default_data_dir() -> Path:
    import platformdirs
    return Path(platformdirs.user_data_dir("ketenplan-server", appauthor=False))


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if (args.certfile is None) != (args.keyfile is None):
        parser.error("HTTPS needs both --certfile and --keyfile")
    url = database_url(args)
    if args.command == "admin":
        from server import admin
        from server.db import Database
        db = Database(url)
        try:
            db.migrate()
            return admin.run(db, args)
        finally:
            db.dispose()
    import uvicorn

    from server.app import create_app
    from sync.log_safety import guard_process
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    guard_process()  # no record contents, passwords or tokens in the server's log (sync/log_safety.py)
    tls = {"ssl_certfile": str(args.certfile), "ssl_keyfile": str(args.keyfile)} if args.certfile else {}
    uvicorn.run(create_app(url), host=args.host, port=args.port, log_level=args.log_level, **tls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
