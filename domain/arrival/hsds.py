"""A municipality's sociale kaart in and out of HSDS 3.0 JSON.

Export writes one document:
    {"ketenplan_municipality": {"code": "0402", "name": "Hilversum"},
     "organizations": [...], "locations": [...], "services": [...], "service_at_locations": [...]}
where every item is an HSDS object valid against its schema (organization.json, ...), with its
phones, schedules, languages, contacts, addresses, ... nested as the schemas nest them.

Import takes that document and also what other tools export: a bare list of services, an HSDS
API page ({"contents": [...]}), services that embed their "organization" and their
"service_at_locations" with each "location", organizations that embed "locations" or "services".
Each bad item is reported with its field paths and codes and left out; the rest is imported.
An item whose organisation, service or location was left out is left out too, with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from domain.arrival.checks import check, is_uuid
from domain.arrival.errors import ArrivalError
from domain.arrival.hsds_codec import from_hsds, property_name, to_hsds
from domain.arrival.model import Directory

MUNICIPALITY = "ketenplan_municipality"
# the four top-level lists, in the order they are imported (later ones point at earlier ones)
KINDS = (
    ("organization", "organizations", "Organization"),
    ("location", "locations", "Location"),
    ("service", "services", "Service"),
    ("service_at_location", "service_at_locations", "ServiceAtLocation"),
)
# what a document may hold besides the four lists: our municipality, an HSDS API page's fields
_DOCUMENT_KEYS = {MUNICIPALITY, "contents", "total_items", "total_pages", "page_number", "size", "first_page",
                  "last_page", "empty", *(plural for _, plural, _ in KINDS)}
# objects nested in another that are top-level items here: (kind, key) -> (their kind, the
# link they get from their parent when they lack it)
_EMBEDDED = {
    ("organization", "locations"): ("location", "organization_id"),
    ("organization", "services"): ("service", "organization_id"),
    ("service", "service_at_locations"): ("service_at_location", "service_id"),
    ("service", "organization"): ("organization", None),
    ("service_at_location", "location"): ("location", None),
}


@dataclass(frozen=True)
class ImportProblem:
    """One item left out, and why: field paths with codes; no field values (no data in logs)."""

    kind: str  # organization, location, service, service_at_location, or "document"
    index: int  # its position among the items of its kind as read
    item_id: str | None
    errors: dict

    @property
    def reason(self) -> str:
        which = f"{self.kind} {self.index + 1}" + (f" (id {self.item_id})" if self.item_id else "")
        return f"{which}: " + "; ".join(f"{path}: {code}" for path, code in sorted(self.errors.items()))


@dataclass(frozen=True)
class ImportResult:
    directory: Directory
    problems: tuple[ImportProblem, ...] = ()
    ignored: frozenset[str] = field(default_factory=frozenset)  # HSDS properties not kept, e.g. "service.funding"


def export_directory(directory: Directory) -> dict:
    return {
        MUNICIPALITY: {"code": directory.municipality_code, "name": directory.municipality_name},
        **{plural: [to_hsds(obj) for obj in getattr(directory, plural)] for _, plural, _ in KINDS},
    }


def export_json(directory: Directory) -> str:
    return json.dumps(export_directory(directory), ensure_ascii=False, indent=2)


def import_json(text: str, municipality_code: str, municipality_name: str) -> ImportResult:
    """import_directory for a file's text; text that is not JSON is one problem, not a crash."""
    try:
        data = json.loads(text)
    except ValueError:
        return ImportResult(Directory(municipality_code, municipality_name),
                            (ImportProblem("document", 0, None, {"document": ArrivalError.TYPE_INVALID}),))
    return import_directory(data, municipality_code, municipality_name)


def _id_of(item) -> str | None:
    """An item's id when it has one that can be an id at all (other tools send anything)."""
    value = item.get("id") if isinstance(item, dict) else None
    return value if isinstance(value, str) else None


