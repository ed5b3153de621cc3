"""The audit log in words a worker reads: a session's reads of one file are one line that opens
to show each read; every record, field and action has a name in the interface language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import translations_dir
from desktop.store.outbox import LOCAL_COLUMNS
from desktop.store.schema import SYNCED_TABLES, metadata
from desktop.views.admin.audit_reads import group_reads
from desktop.views.admin.audit_view import AuditDialog
from desktop.views.common.sync_labels import field_label, record_label
from server import audit, write_rules
from sync.protocol import AUDIT_ACTIONS, AuditEntry

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BOOKKEEPING = {"id", "created_at", "updated_at", "version", "deleted"}


def read(minutes: int, client="amina", user="Noor", device="Laptop", n=2) -> AuditEntry:
    at = (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")
    return AuditEntry(at=at, action="read", user_name=user, device_name=device, client_id=client,
                      records=[("plan_history", f"r{i}") for i in range(n)])


def change(minutes: int, client="amina") -> AuditEntry:
    at = (T0 + timedelta(minutes=minutes)).isoformat().replace("+00:00", "Z")
    return AuditEntry(at=at, action="update", user_name="Noor", device_name="Laptop", client_id=client,
                      entity="plan_history", record_id="x", fields=["field"])


def test_reads_of_one_session_are_one_line():
    newest_first = [read(60), read(55, client="yonas"), read(50), read(40), read(-200)]
    lines = group_reads(newest_first)
    assert [len(line) for line in lines] == [3, 1, 1]  # 09:40-10:00 together; Yonas apart; hours earlier apart
    assert lines[0][0].at.endswith("10:00:00Z") and lines[0][-1].at.endswith("09:40:00Z")


def test_a_change_in_between_keeps_reads_apart():
    lines = group_reads([read(30), change(20), read(10)])
    assert [line[0].action for line in lines] == ["read", "update", "read"]


def test_other_people_and_devices_are_other_lines():
    lines = group_reads([read(3), read(2, user="Sanne"), read(1, device="Telefoon"), read(0)])
    assert [len(line) for line in lines] == [2, 1, 1]


def test_every_record_and_field_has_a_name(dutch):
    """No internal name (such as plan_history) reaches the screen: under the Dutch interface no
    record or field falls back to its code (as "Plan history" or "Record id")."""
    assert [t for t in SYNCED_TABLES if record_label(t) in (t, t.replace("_", " ").capitalize())] == []
    unnamed = sorted({c.name for t in SYNCED_TABLES for c in metadata.tables[t].columns
                      if c.name not in BOOKKEEPING | LOCAL_COLUMNS
                      and field_label(c.name) == c.name.replace("_", " ").capitalize()})
    assert unnamed == sorted(SAME_IN_DUTCH)


SAME_IN_DUTCH = {"budgetcoach", "leerroute", "niveau", "status"}  # the Dutch word is the code


@pytest.fixture
def dutch(qapp):
    translator = QTranslator()
    assert translator.load(str(translations_dir() / "ketenplan_nl.qm")), "make translations"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def dialog(qtbot, worker):
    d = AuditDialog(worker)
    qtbot.addWidget(d)
    return d


def test_the_dialog_shows_a_session_as_one_line_that_opens(dialog):
    refused = AuditEntry(at="2026-03-02T08:00:00Z", action="refused", user_name="Noor", device_name="Laptop",
                         client_id="amina", entity="plan_actions", record_id="a", reason=write_rules.NOT_IN_SCOPE)
    dialog._entries = [read(60), read(50), read(40), refused]
    dialog._show_lines()
    table = dialog.table
    assert table.topLevelItemCount() == 2
    group = table.topLevelItem(0)
    assert group.text(3) == "Read 3 times" and group.text(5) == "6 records in all"
    assert " to " in group.text(0) and group.childCount() == 3
    assert group.child(0).text(5) == "2 records: 2 × Change to the plan"
    line = table.topLevelItem(1)
    assert line.text(3) == "Refused" and line.text(5) == "Action"
    assert write_rules.NOT_IN_SCOPE not in line.text(6) and "caseload" in line.text(6)


def test_every_action_the_server_logs_has_its_own_name(dutch, dialog):
    """Each action of the protocol, the server's account changes included, reads as a word of the
    interface, in Dutch: none falls back to "other action"."""
    from server.region_settings import SETTING
    assert {audit.ACCOUNT, SETTING} <= set(AUDIT_ACTIONS)  # every action the server writes is listed
    other = dialog._what(AuditEntry(at="2026-03-02T08:00:00Z", action="later", user_name="Noor"))
    names = {action: dialog._what(AuditEntry(at="2026-03-02T08:00:00Z", action=action, user_name="Noor"))
             for action in AUDIT_ACTIONS}
    assert other == "Andere handeling"
    assert [action for action, name in names.items() if name == other] == []
    assert names["account"] == "Accountwijziging" and names["setting"] == "Instelling gewijzigd"
