"""Refused changes a worker can act on: grouped by cause, the client and record named, the reason
in the interface language and in plain words (never the server's English), and bulk actions."""

import json
import uuid

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from sqlalchemy import insert, select

from desktop.paths import translations_dir
from desktop.store.schema import outbox, sync_rejects
from desktop.views.common.refusal_texts import NOT_IN_CASELOAD, OTHER, PARTNER_LIMITS, UNREADABLE, cause_of
from desktop.views.sync.sync_rejects import RejectsDialog
from server import records as server_records
from server import referral_consent, social_map_rules, wire, write_rules
from tests.gui.conftest import TIMEOUT_MS


def _refuse(store, entity, record_id, op, fields, reason):
    with store.engine.begin() as conn:
        conn.execute(insert(sync_rejects).values(
            op_id=str(uuid.uuid4()), entity=entity, record_id=record_id, op=op,
            fields=json.dumps(fields) if fields is not None else None, reason=reason,
            rejected_at="2026-03-01T10:00:00.000000Z"))


@pytest.fixture
def refused(store):
    return make_refusals(store)


def make_refusals(store):
    """Seven refusals: five of two clients outside the caseload, one of a partner, one unknown."""
    amina = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    yonas = store.clients.create({"given_names": "Yonas", "family_name": "Tesfay"})
    plan_id = store.plans.start(amina, seed_goals=False)
    me = store.directory.add_worker("Noor Visser", "begeleider", None)
    action = store.plans.actions.add(plan_id, {"description": "Huurtoeslag aanvragen", "due_on": "2026-04-01",
                                               "worker_id": me})
    for client_id in (amina, yonas):
        _refuse(store, "clients", client_id, "update", store.clients.get(client_id), write_rules.NOT_IN_SCOPE)
    _refuse(store, "plan_actions", action, "insert", {"id": action, "plan_id": plan_id, "client_id": amina,
                                                      "description": "Huurtoeslag aanvragen"},
            write_rules.NOT_IN_SCOPE)
    _refuse(store, "form_parts", str(uuid.uuid4()), "insert",
            {"form": "intake", "part": "health", "client_id": yonas}, write_rules.NOT_IN_SCOPE)
    _refuse(store, "plan_history", str(uuid.uuid4()), "insert", {"plan_id": plan_id, "field": "status"},
            write_rules.NOT_IN_SCOPE)
    _refuse(store, "plan_actions", action, "update", {"id": action, "client_id": amina, "due_on": "2026-05-01"},
            write_rules.PARTNER_ACTION_FIELDS)
    _refuse(store, "reminders", str(uuid.uuid4()), "insert", {"text": "Bellen"}, "Something new went wrong.")
    with store.engine.begin() as conn:
        conn.execute(outbox.delete())
    return {"amina": amina, "yonas": yonas, "action": action}


@pytest.fixture
def dialog(qtbot, worker, refused):
    d = RejectsDialog(worker)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.tree.topLevelItemCount() == 3, timeout=TIMEOUT_MS)
    return d


def _group(dialog, index):
    return dialog.tree.topLevelItem(index)


def _lines(dialog, index):
    group = _group(dialog, index)
    return [[group.child(i).text(c) for c in range(3)] for i in range(group.childCount())]


def test_every_refusal_sentence_of_the_server_has_a_cause():
    sentences = [v for module in (write_rules, referral_consent, social_map_rules) for n, v in vars(module).items()
                 if n.isupper() and isinstance(v, str) and v.endswith(".")]
    sentences += [server_records.DATA_REFUSED, wire.why_unreadable({"op_id": "x"}),
                  wire.why_unreadable({wire._UNSTORABLE: True}), "The record's id is not a valid id.",
                  wire.why_unreadable({"op_id": "x", "op": "insert", "entity": "clients",
                                       "record_id": "3f0e8f0e-8a7b-4b7a-9d3e-2f1a0c9b8d7e",
                                       "created_at": "2026-01-05T09:00:00.000000Z",
                                       "fields": {"notes": "a\x00b"}}),
                  "The server does not keep records of the kind 'reminders'."]
    assert len(sentences) > 8
    for sentence in sentences:
        assert cause_of(sentence) != OTHER, sentence
    assert cause_of("A sentence a newer server may send.") == OTHER
    assert cause_of(None) == OTHER


