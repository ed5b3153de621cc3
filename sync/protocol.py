"""The wire protocol between the desktop and the server: message shapes and the version.

JSON over HTTPS, gzip-compressed bodies both ways. Every request carries the header
`X-Ketenplan-Protocol`; a server that cannot speak it answers 426 with a sentence for
the user. Records travel as plain field dicts: the server stores them per entity
without knowing every column, so a new field in a later desktop needs no server change.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, Field, PrivateAttr, ValidationError, model_validator

from sync.limits import (
    ENTITY_LENGTH,
    ID_LENGTH,
    OP_ID_LENGTH,
    STAMP_LENGTH,
    Unfit,
    check_record,
    moment_problem,
    record_problem,
)

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Ketenplan-Protocol"
API = "/api/v1"
PUSH_BATCH = 200  # operations per push request
PULL_PAGE = 1000  # changes per pull page: a first sync commits once per page
# What the server's databases keep: text without NUL (PostgreSQL refuses it), and integers
# (cursors, offsets) of 64 bits. A request beyond them is refused rather than failing in the database.
TEXT_WITHOUT_NUL = r"^[^\x00]*$"
MAX_INT64 = 2**63 - 1

Op = Literal["insert", "update", "delete"]
OpStatus = Literal["applied", "conflict", "rejected"]


class LoginRequest(BaseModel):
    username: str = Field(min_length=1, max_length=200, pattern=TEXT_WITHOUT_NUL)
    password: str = Field(min_length=1, max_length=500)  # only hashed: any character will do
    device_name: str = Field(min_length=1, max_length=200, pattern=TEXT_WITHOUT_NUL)


class Account(BaseModel):
    user_id: str
    username: str
    display_name: str
    role: str  # klantmanager, begeleider, partner, coordinator, administrator
    organisation_id: str | None
    tenant_id: str
    worker_id: str | None  # the user's record in the synced directory (workers table)


class LoginResponse(BaseModel):
    device_id: str
    token: str
    account: Account


def _fitting_base(fields: dict[str, Any] | None) -> dict[str, Any] | None:
    return check_record(fields, "The record as it was")


def _made_then(created_at: str) -> str:
    problem = moment_problem(created_at, "The moment the change was made")
    if problem is not None:
        raise Unfit(problem)
    return created_at


# Within the limits every side holds (sync/limits.py): an operation beyond them does not read as
# an Operation, so the server refuses it alone with the reason and a device never sends it.
FittingRecord = Annotated[dict[str, Any] | None, AfterValidator(check_record)]
FittingBase = Annotated[dict[str, Any] | None, AfterValidator(_fitting_base)]


class Operation(BaseModel):
    """One outbox entry: what this device did to one record."""

    op_id: str = Field(min_length=1, max_length=OP_ID_LENGTH)  # the server remembers it: a retry applies once
    entity: str = Field(min_length=1, max_length=ENTITY_LENGTH)
    record_id: str = Field(min_length=1, max_length=ID_LENGTH)
    op: Op
    base: FittingBase = None  # the record as this device last had it from the server
    fields: FittingRecord = None  # the record now (None for a delete)
    author_id: str | None = Field(None, max_length=ID_LENGTH)
    created_at: Annotated[str, Field(max_length=STAMP_LENGTH), AfterValidator(_made_then)]


class PushRequest(BaseModel):
    ops: list[Operation] = Field(max_length=PUSH_BATCH)


class FieldConflict(BaseModel):
    field: str
    base: Any = None
    mine: Any = None  # this device's value
    theirs: Any = None  # the value the server kept


class OpResult(BaseModel):
    op_id: str
    status: OpStatus
    version: int | None = None  # the record's version after this op (applied or conflict)
    record: dict[str, Any] | None = None  # the merged record as the server now holds it
    conflicts: list[FieldConflict] = []
    reason: str | None = None  # why it was rejected, for the user
    # Rejected only for now (the server's database failed on it; nothing kept, not remembered):
    # the device sends it again under the same id instead of setting it aside.
    retry: bool = False


class PushResponse(BaseModel):
    results: list[OpResult]


class Change(BaseModel):
    seq: int
    entity: str
    record_id: str
    version: int
    deleted: bool
    # None when the device must drop the record (see drop). Within the limits: a change beyond them
    # does not read as a Change, so a reader taking a page record by record sets it aside alone.
    fields: FittingRecord


def _int_or_zero(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class UnfitChange(BaseModel):
    """A pulled change this version cannot apply (beyond sync/limits.py: a record stored before the
    server checked them): set aside with the reason, so one record never stops the rest of a page."""

    seq: int
    entity: str
    record_id: str
    reason: str


class PullResponse(BaseModel):
    changes: list[Change]
    # The seq to ask after next time. It moves back when the device's scope changed: by one, so that
    # the next cursor shows the change was applied, or to 0 when more records came into scope than
    # one answer carries (docs/decisions/0011-who-sees-what.md).
    cursor: int
    more: bool
    head: int | None = None  # the tenant's newest seq now: how far a long first pull has come
    # Records this device may no longer hold (consent withdrawn, moved away): delete locally.
    drop: list[tuple[str, str]] = []  # (entity, record_id)
    # Filled as the device reads the page, never sent: the changes taken out of `changes` because
    # they are beyond the limits every device applies (see `unfit`).
    _unfit: list[UnfitChange] = PrivateAttr(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _set_aside_unfit(cls, data: Any, handler: Any) -> PullResponse:
        """The changes beyond the limits leave the page before it is read, into `unfit`."""
        unfit: list[UnfitChange] = []
        if isinstance(data, dict) and isinstance(data.get("changes"), list):
            fitting = []
            for item in data["changes"]:
                fields = item.get("fields") if isinstance(item, dict) else None
                problem = record_problem(fields) if isinstance(fields, dict) else None
                if problem is None:
                    fitting.append(item)
                else:
                    unfit.append(UnfitChange(seq=_int_or_zero(item.get("seq")), entity=str(item.get("entity")),
                                             record_id=str(item.get("record_id")), reason=problem))
            data = {**data, "changes": fitting}
        page = handler(data)
        page._unfit = unfit
        return page

    @classmethod
    def model_validate_json(cls, json_data: str | bytes | bytearray, **options: Any) -> PullResponse:
        """As pydantic reads it; a page its parser refuses for nesting alone (past 200 levels: a
        record stored before the limits) is read with Python's, which takes about 1,000, so that
        the one record is set aside instead of the page refused."""
        try:
            return super().model_validate_json(json_data, **options)
        except ValidationError as exc:
            first = exc.errors()[0] if exc.errors() else {}
            if first.get("type") != "json_invalid" or "recursion" not in str(first.get("msg", "")):
                raise
            try:
                data = json.loads(json_data)
            except (ValueError, RecursionError):
                raise exc from None
            return cls.model_validate(data, **options)

    @property
    def unfit(self) -> list[UnfitChange]:
        """The changes of this page set aside as beyond the limits, each with its reason."""
        return self._unfit


class Problem(BaseModel):
    """Every 4xx body: a sentence for the user, and a code for the program."""

    detail: str
    code: str


# -- the audit log (GET {API}/audit: coordinators and administrators) ----------------------------
AUDIT_PAGE = 100  # lines per audit page, unless asked otherwise
AUDIT_PAGE_MAX = 500
AUDIT_ACTIONS = ("read", "insert", "update", "delete", "conflict", "refused", "account", "setting")


class AuditEntry(BaseModel):
    """One line of the audit log: a change a device sent (applied, in conflict or refused), or the
    records of one client that one pull page handed out."""

    at: str  # when the server handled it (UTC stamp)
    made_at: str | None = None  # a change: when it was made on the device (earlier, if made offline)
    action: str  # one of AUDIT_ACTIONS; a later server may add others
    user_id: str | None = None
    user_name: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    worker_id: str | None = None  # who made the change (as the device said), or who read
    client_id: str | None = None
    entity: str | None = None  # a change: its record
    record_id: str | None = None
    records: list[tuple[str, str]] = []  # a read: (entity, record_id) of each record handed out
    fields: list[str] = []  # names of the fields the change set, never their values
    conflicts: list[str] = []  # of those, the ones that kept the server's value
    reason: str | None = None  # why it was refused
    op_id: str | None = None


class AuditPage(BaseModel):
    entries: list[AuditEntry]  # newest first
    more: bool  # more lines match: ask again with offset + len(entries)


# -- the tenant's devices (GET {API}/devices: administrators) -------------------------------------
class DeviceInfo(BaseModel):
    """One signed-in device of the tenant, as GET {API}/devices lists it (times are UTC stamps)."""

    device_id: str
    name: str
    username: str
    display_name: str
    created_at: str
    last_seen_at: str
    expires_at: str
    revoked_at: str | None = None
    this_device: bool = False  # the one asking


class DeviceList(BaseModel):
    devices: list[DeviceInfo]


# -- the region's figures (GET {API}/monitoring/region: coordinators and administrators) -----------
REGION_PATH = "/monitoring/region"
REGION_FORMAT = "ketenplan-region/1"
COHORTS_BY = ("vestiging", "duty_start")


class RegionRow(BaseModel):
    """One municipality's counts for a target and cohort, or the region's total. Counts are text as
    shown: "12", "<5" (under the minimum) or "x" (hidden so that no small count can be worked out)."""

    municipality: str  # the tenant's name; the region's name for its total
    own: bool = False  # the caller's municipality
    counts: list[str]  # one per RegionFigures.columns
    total: str  # everyone the target counts
    realised_pct: float | None = None  # among closed windows; only over shown counts of at least 10


class RegionTable(BaseModel):
    target: str
    cohort: int | None  # the cohort's year; None: the year is not known
    rows: list[RegionRow]  # one per sharing municipality, in RegionFigures.municipalities' order
    region: RegionRow  # the region's total
    all_hidden: bool = False  # nothing of it could be shown safely


class RegionFigures(BaseModel):
    """Aggregates only: counts per municipality, suppressed on the server. Never a person."""

    format: str = REGION_FORMAT
    region: str
    reference_date: str  # ISO date the figures are as of
    cohort_by: str  # one of COHORTS_BY
    minimum: int  # cells under it show as "<minimum"
    housing_norm_weeks: int
    columns: list[str]  # the outcomes counted, in order
    municipalities: list[str]
    computed_at: str  # UTC stamp
    tables: list[RegionTable]


class RegionSetting(BaseModel):
    """A municipality's choice: its region, and whether its aggregate figures are shared there."""

    region: str | None = Field(default=None, max_length=100, pattern=TEXT_WITHOUT_NUL)
    share: bool = Field(default=False, strict=True)  # true or false, not 0 or "yes"
