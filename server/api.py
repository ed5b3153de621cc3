"""The HTTP endpoints under sync.protocol.API: login, push and pull, and the audit log."""

from __future__ import annotations

import asyncio
import random
import re
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated

import anyio
from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, BeforeValidator

from server import accounts, audit, auth, record_store, records, throttle
from server.caller import SignedInDevice
from server.crowd import PATIENCE, WaitingRoom
from server.db import Database
from server.models import User
from server.problems import (
    BAD_LOGIN,
    SERVER_TOO_OLD,
    TOKEN_INVALID,
    TOKEN_REQUIRED,
    UPGRADE_REQUIRED,
    ProblemError,
)
from server.sequence import lock_tenant
from server.wire import PushBody
from sync.protocol import (
    API,
    AUDIT_PAGE,
    AUDIT_PAGE_MAX,
    MAX_INT64,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE,
    TEXT_WITHOUT_NUL,
    Account,
    AuditPage,
    LoginRequest,
    LoginResponse,
    Operation,
    Problem,
    PullResponse,
    PushResponse,
)

AUDIT_NOT_ALLOWED = Problem(detail="Only coordinators and administrators may read the audit log.",
                            code="audit_not_allowed")


def _iso_8601(value: object) -> object:
    # pydantic reads a bare number as a Unix time; the schema promises a date-time (2026-03-02T09:00:00Z).
    if isinstance(value, str) and not re.match(r"\d{4}-", value):
        raise ValueError("Input should be a moment in ISO 8601, such as 2026-03-02T09:00:00Z")
    return value


def _in_utc(moment: datetime) -> datetime:
    try:  # a time without zone is UTC; one near year 1 or 9999 may have no UTC time
        return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except OverflowError:
        raise ValueError("Input should be a moment between the years 1 and 9999 in UTC") from None


Moment = Annotated[datetime, BeforeValidator(_iso_8601), AfterValidator(_in_utc)]
_bearer = HTTPBearer(auto_error=False, description="The device token from login")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def require_protocol(
    version: Annotated[str | None, Header(alias=PROTOCOL_HEADER, description="The protocol version spoken")] = None,
) -> None:
    version = (version or "").strip()
    if not (version.isascii() and version.isdigit()) or int(version) < PROTOCOL_VERSION:
        raise ProblemError(426, UPGRADE_REQUIRED)
    if int(version) > PROTOCOL_VERSION:
        raise ProblemError(426, SERVER_TOO_OLD)


def database(request: Request) -> Database:
    return request.app.state.db


def signed_in_device(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    db: Annotated[Database, Depends(database)],
) -> SignedInDevice:
    if credentials is None:
        raise ProblemError(401, TOKEN_REQUIRED, _CHALLENGE)
    device = auth.authenticate(db, credentials.credentials)
    if device is None:
        raise ProblemError(401, TOKEN_INVALID, _CHALLENGE)
    return device


_PROBLEMS = {status: {"model": Problem} for status in (401, 413, 422, 426)}
router = APIRouter(prefix=API, dependencies=[Depends(require_protocol)], responses=_PROBLEMS)
Db = Annotated[Database, Depends(database)]
Caller = Annotated[SignedInDevice, Depends(signed_in_device)]


@router.post("/login", summary="Sign a device in with a user name and password",
             responses={429: {"model": Problem}})
async def login(body: LoginRequest, db: Db, request: Request) -> LoginResponse:
    address = request.client.host if request.client else ""
    # Counted before the slow hash, or 429 while too many tries failed: exact under concurrency.
    attempt_id = await _reserved_attempt(db, body.username, address)
    try:
        user = await run_in_threadpool(_checked, db, body)
    except BaseException:  # the check broke, or the client went away: counted as a failure, shielded
        with anyio.CancelScope(shield=True):  # from the cancelling that may be why we are here
            await run_in_threadpool(throttle.attempt_failed, db, attempt_id)
        raise
    if user is None:
        await run_in_threadpool(throttle.attempt_failed, db, attempt_id)
        raise ProblemError(401, BAD_LOGIN)
    return await run_in_threadpool(_signed_in, db, body, user)


async def _reserved_attempt(db: Database, username: str, address: str) -> int:
    """The attempt's row, once the throttle admits it. While pending attempts decide whether the
    limit is reached, it waits for them here, in the event loop, holding no worker thread."""
    deadline = time.monotonic() + throttle.SETTLE_SECONDS
    pause = 0.05
    while True:
        verdict = await run_in_threadpool(throttle.reserve, db, username, address)
        if verdict.attempt_id is not None:
            return verdict.attempt_id
        if verdict.wait is not None:
            raise throttle.refusal(verdict.wait)
        if time.monotonic() > deadline:
            raise throttle.refusal(timedelta(seconds=1))
        # Longer each time, and apart: a crowd of waiting sign-ins must not crowd the writer lock.
        await asyncio.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(1.0, pause * 2)


def _checked(db: Database, body: LoginRequest) -> User | None:
    with db.reading() as session:  # the slow hash check holds no write lock
        return accounts.check_login(session, body.username, body.password)


def _signed_in(db: Database, body: LoginRequest, user: User) -> LoginResponse:
    with db.writing() as session:
        throttle.succeeded(session, body.username)
        accounts.rehash_if_needed(session, user.id, body.password)
        device, token = auth.sign_in_device(session, user, body.device_name)
        account = Account(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                          organisation_id=user.organisation_id, tenant_id=user.tenant_id, worker_id=user.worker_id)
    return LoginResponse(device_id=device.id, token=token, account=account)


