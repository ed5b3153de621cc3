"""Finding services on the sociale kaart: by need (the organisation's part in the chain), by a
language spoken, and by free text over what a worker would type (name, organisation, what it is
for, who it is for, the address). Pure functions of the domain's Directory: no Qt, no database."""

from __future__ import annotations

from dataclasses import dataclass

from domain.arrival.model import Directory, Service


@dataclass(frozen=True)
class KaartQuery:
    text: str = ""
    need: str | None = None  # a ChainRole value
    language: str | None = None  # a language code, e.g. "ar"


def need_of(directory: Directory, service: Service) -> str | None:
    org = directory.organization(service.organization_id)
    return org.chain_role if org else None


def languages_of(service: Service) -> set[str]:
    """The codes of the languages spoken at the service (its phones' too)."""
    codes = {lang.code for lang in service.languages if lang.code}
    codes |= {lang.code for phone in service.phones for lang in phone.languages if lang.code}
    return {code.split("-")[0].lower() for code in codes}


def _haystack(directory: Directory, service: Service) -> str:
    org = directory.organization(service.organization_id)
    places = [part for loc in directory.locations_of(service.id)
              for part in (loc.name or "", *(f"{a.address_1} {a.postal_code} {a.city}" for a in loc.addresses))]
    words = [service.name, service.alternate_name or "", service.description or "",
             service.eligibility_description or "", org.name if org else "", *places,
             *service.card_lines.values()]
    return " ".join(words).casefold()


def find_services(directory: Directory, query: KaartQuery) -> list[Service]:
    """The services matching every part of the query, active ones first, then by name."""
    words = query.text.casefold().split()
    found = []
    for service in directory.services:
        if query.need and need_of(directory, service) != query.need:
            continue
        if query.language and query.language not in languages_of(service):
            continue
        if words:
            haystack = _haystack(directory, service)
            if not all(word in haystack for word in words):
                continue
        found.append(service)
    return sorted(found, key=lambda s: (s.status != "active", s.name.casefold()))


def spoken_languages(directory: Directory) -> list[str]:
    """Every language code some service speaks, sorted."""
    return sorted({code for service in directory.services for code in languages_of(service)})
