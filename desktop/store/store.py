"""The encrypted local store: one folder holding the SQLCipher file and its wrapped key."""

from __future__ import annotations

import hmac
import os
import secrets
from pathlib import Path

from sqlalchemy import delete, exc, insert, text

from desktop.store import keychain, migrate
from desktop.store.clients import ClientRepository
from desktop.store.consents import ConsentRepository
from desktop.store.conversations import handover_repository, intake_repository
from desktop.store.current_worker import WORKER_KEY, current_worker_id
from desktop.store.directory import DirectoryRepository
from desktop.store.drafts import DraftRepository
from desktop.store.duplicates import DuplicateRepository
from desktop.store.engine import open_engine
from desktop.store.errors import StoreExists, StoreLocked, StoreNotFound, WrongPassphrase
from desktop.store.export_log import ExportLog
from desktop.store.journey import JourneyRepository
from desktop.store.keyfile import KEY_BYTES, KdfParams, KeyFile, tune_kdf
from desktop.store.meetings import MeetingRepository
from desktop.store.monitoring_settings import MonitoringSettingsRepository
from desktop.store.outbox import pending_count
from desktop.store.plans import PlanRepository
from desktop.store.referrals import ReferralRepository
from desktop.store.reject_actions import RejectActions
from desktop.store.schema import device_state
from desktop.store.social_map import SocialMapRepository
from desktop.store.sync_state import SyncStateRepository
from desktop.store.visits import VisitRepository
from desktop.store.work_list import WorkList
from desktop.store.workshops import WorkshopRepository
from domain.ids import new_id

DB_NAME = "ketenplan.db"
KEY_NAME = "ketenplan.key"
BACKUP_DIR = "backups"


def store_exists(data_dir: Path) -> bool:
    return (Path(data_dir) / KEY_NAME).exists()


