"""The server keeps every entity the desktop syncs: a new synced table needs its line in server/entities.py."""

from desktop.store.schema import SYNCED_TABLES
from server.entities import SYNCED_ENTITIES


def test_every_table_the_desktop_syncs_is_an_entity_the_server_keeps():
    assert set(SYNCED_TABLES) <= SYNCED_ENTITIES
