"""The demo's sync server for `make run`: a local server with a demo municipality, and the demo
store signed in to it and synced, so the app shows a sync from its first start.

    python -m tools.demo_server start [--store-dir .run/demo-store] [--clients 400]
    python -m tools.demo_server stop

`start` is safe to run again: the server keeps running in the background between runs (its
process id in .run/server.pid, its log in .run/server.log, its SQLite data in .run/server),
the accounts are made once, and the store is filled and signed in once. The store's
passphrase comes from $KETENPLAN_PASSPHRASE. A development tool: not part of the app.

On a fresh store the directory comes first: the server's organisations and users reach an
empty store by its first pull, then the demo's clients are made with those people as their
klantmanagers and begeleiders, so the demo user is one of the store's begeleiders.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = ROOT / ".run"
DEFAULT_PORT = 8765
START_TIMEOUT = 30.0

MUNICIPALITY, GEMEENTECODE = "Hilversum", "0402"
TENANT = f"Gemeente {MUNICIPALITY}"
DEMO_PASSWORD = "demo-wachtwoord-server"  # every demo user's; it meets the server's password policy
DEMO_USER = "noor"
# The demo chain, as desktop.demo builds it for a store of its own: (name, kind).
ORGANISATIONS = (
    (TENANT, "gemeente"),
    ("VluchtelingenWerk Midden-Nederland", "maatschappelijke_begeleiding"),
    ("Vluchtelingenwerkgroep Gooi en Vechtstreek", "maatschappelijke_begeleiding"),
    (f"Taalschool {MUNICIPALITY}", "taalschool"),
    ("Taalcentrum Het Gooi", "taalschool"),
    ("Budgetcoaching Gooi en Vechtstreek", "budgetcoach"),
    ("Werkgeversservicepunt Gooi en Vechtstreek", "jobhunter"),
    ("Versa Welzijn", "welzijn"),
    ("COA", "coa"),
)
# (user name, name, role, organisation): every role of server.accounts.ROLES, listed in the README.
# The demo user comes first among the begeleiders. The demo user's device makes the demo's clients,
# with the begeleiders as their begeleiders: all of its own organisation, as a begeleider may hand a
# client only to a colleague (docs/decisions/0017).
USERS = (
    (DEMO_USER, "Noor Visser", "begeleider", "VluchtelingenWerk Midden-Nederland"),
    ("daan", "Daan Kramer", "begeleider", "VluchtelingenWerk Midden-Nederland"),
    ("fatma", "Fatma Yilmaz", "begeleider", "VluchtelingenWerk Midden-Nederland"),
    ("joost", "Joost van Dijk", "begeleider", "VluchtelingenWerk Midden-Nederland"),
    ("sanne", "Sanne de Vries", "klantmanager", TENANT),
    ("mohamed", "Mohamed El Amrani", "klantmanager", TENANT),
    ("lotte", "Lotte Bakker", "klantmanager", TENANT),
    ("ingrid", "Ingrid Smit", "coordinator", TENANT),
    ("peter", "Peter Jansen", "partner", f"Taalschool {MUNICIPALITY}"),
    ("esther", "Esther de Boer", "partner", "Budgetcoaching Gooi en Vechtstreek"),
    ("ahmed", "Ahmed Benali", "partner", "Werkgeversservicepunt Gooi en Vechtstreek"),
    ("marieke", "Marieke Mulder", "partner", "Versa Welzijn"),
    ("anouk", "Anouk Hendriks", "administrator", TENANT),  # sees and signs off the tenant's devices
)


@dataclass(frozen=True)
class RunDir:
    """Where the demo keeps its server: data, process id, address and log."""

    path: Path

    @property
    def server_data(self) -> Path:
        return self.path / "server"

    @property
    def pid_file(self) -> Path:
        return self.path / "server.pid"

    @property
    def url_file(self) -> Path:
        return self.path / "server.url"

    @property
    def log_file(self) -> Path:
        return self.path / "server.log"

    @property
    def database_url(self) -> str:
        from server.db import sqlite_url
        return sqlite_url(self.server_data)


# -- the server process ------------------------------------------------------------------
def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would end the process there
        import ctypes
        kernel = ctypes.windll.kernel32
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False  # a child of this process (in tests), now ended and reaped
    except ChildProcessError:
        pass  # not ours: the usual case, the server outlives the `make run` that started it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _is_demo_server(run: RunDir, pid: int) -> bool:
    """The process in the pid file is still this demo's server, not another that got its number."""
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        try:
            return str(run.server_data).encode() in cmdline.read_bytes()
        except OSError:
            return False
    url = run.url_file.read_text().strip() if run.url_file.exists() else None
    return bool(url) and _healthy(url)


