"""`ketenplan-server admin ...` on a fresh data folder, then signing in with what it made."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from server.__main__ import main
from server.db import Database, sqlite_url
from server.models import AuditLogEntry, Base, Record, User
from tests.server.client import Device
from tests.server.live import start_in_thread

PASSWORD = "een lang wachtwoord"


def _admin(data_dir, *args) -> int:
    return main(["--data-dir", str(data_dir), "admin", *args])


def test_accounts_made_on_the_command_line_can_sign_in_and_receive_the_directory(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", PASSWORD)
    assert _admin(tmp_path, "create-tenant", "Gemeente Hilversum", "--code", "0402") == 0
    assert _admin(tmp_path, "create-organisation", "--tenant", "0402", "Gemeente Hilversum", "--kind", "gemeente") == 0
    assert _admin(tmp_path, "create-organisation", "--tenant", "Gemeente Hilversum",
                  "VluchtelingenWerk Midden-Nederland", "--kind", "maatschappelijke_begeleiding") == 0
    # the database options also work after `admin` and after the command
    assert main(["admin", "create-user", "--data-dir", str(tmp_path), "--tenant", "0402",
                 "--organisation", "Gemeente Hilversum", "sanne", "--name", "Sanne de Vries",
                 "--role", "klantmanager"]) == 0
    assert main(["admin", "--data-dir", str(tmp_path), "list-users"]) == 0
    out = capsys.readouterr().out
    assert "Tenant Gemeente Hilversum (0402)" in out
    assert "User sanne (Sanne de Vries, klantmanager) in Gemeente Hilversum" in out
    users_table = out.splitlines()[-2:]
    assert users_table[0].split() == ["user", "name", "name", "role", "organisation", "tenant", "worker"]
    assert users_table[1].startswith("sanne") and "Gemeente Hilversum" in users_table[1]

    live = start_in_thread(sqlite_url(tmp_path))
    try:
        device = Device(live.url, "sanne", PASSWORD, name="werklaptop")
        records = device.records()
        names = sorted(c["fields"]["name"] for (entity, _), c in records.items() if entity == "organisations")
        assert names == ["Gemeente Hilversum", "VluchtelingenWerk Midden-Nederland"]
        assert records[("workers", device.account["worker_id"])]["fields"]["name"] == "Sanne de Vries"
        device.close()

        monkeypatch.setenv("KETENPLAN_USER_PASSWORD", "een ander lang wachtwoord")
        assert _admin(tmp_path, "reset-password", "sanne") == 0
        with pytest.raises(AssertionError):
            Device(live.url, "sanne", PASSWORD)
        Device(live.url, "sanne", "een ander lang wachtwoord").close()
    finally:
        live.stop()
        live.db.dispose()

    capsys.readouterr()
    assert _admin(tmp_path, "list-devices") == 0
    header, *devices = capsys.readouterr().out.splitlines()  # the failed login made no device
    assert header.split()[:3] == ["device", "user", "name"]
    assert [line.split()[1:3] for line in devices] == [["sanne", "werklaptop"], ["sanne", "laptop"]]
    assert all(line.endswith("-") for line in devices)  # none revoked


def test_mistakes_are_told_in_a_sentence_with_exit_status_1(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", "kort")
    assert _admin(tmp_path, "create-tenant", "Gemeente Hilversum", "--code", "402") == 1
    assert _admin(tmp_path, "create-organisation", "--tenant", "0402", "X", "--kind", "gemeente") == 1
    assert _admin(tmp_path, "create-tenant", "Gemeente Hilversum", "--code", "0402") == 0
    assert _admin(tmp_path, "create-tenant", "Gemeente Hilversum") == 1
    assert _admin(tmp_path, "create-user", "--tenant", "0402", "sanne", "--name", "S", "--role", "begeleider") == 1
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        "A gemeentecode has four digits, for example 0363.",
        "There is no tenant '0402'.",
        "There is already a tenant Gemeente Hilversum (0402).",
        "A password needs at least 12 characters.",
    ]


def test_only_the_command_line_moves_a_user_or_changes_their_role_and_each_change_is_audited(
        tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", PASSWORD)
    assert _admin(tmp_path, "create-tenant", "Gemeente Hilversum", "--code", "0402") == 0
    assert _admin(tmp_path, "create-tenant", "Gemeente Baarn", "--code", "0308") == 0
    for tenant, name, kind in (("0402", "Gemeente Hilversum", "gemeente"), ("0308", "Gemeente Baarn", "gemeente"),
                               ("0402", "VWN", "maatschappelijke_begeleiding")):
        assert _admin(tmp_path, "create-organisation", "--tenant", tenant, name, "--kind", kind) == 0
    assert _admin(tmp_path, "create-user", "--tenant", "0402", "--organisation", "Gemeente Hilversum", "sanne",
                  "--name", "Sanne de Vries", "--role", "klantmanager") == 0
    capsys.readouterr()

    assert _admin(tmp_path, "change-user", "sanne", "--organisation", "VWN", "--role", "begeleider") == 0
    assert _admin(tmp_path, "change-user", "sanne", "--role", "begeleider") == 0
    assert _admin(tmp_path, "change-user", "sanne", "--no-organisation") == 0
    assert capsys.readouterr().out.splitlines() == [
        "User sanne is now begeleider of VWN. Their devices receive what that allows from their next sync.",
        "User sanne already is begeleider of VWN; nothing changed.",
        "User sanne is now begeleider of no organisation. Their devices receive what that allows from their "
        "next sync."]
    assert _admin(tmp_path, "change-user", "sanne", "--organisation", "Gemeente Baarn") == 1  # another tenant
    assert _admin(tmp_path, "change-user", "sanne") == 1
    assert _admin(tmp_path, "change-user", "niemand", "--role", "partner") == 1
    assert capsys.readouterr().err.splitlines() == [
        "Gemeente Hilversum has no organisation 'Gemeente Baarn'.",
        "Say what changes: --organisation, --no-organisation or --role.",
        "There is no user niemand."]

    db = Database(sqlite_url(tmp_path))
    try:
        with db.reading() as session:
            user = session.execute(select(User).where(User.username == "sanne")).scalar_one()
            lines = session.execute(select(AuditLogEntry.action, AuditLogEntry.record_id, AuditLogEntry.fields)
                                    .where(AuditLogEntry.tenant_id == user.tenant_id)
                                    .order_by(AuditLogEntry.id)).all()
            worker = session.execute(select(Record.data).where(Record.entity == "workers",
                                                               Record.record_id == user.worker_id)).scalar_one()
        assert (user.role, user.organisation_id) == ("begeleider", None)
        assert [tuple(line) for line in lines] == [("account", user.worker_id, ["organisation_id", "role"]),
                                                   ("account", user.worker_id, ["organisation_id"])]
        assert (worker["role"], worker["organisation_id"]) == ("begeleider", None)  # the directory follows
    finally:
        db.dispose()


def test_the_migrations_make_exactly_the_tables_the_code_queries(tmp_path):
    db = Database(sqlite_url(tmp_path))
    db.migrate()
    db.migrate()  # a second start finds the schema up to date
    with db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    db.dispose()