@router.post("/sync/push", summary="Send this device's changes; each comes back applied, in conflict or rejected",
             responses={503: {"model": Problem, "description": "Busy: send again after Retry-After seconds"}})
async def push(body: PushBody, device: Caller, db: Db, request: Request) -> PushResponse:
    # Pushes of one tenant take turns at its writer lock anyway (sequence.py). Waiting here, in the
    # event loop, a push holds neither a worker thread nor a database connection: a crowd of
    # pushes no longer starves the pulls of both, nor waits out the connection pool's timeout;
    # one that would wait too long is sent away with 503 and when to come back (server/crowd.py).
    async with _tenant_gate(request, device.tenant_id).turn():
        results = await run_in_threadpool(_push, body, device, db)
    if any(r.status != "rejected" for r in results):  # its region counts made again, after this answer
        request.app.state.region_warmer.changed(device.tenant_id)
    return PushResponse(results=results)


def _push(body: PushBody, device: SignedInDevice, db: Database) -> list:
    with db.writing() as session:
        conn = session.connection()
        # The tenant's writer lock first, then the earlier answers, read once for both: a retry running
        # beside its original cannot slip in between and be logged twice.
        last = lock_tenant(conn, device.tenant_id)
        earlier = record_store.earlier_answers(conn, device.tenant_id,
                                               [op.op_id for op in body.ops if isinstance(op, Operation)])
        answered = audit.answered_before(earlier)
        clients: dict[tuple[str, str], str | None] = {}
        results = records.push(conn, device, body.ops, last=last, earlier=earlier, clients=clients)
        # In the same transaction: never unaudited.
        audit.record_push(conn, device, body.ops, results, answered, clients)
    return results


def _tenant_gate(request: Request, tenant_id: str) -> WaitingRoom:
    """This app's turn for the tenant's pushes (other processes meet at the database lock)."""
    gates = request.app.state.push_gates
    if tenant_id not in gates:
        gates[tenant_id] = WaitingRoom(1, *request.app.state.push_room)
    return gates[tenant_id]


@router.get("/sync/pull", summary="The changes after a cursor, in sequence order", response_model=PullResponse,
            responses={503: {"model": Problem, "description": "Busy: ask again after Retry-After seconds"}})
async def pull(device: Caller, db: Db, request: Request,
               after: Annotated[int, Query(ge=0, le=MAX_INT64, description="The cursor from the previous pull")] = 0,
               limit: Annotated[int, Query(ge=1, le=PULL_PAGE, description="At most this many changes")] = PULL_PAGE,
               ) -> Response:
    # A pull may hold two database connections at once (its read, then the write of its audit
    # lines or scope): a bounded number run at once, so a crowd can never take every connection
    # and leave each pull waiting for its second. The rest wait here, holding nothing.
    async with request.app.state.pull_slots.turn():
        body = await run_in_threadpool(_pull, device, db, after, limit)
    # Written by hand from the stored JSON text (server/pull_answer.py); the schema is PullResponse's.
    return Response(body, media_type="application/json")


def _pull(device: SignedInDevice, db: Database, after: int, limit: int) -> bytes:
    with db.reading() as session:
        answer = records.pull(session.connection(), device, after, limit)
        reads = audit.read_lines(session.connection(), device, answer.changes)
    if reads:
        # A write of its own after the read: on SQLite a read transaction cannot become a write, and
        # the one write lock is held for this insert only. If it fails, so does the pull.
        with db.writing() as session:
            audit.write(session.connection(), reads)
    return answer.to_json()


PULLS_AT_ONCE = 8  # per process: two cores are busy with fewer; 2 x 8 connections stay well inside the pool
PULLS_WAITING = 400  # per process; beyond, or waiting longer than crowd.PATIENCE: 503 with Retry-After
PUSHES_WAITING = 200  # per tenant and process, likewise


def install_crowd_control(app: FastAPI, *, pulls_at_once: int = PULLS_AT_ONCE, pulls_waiting: int = PULLS_WAITING,
                          pushes_waiting: int = PUSHES_WAITING, patience: float = PATIENCE) -> None:
    """The app's own waiting rooms: an asyncio lock or semaphore belongs to the event loop of the
    server running the app, so they live on the app, not in this module."""
    app.state.push_gates = {}
    app.state.push_room = (pushes_waiting, patience)
    app.state.pull_slots = WaitingRoom(pulls_at_once, pulls_waiting, patience)


@router.get("/audit", summary="The audit log of the caller's tenant, newest first (coordinators and administrators)",
            responses={403: {"model": Problem}})
def audit_log(device: Caller, db: Db,
              client_id: Annotated[str | None, Query(max_length=36, pattern=TEXT_WITHOUT_NUL,
                                                     description="Lines about this client")] = None,
              worker_id: Annotated[str | None, Query(max_length=36, pattern=TEXT_WITHOUT_NUL,
                                                     description="Lines of this worker")] = None,
              start: Annotated[Moment | None, Query(alias="from", description="Handled at or after (ISO 8601)")]
              = None,
              end: Annotated[Moment | None, Query(alias="to", description="Handled before (ISO 8601)")] = None,
              limit: Annotated[int, Query(ge=1, le=AUDIT_PAGE_MAX, description="At most this many lines")]
              = AUDIT_PAGE,
              offset: Annotated[int, Query(ge=0, le=MAX_INT64, description="Lines to skip: the next page")] = 0,
              ) -> AuditPage:
    if not audit.may_search(device):
        raise ProblemError(403, AUDIT_NOT_ALLOWED)
    with db.reading() as session:
        return audit.search(session.connection(), device.tenant_id, client_id=client_id, worker_id=worker_id,
                            start=start, end=end, limit=limit, offset=offset)
