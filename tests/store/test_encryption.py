"""The store at rest: nothing readable without the key, and the key only through the passphrase."""

import hashlib
import sqlite3

import pytest
import sqlcipher3

from desktop.store import KeyringUnavailable, Store, StoreExists, WrongPassphrase
from desktop.store.keyfile import FAST_KDF
from desktop.store.store import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE

MARKER = "Zyxwaraqlenthu"


def _all_bytes(store_dir):
    return {p.name: p.read_bytes() for p in store_dir.iterdir() if p.is_file()}


def test_database_wal_and_shm_hold_no_plaintext(store, store_dir):
    store.clients.create({"given_names": MARKER, "family_name": MARKER + "son",
                          "notes": f"trauma notes about {MARKER}"})
    files = _all_bytes(store_dir)  # read while the store is open: the WAL still holds the write
    assert f"{DB_NAME}-wal" in files and DB_NAME in files
    for name, data in files.items():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert MARKER.encode(encoding) not in data, f"plaintext in {name}"
        assert not data.startswith(b"SQLite format 3"), name


def test_file_does_not_open_without_the_key(store, store_dir):
    store.clients.create({"given_names": "A", "family_name": "B"})
    store.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(store_dir / DB_NAME).execute("SELECT * FROM clients").fetchall()
    conn = sqlcipher3.connect(str(store_dir / DB_NAME))
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    with pytest.raises(sqlcipher3.DatabaseError):
        conn.execute("SELECT * FROM clients").fetchall()


def test_wrong_passphrase_is_clear_and_harms_nothing(store, store_dir):
    client_id = store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    store.close()
    before = {name: hashlib.sha256(data).hexdigest() for name, data in _all_bytes(store_dir).items()}
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, "not the right passphrase")
    after = {name: hashlib.sha256(data).hexdigest() for name, data in _all_bytes(store_dir).items()}
    assert before == after
    reopened = Store.unlock(store_dir, PASSPHRASE)
    assert reopened.clients.get(client_id)["family_name"] == "Haddad"
    reopened.close()


def test_create_refuses_to_overwrite_a_store(store, store_dir):
    with pytest.raises(StoreExists):
        Store.create(store_dir, "another passphrase entirely", kdf=FAST_KDF)


def test_change_passphrase_rewraps_without_rewriting_the_database(store, store_dir):
    client_id = store.clients.create({"given_names": "Yonas", "family_name": "Tesfay"})
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db_before = hashlib.sha256((store_dir / DB_NAME).read_bytes()).hexdigest()
    key_before = (store_dir / KEY_NAME).read_text()

    with pytest.raises(WrongPassphrase):
        store.change_passphrase("wrong old passphrase", "nieuwe lange zin 2027")
    assert (store_dir / KEY_NAME).read_text() == key_before

    store.change_passphrase(PASSPHRASE, "nieuwe lange zin 2027")
    store.close()
    assert hashlib.sha256((store_dir / DB_NAME).read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        Store.unlock(store_dir, PASSPHRASE)
    reopened = Store.unlock(store_dir, "nieuwe lange zin 2027")
    assert reopened.clients.get(client_id)["given_names"] == "Yonas"
    reopened.close()


def test_remember_on_device_unlocks_without_passphrase(store, store_dir, memory_keyring):
    client_id = store.clients.create({"given_names": "Rahim", "family_name": "Ahmadi"})
    store.remember_on_device()
    assert store.is_remembered()
    assert all(store.store_id == user for _service, user in memory_keyring.secrets)
    store.close()
    quick = Store.unlock_with_keyring(store_dir)
    assert quick is not None and quick.clients.get(client_id)["family_name"] == "Ahmadi"
    quick.forget_on_device()
    quick.close()
    assert Store.unlock_with_keyring(store_dir) is None


def test_stale_keyring_entry_falls_back_to_passphrase(store, store_dir, memory_keyring):
    store.remember_on_device()
    store.close()
    service, user = next(iter(memory_keyring.secrets))
    memory_keyring.secrets[(service, user)] = "22" * 32
    assert Store.unlock_with_keyring(store_dir) is None
    assert memory_keyring.secrets == {}


def test_without_keyring_remember_says_so(store, store_dir):
    with pytest.raises(KeyringUnavailable):
        store.remember_on_device()
    assert Store.unlock_with_keyring(store_dir) is None


def test_a_closed_store_keeps_no_repository_and_so_no_engine(store):
    """Every repository holds the engine (and through it the key): the lock leaves none behind, also
    not one a later feature added (the list is checked against what the store actually holds)."""
    holders = [name for name, value in vars(store).items()
               if not name.startswith("_") and (hasattr(value, "_engine") or hasattr(value, "engine"))]
    assert holders and set(holders) <= set(store._repositories), set(holders) - set(store._repositories)
    store.close()
    assert [name for name, value in vars(store).items()
            if hasattr(value, "_engine") or hasattr(value, "engine")] == []
