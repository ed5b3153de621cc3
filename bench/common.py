"""What the server benchmarks share: a PostgreSQL to run on, the server as its own processes,
and the CPU each side used."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from bench.figures import describe, p95, spread  # noqa: F401 (for the benchmarks)

ROOT = Path(__file__).resolve().parent.parent
PG_URL_ENV = "KETENPLAN_BENCH_PG_URL"
PASSWORD = "benchmark wachtwoord"  # every account the benchmarks make


# -- PostgreSQL ------------------------------------------------------------------------------
def _psycopg(url: str) -> str:
    return "postgresql+psycopg://" + url.split("://", 1)[1]


@contextmanager
def postgresql(folder: Path) -> Iterator[tuple[str, int | None]]:
    """The URL of a new, empty database, on pgserver's PostgreSQL (and its postmaster's process id) or
    on the one at $KETENPLAN_BENCH_PG_URL (None: its processes may be on another machine)."""
    cluster = None
    if os.environ.get(PG_URL_ENV):
        base = _psycopg(os.environ[PG_URL_ENV])
    else:
        with warnings.catch_warnings():  # it warns where XDG_RUNTIME_DIR is unset, and copes
            warnings.simplefilter("ignore")
            import pgserver
        cluster = pgserver.get_server(folder / "pgdata", cleanup_mode="delete")
        base = _psycopg(cluster.get_uri())
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = f"ketenplan_bench_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made = True
    except Exception:  # the account may not create databases: a tenant of its own on the given one
        made = False
    try:
        url = make_url(base).set(database=name).render_as_string(hide_password=False) if made else base
        yield url, cluster.get_postmaster_info().pid if cluster is not None else None
    finally:
        if made:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if cluster is not None:
            cluster.cleanup()


# -- the server processes --------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Servers:
    urls: list[str]
    processes: list[subprocess.Popen]
    logs: list[Path]

    def stop(self) -> None:
        for proc in self.processes:
            proc.terminate()
        for proc in self.processes:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join("\n".join(log.read_text(errors="replace").splitlines()[-lines:]) for log in self.logs)


def start_servers(database_url: str, count: int, folder: Path, command: list[str] | None = None) -> Servers:
    """`python -m server` processes on one database, each on a free loopback port, once /health answers.
    Started one after another: the first migrates the new database. `command` runs another script
    that takes --database-url and --port (bench/slow_server.py)."""
    servers = Servers([], [], [])
    for i in range(count):
        port, log = _free_port(), folder / f"server-{i}.log"
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, *(command or ["-m", "server", "--log-level", "warning"]),
                 "--database-url", database_url, "--port", str(port)],
                cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=out, stderr=subprocess.STDOUT)
        servers.processes.append(proc)
        servers.logs.append(log)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                servers.stop()
                raise RuntimeError("the server did not start:\n" + servers.log_tail())
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.05)
        servers.urls.append(url)
    return servers


# -- who used the CPU ----------------------------------------------------------------------------
class CpuMeter:
    """CPU seconds used during a measurement by this process (the device, or the simulated devices),
    by the server processes and by PostgreSQL: on a shared machine the clock alone does not say
    who waited for whom."""

    def __init__(self, servers: Servers, postmaster_pid: int | None):
        self.groups = {"device": [psutil.Process()], "server": [psutil.Process(p.pid) for p in servers.processes]}
        self.postmaster = psutil.Process(postmaster_pid) if postmaster_pid else None

    def _seconds(self) -> dict[tuple[str, int], float]:
        """CPU seconds so far per (group, process id); PostgreSQL's backends come and go with connections."""
        out = {}
        groups = dict(self.groups)
        if self.postmaster is not None:
            groups["PostgreSQL"] = [self.postmaster, *self.postmaster.children(recursive=True)]
        for group, processes in groups.items():
            for proc in processes:
                try:
                    times = proc.cpu_times()
                except psutil.Error:
                    continue
                out[(group, proc.pid)] = times.user + times.system
        return out

    @contextmanager
    def measure(self) -> Iterator[dict[str, float]]:
        used: dict[str, float] = {}
        before = self._seconds()
        yield used
        for (group, pid), seconds in self._seconds().items():
            used[group] = used.get(group, 0.0) + seconds - before.get((group, pid), 0.0)

    @staticmethod
    def line(used: dict[str, float]) -> str:
        return "CPU " + ", ".join(f"{group} {seconds:.1f} s" for group, seconds in used.items())
