"""The citizen service number (BSN): the one rule every place that takes a BSN uses.

Rule BSN_LENGTH: after spaces, dots and dashes are removed, only 8 or 9 digits pass; 8 digits
get ONE leading zero (old numbers are written without it). Shorter input is a typing error,
not a number to pad. Source: DUO's path parameter `bsn` (every OpenAPI file: pattern \\d{9}).
Rule BSN_11_CHECK: then the 11-check (python-stdnum's nl.bsn). It proves the format only;
only the BRP can say a BSN is real.
"""

from __future__ import annotations

import re

from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as _bsn

_SEPARATORS = re.compile(r"[\s.\-]")
_EIGHT_OR_NINE = re.compile(r"^\d{8,9}$")


def normalise_bsn(value: str | None) -> str:
    """What was typed without separators; 8 digits get their leading zero. Anything else is
    returned as typed (without separators), so the check can refuse it and the person sees it."""
    compact = _SEPARATORS.sub("", value or "")
    if _EIGHT_OR_NINE.match(compact):
        return compact.zfill(9)
    return compact


def is_valid_bsn(value: str | None) -> bool:
    """8 or 9 digits (after separators) that pass the 11-check; "12" is not 000000012."""
    compact = _SEPARATORS.sub("", value or "")
    if not _EIGHT_OR_NINE.match(compact):
        return False
    try:
        _bsn.validate(compact.zfill(9))
    except ValidationError:
        return False
    return True


def bsn_or_none(value: str | None) -> str | None:
    """The nine-digit BSN to send or store, or None when the value does not pass both rules."""
    return normalise_bsn(value) if is_valid_bsn(value) else None
