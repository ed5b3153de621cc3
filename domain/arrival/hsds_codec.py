"""One HSDS object <-> one model object, driven by the dataclass fields (domain/arrival/model.py).

Reading checks shape only (required properties present, strings are strings, numbers numbers,
lists hold objects); the meaning of the values is checked by domain/arrival/checks.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import MISSING, fields

from domain.arrival.errors import ArrivalError
from domain.arrival.model import CHILD, CLASSES, HSDS_NAME, KIND
from domain.errors import FieldError

# The property a nested object carries to name its parent, per parent class ...
LINK_TO_PARENT = {
    "Organization": "organization_id",
    "Service": "service_id",
    "Location": "location_id",
    "ServiceAtLocation": "service_at_location_id",
    "Contact": "contact_id",
    "Phone": "phone_id",
}
# ... and which of those each nested object's HSDS schema has. Export fills them in; import
# ignores them, since the nesting already says whose the object is.
LINKS = {
    "Language": {"service_id", "location_id", "phone_id"},
    "Phone": {"location_id", "service_id", "organization_id", "contact_id", "service_at_location_id"},
    "Contact": {"organization_id", "service_id", "service_at_location_id", "location_id"},
    "Schedule": {"service_id", "location_id", "service_at_location_id"},
    "Address": {"location_id"},
    "ServiceArea": {"service_id"},
    "CostOption": {"service_id"},
    "RequiredDocument": {"service_id"},
}


_NUMERAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


_PROPERTY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def property_name(key) -> str:
    """A property's name as a report may show it: a name like HSDS's, else "(other)" (a foreign
    file's keys could hold anything, and reports carry no data)."""
    return key if isinstance(key, str) and _PROPERTY.match(key) else "(other)"


def snake(cls_name: str) -> str:
    """HSDS's name of an object: ServiceAtLocation -> service_at_location."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls_name).lower()


def hsds_name(f) -> str:
    return f.metadata.get(HSDS_NAME, f.name)


def to_hsds(obj, parent=None) -> dict:
    """The HSDS JSON object for obj; parent is the (class name, id) of the object it is nested in."""
    cls_name = type(obj).__name__
    out: dict = {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        kind = f.metadata.get(KIND, "str")
        if kind == "children":
            if value:
                out[hsds_name(f)] = [to_hsds(child, (cls_name, obj.id)) for child in value]
        elif kind == "map":
            if value:
                out[hsds_name(f)] = dict(value)
        elif value is not None:
            out[hsds_name(f)] = value
    if parent is not None:
        link = LINK_TO_PARENT.get(parent[0])
        if link in LINKS.get(cls_name, ()):
            out[link] = parent[1]
    return out


def _number(value) -> int | float | None:
    """A JSON number; or a number written as text, as tools that start from HSDS's CSV form
    (and the schemas' own examples) write them: "100", "52.2297". Export writes numbers."""
    if isinstance(value, str) and _NUMERAL.match(value.strip()):
        text = value.strip()
        value = int(text) if text.lstrip("+-").isdigit() else float(text)
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    return None


def from_hsds(cls_name: str, data, path: str = "", ignored: set[str] | None = None):
    """(object, {}) when data has the shape of this HSDS object, else (None, {field path: code}).

    Properties the model does not carry (funding, accessibility, attributes, metadata, ...) are
    left out and their names added to ignored as "service.funding", so an import can say so.
    """
    cls = CLASSES[cls_name]
    if not isinstance(data, dict):
        return None, {path or "item": ArrivalError.TYPE_INVALID}
    errors: dict = {}
    values: dict = {}
    known = set()
    for f in fields(cls):
        key = hsds_name(f)
        known.add(key)
        where = f"{path}.{key}" if path else key
        required = f.default is MISSING and f.default_factory is MISSING
        if key not in data or data[key] is None:
            if required:
                errors[where] = FieldError.REQUIRED
            continue
        value = data[key]
        kind = f.metadata.get(KIND, "str")
        if kind == "str":
            if isinstance(value, str):
                values[f.name] = value
            else:
                errors[where] = ArrivalError.TYPE_INVALID
        elif kind == "num":
            number = _number(value)
            if number is not None:
                values[f.name] = number
            else:
                errors[where] = ArrivalError.TYPE_INVALID
        elif kind == "map":
            if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                values[f.name] = dict(value)
            else:
                errors[where] = ArrivalError.TYPE_INVALID
        else:
            if not isinstance(value, list):
                errors[where] = ArrivalError.TYPE_INVALID
                continue
            items = []
            for index, item in enumerate(value):
                child, child_errors = from_hsds(f.metadata[CHILD], item, f"{where}[{index}]", ignored)
                errors.update(child_errors)
                items.append(child)
            values[f.name] = tuple(items)
    if ignored is not None:
        links = LINKS.get(cls_name, set())
        ignored.update(f"{snake(cls_name)}.{property_name(key)}"
                       for key in data if key not in known and key not in links)
    if errors:
        return None, errors
    return cls(**values), {}
