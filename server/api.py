"""The HTTP endpoints under sync.protocol.API: login, push and pull."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server import accounts, auth, records
from server.caller import SignedInDevice
from server.db import Database
from server.problems import (
    BAD_LOGIN,
    SERVER_TOO_OLD,
    TOKEN_INVALID,
    TOKEN_REQUIRED,
    UPGRADE_REQUIRED,
    ProblemError,
)
from server.wire import PushBody
from sync.protocol import (
    API,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PULL_PAGE,
    Account,
    LoginRequest,
    LoginResponse,
    Problem,
    PullResponse,
    PushResponse,
)

_bearer = HTTPBearer(auto_error=False, description="The device token from login")
_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def require_protocol(
    version: Annotated[str | None, Header(alias=PROTOCOL_HEADER, description="The protocol version spoken")] = None,
) -> None:
    if version is None or not version.strip().isdigit() or int(version) < PROTOCOL_VERSION:
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


@router.post("/login", summary="Sign a device in with a user name and password")
def login(body: LoginRequest, db: Db) -> LoginResponse:
    with db.reading() as session:  # the slow hash check holds no write lock
        user = accounts.check_login(session, body.username, body.password)
    if user is None:
        raise ProblemError(401, BAD_LOGIN)
    with db.writing() as session:
        accounts.rehash_if_needed(session, user.id, body.password)
        device, token = auth.sign_in_device(session, user, body.device_name)
        account = Account(user_id=user.id, username=user.username, display_name=user.display_name, role=user.role,
                          organisation_id=user.organisation_id, tenant_id=user.tenant_id, worker_id=user.worker_id)
    return LoginResponse(device_id=device.id, token=token, account=account)


@router.post("/sync/push", summary="Send this device's changes; each comes back applied, in conflict or rejected")
def push(body: PushBody, device: Caller, db: Db) -> PushResponse:
    with db.writing() as session:
        results = records.push(session.connection(), device, body.ops)
    return PushResponse(results=results)


@router.get("/sync/pull", summary="The changes after a cursor, in sequence order")
def pull(device: Caller, db: Db,
         after: Annotated[int, Query(ge=0, description="The cursor from the previous pull")] = 0,
         limit: Annotated[int, Query(ge=1, le=PULL_PAGE, description="At most this many changes")] = PULL_PAGE,
         ) -> PullResponse:
    with db.reading() as session:
        return records.pull(session.connection(), device, after, limit)
