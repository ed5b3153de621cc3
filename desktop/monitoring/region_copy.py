"""The last regional figures fetched, kept beside the store so the comparison shows offline.

Only what the server sent is kept: suppressed counts per municipality, never a person. It is
a plain JSON file (region-figures.json) for that reason; written whole to a temporary file
and moved into place, so a crash leaves the previous copy.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from sync.protocol import RegionFigures

COPY_FILE = "region-figures.json"


@dataclass(frozen=True)
class RegionCopy:
    figures: RegionFigures
    fetched_at: datetime  # when this device received it (UTC)


def save(data_dir: Path, figures: RegionFigures, fetched_at: datetime | None = None) -> RegionCopy:
    copy = RegionCopy(figures, fetched_at or datetime.now(UTC))
    path = Path(data_dir) / COPY_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"fetched_at": copy.fetched_at.isoformat(),
                                     "figures": figures.model_dump(mode="json")}), encoding="utf-8")
    os.replace(temporary, path)
    return copy


def load(data_dir: Path, cohort_by: str | None = None) -> RegionCopy | None:
    """The copy kept (of that cohort choice, if given); None when there is none or it cannot be read."""
    try:
        raw = json.loads((Path(data_dir) / COPY_FILE).read_text(encoding="utf-8"))
        copy = RegionCopy(RegionFigures.model_validate(raw["figures"]), datetime.fromisoformat(raw["fetched_at"]))
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None
    if cohort_by is not None and copy.figures.cohort_by != cohort_by:
        return None
    return copy


def forget(data_dir: Path) -> None:
    """No copy any more: the municipality no longer shares, or may no longer see the region."""
    (Path(data_dir) / COPY_FILE).unlink(missing_ok=True)
