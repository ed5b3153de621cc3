"""What a synced record may hold: one definition for the server, which refuses a change beyond
it at push time, and for every device, which checks each record it pulls against it.

So what the server accepts, every device can read and apply. The bounds come from the places a
value ends up: the pull page's JSON parser (it refuses nesting past 200 levels, the page's own
levels included), the device's SQLite (64-bit integers; PostgreSQL hands a float of 2**53 or more
back as an integer, so floats stay inside the same range and must come back as the same number,
see _kept_exactly), PostgreSQL (no NUL in text, identifier columns of 36 characters, see
server/models.py) and Python's dates (years 1 to 9999 in UTC).
Pure Python: part of the protocol, imported by both sides.
"""

from __future__ import annotations

import math
import re
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

MAX_DEPTH = 32  # levels of objects and lists in a record, the record itself the first
MAX_TEXT_LENGTH = 100_000  # characters in one text value
MAX_FIELDS = 1000  # names in one object
MAX_ITEMS = 10_000  # values in one list
MAX_FIELD_NAME_LENGTH = 100
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # SQLite's INTEGER, PostgreSQL's bigint
_FLOAT_BOUND = float(2**63)  # numbers with a fraction too: see _value_problem
_WHOLE_FLOATS = float(2**53)  # from here on every float is a whole number: see _kept_exactly
ID_LENGTH = 36  # the identifier columns (records.record_id, client_id, author_id, ...): a UUID's text
ENTITY_LENGTH = 40  # records.entity
OP_ID_LENGTH = 64  # applied_ops.op_id
STAMP_LENGTH = 40  # an ISO 8601 moment with zone and microseconds fits in 32
# Moments a device and every database can hold in UTC: a day of margin at either end of Python's
# years 1 to 9999, so no zone offset can carry one past them.
EARLIEST_MOMENT = datetime(1, 1, 2, tzinfo=UTC)
LATEST_MOMENT = datetime(9999, 12, 30, tzinfo=UTC)
_DATE_NAMES = re.compile(r"(^|_)(date|on|at|birth)$|^date_")  # date_of_birth, held_on, updated_at, ...
_ID_NAMES = re.compile(r"(^|_)id$")
_LOOKS_DATED = re.compile(r"^[+-]?\d{4,}-")
_FOUR_DIGIT_YEAR = re.compile(r"^\d{4}-")


class Unfit(ValueError):
    """A record or change beyond the limits; its message says which, in a sentence for the user
    that never quotes the value itself."""


def id_problem(value: object, what: str = "The record's id") -> str | None:
    """Why this is not a record id as every database keeps it (a UUID in its 36-character form)."""
    if not isinstance(value, str):
        return f"{what} is not text."
    if len(value) > ID_LENGTH:
        return f"{what} is longer than {ID_LENGTH} characters."
    try:
        uuid.UUID(value)
    except ValueError:
        return f"{what} is not a valid id."
    return None


def moment_problem(value: str, what: str) -> str | None:
    """Why this ISO 8601 text is not a moment every side can hold; None if it is one, or is no
    moment at all (a date field may hold free text: that is the form's business, not sync's)."""
    if _in_an_ordinary_year(value):
        return None
    moment = _parsed_moment(value)
    if moment is None:  # no moment, or a plain date (any Python holds one)
        return None
    if not EARLIEST_MOMENT <= moment <= LATEST_MOMENT:
        return f"{what} is a date outside the years 1 to 9999."
    return None


def record_problem(fields: dict[str, Any] | None, what: str = "The record") -> str | None:
    """Why this record is beyond the limits, or None if every device can apply it.
    Walked without recursion: a record nested thousands of levels deep must not exhaust the stack."""
    if fields is None:
        return None
    if not isinstance(fields, dict):
        return f"{what} is not a set of fields."
    if type(fields) is dict and _flat_and_ordinary(fields):
        return None
    pending: list[tuple[Any, int, str | None]] = [(fields, 1, None)]  # containers still to look into
    while pending:
        container, depth, container_name = pending.pop()
        problem = _value_problem(container, depth, container_name, what)
        if problem is not None:
            return problem
        named = container.items() if type(container) is dict else ((container_name, v) for v in container)
        for name, item in named:
            kind = type(item)
            if kind is dict or kind is list:
                pending.append((item, depth + 1, name))
            elif kind is str and name is not None and _ordinary_text(name, item):
                continue  # most values of a record, decided without making a sentence
            elif item is None or kind is bool or (kind is int and MIN_INT <= item <= MAX_INT):
                continue
            elif (problem := _value_problem(item, depth + 1, name, what)) is not None:
                return problem
    return None


