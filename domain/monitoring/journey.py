"""The journey (ervaringsreis): its stages, and what stories and ratings give the monitoring meeting.

The stages are the municipality's to configure (the `journey_stages` of its monitoring settings);
these are the ones the chain starts with. Keys are stable: stories and ratings name a stage by key,
so renaming a stage's label never orphans what was told about it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

DEFAULT_STAGES: tuple[tuple[str, str], ...] = (
    ("azc_koppeling", "AZC en koppeling"),
    ("handover", "Warme overdracht"),
    ("arrival_housing", "Aankomst en huisvesting"),
    ("brede_intake", "Brede intake"),
    ("plan", "Plan inburgering en participatie"),
    ("language_integration", "Taal en inburgering"),
    ("work_school", "Werk of school"),
    ("network_independence", "Eigen netwerk en zelfstandigheid"),
)
RATINGS = ("+", "0", "-")  # good, neutral, hurts
TELLER_KINDS = ("person", "partner", "worker")  # who told the story, or gave the rating
CONSENT_USE = ("none", "anonymous", "named")  # may the story leave the client file, and with a name?


@dataclass(frozen=True)
class Stage:
    key: str
    label: str  # the Dutch default label, or the municipality's own; the views translate default keys


def stages_from(settings: Mapping[str, Any] | None) -> tuple[Stage, ...]:
    """The configured stages (settings["journey_stages"]: a list of {"key", "label"}), else the default.
    A malformed entry is left out; an empty or absent list gives the default stages."""
    listed = (settings or {}).get("journey_stages")
    stages = []
    if isinstance(listed, list):
        seen = set()
        for item in listed:
            key = item.get("key") if isinstance(item, Mapping) else None
            label = item.get("label") if isinstance(item, Mapping) else None
            if isinstance(key, str) and key and key not in seen:
                seen.add(key)
                stages.append(Stage(key, label if isinstance(label, str) and label else key))
    return tuple(stages) or tuple(Stage(k, label) for k, label in DEFAULT_STAGES)


@dataclass(frozen=True)
class StoryChoice:
    """A story the monitoring meeting may select: only stories whose person consented to their use
    outside the client file. `person_label` is None when the consent is without a name."""
    id: str
    stage: str
    life_domain: str | None
    told_by_kind: str
    told_on: date | None
    title: str
    text_nl: str
    text_original: str | None
    original_language: str | None
    consent_use: str  # "anonymous" or "named"
    person_label: str | None


@dataclass(frozen=True)
class StageRatingCount:
    """How one stage was rated, by one kind of rater (the person, a partner, a worker), over a period."""
    stage: str
    rated_by_kind: str
    plus: int
    neutral: int
    minus: int

    @property
    def total(self) -> int:
        return self.plus + self.neutral + self.minus