def test_refusals_are_grouped_by_cause_with_the_client_and_record(dialog, refused):
    titles = [_group(dialog, i).text(0) for i in range(3)]
    assert titles[0] == "Not in your caseload · 5 changes · 2 clients"
    assert "Not for a partner organisation" in titles[1] and "Another reason" in titles[2]
    lines = _lines(dialog, 0)
    # The plan-history line names no client: it is found through its plan.
    assert sorted(line[0] for line in lines) == ["Amina Haddad"] * 3 + ["Yonas Tesfay"] * 2
    records = {line[1] for line in lines}
    assert "New · Action: Huurtoeslag aanvragen" in records
    assert "New · Broad intake: Health" in records
    assert "Change · Client file" in records
    assert "New · Change to the plan: Status" in records
    shown = " ".join(t for line in lines for t in line) + dialog.why.text() + dialog.todo.text()
    assert write_rules.NOT_IN_SCOPE not in shown  # never the server's own sentence
    assert dialog.why.text().startswith("Why: ") and dialog.todo.text().startswith("What to do: ")


def test_send_again_and_discard_act_on_a_whole_group(qtbot, dialog, refused, store):
    dialog.tree.clearSelection()
    _group(dialog, 0).setSelected(True)  # the whole group: five lines
    assert len(dialog.selected_ids()) == 5
    dialog.retry_selected()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 3 and _group(dialog, 0).childCount() == 2,
                    timeout=TIMEOUT_MS)
    # The three records on this device go back to the outbox; the two whose record is not here stay.
    assert "3 changes will be sent again" in dialog.message.text() and "2 could not" in dialog.message.text()
    with store.engine.connect() as conn:
        sent = conn.execute(select(outbox.c.entity, outbox.c.record_id, outbox.c.op, outbox.c.after)).all()
    assert sorted(e for e, *_ in sent) == ["clients", "clients", "plan_actions"]
    client_entry = next(s for s in sent if s[1] == refused["amina"])
    assert json.loads(client_entry[3])["family_name"] == "Haddad"  # the record as it now stands

    dialog.tree.clearSelection()
    for i in range(dialog.tree.topLevelItemCount()):
        _group(dialog, i).setSelected(True)
    dialog.dismiss_selected()
    qtbot.waitUntil(dialog.empty_label.isVisible, timeout=TIMEOUT_MS)
    assert store.sync.rejects() == []


def test_open_client_file_from_a_line(qtbot, dialog, refused):
    group = _group(dialog, 1)  # the partner's action: one client
    dialog.tree.clearSelection()
    group.child(0).setSelected(True)
    assert dialog.open_button.isEnabled()
    with qtbot.waitSignal(dialog.open_client, timeout=TIMEOUT_MS) as opened:
        dialog.open_button.click()
    assert opened.args == [refused["amina"]]
    dialog.tree.clearSelection()  # two clients chosen: which file to open is not clear
    _group(dialog, 0).setSelected(True)
    assert not dialog.open_button.isEnabled()


def test_the_screen_speaks_dutch(qtbot, worker, refused):
    qm = translations_dir() / "ketenplan_nl.qm"
    translator = QTranslator()
    assert translator.load(str(qm)), "make translations"
    QCoreApplication.installTranslator(translator)
    try:
        d = RejectsDialog(worker)
        qtbot.addWidget(d)
        qtbot.waitUntil(lambda: d.tree.topLevelItemCount() == 3, timeout=TIMEOUT_MS)
        assert "Niet in je caseload" in d.tree.topLevelItem(0).text(0)
        assert d.why.text().startswith("Waarom: ")
        assert d.retry_button.text() == "Opnieuw versturen"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_causes_are_the_ones_named():
    assert cause_of(write_rules.NOT_IN_SCOPE) == NOT_IN_CASELOAD
    assert cause_of(write_rules.PARTNER_NOT_ASSIGNED) == PARTNER_LIMITS
    assert cause_of(server_records.DATA_REFUSED) == UNREADABLE
