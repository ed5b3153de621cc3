"""What a monitoring run is asked for: reference date, cohort, and the municipality's settings.

The settings (H1's housing norm in weeks, H2's taakstelling per half year) are the
municipality's own: the synced `monitoring_settings` record (desktop/store/monitoring_settings.py).
For the command line, `monitoring.json` beside the store, for example

    {"housing_norm_weeks": 10, "quotas": {"2025-H1": 48, "2025-H2": 52}}

overrides the record, and the flags override both (`merged_settings`; decision 0038).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from domain.monitoring.cohorts import CohortBy, half_year_bounds
from domain.monitoring.targets import LETTER_HOUSING_NORM_WEEKS, Settings

SETTINGS_FILE = "monitoring.json"
COHORT_CHOICES = {"vestiging": CohortBy.VESTIGING, "duty": CohortBy.DUTY_START}


class OptionsInvalid(ValueError):
    """A setting that cannot be used; the message names it (and never holds personal data)."""


@dataclass(frozen=True)
class MonitoringOptions:
    ref: date
    cohort_by: CohortBy = CohortBy.VESTIGING
    housing_norm_weeks: int = LETTER_HOUSING_NORM_WEEKS
    quotas: dict[str, int] = field(default_factory=dict)  # "2025-H1" -> persons to house

    @property
    def settings(self) -> Settings:
        return Settings(housing_norm_weeks=self.housing_norm_weeks)


def check_norm(weeks) -> int:
    if isinstance(weeks, bool) or not isinstance(weeks, int) or not 1 <= weeks <= 104:
        raise OptionsInvalid("housing_norm_weeks must be a whole number of weeks from 1 to 104")
    return weeks


def check_quotas(quotas) -> dict[str, int]:
    if not isinstance(quotas, dict):
        raise OptionsInvalid('quotas must be an object such as {"2025-H1": 48}')
    out = {}
    for period, quota in quotas.items():
        try:
            half_year_bounds(period)
        except ValueError:
            raise OptionsInvalid(f"quota period {period!r} is not a half year such as 2025-H1") from None
        if isinstance(quota, bool) or not isinstance(quota, int) or quota < 0:
            raise OptionsInvalid(f"quota for {period} must be a whole number, 0 or more")
        out[period] = quota
    return dict(sorted(out.items()))


def parse_quota(text: str) -> tuple[str, int]:
    """"2025-H1=48" from the command line."""
    period, sep, number = text.partition("=")
    if not sep or not number.strip().isdigit():
        raise OptionsInvalid(f"a quota is written as 2025-H1=48, not {text!r}")
    return next(iter(check_quotas({period.strip(): int(number)}).items()))


def load_settings(path: Path) -> dict:
    """{"housing_norm_weeks": int, "quotas": {...}} from the file; {} when there is none."""
    path = Path(path)
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OptionsInvalid(f"{path.name} cannot be read: {error.__class__.__name__}") from None
    if not isinstance(data, dict):
        raise OptionsInvalid(f"{path.name} must hold one JSON object")
    unknown = set(data) - {"housing_norm_weeks", "quotas"}
    if unknown:
        raise OptionsInvalid(f"{path.name}: unknown settings {sorted(unknown)}")
    out = {}
    if "housing_norm_weeks" in data:
        out["housing_norm_weeks"] = check_norm(data["housing_norm_weeks"])
    if "quotas" in data:
        out["quotas"] = check_quotas(data["quotas"])
    return out


def from_record(record: dict) -> dict:
    """The synced record's settings as MonitoringOptions takes them (a value not set is left out)."""
    out = {}
    if record.get("housing_norm_weeks") is not None:
        out["housing_norm_weeks"] = record["housing_norm_weeks"]
    if record.get("quotas"):
        out["quotas"] = dict(record["quotas"])
    return out


def merged_settings(record: dict, saved: dict, weeks: int | None, quotas: dict[str, int]) -> dict:
    """The order for the command line: the synced record, then monitoring.json, then the flags.
    Quotas merge per half year (a later source's half year wins); the norm is the last one given."""
    base = from_record(record)
    merged_quotas = {**base.get("quotas", {}), **saved.get("quotas", {}), **quotas}
    norm = weeks if weeks is not None else saved.get("housing_norm_weeks", base.get("housing_norm_weeks"))
    out = {"quotas": dict(sorted(merged_quotas.items()))}
    if norm is not None:
        out["housing_norm_weeks"] = norm
    return out
