"""The other requests a municipality sends to DUO, each built for its operation (see domain/duo.py):

Inburgeringsaanbod.openapi.yml
- postInburgeringsaanbodByBsnAndInstellingsnummer  POST   /personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}
- deleteInburgeringsaanbodByBsnAndInstellingsnumer DELETE same path, no body (DUO spells the id so)
Contactpersoon.openapi.yml
- createContactpersoon       POST   /contactpersonen                          Contactpersoongegevens
- updateContactpersoonById   PUT    /contactpersonen/{id}                     Contactpersoongegevens
- deleteContactpersoonById   DELETE /contactpersonen/{id}
- postContactpersoonByBsn    POST   /contactpersonen/{id}/personen/{bsn}     links (replaces any link)
- deleteContactpersoonByBsn  DELETE /contactpersonen/{id}/personen/{bsn}
GevolgdeUren.openapi.yml (PUT: the total replaces what DUO holds)
- updateUrenTaallesEnKnmByBSN           /personen/{bsn}/uren/bredeintake/taallesknm
- updateUrenParticipatieactiviteiten    /personen/{bsn}/uren/participatieactiviteiten
- updateUrenParticipatieAlsTaallesByBsn /personen/{bsn}/uren/participatietaalles
Each builder refuses what DUO refuses (RecordInvalid, {field: rule}); docs/law-rules.md lists them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from domain.duo import DuoRequest, path_bsn, refuse_if_any
from domain.duo_facts import DuoFacts
from domain.errors import FieldError, RecordInvalid
from domain.law_route import LITERACY_EDUCATION, ROUTE_O, ROUTE_Z
from domain.law_term import as_date

_AANBOD_PATH = "/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}"
_AANBOD_DATES = ("enrolled_on", "course_starts_on", "course_ends_on")
_AANBOD_KEYS = {"enrolled_on": "datumInburgeringsaanbod", "course_starts_on": "verwachteStartdatumOpleiding",
                "course_ends_on": "verwachteEinddatumOpleiding"}
# Contactpersoon.openapi.yml Contactpersoongegevens.telefoonnummer, anchored as written
_PHONE = re.compile(r"^(\+|[0-9])((\s|\s?(-|\(0\))\s?)?[0-9]){2,15}([,][1-9][0-9]{1,8})?$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_NAME_MARKS = {" ", "'", "\u2018", "."}
MAX_HOURS = 9999  # GevolgdeUren.openapi.yml: uren minimum 0, maximum 9999
MAX_CONTACT_ID = 99999  # Contactpersoon.openapi.yml parameter Id: 1..99999


# --- Inburgeringsaanbod --------------------------------------------------------------------------

def _instellingsnummer(number) -> str:
    """Inburgeringsaanbod.openapi.yml parameter Instellingsnummer: exactly ten characters."""
    if not number:
        raise RecordInvalid({"instellingsnummer": FieldError.REQUIRED})
    if not isinstance(number, str) or len(number) != 10:
        raise RecordInvalid({"instellingsnummer": FieldError.INSTITUTION_NUMBER_INVALID})
    return number


def _recognised(institution: dict | None, leerroute: str | None) -> bool:
    """README-DUO "Inburgeringsaanbod": an institution DUO knows with a BoW keurmerk, or a recognised
    Taalschakelinstelling (TST) when the person follows the onderwijsroute (getInstellingen)."""
    if not institution:
        return False
    if institution.get("indicatieBowKeurmerk"):
        return True
    return leerroute == ROUTE_O and bool(institution.get("indicatieTstKeurmerk"))


def check_aanbod(offer: dict, facts: DuoFacts, institution: dict | None) -> dict[str, FieldError]:
    errors: dict[str, FieldError] = {}
    dates: dict[str, date] = {}
    for field in _AANBOD_DATES:
        if offer.get(field):
            day = as_date(offer[field])
            if day is None:
                errors[field] = FieldError.DATE_INVALID
            else:
                dates[field] = day
    literacy = offer.get("literacy_education")
    if not literacy:  # Inburgeringsaanbod schema: indicatorAlfabetiseringsonderwijs required
        errors["literacy_education"] = FieldError.REQUIRED
    elif literacy not in LITERACY_EDUCATION:
        errors["literacy_education"] = FieldError.CHOICE_INVALID
    if errors:
        return errors
    # README-DUO "Inburgeringsaanbod": for an asylum migrant (unknown doelgroep is left to DUO)
    if facts.asylum is False:
        errors["plan"] = FieldError.AANBOD_NOT_ASYLUM
    # README-DUO: the person has a PIP
    current = facts.current_pip
    if current is None:
        errors.setdefault("plan", FieldError.AANBOD_WITHOUT_PIP)
    # README-DUO: a BoW institution, or a TST one for the onderwijsroute (Wi2021 art. 16)
    if not _recognised(institution, current.leerroute if current else None):
        errors["instellingsnummer"] = FieldError.INSTITUTION_NOT_RECOGNISED
    # README-DUO: the offer's dates do not lie before the current PIP's dagtekening
    for field, day in dates.items():
        if current is not None and day < current.dated_on:
            errors[field] = FieldError.AANBOD_BEFORE_PIP
    start, end = dates.get("course_starts_on"), dates.get("course_ends_on")
    enrolled = dates.get("enrolled_on")
    # README-DUO: the course does not start before the offer's date (datumInburgeringsaanbod)
    if start and enrolled and start < enrolled:
        errors.setdefault("course_starts_on", FieldError.AANBOD_START_BEFORE_ENROLMENT)
    # schema: begin inclusive, end exclusive; an end before the start is no period
    if start and end and end < start:
        errors.setdefault("course_ends_on", FieldError.END_BEFORE_START)
    # README-DUO: start and end of the course lie within the inburgeringstermijn (end exclusive)
    term = facts.term
    if term is not None:
        if start and not term.start <= start < term.end:
            errors.setdefault("course_starts_on", FieldError.AANBOD_OUTSIDE_TERM)
        if end and not term.start <= end <= term.end:
            errors.setdefault("course_ends_on", FieldError.AANBOD_OUTSIDE_TERM)
    return errors


def aanbod_request(offer: dict, facts: DuoFacts, institution: dict | None) -> DuoRequest:
    """postInburgeringsaanbodByBsnAndInstellingsnummer. `institution` is DUO's Instelling for the
    number (from getInstellingen), or None when DUO does not list it. One offer per institution:
    DUO replaces an earlier one for the same institution."""
    bsn = path_bsn(facts)
    number = _instellingsnummer(offer.get("instellingsnummer"))
    if institution and institution.get("instellingsnummer") != number:
        raise RecordInvalid({"instellingsnummer": FieldError.INSTITUTION_NOT_RECOGNISED})
    refuse_if_any(check_aanbod(offer, facts, institution))
    body: dict = {"indicatorAlfabetiseringsonderwijs": offer["literacy_education"]}
    for field, key in _AANBOD_KEYS.items():
        if offer.get(field):
            body[key] = as_date(offer[field]).isoformat()
    return DuoRequest("postInburgeringsaanbodByBsnAndInstellingsnummer", "POST", _AANBOD_PATH,
                      {"bsn": bsn, "instellingsnummer": number}, body)


def aanbod_delete_request(instellingsnummer, facts: DuoFacts) -> DuoRequest:
    """deleteInburgeringsaanbodByBsnAndInstellingsnumer: no body, no further conditions in README-DUO."""
    bsn = path_bsn(facts)
    number = _instellingsnummer(instellingsnummer)
    return DuoRequest("deleteInburgeringsaanbodByBsnAndInstellingsnumer", "DELETE", _AANBOD_PATH,
                      {"bsn": bsn, "instellingsnummer": number}, {})


# --- Contactpersoon ------------------------------------------------------------------------------

def _name_ok(name: str) -> bool:
    """Contactpersoongegevens.naam pattern [\\s'‘.\\p{L}\\p{Pd}]: letters, spaces, ' ‘ . and dashes."""
    return all(c.isalpha() or c.isspace() or c in _NAME_MARKS or unicodedata.category(c) == "Pd" for c in name)


def check_contact(contact: dict) -> dict[str, FieldError]:
    """Contactpersoon.openapi.yml Contactpersoongegevens: naam, email, telefoonnummer all required."""
    errors: dict[str, FieldError] = {}
    for field in ("name", "email", "phone"):
        if not isinstance(contact.get(field), str) or not contact[field].strip():
            errors[field] = FieldError.REQUIRED
    if errors:
        return errors
    name, email, phone = contact["name"].strip(), contact["email"].strip(), contact["phone"].strip()
    if len(name) > 100:  # naam maxLength 100
        errors["name"] = FieldError.TOO_LONG
    elif not _name_ok(name):
        errors["name"] = FieldError.CONTACT_NAME_INVALID
    if len(email) > 241:  # email maxLength 241 (minLength 4 holds for any a@b.c)
        errors["email"] = FieldError.TOO_LONG
    elif not _EMAIL.match(email):
        errors["email"] = FieldError.EMAIL_INVALID
    if len(phone) > 22 or not _PHONE.match(phone):  # telefoonnummer maxLength 22 and pattern
        errors["phone"] = FieldError.PHONE_INVALID
    return errors


def _contact_body(contact: dict) -> dict:
    refuse_if_any(check_contact(contact))
    return {"naam": contact["name"].strip(), "email": contact["email"].strip(),
            "telefoonnummer": contact["phone"].strip()}


def _contact_id(contact_id) -> int:
    """Contactpersoon.openapi.yml parameter Id: an integer 1..99999 DUO gave on creation."""
    if contact_id is None or contact_id == "":
        raise RecordInvalid({"contact_id": FieldError.REQUIRED})
    if isinstance(contact_id, bool) or not isinstance(contact_id, int) or not 1 <= contact_id <= MAX_CONTACT_ID:
        raise RecordInvalid({"contact_id": FieldError.NUMBER_OUT_OF_RANGE})
    return contact_id


def contact_create_request(contact: dict) -> DuoRequest:
    """createContactpersoon: the municipality's new contact; DUO answers with its id."""
    return DuoRequest("createContactpersoon", "POST", "/contactpersonen", {}, _contact_body(contact))


def contact_update_request(contact_id, contact: dict) -> DuoRequest:
    """updateContactpersoonById: the whole Contactpersoongegevens replace the contact's."""
    cid = _contact_id(contact_id)
    return DuoRequest("updateContactpersoonById", "PUT", "/contactpersonen/{id}", {"id": cid},
                      _contact_body(contact))


def contact_delete_request(contact_id) -> DuoRequest:
    """deleteContactpersoonById: README-DUO, DUO also drops the contact's links to persons."""
    cid = _contact_id(contact_id)
    return DuoRequest("deleteContactpersoonById", "DELETE", "/contactpersonen/{id}", {"id": cid}, {})


def contact_link_request(contact_id, facts: DuoFacts) -> DuoRequest:
    """postContactpersoonByBsn: README-DUO, linking replaces the person's link to another contact."""
    bsn = path_bsn(facts)
    return DuoRequest("postContactpersoonByBsn", "POST", "/contactpersonen/{id}/personen/{bsn}",
                      {"id": _contact_id(contact_id), "bsn": bsn}, {})


def contact_unlink_request(contact_id, facts: DuoFacts) -> DuoRequest:
    bsn = path_bsn(facts)
    return DuoRequest("deleteContactpersoonByBsn", "DELETE", "/contactpersonen/{id}/personen/{bsn}",
                      {"id": _contact_id(contact_id), "bsn": bsn}, {})


# --- Gevolgde uren -------------------------------------------------------------------------------

def _hours(hours) -> int:
    """GevolgdeUren.openapi.yml uren: a required whole number 0..9999 (the total, not an addition)."""
    if hours is None or hours == "":
        raise RecordInvalid({"hours": FieldError.REQUIRED})
    if isinstance(hours, bool) or not isinstance(hours, int) or not 0 <= hours <= MAX_HOURS:
        raise RecordInvalid({"hours": FieldError.NUMBER_OUT_OF_RANGE})
    return hours


def _hours_request(operation: str, tail: str, hours, facts: DuoFacts) -> DuoRequest:
    bsn = path_bsn(facts)
    return DuoRequest(operation, "PUT", f"/personen/{{bsn}}/uren/{tail}", {"bsn": bsn}, {"uren": _hours(hours)})


def intake_language_hours_request(hours, facts: DuoFacts) -> DuoRequest:
    """updateUrenTaallesEnKnmByBSN: NT2 and KNM hours (with literacy) followed during the brede intake."""
    return _hours_request("updateUrenTaallesEnKnmByBSN", "bredeintake/taallesknm", hours, facts)


def participation_hours_request(hours, facts: DuoFacts) -> DuoRequest:
    """updateUrenParticipatieactiviteiten: participation activities for the Z-route of an asylum holder
    (GevolgdeUren.openapi.yml ParticipatieactiviteitenBredeIntake; Besluit inburgering 2021 art. 3.14)."""
    if facts.asylum is False:
        raise RecordInvalid({"hours": FieldError.HOURS_ONLY_ASYLUM})
    if facts.current_pip is not None and facts.current_pip.leerroute != ROUTE_Z:
        raise RecordInvalid({"hours": FieldError.PARTICIPATION_HOURS_ONLY_ZROUTE})
    return _hours_request("updateUrenParticipatieactiviteiten", "participatieactiviteiten", hours, facts)


def participation_as_language_hours_request(hours, facts: DuoFacts) -> DuoRequest:
    """updateUrenParticipatieAlsTaallesByBsn: language and KNM hours at a course institution within the
    leerroute of the PIP (GevolgdeUren.openapi.yml ParticipatieAlsTaalles): there is a PIP."""
    if facts.current_pip is None and facts.first_pip is None:
        raise RecordInvalid({"hours": FieldError.HOURS_WITHOUT_PIP})
    return _hours_request("updateUrenParticipatieAlsTaallesByBsn", "participatietaalles", hours, facts)
