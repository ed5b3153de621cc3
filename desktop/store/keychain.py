"""Quick unlock through the OS keyring (Secret Service, Keychain, Credential Locker).

The keyring holds the database key for one store, protected by the OS login. Where no
keyring works (a headless Linux box), the app says so and uses the passphrase only.

Each entry is named by its store's id (random per store, bound into the key file), so where
several caseworkers keep stores in one OS account (--data-dir), remembering one store never
opens another. The keyring itself is the OS user's: caseworkers sharing a laptop are kept
fully apart by an OS account each, which also gives each a data folder of their own.

The key travels to and from the keyring as hex text: keyring's API takes and returns `str`, so
each remember and recall leaves a str (and recall a `bytes`) of the key in memory that Python
frees without overwriting, and the backend (D-Bus for the Secret Service) makes copies of its
own. Forgetting deletes the OS entry; it cannot reach those copies.
"""

from __future__ import annotations

import binascii

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from desktop.store.errors import KeyringUnavailable

SERVICE = "Ketenplan"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return backend.priority > 0
    except Exception:  # a backend may fail while judging itself (no D-Bus, locked collection)
        return False


def remember_key(store_id: str, db_key: bytes | bytearray) -> None:
    if not keyring_available():
        raise KeyringUnavailable()
    try:
        keyring.set_password(SERVICE, store_id, db_key.hex())
    except KeyringError as exc:
        raise KeyringUnavailable(str(exc)) from exc


def recall_key(store_id: str) -> bytes | None:
    if not keyring_available():
        return None
    try:
        value = keyring.get_password(SERVICE, store_id)
    except KeyringError:
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except (ValueError, binascii.Error):
        return None


def forget_key(store_id: str) -> None:
    if not keyring_available():
        return
    try:
        keyring.delete_password(SERVICE, store_id)
    except KeyringError:
        pass  # nothing remembered: already forgotten
