"""Every 4xx (and 5xx) answer is a Problem: a plain sentence for the user and a code for the program."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.log_safety import describe, guard_access_log, guard_logger
from sync.protocol import Problem

log = logging.getLogger(__name__)

UPGRADE_REQUIRED = Problem(
    detail="This version of Ketenplan is too old for the server. Please update Ketenplan.",
    code="upgrade_required")
SERVER_TOO_OLD = Problem(  # same code: the device cannot sync either way; the sentence says who acts
    detail="The server is older than this version of Ketenplan. Ask the administrator to update the server.",
    code="upgrade_required")
BAD_LOGIN = Problem(detail="The user name or password is not right.", code="bad_login")
TOKEN_REQUIRED = Problem(detail="This device is not signed in. Please sign in.", code="token_required")
TOKEN_INVALID = Problem(detail="This device is no longer signed in. Please sign in again.", code="token_invalid")
# Its own code: the device removes its records, where token_invalid only asks to sign in again.
DEVICE_REVOKED = Problem(
    detail="This device is no longer signed in: an administrator signed it off. The data on it is removed.",
    code="device_revoked")
NOT_ADMINISTRATOR = Problem(
    detail="Only an administrator of this municipality can see and sign off its devices.",
    code="devices_not_allowed")
UNKNOWN_DEVICE = Problem(detail="This municipality has no such device.", code="not_found")


def too_many_logins(minutes: int) -> Problem:
    """Refused without checking the password: when to try again, in minutes (no clock or zone to mistake)."""
    when = "1 minute" if minutes <= 1 else f"{minutes} minutes"
    return Problem(detail=f"Too many failed sign-ins. Try again in {when}.", code="too_many_attempts")


_BY_STATUS = {
    400: Problem(detail="The server cannot read this request.", code="bad_request"),
    404: Problem(detail="There is nothing at this address on the server.", code="not_found"),
    405: Problem(detail="This address does not take this kind of request.", code="method_not_allowed"),
}
SERVER_BUSY = Problem(detail="The server is busy. Your changes are safe on this device; it tries again shortly.",
                      code="server_busy")
_INTERNAL = Problem(detail="Something went wrong on the server. Nothing was lost; please try again later.",
                    code="server_error")


class ProblemError(Exception):
    """Raised anywhere in a request to answer with this Problem and status."""

    def __init__(self, status: int, problem: Problem, headers: dict[str, str] | None = None):
        super().__init__(problem.detail)
        self.status = status
        self.problem = problem
        self.headers = headers


def problem_response(status: int, problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(problem.model_dump(), status_code=status, headers=headers)


def _where(error: dict) -> str:
    return ".".join(str(part) for part in error.get("loc", ()) if part != "body") or "request"


def install_problem_handlers(app: FastAPI) -> None:
    # The web server logs again what reached the handler for 500 below, with its full text.
    guard_logger("uvicorn.error")
    guard_access_log()
    @app.exception_handler(ProblemError)
    async def _problem(_request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(exc.status, exc.problem, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        if first.get("type") == "json_invalid":
            detail = "The request is not valid JSON."
        else:
            detail = f"The request is not in the form the server expects ({_where(first)}: {first.get('msg', '')})."
        return problem_response(422, Problem(detail=detail, code="invalid_request"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        problem = _BY_STATUS.get(exc.status_code) or Problem(
            detail="The server cannot handle this request.", code="bad_request")
        return problem_response(exc.status_code, problem, getattr(exc, "headers", None))

    @app.exception_handler(PoolTimeout)
    async def _busy(_request: Request, _exc: PoolTimeout) -> JSONResponse:
        # Every database connection stayed in use for the pool's whole timeout: come back later.
        log.warning("no database connection came free in time: answered 503")
        return problem_response(503, SERVER_BUSY, {"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        # Class and place, never the message nor the request: either may quote a record or a password.
        log.error("unhandled error in %s %s: %s", request.method, request.url.path, describe(exc))
        return problem_response(500, _INTERNAL)
