"""The citizen service number (BSN).

The 11-check proves the format only; only the BRP can say a BSN is real.
"""

from stdnum.exceptions import ValidationError
from stdnum.nl import bsn as _bsn


def normalise_bsn(value: str) -> str:
    """Strip spaces, dots and dashes; keep leading zeros as typed."""
    return _bsn.compact(value or "")


def is_valid_bsn(value: str) -> bool:
    try:
        _bsn.validate(value)
    except ValidationError:
        return False
    return True
