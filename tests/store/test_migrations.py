"""An old store is brought up to date, with a backup of the file taken first."""

import secrets

from sqlalchemy import text

from desktop.store import Store, migrate
from desktop.store.engine import open_engine
from desktop.store.keyfile import FAST_KDF, KeyFile
from desktop.store.store import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE


def _old_store(store_dir):
    """A store as the first release left it: schema revision 0001, one client in it."""
    store_dir.mkdir(parents=True)
    db_key = secrets.token_bytes(32)
    KeyFile.wrap("old-store", db_key, PASSPHRASE, FAST_KDF).save(store_dir / KEY_NAME)
    engine = open_engine(store_dir / DB_NAME, db_key)
    migrate.upgrade(engine, store_dir / DB_NAME, store_dir / "backups", target="0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO clients (id, created_at, updated_at, given_names, family_name, v_number) "
            "VALUES ('c1', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z', 'Amina', 'Haddad', "
            "'1234567890')"))
    engine.dispose()
    return db_key


def test_old_store_is_migrated_with_a_backup(store_dir):
    db_key = _old_store(store_dir)
    store = Store.unlock(store_dir, PASSPHRASE)
    try:
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        client = store.clients.get("c1")
        assert client["family_name"] == "Haddad" and client["partner_org_ids"] == []
        # the directory tables came with the migration, and their writes reach the outbox
        worker = store.directory.add_worker("Sanne de Vries", "klantmanager", None)
        store.clients.update("c1", {"klantmanager_id": worker})
        assert store.pending_changes() >= 2
    finally:
        store.close()

    backups = list((store_dir / "backups").iterdir())
    assert len(backups) == 1 and "rev0001" in backups[0].name
    old = open_engine(backups[0], db_key)
    assert migrate.current_revision(old) == "0001"
    with old.connect() as conn:
        assert conn.execute(text("SELECT family_name FROM clients")).scalar_one() == "Haddad"
    old.dispose()


def test_a_current_store_is_not_backed_up_again(store, store_dir):
    store.close()
    Store.unlock(store_dir, PASSPHRASE).close()
    assert not (store_dir / "backups").exists()


def test_triggers_follow_the_columns_after_migration(store):
    with store.engine.connect() as conn:
        sql = conn.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'clients_outbox_update'")).scalar_one()
    assert "klantmanager_id" in sql and "partner_org_ids" in sql


def test_the_revision_files_name_the_head_so_an_up_to_date_store_opens_without_alembic():
    from desktop.store.migrate import head_revision, newest_file_revision

    assert newest_file_revision() == head_revision()
