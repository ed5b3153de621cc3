"""Error codes of the sociale kaart and referrals that the project's FieldError does not have yet.

Both enums are string codes, so a view translates either the same way; the checks use FieldError
where a code already exists (required, email, phone, postcode, choice, too long, time, date).
"""

from enum import StrEnum


class ArrivalError(StrEnum):
    ID_INVALID = "id_invalid"  # not a UUID in its 8-4-4-4-12 form
    TYPE_INVALID = "type_invalid"  # e.g. a number where HSDS has a string
    URI_INVALID = "uri_invalid"  # not an absolute http(s)/mailto/tel address
    COORDINATES_INVALID = "coordinates_invalid"  # out of range, or only one of the pair
    LANGUAGE_CODE_INVALID = "language_code_invalid"  # not like "nl", "ti" or "fa-AF"
    COUNTRY_INVALID = "country_invalid"  # not an ISO 3166-1 alpha-2 code
    CURRENCY_INVALID = "currency_invalid"  # not an ISO 4217 code
    DAY_INVALID = "day_invalid"  # byday/wkst not iCal days (MO..SU)
    DUPLICATE_ID = "duplicate_id"  # the same id twice in one directory
    UNKNOWN_REFERENCE = "unknown_reference"  # points at an organisation/service/location not there
    CONSENT_MISSING = "consent_missing"  # sharing data without recorded consent
    CONSENT_AFTER_REFERRAL = "consent_after_referral"
    NOT_SHAREABLE = "not_shareable"  # health data never travels with a referral