class Store:
    """Open only through create() or unlock(); close() (lock) drops the engine and wipes the key
    bytes the store holds.

    What close() cannot wipe: Python frees immutable `bytes` and `str` without overwriting them,
    so until the allocator reuses their memory the process still holds the key as the bytes it
    arrived in (from unwrap, the keyring or create), as hex text in the engine's URL and in
    SQLAlchemy's connect hook (both dropped with the engine at close), and the Argon2id output
    that unwrapped it; the passphrase stays likewise in the Qt and Python strings it was typed
    into. SQLCipher wipes its own copy when its connections close. Only this store's bytearray
    is overwritten, and it is the one copy passed on (never a `bytes` of it) wherever a
    bytes-like value will do. A memory dump or swap of a running, unlocked app is out of reach of
    any of this; the OS account and full-disk encryption are what protect those.
    """

    def __init__(self, data_dir: Path, key_file: KeyFile, db_key: bytes, durable: bool = True):
        self.data_dir = Path(data_dir)
        self._key_file = key_file
        self._db_key = bytearray(db_key)
        self._engine = open_engine(self.db_path, self._db_key, durable)
        self.last_backup: Path | None = None
        self.clients = ClientRepository(self._engine)
        self.directory = DirectoryRepository(self._engine)
        self.handovers = handover_repository(self._engine)
        self.intakes = intake_repository(self._engine)
        self.visits = VisitRepository(self._engine)
        self.plans = PlanRepository(self._engine)
        self.consents = ConsentRepository(self._engine)
        self.workshops = WorkshopRepository(self._engine)
        self.meetings = MeetingRepository(self._engine)
        self.journey = JourneyRepository(self._engine)
        self.monitoring_settings = MonitoringSettingsRepository(self._engine)
        self.export_log = ExportLog(self._engine)
        self.drafts = DraftRepository(self._engine)
        self.sync, self.duplicates = SyncStateRepository(self._engine), DuplicateRepository(self._engine)
        self.rejects = RejectActions(self._engine)
        self.work = WorkList(self._engine)
        self.social_map, self.referrals = SocialMapRepository(self._engine), ReferralRepository(self._engine)
        self._repositories = ("clients", "directory", "handovers", "intakes", "visits", "plans", "consents",
                              "workshops", "meetings", "journey", "monitoring_settings", "export_log", "drafts",
                              "sync", "duplicates", "rejects", "work", "social_map", "referrals")

    # -- opening -----------------------------------------------------------------
    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def store_id(self) -> str:
        return self._key_file.store_id

    @classmethod
    def create(cls, data_dir: Path, passphrase: str, kdf: KdfParams | None = None,
               durable: bool = True) -> Store:
        """durable=False skips the flush to disk per commit: only for data that can be made again (demo)."""
        data_dir = Path(data_dir)
        if store_exists(data_dir) or (data_dir / DB_NAME).exists():
            raise StoreExists(str(data_dir))
        data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(data_dir, 0o700)
        db_key = secrets.token_bytes(KEY_BYTES)
        key_file = KeyFile.wrap(new_id(), db_key, passphrase, kdf or tune_kdf())
        # The key file first: a crash before the database exists leaves a store that opens empty.
        key_file.save(data_dir / KEY_NAME)
        return cls._open(data_dir, key_file, db_key, durable)

    @classmethod
    def unlock(cls, data_dir: Path, passphrase: str, durable: bool = True) -> Store:
        """Raises WrongPassphrase (nothing changed) or StoreNotFound."""
        key_file = KeyFile.load(Path(data_dir) / KEY_NAME)
        return cls._open(Path(data_dir), key_file, key_file.unwrap(passphrase), durable)

    @classmethod
    def unlock_with_keyring(cls, data_dir: Path) -> Store | None:
        """Quick unlock with the key remembered on this device; None when there is none."""
        if not store_exists(data_dir):
            raise StoreNotFound(str(data_dir))
        key_file = KeyFile.load(Path(data_dir) / KEY_NAME)
        db_key = keychain.recall_key(key_file.store_id)
        if db_key is None:
            return None
        try:
            return cls._open(Path(data_dir), key_file, db_key)
        except WrongPassphrase:
            keychain.forget_key(key_file.store_id)  # stale entry: fall back to the passphrase
            return None

    @classmethod
    def _open(cls, data_dir: Path, key_file: KeyFile, db_key: bytes, durable: bool = True) -> Store:
        store = cls(data_dir, key_file, db_key, durable)
        try:
            with store._engine.connect() as conn:
                conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
        except exc.DatabaseError:
            store.close()
            raise WrongPassphrase() from None
        store.last_backup = migrate.upgrade(store._engine, store.db_path, data_dir / BACKUP_DIR)
        return store

    # -- the key -----------------------------------------------------------------
    def change_passphrase(self, old: str, new: str, kdf: KdfParams | None = None) -> None:
        """Re-wrap the key under the new passphrase; the database itself is not rewritten."""
        self._require_open()
        if not hmac.compare_digest(self._key_file.unwrap(old), self._db_key):
            raise WrongPassphrase()
        key_file = KeyFile.wrap(self.store_id, self._db_key, new, kdf or self._key_file.kdf)
        key_file.save(self.data_dir / KEY_NAME)
        self._key_file = key_file

    def remember_on_device(self) -> None:
        """Raises KeyringUnavailable where the OS has no keyring."""
        self._require_open()
        keychain.remember_key(self.store_id, self._db_key)

    def forget_on_device(self) -> None:
        keychain.forget_key(self.store_id)

    def is_remembered(self) -> bool:
        return keychain.recall_key(self.store_id) is not None

    # -- state -------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._engine is not None

    def _require_open(self) -> None:
        if not self.is_open:
            raise StoreLocked()

    def set_current_worker(self, worker_id: str | None) -> None:
        """Who works on this device now; every outbox entry records them as its author."""
        with self._engine.begin() as conn:
            conn.execute(delete(device_state).where(device_state.c.key == WORKER_KEY))
            if worker_id:
                conn.execute(insert(device_state).values(key=WORKER_KEY, value=worker_id))

    def current_worker(self) -> str | None:
        with self._engine.connect() as conn:
            return current_worker_id(conn)

    def pending_changes(self) -> int:
        with self._engine.connect() as conn:
            return pending_count(conn)

    @property
    def engine(self):
        self._require_open()
        return self._engine

    def close(self) -> None:
        """Lock: close the connections (SQLCipher wipes its key) and overwrite this store's bytearray
        of the key; the immutable copies named in the class's docstring stay until reused."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        for i in range(len(self._db_key)):
            self._db_key[i] = 0
        for name in self._repositories:  # each holds the engine: none outlives the lock
            setattr(self, name, None)
