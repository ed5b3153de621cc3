"""HTTP to the server: gzip bodies both ways, the protocol header, a token, timeouts and retries.

Connection failures and 5xx answers are retried with backoff: a push is safe to repeat
(operation ids) and a pull only reads. Each wait honours the server's Retry-After and is
spread at random (sync/client/backoff.py), so devices that failed together do not come back
together. A 4xx is never retried: asking again gets the same answer. Plain http is
refused except to this computer, where the embedded server runs.
Certificates are verified against the public CA bundle and, where a municipality runs its
own certificate authority, the CA file in $KETENPLAN_CA_FILE as well.
"""

from __future__ import annotations

import gzip
import os
import random
import ssl
import time
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import TypeVar
from urllib.parse import urlsplit

import certifi
import httpx
from pydantic import BaseModel, ValidationError

from sync.client import backoff
from sync.client.pages import read_page
from sync.client.replica import Page
from sync.errors import (
    DeviceRevoked,
    InsecureServer,
    NotSignedIn,
    Offline,
    ServerFailed,
    ServerRefused,
    UntrustedCertificate,
    UpgradeRequired,
)
from sync.protocol import (
    API,
    AUDIT_PAGE,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    REGION_PATH,
    AuditPage,
    DeviceInfo,
    DeviceList,
    LoginRequest,
    LoginResponse,
    Problem,
    PushRequest,
    PushResponse,
    RegionFigures,
    RegionSetting,
)

LOGIN_PATH = f"{API}/login"
PUSH_PATH = f"{API}/sync/push"
PULL_PATH = f"{API}/sync/pull"
DEVICES_PATH = f"{API}/devices"
CA_FILE_ENV = "KETENPLAN_CA_FILE"
AUDIT_PATH = f"{API}/audit"
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
RETRIED_STATUS = frozenset({500, 502, 503, 504})

Answer = TypeVar("Answer", bound=BaseModel)


@cache
def _tls(ca_file: str | None = None) -> ssl.SSLContext:
    """One verifying TLS context for every sync (per extra CA file): reading the CA bundle costs
    some 50 ms of CPU, more than a whole sync with nothing new."""
    context = ssl.create_default_context(cafile=certifi.where())
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def tls_context() -> ssl.SSLContext:
    """The context every request to the server verifies with, the /health probe's too."""
    return _tls(os.environ.get(CA_FILE_ENV) or None)


