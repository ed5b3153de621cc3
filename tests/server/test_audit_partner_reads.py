"""A partner's pull is logged like any other: one read line per page and client, naming every
record it handed out, also the ones cut to the consented parts. Those name their client as the
record store derived it when it stored the record, so logging a page looks up no parent, even
when the parent is on another page. A partner's page reads a few rows beyond its room, and those
come on the next page. On SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from server import audit
from server.models import Record
from tests.server.town import Holder, town_in


@pytest.fixture
def town(server):
    yield from town_in(server)


def _stored_clients(town) -> dict[tuple[str, str], str | None]:
    with town.server.db.reading() as session:
        return {(r.entity, r.record_id): r.client_id for r in session.execute(
            select(Record.entity, Record.record_id, Record.client_id).where(Record.tenant_id == town.tenant_id))}


def test_a_partners_pull_page_by_page_logs_each_record_under_its_client_and_looks_up_no_parent(town, monkeypatch):
    looked_up: list[set] = []
    original = audit._stored_clients

    def counting(conn, tenant_id, keys):
        if keys:
            looked_up.append(set(keys))
        return original(conn, tenant_id, keys)

    monkeypatch.setattr(audit, "_stored_clients", counting)
    school = Holder(town.device("taal"))
    school.sync(limit=1)  # a record a page: no record's parent is ever on its page
    assert looked_up == []

    stored = _stored_clients(town)
    handed_out = {(c["entity"], c["record_id"]) for page in school.pages for c in page["changes"]
                  if c["fields"] is not None and stored.get((c["entity"], c["record_id"]))}
    whole = town.holder("km").records
    reduced = {key for key in handed_out if set(school.records[key]) < set(whole[key])}
    assert ("clients", town.ids["amina"]) in reduced  # the consented client, cut to her parts

    coordinator = town.device("coordinator")
    reads = [e for e in _lines(coordinator) if e["action"] == "read" and e["device_id"] == school.device.device_id]
    logged = [(e["client_id"], tuple(r)) for e in reads for r in e["records"]]
    assert sorted(logged) == sorted((stored[key], key) for key in handed_out)


def _lines(device) -> list[dict]:
    answer = device.http.get("/api/v1/audit", params={"limit": 500})
    assert answer.status_code == 200, answer.text
    return answer.json()["entries"]


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8])
def test_a_partner_pulling_in_small_pages_receives_what_one_large_page_gives(town, limit):
    """A partner's page reads a little more than its room: the rows read but not judged must come on
    the next page, none twice, none lost."""
    whole = Holder(town.device("taal")).sync()
    paged = Holder(town.device("taal"))
    paged.sync(limit=limit)
    assert paged.records == whole
    sent = [(c["entity"], c["record_id"]) for page in paged.pages for c in page["changes"]]
    assert len(sent) == len(set(sent)) and all(len(page["changes"]) <= limit for page in paged.pages)
