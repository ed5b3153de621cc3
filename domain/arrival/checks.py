"""What makes a sociale kaart object acceptable: one code per field path, empty when it is.

Paths name the field as HSDS does, with list positions: "phones[0].number". The rules follow the
HSDS 3.0 schemas (uuid ids, uri, email, the enums) and add what a Dutch directory needs
(a Dutch postcode for an address in NL, coordinates in range, opening hours that make sense).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import fields
from datetime import date
from urllib.parse import urlsplit

from domain.arrival.errors import ArrivalError
from domain.arrival.model import KIND, ChainRole, LocationType, ServiceStatus
from domain.client import PHONE_PATTERN
from domain.errors import FieldError

MAX_NAME = 300
MAX_CARD_LINE = 200  # one line on a credit-card-sized panel
MAX_TEXT = 5000
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # BCP 47 as used here: nl, ti, fa-AF
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
POSTCODE_NL = re.compile(r"^[1-9]\d{3} ?[A-Za-z]{2}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
CURRENCY = re.compile(r"^[A-Za-z]{3}$")  # ISO 4217; Open Referral UK writes "gbp"
CLOCK = re.compile(r"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$")
DAY = re.compile(r"^[+-]?\d{0,2}(MO|TU|WE|TH|FR|SA|SU)$")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
FREQS = ("WEEKLY", "MONTHLY")
URI_SCHEMES = ("http", "https", "mailto", "tel")


def is_uuid(value: str) -> bool:
    """The 8-4-4-4-12 form HSDS's format "uuid" asks for (any case)."""
    if len(value) != 36 or any(value[i] != "-" for i in (8, 13, 18, 23)):
        return False
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def is_uri(value: str) -> bool:
    parts = urlsplit(value)
    if parts.scheme in ("http", "https"):
        return bool(parts.netloc) and " " not in value
    return parts.scheme in URI_SCHEMES and bool(parts.path) and " " not in value


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _clock_minutes(value: str) -> int | None:
    """Seconds since midnight of a plain local HH:MM, None when it has a zone (not comparable)."""
    if len(value) not in (5, 8):
        return None
    return int(value[:2]) * 3600 + int(value[3:5]) * 60 + (int(value[6:]) if len(value) == 8 else 0)


def _text(errors: dict, path: str, value: str | None, required=False, limit=MAX_TEXT):
    if value is None or not value.strip():
        if required:
            errors[path] = FieldError.REQUIRED
    elif len(value) > limit:
        errors[path] = FieldError.TOO_LONG


def _uri(errors: dict, path: str, value: str | None):
    if value is not None and not is_uri(value):
        errors[path] = ArrivalError.URI_INVALID


def _email(errors: dict, path: str, value: str | None):
    if value is not None and not EMAIL.match(value):
        errors[path] = FieldError.EMAIL_INVALID


def _choice(errors: dict, path: str, value: str | None, choices):
    if value is not None and value not in set(choices):
        errors[path] = FieldError.CHOICE_INVALID


def _period(errors: dict, at: str, start: str | None, end: str | None):
    """valid_from/valid_to style pair: real ISO dates, the end not before the start."""
    first, last = _date(start), _date(end)
    if start is not None and first is None:
        errors[f"{at}valid_from"] = FieldError.DATE_INVALID
    if end is not None and last is None:
        errors[f"{at}valid_to"] = FieldError.DATE_INVALID
    if first and last and last < first:
        errors[f"{at}valid_to"] = FieldError.END_BEFORE_START


def _check_language(obj, at: str, errors: dict):
    if obj.code is None and (obj.name is None or not obj.name.strip()):
        errors[f"{at}code"] = FieldError.REQUIRED
    if obj.code is not None and not LANGUAGE_CODE.match(obj.code):
        errors[f"{at}code"] = ArrivalError.LANGUAGE_CODE_INVALID
    _text(errors, f"{at}name", obj.name, limit=MAX_NAME)


def _check_phone(obj, at: str, errors: dict):
    if not obj.number.strip():
        errors[f"{at}number"] = FieldError.REQUIRED
    elif not PHONE_PATTERN.match(obj.number):
        errors[f"{at}number"] = FieldError.PHONE_INVALID
    if obj.extension is not None and (obj.extension < 0 or obj.extension != int(obj.extension)):
        errors[f"{at}extension"] = FieldError.NUMBER_OUT_OF_RANGE


def _check_contact(obj, at: str, errors: dict):
    _text(errors, f"{at}name", obj.name, limit=MAX_NAME)
    _email(errors, f"{at}email", obj.email)


def _check_schedule(obj, at: str, errors: dict):
    _choice(errors, f"{at}freq", obj.freq, FREQS)
    if obj.wkst is not None and obj.wkst not in DAYS:
        errors[f"{at}wkst"] = ArrivalError.DAY_INVALID
    if obj.byday is not None and not all(DAY.match(day.strip()) for day in obj.byday.split(",")):
        errors[f"{at}byday"] = ArrivalError.DAY_INVALID
    for key in ("opens_at", "closes_at"):
        value = getattr(obj, key)
        if value is not None and not CLOCK.match(value):
            errors[f"{at}{key}"] = FieldError.TIME_INVALID
    if f"{at}opens_at" not in errors and f"{at}closes_at" not in errors and obj.opens_at and obj.closes_at:
        opens, closes = _clock_minutes(obj.opens_at), _clock_minutes(obj.closes_at)
        if opens is not None and closes is not None and closes <= opens:
            errors[f"{at}closes_at"] = FieldError.END_BEFORE_START
    _period(errors, at, obj.valid_from, obj.valid_to)
    if obj.interval is not None and (obj.interval < 1 or obj.interval != int(obj.interval)):
        errors[f"{at}interval"] = FieldError.NUMBER_OUT_OF_RANGE


