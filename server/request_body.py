"""Request bodies: a size limit, and gzip-compressed bodies (Content-Encoding: gzip) decoded.

The limit holds before and after decompression, so a small gzip bomb is refused like a
large body. Bodies are read whole before the app sees them; the app parses JSON whole anyway.
"""

from __future__ import annotations

import zlib

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.problems import problem_response
from sync.protocol import Problem

MAX_BODY_BYTES = 8 * 1024 * 1024
DRAIN_BYTES = 64 * 1024 * 1024  # past this, stop reading an oversized body and answer at once
# What this middleware answers in place of any route (FastAPI too answers 400, to a body that is not
# UTF-8): app.py declares them on every route, so the published schema names every status a client gets.
BODY_PROBLEM_STATUSES = (400, 413, 415)


def _too_large(limit: int) -> Problem:
    return Problem(detail=f"The request is larger than the server takes ({limit / (1024 * 1024):g} MB at most). "
                          "Send fewer changes at once.", code="too_large")


_NOT_GZIP = Problem(detail="The request says it is compressed with gzip, but it is not.", code="bad_encoding")
_UNKNOWN_ENCODING = Problem(detail="The server reads requests plain or compressed with gzip only.",
                            code="unsupported_encoding")


class _TooLarge(Exception):
    pass


class RequestBodyMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        encoding = Headers(scope=scope).get("content-encoding", "identity").strip().lower()
        try:
            body = await self._read(receive)
            if body is None:  # the client went away
                return
            if encoding == "gzip":
                body = self._gunzip(body)
                scope = _with_plain_body_headers(scope, len(body))
            elif encoding != "identity":
                raise _Refused(415, _UNKNOWN_ENCODING)
        except _TooLarge:
            await problem_response(413, _too_large(self.max_bytes))(scope, receive, send)
            return
        except _Refused as refused:
            await problem_response(refused.status, refused.problem)(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _read(self, receive: Receive) -> bytes | None:
        """The whole body; past the limit the rest is read and dropped (up to a bound), so the
        client, still sending, gets to read the 413 instead of a broken connection."""
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size <= self.max_bytes:
                chunks.append(chunk)
            more = message.get("more_body", False)
            if not more or size > DRAIN_BYTES:
                break
        if size > self.max_bytes:
            raise _TooLarge
        return b"".join(chunks)

    def _gunzip(self, body: bytes) -> bytes:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            plain = inflater.decompress(body, self.max_bytes + 1)
        except zlib.error as exc:
            raise _Refused(400, _NOT_GZIP) from exc
        if len(plain) > self.max_bytes or inflater.unconsumed_tail:
            raise _TooLarge
        if not inflater.eof:
            raise _Refused(400, _NOT_GZIP)
        return plain


class _Refused(Exception):
    def __init__(self, status: int, problem: Problem):
        super().__init__(problem.detail)
        self.status = status
        self.problem = problem


def _with_plain_body_headers(scope: Scope, length: int) -> Scope:
    kept = [(k, v) for k, v in scope["headers"] if k not in (b"content-encoding", b"content-length")]
    return {**scope, "headers": [*kept, (b"content-length", str(length).encode())]}


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect as usual

    return replayed
