"""The client file of a statushouder: the fields, their choices and their rules."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

from domain.bsn import is_valid_bsn, normalise_bsn
from domain.errors import FieldError


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "V"
    OTHER = "X"


class Stage(StrEnum):
    """Where a person stands on the route (the ketenaanpak), in route order."""

    KOPPELING = "koppeling"
    OVERDRACHT = "overdracht"
    INTAKE = "intake"
    PLAN = "plan"
    GEVESTIGD = "gevestigd"
    ZELFSTANDIG = "zelfstandig"


# What is recorded about a person's route, as the facts the stage follows from.
HANDOVER_STARTED = "handover_started"  # a handover with COA is on file (any state)
HANDOVER_DONE = "handover_done"
INTAKE_STARTED = "intake_started"
INTAKE_DONE = "intake_done"
PLAN_STARTED = "plan_started"  # a plan is on file (made from the intake)
PLAN_AGREED = "plan_agreed"  # at least one agreed version
HOUSED = "housed"  # the vestiging date has come
INDEPENDENT = "independent"  # the worker recorded that guidance ended (stored stage "zelfstandig")
ROUTE_FACTS = (HANDOVER_STARTED, HANDOVER_DONE, INTAKE_STARTED, INTAKE_DONE, PLAN_STARTED, PLAN_AGREED,
               HOUSED, INDEPENDENT)

# The one rule: the first line whose facts all hold gives the stage; none: koppeling.
# The store turns the same lines into SQL (desktop/store/client_stage.py), so lists, filters and
# counts agree with stage_of. A later step counts even when an earlier one was never recorded
# (people settled before the chain kept records here).
STAGE_RULE: tuple[tuple[Stage, tuple[str, ...]], ...] = (
    (Stage.ZELFSTANDIG, (INDEPENDENT, HOUSED)),
    (Stage.GEVESTIGD, (HOUSED,)),
    (Stage.PLAN, (PLAN_AGREED,)),
    (Stage.PLAN, (PLAN_STARTED,)),
    (Stage.INTAKE, (INTAKE_DONE,)),
    (Stage.INTAKE, (INTAKE_STARTED,)),
    (Stage.INTAKE, (HANDOVER_DONE,)),
    (Stage.OVERDRACHT, (HANDOVER_STARTED,)),
)


def stage_of(facts) -> Stage:
    """Where a person stands, from what is recorded: an iterable of ROUTE_FACTS."""
    held = frozenset(facts)
    unknown = held - set(ROUTE_FACTS)
    if unknown:
        raise ValueError(f"unknown route facts: {sorted(unknown)}")
    for stage, needed in STAGE_RULE:
        if held.issuperset(needed):
            return stage
    return Stage.KOPPELING


class HouseholdRole(StrEnum):
    MAIN = "hoofdpersoon"
    PARTNER = "partner"
    CHILD = "kind"
    OTHER = "overig"


# Countries of origin most seen among statushouders (ISO 3166-1 alpha-2).
ORIGINS = ("SY", "ER", "AF", "TR", "YE", "IR", "IQ", "SO", "SD", "ET", "UA", "OTHER")

# Languages of the conversation (ISO 639-1; "prs" Dari and "ti" Tigrinya have no shorter code).
LANGUAGES = ("ar", "ti", "prs", "ps", "fa", "tr", "ku", "so", "am", "uk", "en", "fr", "nl")

TEXT_FIELDS = (
    "given_names", "family_name", "given_names_usual", "family_name_usual",
    "v_number", "bsn", "phone", "email",
    "address_street", "address_postcode", "address_city", "azc_location",
    "interpreter_language", "notes",
)
DATE_FIELDS = ("date_of_birth", "koppeling_date", "vestiging_date")
CLIENT_FIELDS = (
    *TEXT_FIELDS, *DATE_FIELDS,
    "sex", "country_of_origin", "languages", "interpreter_needed",
    "stage", "household_id", "household_role",
    "klantmanager_id", "begeleider_id", "partner_org_ids",
)
MAX_TEXT = {"notes": 4000}
DEFAULT_MAX_TEXT = 200

_V_NUMBER = re.compile(r"^\d{10}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE_PATTERN = re.compile(r"^\+?[\d ()-]{6,20}$")
_POSTCODE = re.compile(r"^[1-9]\d{3} ?[A-Za-z]{2}$")


def empty_client() -> dict:
    record: dict = {f: "" for f in TEXT_FIELDS}
    record.update({f: None for f in DATE_FIELDS})
    record.update(
        sex=None, country_of_origin=None, languages=[], interpreter_needed=False,
        stage=Stage.KOPPELING.value, household_id=None, household_role=HouseholdRole.MAIN.value,
        klantmanager_id=None, begeleider_id=None, partner_org_ids=[],
    )
    return record


def normalise_client(fields: dict) -> dict:
    """Tidy what was typed: trim text, compact the BSN and V-nummer, upper-case postcodes."""
    out = dict(fields)
    for name in TEXT_FIELDS:
        if name in out and isinstance(out[name], str):
            out[name] = out[name].strip()
    if out.get("bsn"):
        out["bsn"] = normalise_bsn(out["bsn"])
    if out.get("v_number"):
        out["v_number"] = re.sub(r"[\s.-]", "", out["v_number"])
    if out.get("address_postcode"):
        pc = out["address_postcode"].replace(" ", "").upper()
        out["address_postcode"] = f"{pc[:4]} {pc[4:]}" if len(pc) == 6 else pc
    return out


def _parse_date(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def validate_client(record: dict, today: date | None = None) -> dict[str, FieldError]:
    """Check a whole client record. Returns field -> error; empty when the record may be saved."""
    today = today or date.today()
    errors: dict[str, FieldError] = {}

    for name in ("given_names", "family_name"):
        if not (record.get(name) or "").strip():
            errors[name] = FieldError.REQUIRED
    for name in TEXT_FIELDS:
        value = record.get(name) or ""
        if len(value) > MAX_TEXT.get(name, DEFAULT_MAX_TEXT):
            errors[name] = FieldError.TOO_LONG

    if record.get("bsn") and not is_valid_bsn(record["bsn"]):
        errors["bsn"] = FieldError.BSN_INVALID
    if record.get("v_number") and not _V_NUMBER.match(record["v_number"]):
        errors["v_number"] = FieldError.V_NUMBER_INVALID
    if record.get("email") and not _EMAIL.match(record["email"]):
        errors["email"] = FieldError.EMAIL_INVALID
    if record.get("phone") and not PHONE_PATTERN.match(record["phone"]):
        errors["phone"] = FieldError.PHONE_INVALID
    if record.get("address_postcode") and not _POSTCODE.match(record["address_postcode"]):
        errors["address_postcode"] = FieldError.POSTCODE_INVALID

    for name, allowed in (
        ("sex", {s.value for s in Sex}),
        ("stage", {s.value for s in Stage}),
        ("household_role", {r.value for r in HouseholdRole}),
        ("country_of_origin", set(ORIGINS)),
    ):
        value = record.get(name)
        if value not in (None, "") and value not in allowed:
            errors[name] = FieldError.CHOICE_INVALID
    if any(code not in LANGUAGES for code in record.get("languages") or []):
        errors["languages"] = FieldError.CHOICE_INVALID
    if record.get("interpreter_language") and record["interpreter_language"] not in LANGUAGES:
        errors["interpreter_language"] = FieldError.CHOICE_INVALID

    dates: dict[str, date | None] = {}
    for name in DATE_FIELDS:
        try:
            dates[name] = _parse_date(record.get(name))
        except ValueError:
            errors[name] = FieldError.DATE_INVALID
            continue
        if dates[name] and dates[name] > today and name != "vestiging_date":
            errors[name] = FieldError.DATE_IN_FUTURE
    born = dates.get("date_of_birth")
    for name in ("koppeling_date", "vestiging_date"):
        if born and dates.get(name) and dates[name] < born and name not in errors:
            errors[name] = FieldError.DATE_BEFORE_BIRTH
    kop, ves = dates.get("koppeling_date"), dates.get("vestiging_date")
    if kop and ves and ves < kop and "vestiging_date" not in errors:
        errors["vestiging_date"] = FieldError.VESTIGING_BEFORE_KOPPELING
    return errors


def display_name(record: dict) -> str:
    """The name as usually written, falling back to the name on the permit."""
    given = record.get("given_names_usual") or record.get("given_names") or ""
    family = record.get("family_name_usual") or record.get("family_name") or ""
    return f"{given} {family}".strip()
