"""The encrypted local store. No Qt here: it is used from the worker thread and from tools."""

from desktop.store.clients import CaseloadPage, CaseloadQuery
from desktop.store.errors import (
    KeyringUnavailable,
    RecordNotFound,
    StoreError,
    StoreExists,
    StoreLocked,
    StoreNotFound,
    WrongPassphrase,
)
from desktop.store.store import Store, store_exists

__all__ = [
    "CaseloadPage", "CaseloadQuery", "KeyringUnavailable", "RecordNotFound", "Store",
    "StoreError", "StoreExists", "StoreLocked", "StoreNotFound", "WrongPassphrase", "store_exists",
]
