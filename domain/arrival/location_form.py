"""A location of the sociale kaart as a coordinator types it: name, street, postcode, city, province
and optional coordinates, made into the HSDS location an import makes (one physical address in NL).

An existing location keeps its id, its address's id and everything the form does not show.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace

from domain.arrival.checks import check
from domain.arrival.errors import ArrivalError
from domain.arrival.model import Address, Location


@dataclass(frozen=True)
class PlaceForm:
    name: str
    street: str
    postcode: str
    city: str
    province: str
    latitude: str = ""  # as typed, "52.22" or "52,22"; both empty: no coordinates
    longitude: str = ""


def postcode(text: str) -> str:
    """1211ab, 1211 AB and 1211  ab all become 1211 AB; anything else is left for the check."""
    packed = "".join(text.split()).upper()
    return f"{packed[:4]} {packed[4:]}" if len(packed) == 6 else text.strip()


def _degrees(text: str) -> tuple[float | None, bool]:
    if not text.strip():
        return None, True
    try:
        return float(text.strip().replace(",", ".")), True
    except ValueError:
        return None, False


def location_from_form(form: PlaceForm, organization_id: str,
                       held: Location | None = None) -> tuple[Location | None, dict[str, str]]:
    """(the location, problems by HSDS field path); None when there is any problem."""
    errors: dict[str, str] = {}
    latitude, lat_ok = _degrees(form.latitude)
    longitude, lon_ok = _degrees(form.longitude)
    for key, ok in (("latitude", lat_ok), ("longitude", lon_ok)):
        if not ok:
            errors[key] = ArrivalError.COORDINATES_INVALID
    fields = {"address_1": form.street.strip(), "postal_code": postcode(form.postcode), "city": form.city.strip(),
              "state_province": form.province.strip()}
    if held is not None and held.addresses:
        address = replace(held.addresses[0], **fields)
    else:
        address = Address(str(uuid.uuid4()), country="NL", address_type="physical", **fields)
    base = held or Location(str(uuid.uuid4()), "physical", organization_id=organization_id)
    location = replace(base, name=form.name.strip() or None, latitude=latitude, longitude=longitude,
                       addresses=(address, *base.addresses[1:]))
    for path, code in check(location).items():
        errors.setdefault(path, code)
    return (None, errors) if errors else (location, {})
