"""Bring a store's schema to the newest revision, with a backup of the file first."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).parent / "migrations"
KEEP_BACKUPS = 3


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, db_path: Path, backup_dir: Path, target: str = "head") -> Path | None:
    """Migrate to target. Returns the backup made (None for a new store or nothing to do)."""
    current = current_revision(engine)
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    backup = _backup(engine, db_path, backup_dir, current) if current is not None else None
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup


def _backup(engine: Engine, db_path: Path, backup_dir: Path, revision: str) -> Path:
    """Copy the (still encrypted) file once the WAL is folded in; keep the last few copies."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backup_dir / f"{db_path.stem}-rev{revision}-{stamp}{db_path.suffix}"
    shutil.copy2(db_path, target)
    for old in sorted(backup_dir.glob(f"{db_path.stem}-rev*"))[:-KEEP_BACKUPS]:
        old.unlink()
    return target