def _flat_and_ordinary(fields: dict[str, Any]) -> bool:
    """Whether the walk below would surely find nothing in this record: the usual one, of text,
    numbers and nothing else, under field names seen before. Decided per value by the kind its name
    was found to have once (a page's records share a few sets of names), without a call per value:
    a client's 33 fields 6.2 us, walked 9.8 us (a device checks every record it pulls, the server
    every one pushed). A False sends the record to the walk, which judges it in full
    (tests/unit/test_limits_flat_records.py holds the two to the same verdicts)."""
    if len(fields) > _NAMES_KEPT:
        return False
    kinds = _KINDS_OF.get(names := tuple(fields), _UNSEEN)
    if kinds is _UNSEEN:
        kinds = _kinds_of(names)
        if len(_KINDS_OF) < _KNOWN_NAME_SETS:  # bounded: the names come from the wire
            _KINDS_OF[names] = kinds
    if kinds is None:
        return False
    for kind, value in zip(kinds, fields.values(), strict=True):
        cls = type(value)
        if cls is str:
            if len(value) > MAX_TEXT_LENGTH or "\x00" in value:
                return False
            if kind == _ID:
                if len(value) > ID_LENGTH:
                    return False
            elif kind == _MOMENT and len(value) <= STAMP_LENGTH and not _in_an_ordinary_year(value) \
                    and moment_problem(value, "") is not None:
                return False
        elif not (value is None or cls is bool or (cls is int and MIN_INT <= value <= MAX_INT)):
            return False  # a float, a list, an object: the walk
    return True


_PLAIN, _ID, _MOMENT = 0, 1, 2
_UNSEEN = object()
# At most 512 sets of at most 100 names are kept (the widest synced table, plans, has 40 columns):
# names sent to fill it take a few megabytes, and a wider record is walked.
_KNOWN_NAME_SETS, _NAMES_KEPT = 512, 100
_KINDS_OF: dict[tuple, tuple[int, ...] | None] = {}


def _kinds_of(names: tuple) -> tuple[int, ...] | None:
    """Each name's kind as _ordinary_text reads it (an id first); None if a name is one the walk
    refuses, or there are too many."""
    if len(names) > MAX_FIELDS:
        return None
    kinds = []
    for name in names:
        if type(name) is not str or not name or len(name) > MAX_FIELD_NAME_LENGTH or "\x00" in name:
            return None
        is_id, is_date = _name_kind(name)
        kinds.append(_ID if is_id else _MOMENT if is_date else _PLAIN)
    return tuple(kinds)


def _ordinary_text(name: str, value: str) -> bool:
    """Whether _value_problem would surely find nothing in this text: the common cases only (a
    False sends the value there, to be judged in full)."""
    if len(value) > MAX_TEXT_LENGTH or "\x00" in value:
        return False
    is_id, is_date = _name_kind(name)
    if is_id:
        return len(value) <= ID_LENGTH
    return not is_date or len(value) > STAMP_LENGTH or _in_an_ordinary_year(value)


def _in_an_ordinary_year(value: str) -> bool:
    """Nearly every stamp: a year from 2 to 9998, which no zone can carry past the bounds, whatever
    follows it (parsed or not, such a text is no problem)."""
    year = value[:4]
    return value[4:5] == "-" and year.isascii() and year.isdigit() and "0002" <= year <= "9998"


def check_record(fields: dict[str, Any] | None, what: str = "The record") -> dict[str, Any] | None:
    """The fields as they were, or Unfit with the reason: for pydantic validators."""
    problem = record_problem(fields, what)
    if problem is not None:
        raise Unfit(problem)
    return fields


