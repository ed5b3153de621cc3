"""The sociale kaart as HSDS 3.0 objects: the same object and field names as Open Referral's schemas.

Each class is one HSDS object; a field named as in HSDS carries the same meaning there. Optional
fields are None when absent (export leaves them out), so what was imported exports unchanged.
Lists are tuples, so objects compare by value and cannot be changed behind a check's back.

Two Dutch additions are extension fields, exported under a `ketenplan_` prefix that no HSDS
object uses (the schemas allow extra properties):
- Organization.chain_role <-> "ketenplan_chain_role": the partner's part in the
  "landschap statushouders" (see ChainRole).
- Service.card_lines <-> "ketenplan_card_lines": {"nl": "...", "ar": "..."}, one line per language
  of "what they can do for you" for the contact card.
A tool that does not know them ignores them; importing HSDS without them leaves them empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

# metadata keys read by the HSDS codec (domain/arrival/hsds_codec.py)
KIND = "kind"  # "str" (default), "num", "map" (str -> str), "children"
CHILD = "child"  # the class name of a children field's items
HSDS_NAME = "hsds"  # the property name in HSDS JSON when it differs from the field's


def num():
    return field(default=None, metadata={KIND: "num"})


def children(class_name: str):
    return field(default=(), metadata={KIND: "children", CHILD: class_name})


class ChainRole(StrEnum):
    """A partner's part in the landschap statushouders (the chain around a new resident)."""

    GEMEENTE = "gemeente"  # klantmanager, the regie on the plan, income and inburgering
    MAATSCHAPPELIJKE_BEGELEIDING = "maatschappelijke_begeleiding"  # e.g. VluchtelingenWerk
    TAALSCHOOL = "taalschool"  # the language course and KNM
    BUDGETCOACH = "budgetcoach"  # money, ontzorgen, preventing debts
    WELZIJN = "welzijn"  # social work, activities, volunteering (e.g. Versa Welzijn)
    WERK = "werk"  # jobhunter, the MAP, work and internships
    HUISARTS = "huisarts"  # the family doctor
    GGZ = "ggz"  # mental health care
    TAALHUIS = "taalhuis"  # library and taalhuis: language practice, taalmaatjes
    BUURTHUIS = "buurthuis"  # the neighbourhood centre
    ONDERWIJS = "onderwijs"  # schools, the onderwijsroute
    ANDERS = "anders"  # any other partner


class ServiceStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    DEFUNCT = "defunct"
    TEMPORARILY_CLOSED = "temporarily closed"


class LocationType(StrEnum):
    PHYSICAL = "physical"
    POSTAL = "postal"
    VIRTUAL = "virtual"


AddressType = LocationType  # HSDS uses the same three words for addresses

WALK_IN = "walk-in"  # Schedule.attending_type of walk-in hours (HSDS leaves it free text)
APPOINTMENT = "appointment"
_WALK_IN_WORDS = {"walk-in", "walk in", "walkin", "drop-in", "drop in", "inloop", "inloopspreekuur"}
CARD_FALLBACK = "nl"  # the card's lines fall back to Dutch, like its fixed texts


@dataclass(frozen=True)
class Language:
    id: str
    name: str | None = None
    code: str | None = None  # ISO 639 (e.g. "nl", "ar", "ti", "fa")
    note: str | None = None


@dataclass(frozen=True)
class Phone:
    id: str
    number: str
    extension: float | None = num()
    type: str | None = None  # HSDS: text, voice, fax, cell, video, pager, textphone
    description: str | None = None
    languages: tuple[Language, ...] = children("Language")


@dataclass(frozen=True)
class Contact:
    id: str
    name: str | None = None
    title: str | None = None
    department: str | None = None
    email: str | None = None
    phones: tuple[Phone, ...] = children("Phone")


@dataclass(frozen=True)
class Schedule:
    """Opening hours as HSDS's iCal-like rule: e.g. freq WEEKLY, byday "MO,WE", 09:00-12:00."""

    id: str
    freq: str | None = None  # WEEKLY or MONTHLY
    byday: str | None = None
    opens_at: str | None = None  # HH:MM, local time unless it carries Z or an offset
    closes_at: str | None = None
    valid_from: str | None = None  # ISO dates
    valid_to: str | None = None
    dtstart: str | None = None
    until: str | None = None
    interval: float | None = num()
    wkst: str | None = None
    bymonthday: str | None = None
    description: str | None = None
    attending_type: str | None = None  # WALK_IN, APPOINTMENT, or another tool's free text
    notes: str | None = None

    @property
    def is_walk_in(self) -> bool:
        """Walk-in hours, also when another tool wrote "Drop-in" or "inloop" in the free text."""
        return (self.attending_type or "").strip().lower() in _WALK_IN_WORDS


@dataclass(frozen=True)
class Address:
    id: str
    address_1: str
    city: str
    state_province: str  # the province, e.g. Noord-Holland
    postal_code: str
    country: str  # ISO 3166-1 alpha-2, e.g. NL
    address_type: str  # physical, postal or virtual
    attention: str | None = None
    address_2: str | None = None
    region: str | None = None


