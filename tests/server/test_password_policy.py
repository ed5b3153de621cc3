"""The minimum for every password, made or reset, and the admin command line's generated passwords."""

from __future__ import annotations

import re

import pytest

from server import accounts
from server.__main__ import main
from server.accounts import AccountError
from server.admin import generate_password
from server.db import sqlite_url
from tests.server.client import Device
from tests.server.live import start_in_thread


@pytest.mark.parametrize(("password", "sentence"), [
    ("kort genoeg", "A password needs at least 12 characters."),
    ("314159265358979", "A password of only digits is too easy to guess; add letters or words."),
    ("Sanne.de.Vries", "A password cannot be the user name."),
    ("Wachtwoord 2026", "This password is one of the most used and guessed first; choose another."),
    ("Password1234", "This password is one of the most used and guessed first; choose another."),
])
def test_a_weak_password_is_refused_with_a_sentence_saying_why(password, sentence):
    with pytest.raises(AccountError) as refused:
        accounts.check_password(password, "sanne.de.vries")
    assert str(refused.value) == sentence


def test_a_long_password_of_words_passes():
    accounts.check_password("fietsen langs de vecht", "sanne")
    accounts.check_password("123456789012a", "sanne")  # not only digits


def test_the_command_line_refuses_weak_passwords_on_create_and_reset(tmp_path, capsys, monkeypatch):
    admin = ["--data-dir", str(tmp_path), "admin"]
    assert main([*admin, "create-tenant", "Gemeente Hilversum", "--code", "0402"]) == 0
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", "sanne.visser")
    assert main([*admin, "create-user", "--tenant", "0402", "sanne.visser", "--name", "Sanne",
                 "--role", "klantmanager"]) == 1
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", "een heel lang wachtwoord")
    assert main([*admin, "create-user", "--tenant", "0402", "sanne.visser", "--name", "Sanne",
                 "--role", "klantmanager"]) == 0
    monkeypatch.setenv("KETENPLAN_USER_PASSWORD", "000011112222")
    assert main([*admin, "reset-password", "sanne.visser"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "A password cannot be the user name.",
        "A password of only digits is too easy to guess; add letters or words."]


def test_generated_passwords_pass_the_policy_and_sign_in(tmp_path, capsys, monkeypatch):
    for _ in range(200):
        accounts.check_password(generate_password("sanne"), "sanne")
    monkeypatch.delenv("KETENPLAN_USER_PASSWORD", raising=False)
    admin = ["--data-dir", str(tmp_path), "admin"]
    assert main([*admin, "create-tenant", "Gemeente Hilversum", "--code", "0402"]) == 0
    assert main([*admin, "create-user", "--tenant", "0402", "noor", "--name", "Noor", "--role", "begeleider",
                 "--generate-password"]) == 0
    first = re.search(r"Password for noor: (\S+)", capsys.readouterr().out).group(1)
    assert main([*admin, "reset-password", "noor", "--generate-password"]) == 0
    second = re.search(r"Password for noor: (\S+)", capsys.readouterr().out).group(1)
    assert first != second and len(second) >= accounts.MIN_PASSWORD_LENGTH
    live = start_in_thread(sqlite_url(tmp_path))
    try:
        Device(live.url, "noor", second).close()
    finally:
        live.stop()
        live.db.dispose()