def is_untrusted_certificate(error: BaseException) -> bool:
    """True when a connection failed on the server's certificate (somewhere in its causes)."""
    seen = error
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def server_base_url(url: str) -> str:
    """The address as stored: no trailing slash. Raises InsecureServer for plain http elsewhere."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in LOCAL_HOSTS:
        return url
    raise InsecureServer()


class Transport:
    """One server, one device token. Not thread-safe: one sync at a time uses it."""

    def __init__(self, server_url: str, token: str | None = None, *, timeout: float = 30.0,
                 retries: int = 3, backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep,
                 http: httpx.Client | None = None, rng: random.Random | None = None):
        self.server_url = server_base_url(server_url)
        self.token = token
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._http = http or httpx.Client(base_url=self.server_url, timeout=httpx.Timeout(timeout, connect=10.0),
                                          verify=tls_context())

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Transport:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # -- the three calls ---------------------------------------------------------
    def login(self, request: LoginRequest) -> LoginResponse:
        return self._call("POST", LOGIN_PATH, LoginResponse, body=request, signed_in=False)

    def push(self, request: PushRequest) -> PushResponse:
        return self._call("POST", PUSH_PATH, PushResponse, body=request)

    def pull(self, after: int, limit: int) -> Page:
        """A page; a record in it that does not fit the protocol comes as `unreadable`, not as a failure."""
        return self._call("GET", PULL_PATH, Page, params={"after": after, "limit": limit}, read=read_page)

    # -- an administrator's devices ------------------------------------------------
    def devices(self) -> DeviceList:
        return self._call("GET", DEVICES_PATH, DeviceList)

    def revoke_device(self, device_id: str) -> DeviceInfo:
        return self._call("POST", f"{DEVICES_PATH}/{device_id}/revoke", DeviceInfo)

    # -- the region's figures (coordinators and administrators of a sharing municipality) ----------
    def region(self, cohort_by: str = "vestiging") -> RegionFigures:
        return self._call("GET", f"{API}{REGION_PATH}", RegionFigures, params={"cohort": cohort_by})

    def region_setting(self) -> RegionSetting:
        return self._call("GET", f"{API}{REGION_PATH}/setting", RegionSetting)

    def choose_region(self, setting: RegionSetting) -> RegionSetting:
        """The municipality's region and sharing (administrators; others: ServerRefused)."""
        return self._call("POST", f"{API}{REGION_PATH}/choose", RegionSetting, body=setting)

    def audit(self, *, client_id: str | None = None, worker_id: str | None = None, start: datetime | None = None,
              end: datetime | None = None, limit: int = AUDIT_PAGE, offset: int = 0) -> AuditPage:
        """A page of the tenant's audit log (coordinators and administrators; others: ServerRefused)."""
        params = {"client_id": client_id, "worker_id": worker_id, "limit": limit, "offset": offset,
                  "from": start.isoformat() if start else None, "to": end.isoformat() if end else None}
        return self._call("GET", AUDIT_PATH, AuditPage, params={k: v for k, v in params.items() if v is not None})

    # -- the plumbing ------------------------------------------------------------
    def _headers(self, signed_in: bool, compressed: bool) -> dict[str, str]:
        headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Accept": "application/json",
                   "Accept-Encoding": "gzip"}
        if compressed:
            headers.update({"Content-Type": "application/json", "Content-Encoding": "gzip"})
        if signed_in:
            if not self.token:
                raise NotSignedIn()
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def _call(self, method: str, path: str, answer: type[Answer], *, body: BaseModel | None = None,
              params: dict | None = None, signed_in: bool = True,
              read: Callable[[bytes], Answer] | None = None) -> Answer:
        headers = self._headers(signed_in, body is not None)
        content = gzip.compress(body.model_dump_json().encode(), compresslevel=1) if body is not None else None
        attempt = 0
        while True:
            asked = None
            try:
                response = self._http.request(method, path, content=content, params=params, headers=headers)
            except httpx.TransportError as exc:  # refused, reset, timed out, name not found
                if is_untrusted_certificate(exc):  # asking again meets the same certificate
                    raise UntrustedCertificate() from exc
                if attempt >= self.retries:
                    raise Offline() from exc
            else:
                if response.status_code not in RETRIED_STATUS or attempt >= self.retries:
                    return _answer(response, answer, signed_in, read)
                asked = backoff.retry_after(response.headers.get("Retry-After"))
                if asked is not None and asked > backoff.LONGEST_WAIT:  # not worth holding the sync for
                    return _answer(response, answer, signed_in, read)
            self._sleep(backoff.wait(attempt, self.backoff, asked, self._rng))
            attempt += 1


def _problem(response: httpx.Response) -> Problem | None:
    try:
        return Problem.model_validate_json(response.content)
    except (ValidationError, ValueError):
        return None


def _answer(response: httpx.Response, answer: type[Answer], signed_in: bool,
            read: Callable[[bytes], Answer] | None = None) -> Answer:
    status = response.status_code
    if status == 200:
        try:
            return read(response.content) if read is not None else answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise ServerFailed("The server's answer does not fit this version of Ketenplan.") from exc
    problem = _problem(response)
    detail = problem.detail if problem else None
    if status == 426:
        raise UpgradeRequired(detail)
    if status == 401 and signed_in and problem is not None and problem.code == DeviceRevoked.code:
        raise DeviceRevoked(detail)
    if status == 401 and signed_in:
        raise NotSignedIn(detail)
    if status == 401:  # signing in: the name or password is wrong
        raise ServerRefused(detail or "The user name or password is not right.", "bad_login")
    if 400 <= status < 500:
        raise ServerRefused(detail or f"The server refused the request ({status}).",
                            problem.code if problem else None)
    raise ServerFailed(detail)