def _check_address(obj, at: str, errors: dict):
    for key in ("address_1", "city", "state_province", "postal_code", "country"):
        _text(errors, f"{at}{key}", getattr(obj, key), required=True, limit=MAX_NAME)
    if obj.country.strip() and not COUNTRY.match(obj.country):
        errors[f"{at}country"] = ArrivalError.COUNTRY_INVALID
    if obj.country == "NL" and obj.postal_code.strip() and not POSTCODE_NL.match(obj.postal_code):
        errors[f"{at}postal_code"] = FieldError.POSTCODE_INVALID
    _choice(errors, f"{at}address_type", obj.address_type, LocationType)


def _check_service_area(obj, at: str, errors: dict):
    _text(errors, f"{at}name", obj.name, limit=MAX_NAME)


def _check_cost_option(obj, at: str, errors: dict):
    if obj.currency is not None and not CURRENCY.match(obj.currency):
        errors[f"{at}currency"] = ArrivalError.CURRENCY_INVALID
    if obj.amount is not None and obj.amount < 0:
        errors[f"{at}amount"] = FieldError.NUMBER_OUT_OF_RANGE
    _period(errors, at, obj.valid_from, obj.valid_to)


def _check_required_document(obj, at: str, errors: dict):
    _text(errors, f"{at}document", obj.document, required=True, limit=MAX_NAME)
    _uri(errors, f"{at}uri", obj.uri)


def _check_location(obj, at: str, errors: dict):
    _choice(errors, f"{at}location_type", obj.location_type, LocationType)
    _text(errors, f"{at}name", obj.name, limit=MAX_NAME)
    _uri(errors, f"{at}url", obj.url)
    if (obj.latitude is None) != (obj.longitude is None):
        errors[f"{at}{'longitude' if obj.longitude is None else 'latitude'}"] = ArrivalError.COORDINATES_INVALID
    if obj.latitude is not None and not -90 <= obj.latitude <= 90:
        errors[f"{at}latitude"] = ArrivalError.COORDINATES_INVALID
    if obj.longitude is not None and not -180 <= obj.longitude <= 180:
        errors[f"{at}longitude"] = ArrivalError.COORDINATES_INVALID


def _check_service_at_location(obj, at: str, errors: dict):
    _text(errors, f"{at}description", obj.description)


def _check_service(obj, at: str, errors: dict):
    _text(errors, f"{at}name", obj.name, required=True, limit=MAX_NAME)
    _choice(errors, f"{at}status", obj.status, ServiceStatus)
    _uri(errors, f"{at}url", obj.url)
    _email(errors, f"{at}email", obj.email)
    for key in ("description", "application_process", "eligibility_description", "fees_description"):
        _text(errors, f"{at}{key}", getattr(obj, key))
    for key in ("minimum_age", "maximum_age"):
        value = getattr(obj, key)
        if value is not None and not 0 <= value <= 130:
            errors[f"{at}{key}"] = FieldError.NUMBER_OUT_OF_RANGE
    if obj.minimum_age is not None and obj.maximum_age is not None and obj.maximum_age < obj.minimum_age:
        errors.setdefault(f"{at}maximum_age", FieldError.END_BEFORE_START)
    for code, line in obj.card_lines.items():
        where = f"{at}ketenplan_card_lines.{code}"
        if not LANGUAGE_CODE.match(code):  # the path names no key that is not a language code
            errors[f"{at}ketenplan_card_lines"] = ArrivalError.LANGUAGE_CODE_INVALID
        elif not line.strip():
            errors[where] = FieldError.REQUIRED
        elif len(line) > MAX_CARD_LINE or "\n" in line:
            errors[where] = FieldError.TOO_LONG


def _check_organization(obj, at: str, errors: dict):
    _text(errors, f"{at}name", obj.name, required=True, limit=MAX_NAME)
    _text(errors, f"{at}description", obj.description)
    _email(errors, f"{at}email", obj.email)
    _uri(errors, f"{at}website", obj.website)
    _choice(errors, f"{at}ketenplan_chain_role", obj.chain_role, ChainRole)


_RULES = {
    "Language": _check_language, "Phone": _check_phone, "Contact": _check_contact,
    "Schedule": _check_schedule, "Address": _check_address, "ServiceArea": _check_service_area,
    "CostOption": _check_cost_option, "RequiredDocument": _check_required_document,
    "Location": _check_location, "ServiceAtLocation": _check_service_at_location,
    "Service": _check_service, "Organization": _check_organization,
}
# the ids an object holds of other objects: checked as UUIDs like its own
_REFERENCES = {"Location": ("organization_id",), "Service": ("organization_id",),
               "Organization": ("chain_organisation_id",),
               "ServiceAtLocation": ("service_id", "location_id")}


def check(obj, path: str = "") -> dict[str, str]:
    """Every problem of obj and what it holds, by field path (prefixed with path)."""
    at = f"{path}." if path else ""
    errors: dict[str, str] = {}
    name = type(obj).__name__
    for key in ("id", *_REFERENCES.get(name, ())):
        value = getattr(obj, key)
        if value is not None and not is_uuid(value):
            errors[f"{at}{key}"] = ArrivalError.ID_INVALID
    _RULES[name](obj, at, errors)
    for f in fields(obj):
        if f.metadata.get(KIND) == "children":
            for index, child in enumerate(getattr(obj, f.name)):
                errors.update(check(child, f"{at}{f.name}[{index}]"))
    return errors
