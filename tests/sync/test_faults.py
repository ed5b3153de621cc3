"""Syncs under faults, against the real server on loopback, on SQLite and on PostgreSQL.

Connections cut before, during and after a push or a pull, the server failing (5xx) or too
slow (timeouts), proxies answering instead of the server, requests delivered twice, an old
push arriving after newer ones. After each, the devices and the server hold the same
records, nothing was applied twice and no edit was lost; a sync that did not finish said so.

The faults sit between the device's HTTP client and the server (`Network`, an httpx
transport around the real one) and inside the server (`server_faults`, for failures of the
server's own). The property test of three devices uses the same pieces.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.store.schema import SYNCED_TABLES
from desktop.store.sync_apply import TableShape, decode
from desktop.store.sync_state import CURSOR, read_value
from server import record_store, records
from server.entities import NOT_STORED
from server.models import AppliedOp, Record, TenantSequence
from sync.client.transport import Transport, tls_context
from sync.errors import SyncError
from tests.sync.records import outbox

# -- what the network (or a proxy on the way) does to one request -----------------------------------
REFUSED = "refused"  # no connection: nothing reached the server
CUT_REQUEST = "cut request"  # the connection dropped while the request was on its way (half a body arrived)
GATEWAY_DOWN = "gateway down"  # a proxy answered 503 without passing the request on
CAPTIVE_PORTAL = "captive portal"  # a hotel network's login page answered 200 instead of the server
SERVER_FAILS = "server fails"  # the server failed (500) after doing the work, and rolled it back
LOST_ANSWER = "lost answer"  # the server handled it; the connection dropped before the answer
CUT_ANSWER = "cut answer"  # the server handled it; the connection dropped halfway through the answer
TIMEOUT = "timeout"  # the server handled it; the answer came too late
BAD_GATEWAY = "bad gateway"  # the server handled it; a proxy answered 502 instead
DUPLICATED = "duplicated"  # the request reached the server twice; the second answer came back
HELD = "held"  # held back on the way (the device times out); Network.deliver_held() delivers it later

NOT_DELIVERED = (REFUSED, CUT_REQUEST, GATEWAY_DOWN, CAPTIVE_PORTAL, SERVER_FAILS, HELD)
ANSWER_LOST = (LOST_ANSWER, CUT_ANSWER, TIMEOUT, BAD_GATEWAY)
FAULTS = (*NOT_DELIVERED, *ANSWER_LOST, DUPLICATED)
OFFLINE = {REFUSED, CUT_REQUEST, LOST_ANSWER, CUT_ANSWER, TIMEOUT, HELD}  # the rest: the server failed


class ServerFaults:
    """Failures inside the server, set by the test or the network: a push that fails after it did
    its work (500, rolled back), a push that is slow, one record the database cannot store."""

    def __init__(self):
        self._lock = threading.Lock()
        self.failing_pushes = 0
        self.slow_pushes: list[float] = []  # seconds, for the next pushes
        # record ids: every write of each fails during the next push that writes it (a push may try twice)
        self.unstorable: set[str] = set()
        self._failed_in_push: set[str] = set()
        self.pushes_handled = 0

    def take_failure(self) -> bool:
        with self._lock:
            self.pushes_handled += 1
            if self.failing_pushes:
                self.failing_pushes -= 1
                return True
            return False

    def take_delay(self) -> float:
        with self._lock:
            return self.slow_pushes.pop(0) if self.slow_pushes else 0.0

    def take_unstorable(self, record_id: str) -> bool:
        with self._lock:
            if record_id in self.unstorable:
                self._failed_in_push.add(record_id)
                return True
            return False

    def push_ended(self) -> None:
        with self._lock:
            self.unstorable -= self._failed_in_push
            self._failed_in_push.clear()


@contextmanager
def server_faults() -> Iterator[ServerFaults]:
    """The in-process test servers (SQLite and PostgreSQL) with ServerFaults wired in."""
    faults = ServerFaults()
    real_push, real_save = records.push, record_store.save

    def push(conn, device, ops, **options):
        try:
            results = real_push(conn, device, ops, **options)  # all done, in the transaction
        finally:
            faults.push_ended()
        time.sleep(faults.take_delay())  # still holding the tenant's lock, as a slow server would
        if faults.take_failure():
            raise RuntimeError("the server failed before it could answer")  # -> rolled back, 500
        return results

    def save(conn, tenant_id, entity, record_id, data, **options):
        if faults.take_unstorable(record_id):
            raise OperationalError("UPDATE records ...", {}, Exception("disk I/O error"))
        return real_save(conn, tenant_id, entity, record_id, data, **options)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(records, "push", push)
        patch.setattr(record_store, "save", save)
        yield faults


class _HalfBody(httpx.SyncByteStream):
    def __init__(self, body: bytes):
        self.body = body

    def __iter__(self):
        yield self.body[:len(self.body) // 2]
        raise ConnectionResetError("the connection dropped")


class _CutAnswer(httpx.SyncByteStream):
    def __init__(self, part: bytes, request: httpx.Request):
        self.part, self.request = part, request

    def __iter__(self):
        yield self.part
        raise httpx.RemoteProtocolError("peer closed connection without sending complete message body",
                                        request=self.request)


class Network:
    """The road between one device and the server. Faults are queued per call ("push", "pull");
    every request that reached the server is logged, to replay.
    A fault may also be a function: it runs before the request goes (an edit made meanwhile)."""

    def __init__(self, server: ServerFaults | None = None):
        self.server = server
        self.queued: dict[str, list] = {"push": [], "pull": [], "login": []}
        self.delivered: list[tuple[str, httpx.Request]] = []
        self.held: list[httpx.Request] = []
        self.faults_met: list[tuple[str, str]] = []
        self.retries = 0

    def next(self, call: str, *faults: str | Callable[[], None] | None) -> Network:
        self.queued[call].extend(faults)
        return self

    def connect(self, retries: int | None = None, timeout: float = 10.0):
        """For SyncEngine(StoreReplica(connect)=...): the real Transport, over this network, retrying `retries` times
        (default: self.retries when the sync starts) without waiting in between."""
        def connect(url: str, token: str | None) -> Transport:
            http = httpx.Client(base_url=url, transport=_FaultyLink(self), timeout=httpx.Timeout(timeout))
            tries = self.retries if retries is None else retries
            return Transport(url, token, retries=tries, backoff=0, sleep=lambda _s: None, http=http)
        return connect

    def send(self, request: httpx.Request) -> httpx.Response:
        """A request as it was, straight to the server: a replay, or one held back until now."""
        with httpx.Client(verify=tls_context()) as road:
            return road.send(request)

    def deliver_held(self) -> list[httpx.Response]:
        held, self.held = self.held, []
        return [self.send(request) for request in held]

    def pushes(self) -> list[httpx.Request]:
        return [request for call, request in self.delivered if call == "push"]

    def _take(self, call: str) -> str | Callable[[], None] | None:
        fault = self.queued[call].pop(0) if self.queued.get(call) else None
        if isinstance(fault, str):
            self.faults_met.append((call, fault))
        return fault


class _FaultyLink(httpx.BaseTransport):
    def __init__(self, network: Network):
        self.network = network
        # The product's one TLS context: a context of its own per connection read the CA bundle each
        # time, a quarter of the three-device property test's time.
        self.road = httpx.HTTPTransport(verify=tls_context())

    def close(self) -> None:
        self.road.close()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        call = request.url.path.rsplit("/", 1)[-1]
        fault = self.network._take(call)
        if callable(fault):  # something happens on the device meanwhile; the request goes as usual
            fault()
            fault = None
        request.read()
        if fault == REFUSED:
            raise httpx.ConnectError("connection refused", request=request)
        if fault == CUT_REQUEST:
            self._send_half(request)
            raise httpx.WriteError("the connection dropped while sending", request=request)
        if fault == GATEWAY_DOWN:
            return httpx.Response(503, text="<html><body>503 Service Unavailable</body></html>",
                                  headers={"Content-Type": "text/html"})
        if fault == CAPTIVE_PORTAL:
            return httpx.Response(200, text="<html><body>Log in to Hotel WiFi</body></html>",
                                  headers={"Content-Type": "text/html"})
        if fault == HELD:
            self.network.held.append(request)
            raise httpx.ReadTimeout("no answer in time", request=request)
        fails = fault == SERVER_FAILS and call == "push"
        if fails:
            self.network.server.failing_pushes += 1
        try:
            status, headers, raw = self._deliver(call, request)
        finally:
            if fails:  # bound to this request: one that never reached the server's push (the server
                self.network.server.failing_pushes = 0  # closed the connection a 500 came on) arms no later one
        if fault == DUPLICATED:
            status, headers, raw = self._deliver(call, request)
        if fault == LOST_ANSWER:
            raise httpx.ReadError("connection reset by peer", request=request)
        if fault == TIMEOUT:
            raise httpx.ReadTimeout("the answer came too late", request=request)
        if fault == BAD_GATEWAY:
            return httpx.Response(502, text="<html><body>502 Bad Gateway</body></html>",
                                  headers={"Content-Type": "text/html"})
        if fault == CUT_ANSWER:
            return httpx.Response(status, headers=headers, stream=_CutAnswer(raw[:len(raw) // 2], request))
        return httpx.Response(status, headers=headers, stream=httpx.ByteStream(raw))

    def _deliver(self, call: str, request: httpx.Request) -> tuple[int, httpx.Headers, bytes]:
        response = self.road.handle_request(request)
        try:
            raw = b"".join(response.iter_raw())
        finally:
            response.close()
        self.network.delivered.append((call, request))
        return response.status_code, response.headers, raw

    def _send_half(self, request: httpx.Request) -> None:
        if not request.content:
            return  # a pull has no body: it was cut before it went
        half = httpx.Request(request.method, request.url, headers=request.headers, stream=_HalfBody(request.content))
        try:
            self.road.handle_request(half)
        except Exception:  # noqa: BLE001 -- the drop itself
            pass


# -- what the server and the devices hold --------------------------------------------------------------
def _plain(fields: dict) -> dict:
    """Booleans as the devices' columns hold them (0/1)."""
    return {k: int(v) if isinstance(v, bool) else v for k, v in fields.items()}


