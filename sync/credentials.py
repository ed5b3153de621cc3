"""Where the device token lives: the OS keyring, keyed by store and server, or else the store.

The store is encrypted, so where no keyring works (a headless Linux box) the token is kept
in its device_state; it is then as safe as the records it gives access to.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy import Engine

from desktop.store.keychain import keyring_available
from desktop.store.sync_state import DEVICE_TOKEN, read_value, write_value

SERVICE = "Ketenplan sync"


def _account(store_id: str, server_url: str) -> str:
    return f"{store_id} {server_url}"


def save_token(engine: Engine, store_id: str, server_url: str, token: str) -> str:
    """Returns where it went: "keyring" or "store"."""
    if keyring_available():
        try:
            keyring.set_password(SERVICE, _account(store_id, server_url), token)
        except KeyringError:
            pass
        else:
            with engine.begin() as conn:
                write_value(conn, DEVICE_TOKEN, None)  # an older copy kept in the store goes
            return "keyring"
    with engine.begin() as conn:
        write_value(conn, DEVICE_TOKEN, token)
    return "store"


def load_token(engine: Engine, store_id: str, server_url: str) -> str | None:
    if keyring_available():
        try:
            token = keyring.get_password(SERVICE, _account(store_id, server_url))
        except KeyringError:
            token = None
        if token:
            return token
    with engine.connect() as conn:
        return read_value(conn, DEVICE_TOKEN)


def forget_token(engine: Engine, store_id: str, server_url: str) -> None:
    if keyring_available():
        try:
            keyring.delete_password(SERVICE, _account(store_id, server_url))
        except KeyringError:
            pass  # nothing kept there
    with engine.begin() as conn:
        write_value(conn, DEVICE_TOKEN, None)
