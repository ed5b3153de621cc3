"""Lists kept as JSON text in a column (languages, consent parts, a meeting's actions), read one way.

A value that does not parse, or is not a list, reads as an empty list instead of breaking the
screen that shows the record: such a value cannot come through sync (both sides check the
shapes), only from a damaged file, and an empty list is what a person can then put right. It is
logged by column name only, never by value.
"""

from __future__ import annotations

import json
import logging

log = logging.getLogger(__name__)


def json_list(text: str | None, column: str = "") -> list:
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        value = None
    if not isinstance(value, list):
        log.warning("a list column does not hold a list and reads as empty: %s", column or "(unnamed)")
        return []
    return value