def server_records(db, tenant_id: str) -> dict[tuple[str, str], tuple[int, dict]]:
    """(entity, id) -> (version, fields) of everything the server holds for the tenant."""
    with db.reading() as session:
        rows = session.execute(select(Record.entity, Record.record_id, Record.version, Record.data)
                               .where(Record.tenant_id == tenant_id)).all()
    return {(e, r): (v, _plain({k: x for k, x in data.items() if k not in NOT_STORED})) for e, r, v, data in rows}


def device_records(store) -> dict[tuple[str, str], tuple[int, dict]]:
    """The same for a device: every row of its synced tables, without the local-only columns."""
    held = {}
    with store.engine.connect() as conn:
        for table in SYNCED_TABLES:
            shape = TableShape(conn, table)
            names = ", ".join(f'"{c}"' for c in shape.columns)
            for row in conn.exec_driver_sql(f'SELECT {names} FROM "{table}"'):
                record = dict(zip(shape.columns, row, strict=True))
                held[(table, record["id"])] = (record["version"], _plain(decode(table, record)))
    return held


def server_seq(db, tenant_id: str) -> int:
    with db.reading() as session:
        return session.get(TenantSequence, tenant_id).last_seq


def answers_kept(db, tenant_id: str) -> int:
    with db.reading() as session:
        return session.execute(select(func.count()).select_from(AppliedOp)
                               .where(AppliedOp.tenant_id == tenant_id)).scalar_one()


