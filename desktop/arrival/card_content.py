"""What goes on one person's contact card: their contacts and services, in their language and Dutch.

Pure data, no Qt and no database: card_source.py reads the file, the layouts draw the Card.
A contact is a place in the sociale kaart (name, phone, e-mail, hours, address, coordinates and
one line of what they can do for you); the klantmanager and begeleider are named on theirs.
The store's partner organisations are matched to the sociale kaart by name, else by their part
in the chain (a store's "jobhunter" is the kaart's "werk"), so the card shows the local place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.arrival.card_texts import CardTexts, available_languages, load_card_texts
from domain.arrival.model import ChainRole, Directory, Service

DUTCH = "nl"
FALLBACK_LANGUAGE = "en"  # Dutch and English when the card has none of the person's languages
KIND_TO_ROLE = {"jobhunter": ChainRole.WERK.value}  # store organisation kinds that differ
ROLE_ORDER = ("gemeente", "maatschappelijke_begeleiding", "taalschool", "huisarts", "budgetcoach",
              "werk", "welzijn", "taalhuis", "buurthuis", "ggz", "onderwijs", "anders")


@dataclass(frozen=True)
class Worker:
    name: str
    email: str = ""
    organisation_name: str = ""
    organisation_kind: str = ""


@dataclass(frozen=True)
class PersonFile:
    """The part of a client file the card uses; nothing else of the file is read."""

    client_id: str
    name: str
    languages: tuple[str, ...] = ()
    klantmanager: Worker | None = None
    begeleider: Worker | None = None
    partners: tuple[tuple[str, str], ...] = ()  # (organisation name, kind): partners and plan actions
    referred_service_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hours:
    days: tuple[str, ...]  # MO, TU, ...
    opens: str
    closes: str
    walk_in: bool


@dataclass(frozen=True)
class CardEntry:
    number: int
    name: str  # the organisation
    service: str
    person: str  # the named worker, or ""
    role_key: str  # a card text key, or ""
    line_own: str
    line_nl: str
    phone: str
    email: str
    hours: tuple[Hours, ...]
    address: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class Card:
    client_id: str
    person_name: str
    language: str
    texts: CardTexts
    dutch: CardTexts
    municipality: str
    entries: tuple[CardEntry, ...] = field(default=())

    @property
    def bilingual(self) -> bool:
        return self.language != DUTCH


def card_language(languages: tuple[str, ...] | list[str], folder=None) -> str:
    """The first of the person's languages the card has texts for; else English (beside Dutch)."""
    known = set(available_languages(folder) if folder else available_languages())
    for code in languages:
        if code in known and code != DUTCH:
            return code
    return DUTCH if DUTCH in languages and FALLBACK_LANGUAGE not in languages else FALLBACK_LANGUAGE


def _role_of(kind: str) -> str:
    return KIND_TO_ROLE.get(kind, kind)


def _service_of(directory: Directory, org_name: str, kind: str) -> Service | None:
    org = next((o for o in directory.organizations if o.name == org_name), None)
    if org is None:
        org = next(iter(directory.partners(_role_of(kind))), None)
    if org is None:
        return None
    return next((s for s in directory.services if s.organization_id == org.id and s.status == "active"), None)


def _entry(number: int, directory: Directory, service: Service, language: str,
           worker: Worker | None = None, role_key: str = "") -> CardEntry:
    org = directory.organization(service.organization_id)
    locations = directory.locations_of(service.id)
    place = next((loc for loc in locations if loc.latitude is not None), locations[0] if locations else None)
    address = ""
    if place and place.addresses:
        a = place.addresses[0]
        address = f"{a.address_1}, {a.postal_code} {a.city}"
    phones = service.phones or (org.phones if org else ())
    hours = tuple(
        Hours(tuple(d.strip() for d in (s.byday or "").split(",") if d.strip()), s.opens_at or "",
              s.closes_at or "", s.is_walk_in)
        for s in service.schedules if s.opens_at and s.closes_at
    )
    return CardEntry(
        number=number, name=org.name if org else service.name, service=service.name,
        person=worker.name if worker else "", role_key=role_key,
        line_own=service.card_line(language)[0], line_nl=service.card_line(DUTCH)[0],
        phone=phones[0].number if phones else "",
        email=(worker.email if worker and worker.email else service.email or (org.email if org else "") or ""),
        hours=hours, address=address,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
    )


def build_card(person: PersonFile, directory: Directory, language: str | None = None,
               lang_folder=None) -> Card:
    """The card for one person; language None: the person's own (card_language)."""
    language = language or card_language(person.languages, lang_folder)
    load = (lambda code: load_card_texts(code, lang_folder)) if lang_folder else load_card_texts
    services: list[tuple[Service, Worker | None, str]] = []

    def add(service: Service | None, worker: Worker | None = None, role_key: str = "") -> None:
        if service is not None and all(s.id != service.id for s, _, _ in services):
            services.append((service, worker, role_key))

    km, bg = person.klantmanager, person.begeleider
    add(_service_of(directory, km.organisation_name if km else "", km.organisation_kind if km else "gemeente")
        or _service_of(directory, "", "gemeente"), km, "role_klantmanager" if km else "")
    if bg:
        add(_service_of(directory, bg.organisation_name, bg.organisation_kind or
                        "maatschappelijke_begeleiding"), bg, "role_begeleider")
    partners = sorted(person.partners, key=lambda p: _rank(_role_of(p[1])))
    for name, kind in partners:
        add(_service_of(directory, name, kind))
    for service_id in person.referred_service_ids:
        add(directory.service(service_id))
    entries = tuple(_entry(n, directory, s, language, w, r) for n, (s, w, r) in enumerate(services, start=1))
    return Card(person.client_id, person.name, language, load(language), load(DUTCH),
                directory.municipality_name, entries)


def _rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)
