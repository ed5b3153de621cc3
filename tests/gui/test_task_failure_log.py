"""A store task that fails with nobody to handle it is logged by its class and place: neither its
text nor the values the database refused reach the log."""

import logging

from sqlalchemy import text as sql

from tests.gui.conftest import TIMEOUT_MS

MARKER = "Geheimemarkwaarde"


def test_a_failure_nobody_handles_is_logged_by_its_class_without_its_text(qtbot, worker, caplog):
    def duplicate(store):  # a constraint the database refuses: its error must not quote the values
        client_id = store.clients.create({"given_names": MARKER, "family_name": MARKER})
        with store.engine.begin() as conn:
            conn.execute(sql("INSERT INTO clients (id, given_names, family_name) VALUES (:id, :n, :n)"),
                         {"id": client_id, "n": MARKER})

    caplog.set_level(logging.DEBUG)
    worker.read(lambda s: (_ for _ in ()).throw(ValueError(f"Invalid isoformat string: '{MARKER}'")))
    worker.write(duplicate, changes={"clients"})
    worker.wait_idle()
    qtbot.waitUntil(lambda: caplog.text.count("background task failed") == 2, timeout=TIMEOUT_MS)
    assert "ValueError" in caplog.text and "IntegrityError" in caplog.text
    assert MARKER not in caplog.text