def cursor_of(store) -> int:
    with store.engine.connect() as conn:
        return int(read_value(conn, CURSOR) or 0)


def differences(mine: dict, theirs: dict, limit: int = 5) -> list[str]:
    """Readable differences between two record maps, for assertion messages."""
    out = [f"only on the device: {k}" for k in mine.keys() - theirs.keys()]
    out += [f"only on the server: {k}" for k in theirs.keys() - mine.keys()]
    for key in mine.keys() & theirs.keys():
        if mine[key] != theirs[key]:
            (v1, f1), (v2, f2) = mine[key], theirs[key]
            fields = {k: (f1.get(k), f2.get(k)) for k in f1.keys() | f2.keys() if f1.get(k) != f2.get(k)}
            out.append(f"{key}: version {v1} vs {v2}, fields (device, server) {fields}")
    return sorted(out)[:limit]


def assert_in_step(tenant, *stores) -> None:
    """Every device holds what the server holds, record for record and version for version,
    has nothing left to send and has pulled up to the server's newest change."""
    server = server_records(tenant.db, tenant.tenant_id)
    head = server_seq(tenant.db, tenant.tenant_id)
    for store in stores:
        assert store.sync.pending_count() == 0
        assert cursor_of(store) == head
        held = device_records(store)
        assert held == server, differences(held, server)