def _running_pid(run: RunDir) -> int | None:
    try:
        pid = int(run.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if _alive(pid) and _is_demo_server(run, pid) else None


def _healthy(url: str, timeout: float = 2.0) -> bool:
    import httpx
    try:
        return httpx.get(f"{url}/health", timeout=timeout).status_code == 200
    except httpx.HTTPError:
        return False


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _choose_port(run: RunDir, preferred: int) -> int:
    """The port used before (the store was signed in to its address), else the preferred one, else any."""
    try:
        previous = int(run.url_file.read_text().strip().rsplit(":", 1)[1])
    except (OSError, ValueError, IndexError):
        previous = None
    for port in (previous, preferred):
        if port and _port_free(port):
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_url(run: RunDir) -> str | None:
    """The address of the demo server if it runs and answers."""
    url = run.url_file.read_text().strip() if run.url_file.exists() else None
    return url if url and _running_pid(run) is not None and _healthy(url) else None


def start_server(run: RunDir, port: int = DEFAULT_PORT) -> str:
    """The URL of the demo server, started in the background unless it runs already."""
    url = server_url(run)
    if url:
        return url
    stop_server(run, quiet=True)  # a stale pid file, or a process that no longer answers
    run.server_data.mkdir(parents=True, exist_ok=True)
    port = _choose_port(run, port)
    url = f"http://127.0.0.1:{port}"
    with run.log_file.open("ab") as log:
        # A session of its own: Ctrl+C in the terminal running the app does not stop it.
        proc = subprocess.Popen(
            [sys.executable, "-m", "server", "--data-dir", str(run.server_data), "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            cwd=ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    run.pid_file.write_text(f"{proc.pid}\n")
    run.url_file.write_text(f"{url}\n")
    deadline = time.monotonic() + START_TIMEOUT
    while not _healthy(url, timeout=1.0):
        if proc.poll() is not None or time.monotonic() > deadline:
            stop_server(run, quiet=True)
            raise SystemExit(f"The demo server did not start; see {run.log_file}.")
        time.sleep(0.1)
    return url


def stop_server(run: RunDir, quiet: bool = False) -> bool:
    """Stop the demo server if it runs; True if it did."""
    pid = _running_pid(run)
    run.pid_file.unlink(missing_ok=True)
    if pid is None:
        if not quiet:
            print("The demo server is not running.")
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(pid) and hasattr(signal, "SIGKILL"):
        os.kill(pid, signal.SIGKILL)
    if not quiet:
        print(f"Stopped the demo server (process {pid}).")
    return True


# -- accounts -----------------------------------------------------------------------------
def ensure_accounts(database_url: str) -> bool:
    """The demo municipality, its organisations and users, made once; True if made now. A demo
    user added since an earlier run is added to that server too."""
    from server import accounts
    from server.db import Database

    db = Database(database_url)
    try:
        with db.writing() as session:
            try:
                tenant = accounts.find_tenant(session, GEMEENTECODE)
            except accounts.AccountError:
                tenant = None
            if tenant is not None:
                for username, name, role, org in USERS:
                    if accounts.find_user(session, username) is None:
                        accounts.create_user(session, tenant, accounts.find_organisation(session, tenant, org),
                                             username, name, role, DEMO_PASSWORD)
                return False
            tenant = accounts.create_tenant(session, TENANT, GEMEENTECODE)
            orgs = {name: accounts.create_organisation(session, tenant, name, kind) for name, kind in ORGANISATIONS}
            for username, name, role, org in USERS:
                accounts.create_user(session, tenant, orgs[org], username, name, role, DEMO_PASSWORD)
        return True
    finally:
        db.dispose()


def publish_demo_kaart(run: RunDir, url: str) -> None:
    """The Hilversum sociale kaart on the server, pushed by the demo's coordinator, once."""
    from tools.demo_kaart import publish_kaart
    sent = publish_kaart(run.database_url, TENANT, url, DEMO_PASSWORD)
    if sent:
        print(f"Demo server: the sociale kaart of {MUNICIPALITY} published ({sent} items)")


# -- the demo store -----------------------------------------------------------------------
def _print_progress(progress) -> None:
    if progress.phase == "push":
        print(f"\r  sending   {progress.ops_sent:6d} of {progress.ops_total} changes", end="", flush=True)
    elif progress.fraction is not None:
        print(f"\r  receiving {progress.changes_applied:6d} changes ({progress.fraction:4.0%})  ", end="",
              flush=True)


def _sync(engine) -> None:
    report = engine.sync(progress=_print_progress)
    print(f"\r  synced: {report.pushed} sent, {report.pulled} received" + " " * 20)


def prepare_store(store_dir: Path, passphrase: str, url: str, clients: int, server_is_new: bool,
                  kdf=None) -> None:
    """Make, sign in and sync the demo store, as far as not done before."""
    from desktop.demo import fill_demo_store
    from desktop.store import Store, store_exists
    from desktop.store.replica import StoreReplica
    from desktop.store.sync_state import SERVER_URL, read_value
    from sync.client.engine import SyncEngine
    from sync.errors import NotSignedIn

    device = f"Demo ({socket.gethostname()})"
    if not store_exists(store_dir):
        print(f"Demo store {store_dir}: signing in as {DEMO_USER} and fetching the chain's directory")
        store = Store.create(store_dir, passphrase, kdf=kdf, durable=False)
        try:
            engine = SyncEngine(StoreReplica(store))
            account = engine.enrol(url, DEMO_USER, DEMO_PASSWORD, device)
            _sync(engine)
        finally:
            store.close()
        print(f"Demo store {store_dir}: adding {clients} clients")
        fill_demo_store(store_dir, passphrase, clients=clients, municipality=MUNICIPALITY,
                        organisation_id=account.organisation_id)
        store = Store.unlock(store_dir, passphrase, durable=False)
        try:
            store.set_current_worker(account.worker_id)  # the demo filler chose a begeleider of its own
            from tools.demo_kaart import make_referrals
            print(f"Demo store {store_dir}: {make_referrals(store)} referrals to the sociale kaart")
            print("Sending the demo data to the server")
            _sync(SyncEngine(StoreReplica(store)))
        finally:
            store.close()
        return
    store = Store.unlock(store_dir, passphrase)
    try:
        engine = SyncEngine(StoreReplica(store))
        with store.engine.connect() as conn:
            enrolled_at = read_value(conn, SERVER_URL)
        if engine.is_enrolled() and enrolled_at == url and not server_is_new:
            return  # the app syncs it once unlocked
        if not enrolled_at:
            print("This demo store was made before the demo server: its own organisations and workers join the "
                  "server's. Remove the .run folder for a demo whose people are the server's users.")
        if server_is_new and enrolled_at == url:
            print("The demo server was made anew: its accounts are new ones, so this store starts over from it "
                  "(what it held of the old server goes). Remove the .run folder to start the demo over.")
        print(f"Demo store {store_dir}: signing in as {DEMO_USER} and syncing")
        engine.enrol(url, DEMO_USER, DEMO_PASSWORD, device)
        try:
            _sync(engine)
        except NotSignedIn:
            engine.enrol(url, DEMO_USER, DEMO_PASSWORD, device)
            _sync(engine)
    finally:
        store.close()


# -- command line ---------------------------------------------------------------------------
def start(run: RunDir, store_dir: Path, passphrase: str, clients: int, port: int = DEFAULT_PORT) -> str | None:
    """The demo server's URL; None when it could not start (the demo store is then made without it)."""
    try:
        url = start_server(run, port)
    except (OSError, SystemExit) as exc:
        print(f"{exc}\nThe app starts without a server: it works offline.", file=sys.stderr)
        from desktop.demo import fill_demo_store
        from desktop.store import store_exists
        if not store_exists(store_dir):
            fill_demo_store(store_dir, passphrase, clients=clients, municipality=MUNICIPALITY)
        return None
    server_is_new = ensure_accounts(run.database_url)
    publish_demo_kaart(run, url)
    prepare_store(store_dir, passphrase, url, clients, server_is_new)
    print(f"Demo server: {url}  user: {DEMO_USER}  password: {DEMO_PASSWORD}  (`make stop` stops it)")
    print("Other demo users (same password): " + ", ".join(f"{u} ({role})" for u, _n, role, _o in USERS[1:]))
    return url


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.demo_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--run-dir", type=Path, default=RUN_DIR, help="where the server keeps its data and pid")
    sub = parser.add_subparsers(dest="command", required=True)
    start_cmd = sub.add_parser("start", help="start the server, make the accounts, sign the demo store in")
    start_cmd.add_argument("--store-dir", type=Path, default=RUN_DIR / "demo-store")
    start_cmd.add_argument("--clients", type=int, default=400)
    start_cmd.add_argument("--port", type=int, default=DEFAULT_PORT)
    sub.add_parser("stop", help="stop the demo server")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    run = RunDir(args.run_dir)
    if args.command == "stop":
        stop_server(run)
        return 0
    passphrase = os.environ.get("KETENPLAN_PASSPHRASE")
    if not passphrase:
        print("Set KETENPLAN_PASSPHRASE to the demo store's passphrase.", file=sys.stderr)
        return 2
    start(run, args.store_dir, passphrase, args.clients, args.port)
    return 0


if __name__ == "__main__":
    sys.exit(main())
