"""Where the device token lives: the OS keyring, keyed by store and server, or else the replica.

The store is encrypted, so where no keyring works (a headless Linux box) the token is kept
in its sync state; it is then as safe as the records it gives access to.
"""

from __future__ import annotations

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError

from sync.client.replica import DEVICE_TOKEN, Replica

SERVICE = "Ketenplan sync"


def keyring_available() -> bool:
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    try:
        return backend.priority > 0
    except Exception:  # a backend that cannot tell its priority cannot be trusted either
        return False


def _account(store_id: str, server_url: str) -> str:
    return f"{store_id} {server_url}"


def save_token(replica: Replica, server_url: str, token: str) -> str:
    """Returns where it went: "keyring" or "store"."""
    if keyring_available():
        try:
            keyring.set_password(SERVICE, _account(replica.store_id, server_url), token)
        except KeyringError:
            pass
        else:
            replica.write_state({DEVICE_TOKEN: None})  # an older copy kept in the store goes
            return "keyring"
    replica.write_state({DEVICE_TOKEN: token})
    return "store"


def load_token(replica: Replica, server_url: str) -> str | None:
    if keyring_available():
        try:
            token = keyring.get_password(SERVICE, _account(replica.store_id, server_url))
        except KeyringError:
            token = None
        if token:
            return token
    return replica.read_state(DEVICE_TOKEN)[DEVICE_TOKEN]


def forget_token(replica: Replica, server_url: str) -> None:
    if keyring_available():
        try:
            keyring.delete_password(SERVICE, _account(replica.store_id, server_url))
        except KeyringError:
            pass  # nothing kept there
    replica.write_state({DEVICE_TOKEN: None})
