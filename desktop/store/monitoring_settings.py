"""The municipality's monitoring settings: H1's housing norm in weeks, H2's taakstelling per half
year and the journey's stages. One synced record per tenant under a fixed id, so every device and
the server's regional figures agree (docs/decisions/0038-monitoring-settings-as-a-record.md); only
a coordinator or administrator may change it (the server refuses others, server/write_rules.py).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from desktop.store.current_worker import current_worker_id
from desktop.store.records import now_stamp
from desktop.store.schema import monitoring_settings as table
from desktop.store.schema import workers
from domain.monitoring.cohorts import half_year_bounds
from domain.monitoring.journey import stages_from
from domain.monitoring.settings_record import MONITORING_SETTINGS_ID

NORM_RANGE = (1, 104)
FIELDS = ("housing_norm_weeks", "quotas", "journey_stages")


class SettingsInvalid(ValueError):
    """A setting that cannot be kept: `field` names it, `code` says why (the screens word it)."""

    def __init__(self, field: str, code: str, detail: str = ""):
        super().__init__(f"{field}: {code}" + (f" ({detail})" if detail else ""))
        self.field, self.code, self.detail = field, code, detail


def check_settings(fields: dict[str, Any]) -> dict[str, Any]:
    """The settings as kept, or SettingsInvalid for the first that cannot be (nothing is kept then)."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise SettingsInvalid(sorted(unknown)[0], "unknown")
    out: dict[str, Any] = {}
    weeks = fields.get("housing_norm_weeks")
    if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int)
                              or not NORM_RANGE[0] <= weeks <= NORM_RANGE[1]):
        raise SettingsInvalid("housing_norm_weeks", "out_of_range")
    out["housing_norm_weeks"] = weeks
    quotas = fields.get("quotas") or {}
    if not isinstance(quotas, dict):
        raise SettingsInvalid("quotas", "not_a_table")
    for period, quota in quotas.items():
        try:
            half_year_bounds(period)
        except ValueError:
            raise SettingsInvalid("quotas", "bad_period", str(period)) from None
        if isinstance(quota, bool) or not isinstance(quota, int) or quota < 0:
            raise SettingsInvalid("quotas", "bad_quota", str(period))
    out["quotas"] = dict(sorted(quotas.items()))
    stages = fields.get("journey_stages") or []
    if not isinstance(stages, list):
        raise SettingsInvalid("journey_stages", "not_a_list")
    keys = set()
    for stage in stages:
        key = stage.get("key") if isinstance(stage, dict) else None
        label = stage.get("label") if isinstance(stage, dict) else None
        if not isinstance(key, str) or not key.strip():
            raise SettingsInvalid("journey_stages", "no_key")
        if not isinstance(label, str) or not label.strip():
            raise SettingsInvalid("journey_stages", "no_label", key)
        if key in keys:
            raise SettingsInvalid("journey_stages", "duplicate_key", key)
        keys.add(key)
    out["journey_stages"] = [{"key": s["key"], "label": s["label"].strip()} for s in stages]
    return out


def _loads(text: str | None, default):
    try:
        value = json.loads(text) if text else default
    except ValueError:
        return default  # a broken column reads as not set: the defaults apply
    return value if isinstance(value, type(default)) else default


def read_settings(conn: Connection) -> dict[str, Any]:
    """The settings as kept, read on an open connection (see MonitoringSettingsRepository.get)."""
    row = conn.execute(select(table.c.housing_norm_weeks, table.c.quotas, table.c.journey_stages).where(
        table.c.id == MONITORING_SETTINGS_ID, table.c.deleted.is_(False))).first()
    if row is None:
        return {"housing_norm_weeks": None, "quotas": {}, "journey_stages": []}
    raw = {"housing_norm_weeks": row[0], "quotas": _loads(row[1], {}), "journey_stages": _loads(row[2], [])}
    out = {}
    for name in FIELDS:
        try:
            out[name] = check_settings({name: raw[name]})[name]
        except SettingsInvalid:
            out[name] = {"housing_norm_weeks": None, "quotas": {}, "journey_stages": []}[name]
    return out


class MonitoringSettingsRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def get(self) -> dict[str, Any]:
        """{"housing_norm_weeks": int | None, "quotas": {...}, "journey_stages": [...]} as kept; a value
        kept that is not usable (a record from a newer version) reads as not set."""
        with self._engine.connect() as conn:
            return read_settings(conn)

    def my_role(self) -> str | None:
        """The role of whoever works on this device (None: no one signed in, a device working alone)."""
        with self._engine.connect() as conn:
            worker = current_worker_id(conn)
            if worker is None:
                return None
            return conn.execute(select(workers.c.role).where(workers.c.id == worker)).scalar()

    def stages(self):
        """The journey's stages as configured, else the chain's default ones (domain.monitoring.journey)."""
        return stages_from(self.get())

    def save(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Keep the settings (all three); SettingsInvalid leaves the record as it was."""
        kept = check_settings(fields)
        values = {"housing_norm_weeks": kept["housing_norm_weeks"], "quotas": json.dumps(kept["quotas"]),
                  "journey_stages": json.dumps(kept["journey_stages"], ensure_ascii=False)}
        stamp = now_stamp()
        with self._engine.begin() as conn:
            exists = conn.execute(select(table.c.id).where(table.c.id == MONITORING_SETTINGS_ID)).first()
            if exists is None:
                conn.execute(insert(table).values(id=MONITORING_SETTINGS_ID, created_at=stamp, updated_at=stamp,
                                                  **values))
            else:
                conn.execute(update(table).where(table.c.id == MONITORING_SETTINGS_ID).values(
                    updated_at=stamp, deleted=False, **values))
        return kept
