"""Real servers for the tests: uvicorn on loopback in a thread, or as a process of its own."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import uvicorn

from server.app import create_app
from server.db import Database

REPO = Path(__file__).resolve().parents[2]


@dataclass
class LiveServer:
    url: str
    db: Database
    _server: uvicorn.Server
    _thread: threading.Thread

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start_in_thread(database_url: str, **app_options) -> LiveServer:
    """The app under uvicorn on a free loopback port, serving from a background thread.

    log_config=None: uvicorn's own configuration gives its loggers handlers on sys.stdout and
    sys.stderr as they are at that moment. Under pytest those are the capture of the test that
    happened to start the server; once it ended, every later access line failed to write, and
    logging printed the failure to stderr with the exception being handled (a validation error,
    quoting the request's values). Without it the server's records go to the root, as any other."""
    app = create_app(database_url, **app_options)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", log_config=None))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    return LiveServer(f"http://127.0.0.1:{port}", app.state.db, server, thread)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch_process(database_url: str, log_level: str = "warning") -> tuple[subprocess.Popen, str]:
    """`python -m server --database-url ...` as a process of its own; see wait_ready."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "server", "--database-url", database_url, "--port", str(port),
         "--log-level", log_level],
        cwd=REPO, env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return proc, f"http://127.0.0.1:{port}"


def wait_ready(proc: subprocess.Popen, url: str, timeout: float = 30) -> None:
    """Until /health answers: the process has migrated its database and listens."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server process ended:\n" + proc.stdout.read().decode(errors="replace"))
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the server process did not answer in time")


def stop_process(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
