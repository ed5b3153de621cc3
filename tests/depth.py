"""How many examples the property tests draw: a share of them in the everyday run, all in the deep one.

Each property test names the examples it draws in a deep run (`make test-deep`, before a release and
nightly). `make test` draws EVERYDAY of them (30 %), each run from a new random seed (and the failures
Hypothesis remembers first), so the everyday runs together go deeper than any one of them. Set
KETENPLAN_TEST_DEPTH to choose the share: 1 is the deep run, 4 four times deeper still.
See docs/decisions/0045-everyday-and-deep-property-runs.md.
"""

from __future__ import annotations

import os

EVERYDAY = 0.3
DEPTH = float(os.environ.get("KETENPLAN_TEST_DEPTH") or EVERYDAY)


def examples(deep: int, least: int = 8) -> int:
    """The examples to draw where a deep run draws `deep`: never fewer than `least` (or `deep`)."""
    return max(min(deep, least), round(deep * DEPTH))