def assert_failed(store, code: str, last_success: str | None) -> None:
    """The sync said it did not finish: its error is kept and the last success did not move."""
    summary = store.sync.summary()
    assert summary.last_error is not None and summary.last_error["code"] == code
    assert summary.last_success_at == last_success


# -- the tests ----------------------------------------------------------------------------------------
@pytest.fixture
def tenant(tenant_on_each_database):
    return tenant_on_each_database


@pytest.fixture
def broken_server():
    with server_faults() as faults:
        yield faults


def _new_client_with_plan(store, family_name="Haddad") -> tuple[str, str]:
    client_id = store.clients.create({"given_names": "Amina", "family_name": family_name})
    plan_id = store.plans.start(client_id)
    store.plans.actions.add(plan_id, {"description": "Taalschool kiezen", "due_on": "2026-04-01",
                                      "worker_id": store.current_worker()})
    store.clients.update(client_id, {"phone": "06-11111111"})
    return client_id, plan_id


def _pair(devices, network: Network, retries: int = 0):
    """The gemeente's laptop on the faulty network, the begeleider's on a good one; both synced once."""
    laptop = devices.new("gemeente", "gemeente", connect=network.connect(retries))
    other = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    laptop.sync()
    other.sync()
    return laptop, other


@pytest.mark.parametrize("fault", NOT_DELIVERED)
def test_a_push_that_never_reached_the_server_fails_and_goes_whole_next_time(devices, tenant, broken_server, fault):
    network = Network(broken_server)
    laptop, other = _pair(devices, network)
    client_id, plan_id = _new_client_with_plan(laptop.store)
    sent, seq, success = laptop.store.sync.pending_count(), server_seq(tenant.db, tenant.tenant_id), \
        laptop.store.sync.last_success_at()

    network.next("push", fault)
    with pytest.raises(SyncError) as failure:
        laptop.sync()
    assert failure.value.code == ("offline" if fault in OFFLINE else "server_error")
    assert_failed(laptop.store, failure.value.code, success)
    assert server_seq(tenant.db, tenant.tenant_id) == seq  # nothing of it applied, not even in part
    assert laptop.store.sync.pending_count() == sent

    report = laptop.sync()
    assert report.pushed == sent and report.rejected == 0
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent
    assert laptop.store.sync.summary().last_error is None
    network.deliver_held()  # a push held on the way arrives now: answered from memory, applied once
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)
    assert other.store.clients.get(client_id)["phone"] == "06-11111111"
    assert [a["description"] for a in other.store.plans.get(plan_id)["actions"]] == ["Taalschool kiezen"]


@pytest.mark.parametrize("fault", ANSWER_LOST)
def test_a_push_whose_answer_was_lost_applies_once_and_meets_the_edits_made_since(devices, tenant, broken_server,
                                                                                  fault):
    network = Network(broken_server)
    laptop, other = _pair(devices, network)
    client_id, _plan_id = _new_client_with_plan(laptop.store)
    sent, seq = laptop.store.sync.pending_count(), server_seq(tenant.db, tenant.tenant_id)
    success = laptop.store.sync.last_success_at()

    network.next("push", fault)
    with pytest.raises(SyncError) as failure:
        laptop.sync()
    assert failure.value.code == ("offline" if fault in OFFLINE else "server_error")
    assert_failed(laptop.store, failure.value.code, success)
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent  # the server did apply it
    assert laptop.store.sync.pending_count() == sent  # but the device cannot know: all kept, to go again

    # Before the laptop syncs again, the begeleider adds a note and the klantmanager a new number.
    other.sync()
    other.store.clients.update(client_id, {"notes": "Heeft een fiets nodig"})
    other.sync()
    laptop.store.clients.update(client_id, {"phone": "06-22222222"})

    report = laptop.sync()
    assert report.pushed == sent + 1 and report.push_conflicts == 0
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent + 2  # the note and the new number, nothing twice
    assert answers_kept(tenant.db, tenant.tenant_id) == sent + 2
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)
    client = other.store.clients.get(client_id)
    assert (client["phone"], client["notes"]) == ("06-22222222", "Heeft een fiets nodig")
    assert other.store.sync.open_conflicts() == []


