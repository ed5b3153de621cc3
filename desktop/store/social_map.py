"""The municipality's sociale kaart in the store: read as one Directory, imported, edited per item.

Each top-level HSDS object is a synced record (domain/arrival/social_map_records.py); the server
takes changes from coordinators and administrators only and refuses an item that is not valid HSDS.
The store checks the same before writing, so a coordinator hears of a bad field at once. Reading
builds the Directory the way an import does: a stored item that is not valid (written by another
version, say) is left out and reported, the rest shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, insert, select, update

from desktop.store.errors import RecordNotFound
from desktop.store.records import now_stamp
from desktop.store.schema import social_map_items
from domain.arrival.checks import check
from domain.arrival.errors import ArrivalError
from domain.arrival.hsds import ImportProblem
from domain.arrival.model import Directory
from domain.arrival.social_map_records import (
    MUNICIPALITY_ID,
    directory_from_records,
    directory_records,
    item_fields,
    municipality_fields,
)
from domain.errors import RecordInvalid

# what each kind of item points at: (its field, the kind it names)
_POINTS_AT = {"location": (("organization_id", "organization"),), "service": (("organization_id", "organization"),),
              "service_at_location": (("service_id", "service"), ("location_id", "location"))}


@dataclass(frozen=True)
class SavedDirectory:
    added: int
    changed: int
    unchanged: int


class SocialMapRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def directory(self) -> tuple[Directory, tuple[ImportProblem, ...]]:
        """The kaart as the store holds it, and the stored items left out as invalid."""
        with self._engine.connect() as conn:
            rows = [dict(r) for r in conn.execute(select(
                social_map_items.c.id, social_map_items.c.kind, social_map_items.c.name, social_map_items.c.hsds)
                .where(social_map_items.c.deleted.is_(False))).mappings()]
        return directory_from_records(rows)

    def save_directory(self, directory: Directory) -> SavedDirectory:
        """An import: every item of the directory added or brought up to date, in one transaction.
        Items the store holds that the file lacks stay (an import adds and corrects; removing is an
        edit of its own). Unchanged items are not written, so a repeated import sends nothing."""
        added = changed = unchanged = 0
        stamp = now_stamp()
        with self._engine.begin() as conn:
            held = {r.id: (r.kind, r.name, r.hsds, r.deleted) for r in conn.execute(select(
                social_map_items.c.id, social_map_items.c.kind, social_map_items.c.name, social_map_items.c.hsds,
                social_map_items.c.deleted))}
            for record_id, fields in directory_records(directory):
                before = held.get(record_id)
                if before is None:
                    conn.execute(insert(social_map_items).values(id=record_id, created_at=stamp, updated_at=stamp,
                                                                 **fields))
                    added += 1
                elif before == (fields["kind"], fields["name"], fields["hsds"], False):
                    unchanged += 1
                else:
                    conn.execute(update(social_map_items).where(social_map_items.c.id == record_id)
                                 .values(updated_at=stamp, deleted=False, **fields))
                    changed += 1
        return SavedDirectory(added, changed, unchanged)

    def save_item(self, kind: str, obj) -> None:
        """One organisation, location, service or link, new or changed; RecordInvalid with field
        paths when it breaks a rule of HSDS or points at something not on the kaart."""
        self.save_items([(kind, obj)])

    def save_items(self, items: list[tuple[str, object]]) -> None:
        """Several items together (a service with its location and link): all checked first, then
        written in one transaction, so a bad one leaves every item as it was. An item may point at
        another of the same batch. RecordInvalid names the bad field as "kind.path"."""
        directory, _ = self.directory()
        known = {target: {o.id for o in getattr(directory, plural)} for target, plural in
                 (("organization", "organizations"), ("service", "services"), ("location", "locations"))}
        for kind, obj in items:
            known.setdefault(kind, set()).add(obj.id)
        errors = {}
        for kind, obj in items:
            found = check(obj)
            for field, target in _POINTS_AT.get(kind, ()):
                if getattr(obj, field) not in known[target]:
                    found[field] = ArrivalError.UNKNOWN_REFERENCE
            errors.update({(path if len(items) == 1 else f"{kind}.{path}"): code for path, code in found.items()})
        if errors:
            raise RecordInvalid(errors)
        stamp = now_stamp()
        with self._engine.begin() as conn:
            for kind, obj in items:
                self._put(conn, obj.id, item_fields(kind, obj), stamp)

    def set_municipality(self, code: str, name: str) -> None:
        with self._engine.begin() as conn:
            self._put(conn, MUNICIPALITY_ID, municipality_fields(code, name), now_stamp())

    def remove_item(self, record_id: str) -> None:
        """A tombstone: every device drops the item. Links to a removed service or location are
        removed with it, so no device is left with a link to nothing."""
        directory, _ = self.directory()
        linked = [sal.id for sal in directory.service_at_locations if record_id in (sal.service_id, sal.location_id)]
        stamp = now_stamp()
        with self._engine.begin() as conn:
            result = conn.execute(update(social_map_items).where(
                social_map_items.c.id.in_([record_id, *linked]), social_map_items.c.deleted.is_(False))
                .values(deleted=True, updated_at=stamp))
            if result.rowcount == 0:
                raise RecordNotFound(record_id)

    @staticmethod
    def _put(conn, record_id: str, fields: dict, stamp: str) -> None:
        exists = conn.execute(select(social_map_items.c.id).where(social_map_items.c.id == record_id)).first()
        if exists is None:
            conn.execute(insert(social_map_items).values(id=record_id, created_at=stamp, updated_at=stamp, **fields))
        else:
            conn.execute(update(social_map_items).where(social_map_items.c.id == record_id)
                         .values(updated_at=stamp, deleted=False, **fields))
