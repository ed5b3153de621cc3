"""Removing a store for good: when an administrator signed this device off.

The key goes first: the keyring's copy, then the key file, overwritten before it is
deleted. From then on the database is unreadable even where its file, or a copy the
disk keeps of it, survives; only then do the database, its WAL and the backups go.
Only the store's own files are touched: a --data-dir may hold other things.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from desktop.store import keychain
from desktop.store.store import BACKUP_DIR, DB_NAME, KEY_NAME

# The key file's atomic-write leftover, and SQLite's companions of the database file.
_KEY_FILES = (KEY_NAME, Path(KEY_NAME).with_suffix(".tmp").name)
_DB_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal")


def store_files(data_dir: Path) -> list[Path]:
    """The files and folders of the store in data_dir that exist now."""
    data_dir = Path(data_dir)
    return [path for path in (*(data_dir / n for n in (*_KEY_FILES, *_DB_FILES)), data_dir / BACKUP_DIR)
            if path.exists()]


def wipe_store(data_dir: Path) -> list[Path]:
    """Delete the (closed) store in data_dir and its key remembered in the keyring; returns what was
    removed. The folder itself goes too when nothing else is left in it."""
    data_dir = Path(data_dir)
    store_id = _store_id(data_dir / KEY_NAME)
    if store_id:
        keychain.forget_key(store_id)
    removed = []
    for path in store_files(data_dir):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            if path.name in _KEY_FILES:
                _overwrite(path)
            path.unlink()
        removed.append(path)
    try:
        data_dir.rmdir()
    except OSError:
        pass  # something else lives there: it stays
    return removed


def _store_id(key_path: Path) -> str | None:
    """Read without the passphrase: the id is stored in the clear, next to the wrapped key."""
    try:
        return json.loads(key_path.read_text(encoding="utf-8")).get("store_id")
    except (OSError, ValueError, AttributeError):
        return None


def _overwrite(path: Path) -> None:
    # On a disk that writes in place this destroys the wrapped key; elsewhere the unlink still
    # leaves a key that needs the passphrase, and the keyring's copy is already gone.
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.write(b"\0" * size)
        fh.flush()
        os.fsync(fh.fileno())
