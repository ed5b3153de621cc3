"""Bring a store's schema to the newest revision, with a backup of the file first."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, exc

MIGRATIONS = Path(__file__).parent / "migrations"
KEEP_BACKUPS = 3


def _config():
    from alembic.config import Config  # alembic loads only when a store needs migrating

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def newest_file_revision() -> str:
    """The head: the id in the revision file whose name starts with the highest number (an id is
    either that number, "0009", or the file's name, "0014_monitoring_settings")."""
    newest = max((MIGRATIONS / "versions").glob("[0-9]*_*.py"), key=lambda p: int(p.name.split("_", 1)[0]))
    found = re.search(r'^revision = "([^"]+)"', newest.read_text(encoding="utf-8"), re.MULTILINE)
    return found.group(1) if found else newest.name.split("_", 1)[0]


def current_revision(engine: Engine) -> str | None:
    try:
        with engine.connect() as conn:
            return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except exc.OperationalError:  # a new, empty store
        return None


def upgrade(engine: Engine, db_path: Path, backup_dir: Path, target: str = "head") -> Path | None:
    """Migrate to target. Returns the backup made (None for a new store or nothing to do)."""
    current = current_revision(engine)
    if target == "head" and current == newest_file_revision():
        return None  # the usual start: up to date, and alembic never imported
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return None
    backup = _backup(engine, db_path, backup_dir, current) if current is not None else None
    from alembic import command

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