def _gather(data) -> tuple[dict[str, list], list[ImportProblem]]:
    """The raw items of each kind, with embedded ones lifted out to be items of their own."""
    raw: dict[str, list] = {kind: [] for kind, _, _ in KINDS}
    problems: list[ImportProblem] = []
    if isinstance(data, list):
        data = {"services": data}
    elif isinstance(data, dict) and "services" not in data and isinstance(data.get("contents"), list):
        data = {**data, "services": data["contents"]}  # a page of the HSDS API's /services
    if not isinstance(data, dict):
        return raw, [ImportProblem("document", 0, None, {"document": ArrivalError.TYPE_INVALID})]
    top_ids = {kind: {_id_of(item) for item in data.get(plural) or []} - {None}
               for kind, plural, _ in KINDS if isinstance(data.get(plural) or [], list)}
    embedded_seen: set[tuple[str, str]] = set()

    def add(kind: str, item, embedded: bool, link: tuple[str, str] | None = None):
        if isinstance(item, dict):
            item_id = _id_of(item)
            if embedded and item_id is not None:  # one without an id is kept, to be reported
                if item_id in top_ids.get(kind, ()) or (kind, item_id) in embedded_seen:
                    return  # the same object given elsewhere already
                embedded_seen.add((kind, item_id))
            item = dict(item)
            if link and link[0] not in item:
                item[link[0]] = link[1]
            for (outer, key), (inner, inner_link) in _EMBEDDED.items():
                if outer != kind or key not in item:
                    continue
                nested = item.pop(key)
                nested_items = nested if isinstance(nested, list) else [nested]
                for nested_item in nested_items:
                    add(inner, nested_item, True, (inner_link, item_id) if inner_link and item_id else None)
                if key in ("organization", "location") and _id_of(nested):
                    item.setdefault(f"{key}_id", _id_of(nested))  # the embedded one is the one meant
        raw[kind].append(item)

    for kind, plural, _ in KINDS:
        items = data.get(plural) or []
        if not isinstance(items, list):
            problems.append(ImportProblem("document", 0, None, {plural: ArrivalError.TYPE_INVALID}))
            continue
        for item in items:
            add(kind, item, False)
    return raw, problems


def _references(kind: str, obj, accepted: dict[str, set]) -> dict:
    wanted = {
        "location": (("organization_id", "organization"),),
        "service": (("organization_id", "organization"),),
        "service_at_location": (("service_id", "service"), ("location_id", "location")),
    }.get(kind, ())
    errors = {}
    for key, target in wanted:
        value = getattr(obj, key)
        if value is not None and value not in accepted[target]:
            errors[key] = ArrivalError.UNKNOWN_REFERENCE
    return errors


class _Acceptor:
    """Takes objects in KINDS order and says why one cannot join the directory built so far."""

    def __init__(self):
        self.accepted: dict[str, set] = {kind: set() for kind, _, _ in KINDS}
        self.all_ids: set[str] = set()

    def refuse(self, kind: str, obj) -> dict:
        errors = check(obj) or _references(kind, obj, self.accepted)
        if not errors and obj.id in self.all_ids:
            errors = {"id": ArrivalError.DUPLICATE_ID}
        if not errors:
            self.all_ids.add(obj.id)
            self.accepted[kind].add(obj.id)
        return errors


def import_directory(data, municipality_code: str, municipality_name: str) -> ImportResult:
    """The directory of all good items in data, and a problem for each item left out."""
    raw, problems = _gather(data)
    ignored: set[str] = {f"document.{property_name(key)}" for key in data if key not in _DOCUMENT_KEYS} if isinstance(
        data, dict) else set()
    acceptor = _Acceptor()
    kept: dict[str, list] = {}
    for kind, plural, cls_name in KINDS:
        kept[plural] = []
        for index, item in enumerate(raw[kind]):
            item_id = _id_of(item)
            item_id = item_id if item_id and is_uuid(item_id) else None  # any other text stays out of reports
            obj, errors = from_hsds(cls_name, item, "", ignored)
            if obj is not None:
                errors = acceptor.refuse(kind, obj)
            if errors:
                problems.append(ImportProblem(kind, index, item_id, errors))
            else:
                kept[plural].append(obj)
    directory = Directory(municipality_code, municipality_name, **{k: tuple(v) for k, v in kept.items()})
    return ImportResult(directory, tuple(problems), frozenset(ignored))


def check_directory(directory: Directory) -> tuple[ImportProblem, ...]:
    """The same rules as an import, for a directory edited in place: each object that breaks them."""
    acceptor = _Acceptor()
    problems = []
    for kind, plural, _ in KINDS:
        for index, obj in enumerate(getattr(directory, plural)):
            errors = acceptor.refuse(kind, obj)
            if errors:
                problems.append(ImportProblem(kind, index, obj.id if is_uuid(obj.id) else None, errors))
    return tuple(problems)