def _value_problem(value: Any, depth: int, name: str | None, what: str) -> str | None:
    """Checked for every value of every record a device pulls: the common kinds first, and a
    sentence made only for a value that fails."""
    kind = type(value)
    if kind is str:
        if len(value) > MAX_TEXT_LENGTH or "\x00" in value:
            return _text_problem(value, _field(what, name))
        if name is not None:
            is_id, is_date = _name_kind(name)
            if is_id and len(value) > ID_LENGTH:
                return f"{_field(what, name)} is an id longer than {ID_LENGTH} characters."
            if is_date and len(value) <= STAMP_LENGTH:
                return moment_problem(value, _field(what, name))
        return None
    if value is None or kind is bool:
        return None
    if kind is int:
        return None if MIN_INT <= value <= MAX_INT else f"{_field(what, name)} holds a number too large to keep."
    if kind is float:
        if not math.isfinite(value):
            return f"{_field(what, name)} holds a number that is not finite."
        # PostgreSQL hands a float of 2**53 or more back as an integer: one of 2**63 or more as an
        # integer no device keeps, a smaller one as another number where its digits were rounded.
        if not -_FLOAT_BOUND < value < _FLOAT_BOUND:
            return f"{_field(what, name)} holds a number too large to keep."
        return None if _kept_exactly(value) else \
            f"{_field(what, name)} holds a number too large to keep exactly. Write it without a decimal point."
    if kind is dict or kind is list:
        if depth > MAX_DEPTH:
            return f"{what} is nested more than {MAX_DEPTH} levels deep."
        if kind is list:
            return f"{_field(what, name)} holds more than {MAX_ITEMS} values." if len(value) > MAX_ITEMS else None
        if len(value) > MAX_FIELDS:
            return f"{_field(what, name)} holds more than {MAX_FIELDS} fields."
        for key in value:
            if type(key) is not str or not key or len(key) > MAX_FIELD_NAME_LENGTH or "\x00" in key:
                return f"{what} has a field name that is empty, longer than {MAX_FIELD_NAME_LENGTH} " \
                       "characters or holds an invisible NUL character."
        return None
    return f"{_field(what, name)} holds a value of a kind JSON does not have."


def _kept_exactly(value: float) -> bool:
    """Whether PostgreSQL hands this float back as the same number. It keeps a JSON number as the
    decimal it was written in, here Python's shortest one that reads back as the same float; from
    2**53 on a float is a whole number, which comes back as the integer of those digits: the float
    5.401984662311285e16 is 54019846623112848, back comes 54019846623112850. Below 2**53 the
    decimal reads back as the same float. SQLite keeps the text as written: the same limit on both
    sides, so what one server accepts, the other would too."""
    return -_WHOLE_FLOATS < value < _WHOLE_FLOATS or int(Decimal(repr(value))) == int(value)


def _field(what: str, name: str | None) -> str:
    return f"{what} (field {name})" if name else what


@lru_cache(maxsize=4096)
def _name_kind(name: str) -> tuple[bool, bool]:
    """(names an id, names a moment): by the field's name, as the records name them."""
    return bool(_ID_NAMES.search(name)), bool(_DATE_NAMES.search(name))


def _text_problem(value: str, field: str) -> str:
    if len(value) > MAX_TEXT_LENGTH:
        return f"{field} holds a text longer than {MAX_TEXT_LENGTH} characters."
    return f"{field} holds an invisible NUL character. Remove it and make the change again."


def _parsed_moment(value: str) -> datetime | None:
    text = value.strip()
    if not _LOOKS_DATED.match(text):
        return None
    if not _FOUR_DIGIT_YEAR.match(text):  # a year of five digits or below zero: beyond every side
        return datetime.max.replace(tzinfo=UTC)
    if len(text) == 10:
        return None  # a date without a time: any Python can hold, no zone to carry it past a year
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    try:
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except OverflowError:  # year 1 or 9999 with a zone that carries it past them
        return datetime.max.replace(tzinfo=UTC)