@dataclass(frozen=True)
class ServiceArea:
    id: str
    name: str | None = None  # e.g. "Gemeente Hilversum"
    description: str | None = None
    extent: str | None = None
    extent_type: str | None = None
    uri: str | None = None


@dataclass(frozen=True)
class CostOption:
    """What a service costs; Service.fees_description says it in words (e.g. "free")."""

    id: str
    option: str | None = None
    currency: str | None = None  # ISO 4217, e.g. EUR
    amount: float | None = num()
    amount_description: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class RequiredDocument:
    """What to bring (e.g. "verblijfsdocument", "bankpas")."""

    id: str
    document: str | None = None
    uri: str | None = None


@dataclass(frozen=True)
class Location:
    id: str
    location_type: str
    organization_id: str | None = None
    name: str | None = None
    alternate_name: str | None = None
    description: str | None = None
    transportation: str | None = None
    latitude: float | None = num()  # WGS84 degrees; the card's map places markers by these
    longitude: float | None = num()
    url: str | None = None
    addresses: tuple[Address, ...] = children("Address")
    phones: tuple[Phone, ...] = children("Phone")
    schedules: tuple[Schedule, ...] = children("Schedule")
    languages: tuple[Language, ...] = children("Language")
    contacts: tuple[Contact, ...] = children("Contact")


@dataclass(frozen=True)
class ServiceAtLocation:
    """A service offered at a location, with that place's own hours and phones if they differ."""

    id: str
    service_id: str
    location_id: str
    description: str | None = None
    phones: tuple[Phone, ...] = children("Phone")
    schedules: tuple[Schedule, ...] = children("Schedule")
    contacts: tuple[Contact, ...] = children("Contact")


@dataclass(frozen=True)
class Service:
    id: str
    organization_id: str
    name: str
    status: str  # ServiceStatus
    alternate_name: str | None = None
    description: str | None = None
    url: str | None = None
    email: str | None = None
    interpretation_services: str | None = None
    application_process: str | None = None  # how to refer someone
    fees_description: str | None = None  # what it costs, in words
    wait_time: str | None = None
    eligibility_description: str | None = None  # who the service is for
    minimum_age: float | None = num()
    maximum_age: float | None = num()
    alert: str | None = None
    phones: tuple[Phone, ...] = children("Phone")
    schedules: tuple[Schedule, ...] = children("Schedule")
    service_areas: tuple[ServiceArea, ...] = children("ServiceArea")
    languages: tuple[Language, ...] = children("Language")
    cost_options: tuple[CostOption, ...] = children("CostOption")
    required_documents: tuple[RequiredDocument, ...] = children("RequiredDocument")
    contacts: tuple[Contact, ...] = children("Contact")
    card_lines: dict[str, str] = field(default_factory=dict, metadata={KIND: "map", HSDS_NAME: "ketenplan_card_lines"})

    def card_line(self, language: str) -> tuple[str, bool]:
        """(what they can do for you, True when it is not in that language): the language's line,
        else the Dutch one, else the service's description or name, never blank."""
        own = self.card_lines.get(language, "").strip()
        if own:
            return own, False
        fallback = self.card_lines.get(CARD_FALLBACK, "").strip() or (self.description or "").strip() or self.name
        return fallback, True


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    description: str  # required by HSDS; may be empty
    alternate_name: str | None = None
    email: str | None = None
    website: str | None = None
    chain_role: str | None = field(default=None, metadata={HSDS_NAME: "ketenplan_chain_role"})
    # the chain's own organisation (with accounts) this one is, if any: what a referral shares goes there
    chain_organisation_id: str | None = field(default=None, metadata={HSDS_NAME: "ketenplan_organisation_id"})
    phones: tuple[Phone, ...] = children("Phone")
    contacts: tuple[Contact, ...] = children("Contact")


@dataclass(frozen=True)
class Directory:
    """One municipality's sociale kaart."""

    municipality_code: str  # CBS gemeentecode, four digits (Hilversum: 0402)
    municipality_name: str
    organizations: tuple[Organization, ...] = ()
    services: tuple[Service, ...] = ()
    locations: tuple[Location, ...] = ()
    service_at_locations: tuple[ServiceAtLocation, ...] = ()

    def organization(self, organization_id: str) -> Organization | None:
        return next((o for o in self.organizations if o.id == organization_id), None)

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def location(self, location_id: str) -> Location | None:
        return next((loc for loc in self.locations if loc.id == location_id), None)

    def locations_of(self, service_id: str) -> tuple[Location, ...]:
        """Where a service is offered, in the order its links were made."""
        wanted = [sal.location_id for sal in self.service_at_locations if sal.service_id == service_id]
        return tuple(loc for loc_id in wanted if (loc := self.location(loc_id)) is not None)

    def partners(self, role: str) -> tuple[Organization, ...]:
        return tuple(o for o in self.organizations if o.chain_role == role)


CLASSES = {cls.__name__: cls for cls in (
    Language, Phone, Contact, Schedule, Address, ServiceArea, CostOption, RequiredDocument,
    Location, ServiceAtLocation, Service, Organization,
)}
