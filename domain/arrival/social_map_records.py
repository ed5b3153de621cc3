"""The sociale kaart as synced records: one record per top-level HSDS object.

A record is (kind, name, hsds): kind is organization, location, service or service_at_location,
hsds the HSDS JSON of that object with everything nested in it (phones, schedules, languages,
addresses, ...), and name a copy of its name for lists. Its id is the HSDS object's id. One more
record, under a fixed id, holds the municipality's code and name (the export's
`ketenplan_municipality`). Why this cut: docs/decisions/0036-sociale-kaart-as-synced-records.md.

Both the desktop (to store and read) and the server (to refuse a malformed item at push) use this.
"""

from __future__ import annotations

import json
import uuid

from domain.arrival.checks import check, is_uuid
from domain.arrival.errors import ArrivalError
from domain.arrival.hsds import KINDS, ImportProblem
from domain.arrival.hsds_codec import from_hsds, to_hsds
from domain.arrival.model import Directory
from domain.errors import FieldError

MUNICIPALITY = "municipality"
ITEM_KINDS = (*(kind for kind, _, _ in KINDS), MUNICIPALITY)
CLASS_OF = {kind: cls_name for kind, _, cls_name in KINDS}
PLURAL_OF = {kind: plural for kind, plural, _ in KINDS}
# One record per tenant holds the municipality: the same id on every device, so two imports made
# offline update one record instead of making two.
MUNICIPALITY_ID = str(uuid.uuid5(uuid.UUID("5b0f3c1e-7d2a-4e0b-8f61-2c9d4a7e1b35"), "sociale-kaart/municipality"))
MAX_NAME = 300


def item_fields(kind: str, obj) -> dict:
    """The record fields (kind, name, hsds as JSON text) of one top-level HSDS object."""
    data = to_hsds(obj)
    name = getattr(obj, "name", None) or ""
    return {"kind": kind, "name": name[:MAX_NAME], "hsds": json.dumps(data, ensure_ascii=False, sort_keys=True)}


def municipality_fields(code: str, name: str) -> dict:
    return {"kind": MUNICIPALITY, "name": name[:MAX_NAME],
            "hsds": json.dumps({"code": code, "name": name}, ensure_ascii=False, sort_keys=True)}


def directory_records(directory: Directory) -> list[tuple[str, dict]]:
    """(id, fields) of every record of a directory, the municipality first, then in import order."""
    out = [(MUNICIPALITY_ID, municipality_fields(directory.municipality_code, directory.municipality_name))]
    for kind, plural, _ in KINDS:
        out += [(obj.id, item_fields(kind, obj)) for obj in getattr(directory, plural)]
    return out


def _loaded(hsds):
    if isinstance(hsds, str):
        try:
            return json.loads(hsds)
        except ValueError:
            return None
    return hsds


def item_problems(record_id: str, fields: dict) -> dict[str, str]:
    """Why these record fields are not a sociale kaart item, by field path; empty when they are."""
    kind = fields.get("kind")
    if kind not in ITEM_KINDS:
        return {"kind": FieldError.CHOICE_INVALID}
    data = _loaded(fields.get("hsds"))
    if not isinstance(data, dict):
        return {"hsds": ArrivalError.TYPE_INVALID}
    if kind == MUNICIPALITY:
        code, name = data.get("code"), data.get("name")
        errors = {}
        if record_id != MUNICIPALITY_ID:
            errors["id"] = ArrivalError.ID_INVALID
        if not isinstance(code, str) or not (code.isdigit() and len(code) == 4):
            errors["code"] = FieldError.CHOICE_INVALID
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            errors["name"] = FieldError.REQUIRED
        return errors
    obj, errors = from_hsds(CLASS_OF[kind], data)
    if obj is None:
        return errors
    errors = check(obj)
    if not errors and obj.id != record_id:
        errors = {"id": ArrivalError.ID_INVALID}
    return errors


def directory_from_records(rows, default_code: str = "0000",
                           default_name: str = "") -> tuple[Directory, tuple[ImportProblem, ...]]:
    """The directory from stored records (dicts with id, kind, hsds; deleted ones left out by the
    caller), with a problem for each record that is not a valid item: it is left out, the rest kept,
    the same way an import treats a file (references to something left out go too)."""
    from domain.arrival.hsds import import_directory

    code, name = default_code, default_name
    document: dict[str, list] = {plural: [] for plural in PLURAL_OF.values()}
    for row in sorted(rows, key=lambda r: (r.get("name") or "", r["id"])):
        data = _loaded(row.get("hsds"))
        if row.get("kind") == MUNICIPALITY:
            if isinstance(data, dict) and isinstance(data.get("code"), str):
                code, name = data["code"], str(data.get("name") or "")
            continue
        plural = PLURAL_OF.get(row.get("kind"))
        if plural is not None:
            document[plural].append(data if isinstance(data, dict) and data.get("id") == row["id"] else
                                    {"id": row["id"] if is_uuid(row["id"]) else None})
    result = import_directory(document, code, name)
    return result.directory, result.problems
