"""The real sync server on loopback behind a wrapper that can make it slow or busy.

`slow` seconds pass before each sync request (push, pull) reaches the server; `busy` requests
to come are answered 503 with `Retry-After: retry_after`, as the server does when it sheds load.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field

import uvicorn

from server.app import create_app
from tests.server.live import LiveServer

SYNC_PATHS = ("/api/v1/sync/",)


@dataclass
class Wrapper:
    slow: float = 0.0
    busy: int = 0
    retry_after: str = "1"
    seen: list[tuple[float, str, int]] = field(default_factory=list)  # (monotonic, path, status)

    def around(self, app):
        async def wrapped(scope, receive, send):
            path = scope.get("path", "") if scope["type"] == "http" else ""
            if not path.startswith(SYNC_PATHS):
                await app(scope, receive, send)
                return
            if self.busy > 0:
                self.busy -= 1
                self.seen.append((time.monotonic(), path, 503))
                body = json.dumps({"detail": "The server is busy.", "code": "server_busy"}).encode()
                await send({"type": "http.response.start", "status": 503,
                            "headers": [(b"content-type", b"application/json"),
                                        (b"retry-after", self.retry_after.encode())]})
                await send({"type": "http.response.body", "body": body})
                return
            if self.slow:
                await asyncio.sleep(self.slow)
            self.seen.append((time.monotonic(), path, 200))
            await app(scope, receive, send)
        return wrapped


def start_wrapped(database_url: str) -> tuple[LiveServer, Wrapper]:
    app = create_app(database_url)
    wrapper = Wrapper()
    server = uvicorn.Server(uvicorn.Config(wrapper.around(app), host="127.0.0.1", port=0, log_level="warning",
                                           lifespan="off", log_config=None))  # as tests/server/live.py
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveServer(f"http://127.0.0.1:{port}", app.state.db, server, thread), wrapper
