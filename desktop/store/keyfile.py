"""The wrapped database key.

The database is encrypted with 32 random bytes. Those bytes are kept on disk only
wrapped (AES-256-GCM) by a key derived from the passphrase with Argon2id, so a
passphrase change re-wraps the key and never re-encrypts the database.

In memory, unwrap() returns the key as immutable `bytes` and the derived wrapping key is `bytes`
too (argon2-cffi returns no other type): both are freed, not wiped, once dropped; the Store copies
the key into a bytearray that close() overwrites (see Store's docstring).
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop.store.errors import StoreNotFound, WrongPassphrase

FORMAT_VERSION = 1
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            passphrase.encode("utf-8"), salt, time_cost=self.time_cost,
            memory_cost=self.memory_kib, parallelism=self.parallelism,
            hash_len=KEY_BYTES, type=Type.ID,
        )


# Small and fast: for tests and throwaway stores only, never for a real user's store. 256 KiB: 0.1 ms a
# derivation (8 MiB took 3.6 ms, and the tests derive some 1,800 times).
FAST_KDF = KdfParams(time_cost=1, memory_kib=256, parallelism=1)


def tune_kdf(target_seconds: float = 0.5, memory_kib: int = 64 * 1024) -> KdfParams:
    """Pick the Argon2id time cost that takes about target_seconds on this machine."""
    probe = KdfParams(time_cost=1, memory_kib=memory_kib)
    start = time.perf_counter()
    probe.derive("calibration", b"\0" * 16)
    per_pass = max(time.perf_counter() - start, 1e-3)
    return KdfParams(time_cost=max(2, min(20, round(target_seconds / per_pass))), memory_kib=memory_kib)


@dataclass(frozen=True)
class KeyFile:
    store_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    version: int = FORMAT_VERSION

    def _aad(self) -> bytes:
        # Binding the store id stops a key file being swapped in from another store.
        return f"ketenplan-key/{self.version}/{self.store_id}".encode()

    @classmethod
    def wrap(cls, store_id: str, db_key: bytes | bytearray, passphrase: str, kdf: KdfParams) -> KeyFile:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        draft = cls(store_id, kdf, salt, nonce, b"")
        wrapped = AESGCM(kdf.derive(passphrase, salt)).encrypt(nonce, db_key, draft._aad())
        return cls(store_id, kdf, salt, nonce, wrapped)

    def unwrap(self, passphrase: str) -> bytes:
        try:
            return AESGCM(self.kdf.derive(passphrase, self.salt)).decrypt(
                self.nonce, self.wrapped_key, self._aad())
        except InvalidTag:
            raise WrongPassphrase() from None

    def to_json(self) -> str:
        b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
        return json.dumps({
            "version": self.version, "store_id": self.store_id, "kdf": asdict(self.kdf),
            "salt": b64(self.salt), "nonce": b64(self.nonce), "wrapped_key": b64(self.wrapped_key),
        }, indent=2)

    @classmethod
    def from_json(cls, text: str) -> KeyFile:
        data = json.loads(text)
        return cls(
            store_id=data["store_id"], kdf=KdfParams(**data["kdf"]),
            salt=base64.b64decode(data["salt"]), nonce=base64.b64decode(data["nonce"]),
            wrapped_key=base64.b64decode(data["wrapped_key"]), version=data["version"],
        )

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            return cls.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise StoreNotFound(str(path)) from None

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves either the old or the new key file, never half."""
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(self.to_json())
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):
            fd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