def _fill(store, clients: int) -> None:
    for i in range(clients):
        client_id = store.clients.create({"given_names": f"Persoon {i}", "family_name": "Haddad"})
        store.handovers.start(client_id)


@pytest.mark.parametrize("fault", (REFUSED, GATEWAY_DOWN, CAPTIVE_PORTAL, LOST_ANSWER, CUT_ANSWER, TIMEOUT,
                                   BAD_GATEWAY))
def test_a_pull_cut_in_the_middle_keeps_whole_pages_and_resumes_at_its_cursor(devices, tenant, fault):
    source = devices.new("gemeente")
    _fill(source.store, clients=8)
    source.sync()
    network = Network()
    laptop = devices.new("laptop", "vluchtelingenwerk", connect=network.connect(), pull_page=5)
    records_on_server = len(server_records(tenant.db, tenant.tenant_id))
    pages = []

    network.next("pull", None, None, fault)
    with pytest.raises(SyncError) as failure:
        laptop.sync(progress=lambda p: pages.append(p) if p.phase == "pull" else None)
    assert failure.value.code == ("offline" if fault in OFFLINE else "server_error")
    assert_failed(laptop.store, failure.value.code, None)
    assert len(pages) == 2 and cursor_of(laptop.store) == pages[-1].cursor  # two whole pages, nothing of the third
    assert len(device_records(laptop.store)) == 10

    report = laptop.sync()
    assert pages[-1].changes_applied + report.pulled == records_on_server  # every change once
    assert_in_step(tenant, laptop.store, source.store)


def test_faults_the_transport_retries_leave_one_sync_that_applies_everything_once(devices, tenant, broken_server):
    network = Network(broken_server)
    laptop, other = _pair(devices, network, retries=3)
    client_id, _plan_id = _new_client_with_plan(laptop.store)
    other.store.clients.create({"given_names": "Omar", "family_name": "Haddad"})
    other.sync()
    sent, seq = laptop.store.sync.pending_count(), server_seq(tenant.db, tenant.tenant_id)
    changed = {(e["entity"], e["record_id"]) for e in outbox(laptop.store)}

    network.next("push", SERVER_FAILS, LOST_ANSWER, BAD_GATEWAY)  # the fourth try gets its answer
    network.next("pull", CUT_ANSWER, GATEWAY_DOWN, DUPLICATED)
    report = laptop.sync()
    assert len(network.faults_met) == 6
    assert report.pushed == sent and report.rejected == 0
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent
    assert report.pulled == len(changed) + 1  # its own records back at their versions, and the begeleider's client
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)
    assert other.store.clients.get(client_id)["phone"] == "06-11111111"


def test_requests_delivered_twice_are_applied_once(devices, tenant):
    network = Network()
    laptop, other = _pair(devices, network)
    _new_client_with_plan(laptop.store)
    sent, seq = laptop.store.sync.pending_count(), server_seq(tenant.db, tenant.tenant_id)

    network.next("push", DUPLICATED)
    network.next("pull", DUPLICATED)
    report = laptop.sync()
    assert len(network.pushes()) == 2 and report.pushed == sent
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)


