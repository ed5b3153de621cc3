"""The demo has one user per role, the README lists every one with the password, and a demo
server made before a user was added gets that user on its next start."""

from pathlib import Path

from server import accounts
from server.db import Database, sqlite_url
from tests.sync import conftest as sync_fixtures
from tools import demo_server

quick_hashes = sync_fixtures.quick_hashes
README = Path(__file__).resolve().parents[2] / "README.md"


def test_every_role_has_a_demo_user():
    assert {role for _u, _n, role, _o in demo_server.USERS} == set(accounts.ROLES)


def test_the_readme_lists_every_demo_user_and_the_password():
    text = README.read_text(encoding="utf-8")
    for username, name, _role, _organisation in demo_server.USERS:
        assert f"`{username}`" in text and name in text, username
    assert demo_server.DEMO_PASSWORD in text


def test_a_user_added_to_the_demo_reaches_a_server_made_before(tmp_path, quick_hashes, monkeypatch):
    (tmp_path / "server").mkdir()
    url = sqlite_url(tmp_path / "server")
    db = Database(url)
    db.migrate()  # as the server does when it starts
    db.dispose()
    monkeypatch.setattr(demo_server, "USERS", demo_server.USERS[:-1])  # an older demo, without its last user
    assert demo_server.ensure_accounts(url) is True
    monkeypatch.undo()
    assert demo_server.ensure_accounts(url) is False
    db = Database(url)
    try:
        with db.reading() as session:
            rows = {row.username: row.role for row in accounts.list_users(session)}
    finally:
        db.dispose()
    assert rows["anouk"] == "administrator" and len(rows) == len(demo_server.USERS)
