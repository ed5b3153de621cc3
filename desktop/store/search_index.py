"""clients.search_text: names, V-nummer, BSN and phone in one lower-case text, kept by triggers.

Search-as-you-type matched about ten LIKE patterns per client per keystroke; one
LIKE per word over this column is several times cheaper on 10,000 clients. It is
derived data: the outbox leaves it out (outbox.LOCAL_COLUMNS), each device makes its own.
"""

from __future__ import annotations

from sqlalchemy import Connection

SOURCE_COLUMNS = ("given_names", "family_name", "given_names_usual", "family_name_usual", "v_number", "bsn", "phone")
SEARCH_TEXT = (
    "lower(given_names || ' ' || family_name || ' ' || given_names_usual || ' ' || family_name_usual || ' ' || "
    "given_names || family_name) || ' ' || v_number || ' ' || bsn || ' ' || phone || ' ' || "
    "replace(replace(phone, ' ', ''), '-', '')"
)


def install_search_text(conn: Connection) -> None:
    """(Re)create the triggers and fill the column for the clients there are now."""
    for event in ("insert", "update"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS clients_search_{event}")
    fill = f"UPDATE clients SET search_text = {SEARCH_TEXT} WHERE id = NEW.id"
    conn.exec_driver_sql(f"CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN {fill}; END")
    # Only when a source value really changed: a sync writes a client's every column (its upsert sets
    # them all), so `UPDATE OF` alone wrote each synced client a second time, a third of applying a page.
    changed = " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in SOURCE_COLUMNS)
    conn.exec_driver_sql(f"CREATE TRIGGER clients_search_update AFTER UPDATE OF {', '.join(SOURCE_COLUMNS)} "
                         f"ON clients WHEN {changed} BEGIN {fill}; END")
    conn.exec_driver_sql(f"UPDATE clients SET search_text = {SEARCH_TEXT}")