@pytest.mark.parametrize("first", ("delivered", "held"))
def test_an_old_push_arriving_after_newer_ones_changes_nothing(devices, tenant, first):
    """Delivered: a copy of a push applied long ago turns up again. Held: the push was held on the way
    while the device timed out, sent it again and went on; the original arrives last."""
    network = Network()
    laptop, other = _pair(devices, network)
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad",
                                             "phone": "06-11111111"})
    if first == "held":
        network.next("push", HELD)
        with pytest.raises(SyncError):
            laptop.sync()
    laptop.sync()
    [old] = network.held if first == "held" else network.pushes()[-1:]
    first_version = laptop.store.clients.get(client_id)["version"]
    laptop.store.clients.update(client_id, {"phone": "06-22222222"})
    laptop.sync()
    other.sync()
    other.store.clients.update(client_id, {"notes": "Spreekt Engels"})
    other.sync()
    seq = server_seq(tenant.db, tenant.tenant_id)

    late = network.send(old)  # arrives after the newer edits of both devices
    assert late.status_code == 200
    [answer] = late.json()["results"]  # the first answer, from memory
    assert (answer["status"], answer["version"], answer["record"]["phone"]) == ("applied", first_version,
                                                                              "06-11111111")
    assert server_seq(tenant.db, tenant.tenant_id) == seq
    laptop.sync()
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)
    client = laptop.store.clients.get(client_id)
    assert (client["phone"], client["notes"]) == ("06-22222222", "Spreekt Engels")


def test_a_push_answered_too_late_is_sent_again_while_the_server_still_works_and_applies_once(
        devices, tenant, broken_server):
    """A real timeout: the server holds the push (and the tenant's lock) longer than the device
    waits; the device's second try meets the first still at work, waits, and is answered from memory."""
    network = Network(broken_server)
    laptop = devices.new("gemeente", "gemeente", connect=network.connect(retries=3, timeout=0.8))
    laptop.sync()
    _new_client_with_plan(laptop.store)
    sent, seq = laptop.store.sync.pending_count(), server_seq(tenant.db, tenant.tenant_id)
    handled = broken_server.pushes_handled

    broken_server.slow_pushes.append(1.5)
    report = laptop.sync()
    assert report.pushed == sent
    assert broken_server.pushes_handled - handled >= 2  # the first, and at least one more try
    assert server_seq(tenant.db, tenant.tenant_id) == seq + sent
    assert_in_step(tenant, laptop.store)


def test_a_change_the_server_could_not_store_is_sent_again_not_set_aside(devices, tenant, broken_server):
    """The server answers "rejected, it will be sent again" when its database failed on one
    operation. The device keeps that change to send again, and says the sync did not finish."""
    network = Network(broken_server)
    laptop, other = _pair(devices, network)
    first = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    second = laptop.store.clients.create({"given_names": "Omar", "family_name": "Haddad"})
    broken_server.unstorable.add(second)
    success = laptop.store.sync.last_success_at()

    with pytest.raises(SyncError) as failure:
        laptop.sync()
    assert failure.value.code == "server_error"
    assert_failed(laptop.store, "server_error", success)
    assert laptop.store.sync.rejects() == []
    assert laptop.store.sync.pending_count() == 1

    laptop.sync()
    other.sync()
    assert {other.store.clients.get(i)["given_names"] for i in (first, second)} == {"Amina", "Omar"}
    assert_in_step(tenant, laptop.store, other.store)


def test_later_changes_of_a_record_the_server_could_not_store_wait_for_it(devices, tenant, broken_server):
    """Applied before the change that failed, a later one would meet it as a conflict when it comes again."""
    network = Network(broken_server)
    laptop, other = _pair(devices, network)
    client_id = laptop.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    mine = laptop.store.current_worker()
    laptop.store.set_current_worker(other.store.current_worker())  # a colleague at this laptop: an entry of its own
    laptop.store.clients.update(client_id, {"phone": "06-11111111"})
    laptop.store.set_current_worker(mine)
    assert laptop.store.sync.pending_count() == 2
    broken_server.unstorable.add(client_id)
    seq = server_seq(tenant.db, tenant.tenant_id)

    with pytest.raises(SyncError):
        laptop.sync()
    assert server_seq(tenant.db, tenant.tenant_id) == seq and laptop.store.sync.pending_count() == 2

    report = laptop.sync()
    assert (report.pushed, report.push_conflicts) == (2, 0)
    other.sync()
    assert_in_step(tenant, laptop.store, other.store)
    assert other.store.clients.get(client_id)["phone"] == "06-11111111"
    assert other.store.sync.open_conflicts() == []
