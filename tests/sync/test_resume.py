"""Syncs broken on the way, against a real server: a pull resumes at its cursor, a push whose
answer was lost applies once when sent again, a refused change is set aside and the rest goes on."""

import httpx
import pytest
from sqlalchemy import func, select, text

from desktop.store.replica import StoreReplica
from server.models import Record, TenantSequence
from sync.client.engine import SyncEngine
from sync.client.transport import Transport
from sync.errors import Offline


class Breaking(httpx.BaseTransport):
    """Real HTTP to the server, until the connection breaks: after `pulls_ok` pull pages, or by
    losing the answer to the first push (the server did receive and apply it)."""

    def __init__(self, pulls_ok: int | None = None, lose_push_answer: bool = False):
        self.inner = httpx.HTTPTransport()
        self.pulls_ok, self.lose_push_answer, self.pulls = pulls_ok, lose_push_answer, 0

    def handle_request(self, request):
        if request.url.path.endswith("/sync/pull") and self.pulls_ok is not None:
            self.pulls += 1
            if self.pulls > self.pulls_ok:
                raise httpx.ConnectError("the network went away", request=request)
        response = self.inner.handle_request(request)
        if request.url.path.endswith("/sync/push") and self.lose_push_answer:
            response.read()
            self.lose_push_answer = False
            raise httpx.ReadError("connection reset before the answer arrived", request=request)
        return response


def breaking_engine(store, pull_page=500, **breaking):
    def connect(url, token):
        http = httpx.Client(base_url=url, transport=Breaking(**breaking))
        return Transport(url, token, retries=0, http=http)
    return SyncEngine(StoreReplica(store), connect=connect, pull_page=pull_page)


def _count(store, table):
    with store.engine.connect() as conn:
        return conn.execute(text(f"SELECT count(*) FROM {table} WHERE deleted = 0")).scalar_one()


def _server_records(sync_server, tenant_id):
    with sync_server.db.reading() as session:
        return session.execute(select(func.count()).select_from(Record)
                               .where(Record.tenant_id == tenant_id)).scalar_one()


def _server_seq(sync_server, tenant_id):
    with sync_server.db.reading() as session:
        return session.get(TenantSequence, tenant_id).last_seq


def _fill(store, clients=25):
    for i in range(clients):
        client_id = store.clients.create({"given_names": f"Persoon {i}", "family_name": "Haddad"})
        store.handovers.start(client_id)


def test_a_pull_broken_after_some_pages_resumes_without_loss_or_duplicates(devices, sync_server, tenant):
    source = devices.new("gemeente")
    _fill(source.store)
    source.sync()
    laptop = devices.new("laptop", enrol=True)
    applied = []

    with pytest.raises(Offline):
        breaking_engine(laptop.store, pull_page=10, pulls_ok=2).sync(
            progress=lambda p: applied.append(p.changes_applied) if p.phase == "pull" else None)
    assert len(applied) == 2 and applied[-1] == 20  # two whole pages kept
    assert 0 < _count(laptop.store, "clients") < 25
    summary = laptop.store.sync.summary()
    assert summary.last_error["code"] == "offline" and summary.last_success_at is None

    report = SyncEngine(StoreReplica(laptop.store), pull_page=10).sync()
    assert applied[-1] + report.pulled == _server_records(sync_server, tenant.tenant_id)  # each change once
    assert _count(laptop.store, "clients") == 25 and _count(laptop.store, "handovers") == 25
    assert laptop.store.sync.summary().last_error is None and laptop.store.sync.last_success_at()
    assert laptop.store.sync.pending_count() == 0
    with laptop.store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_key_check")).all() == []


def test_a_push_whose_answer_was_lost_applies_once_when_sent_again(devices, sync_server, tenant):
    gemeente = devices.new("gemeente")
    gemeente.sync()  # the first sync brings the directory, with this person's own worker record
    client_id = gemeente.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    plan_id = gemeente.store.plans.start(client_id)
    gemeente.store.plans.actions.add(plan_id, {"description": "Taalschool kiezen", "due_on": "2026-04-01",
                                               "worker_id": gemeente.store.current_worker()})
    sent = gemeente.store.sync.pending_count()

    with pytest.raises(Offline):
        breaking_engine(gemeente.store, lose_push_answer=True).sync()
    seq_after_lost_answer = _server_seq(sync_server, tenant.tenant_id)
    assert gemeente.store.sync.pending_count() == sent  # kept, claimed, to be sent again as they were

    report = gemeente.sync()
    assert report.pushed == sent and report.rejected == 0
    assert _server_seq(sync_server, tenant.tenant_id) == seq_after_lost_answer  # nothing applied twice
    assert gemeente.store.sync.pending_count() == 0

    other = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    other.sync()
    assert [a["description"] for a in other.store.plans.get(plan_id)["actions"]] == ["Taalschool kiezen"]


def test_a_refused_change_is_set_aside_with_its_reason_and_the_rest_syncs(devices):
    gemeente = devices.new("gemeente")
    first = gemeente.store.clients.create({"given_names": "Amina", "family_name": "Haddad"})
    with gemeente.store.engine.begin() as conn:  # a record the server cannot take: its id is no id
        conn.execute(text("INSERT INTO households (id, created_at, updated_at, label) "
                          "VALUES ('household-1', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'Haddad')"))
    second = gemeente.store.clients.create({"given_names": "Omar", "family_name": "Haddad"})

    report = gemeente.sync()
    assert report.rejected == 1
    [reject] = gemeente.store.sync.rejects()
    assert (reject["entity"], reject["record_id"], reject["op"]) == ("households", "household-1", "insert")
    assert reject["reason"] == "The record's id is not a valid id." and reject["fields"]["label"] == "Haddad"
    assert gemeente.store.sync.summary().rejects == 1 and gemeente.store.sync.pending_count() == 0

    other = devices.new("vluchtelingenwerk", "vluchtelingenwerk")
    other.sync()
    assert {other.store.clients.get(i)["given_names"] for i in (first, second)} == {"Amina", "Omar"}
    assert gemeente.sync().rejected == 0  # set aside, not sent again
    gemeente.store.sync.dismiss_reject(reject["id"])
    assert gemeente.store.sync.rejects() == []


def test_the_first_sync_of_a_new_device_fills_it_with_real_progress(devices, sync_server, tenant):
    source = devices.new("gemeente")
    _fill(source.store, clients=30)
    source.sync()
    laptop = devices.new("laptop", "vluchtelingenwerk", pull_page=10)
    seen = []
    report = laptop.sync(progress=seen.append)
    pulls = [p for p in seen if p.phase == "pull"]
    assert len(pulls) == report.pages >= 6
    fractions = [p.fraction for p in pulls]
    assert fractions == sorted(fractions) and fractions[0] < 0.3 and fractions[-1] == 1.0
    assert [p.pages_done for p in pulls] == list(range(1, report.pages + 1))
    assert pulls[-1].changes_applied == report.pulled == _server_records(sync_server, tenant.tenant_id)
    assert pulls[-1].head == _server_seq(sync_server, tenant.tenant_id)
    assert _count(laptop.store, "clients") == 30 and _count(laptop.store, "workers") == 2
