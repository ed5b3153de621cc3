"""Upgrading a server that holds data: what a migration derives for the rows already there,
on both databases. The rows are written with plain SQL, as the older server left them."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import column, insert, table, text

from server.db import Database, sqlite_url
from server.models import JsonDoc
from server.visibility import FINANCES, HEALTH, INTAKE, NAME, PLAN, VISITS

NOW = datetime(2026, 1, 1)


@pytest.fixture(params=["sqlite", "pg"])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path)
        return
    with request.getfixturevalue("pg_cluster").fresh_database() as url:
        yield url


@pytest.fixture
def old_db(empty_url):
    db = Database(empty_url)
    yield db
    db.dispose()


def _tenant_and_user(session) -> None:
    session.execute(text("INSERT INTO tenants (id, name, created_at) VALUES ('t1', 'Gemeente Eerder', :now)"),
                    {"now": NOW})
    session.execute(text(
        "INSERT INTO users (id, tenant_id, username, display_name, role, password_hash, worker_id, created_at, "
        "password_changed_at) VALUES ('u1', 't1', 'eerder', 'Eerder', 'klantmanager', 'x', 'w1', :now, :now)"),
        {"now": NOW})


def test_devices_signed_in_before_the_upgrade_count_as_holding_anything_they_pushed(old_db):
    old_db.migrate("0004")
    with old_db.writing() as session:
        _tenant_and_user(session)
        session.execute(text(
            "INSERT INTO devices (id, tenant_id, user_id, name, token_hash, created_at, last_seen_at, expires_at) "
            "VALUES ('d1', 't1', 'u1', 'laptop', 'hash', :now, :now, :now)"), {"now": NOW})
    old_db.migrate()
    with old_db.reading() as session:
        assert session.execute(text("SELECT first_push_seq FROM devices WHERE id = 'd1'")).scalar_one() == 0


OLD_RECORDS = table("records", *map(column, ("tenant_id", "entity", "record_id", "version", "deleted")),
                    column("data", JsonDoc), column("created_at"), column("updated_at"))
# (entity, fields) -> the part a partner needs for it afterwards (None: staff only)
STORED = [
    ("clients", {"family_name": "Haidari"}, NAME),
    ("consents", {"organisation_id": "o1", "parts": ["plan"]}, NAME),
    ("plan_actions", {"organisation_id": "o1"}, PLAN),
    ("plan_goals", {"domain": "finances"}, FINANCES),
    ("plan_goals", {"domain": "health"}, HEALTH),
    ("plan_goals", {"domain": "work"}, PLAN),
    ("form_parts", {"form": "visit", "part": "a"}, VISITS),
    ("form_parts", {"form": "intake", "part": "health"}, HEALTH),
    ("form_parts", {"form": "intake", "part": "b"}, INTAKE),
    ("visits", {}, VISITS),
    ("plan_history", {}, None),
    ("workers", {"name": "Eerder"}, None),
]


def test_records_stored_before_the_upgrade_get_the_part_a_partner_needs_for_them(old_db):
    old_db.migrate("0005")
    with old_db.writing() as session:
        _tenant_and_user(session)
        session.execute(insert(OLD_RECORDS), [
            {"tenant_id": "t1", "entity": entity, "record_id": f"r{seq}", "version": seq, "deleted": False,
             "data": {**fields, "deleted": False}, "created_at": NOW, "updated_at": NOW}
            for seq, (entity, fields, _) in enumerate(STORED, start=1)])
    old_db.migrate()
    with old_db.reading() as session:
        parts = dict(session.execute(text("SELECT record_id, part FROM records WHERE tenant_id = 't1'")).all())
    assert parts == {f"r{seq}": part for seq, (*_, part) in enumerate(STORED, start=1)}
