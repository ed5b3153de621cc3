"""A monitoring meeting travels from the coordinator's device to the other staff devices through a real
server on loopback (SQLite and PostgreSQL), its figures and lists intact; another worker's local edit
of it is refused by the server and set aside, and the meeting stays as the coordinator left it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.sync.conftest import add_coordinator, make_tenant

FIGURES = {"format": "ketenplan-monitoring/1", "reference_date": "2026-03-01",
           "figures": [{"target": "S4", "cohort": 2023, "realised": {"n": 8, "N": 10, "pct": 80.0},
                        "breakdowns": {"sex": {"F": {"realised": {"n": 3, "N": 5, "pct": 60.0}}}}}]}


@pytest.fixture(params=["sqlite", "postgresql"])
def tenant(request):
    tenant = make_tenant(request.getfixturevalue("sync_server" if request.param == "sqlite" else "pg_sync_server"),
                         begeleider_at="vluchtelingenwerk")
    tenant.usernames["coordinator"] = add_coordinator(tenant)
    return tenant


def test_a_meeting_reaches_the_staff_and_only_its_coordinator_changes_it(devices):
    coordinator = devices.new("coordinator", "coordinator")
    km = devices.new("gemeente", "gemeente")
    meeting_id = coordinator.store.meetings.create({
        "held_on": "2026-03-01", "title": "Overleg maart", "figures": FIGURES,
        "stories": [{"story_id": "story-1", "reason": "Laat zien waar de overdracht hapert"}],
        "actions": [{"id": "a1", "what": "Overdracht bespreken", "who": "COA", "due_on": "2026-04-01",
                     "status": "open", "outcome": ""}]})
    coordinator.sync()
    km.sync()
    got = km.store.meetings.get(meeting_id)
    assert got["figures"] == FIGURES and got["stories"][0]["reason"] == "Laat zien waar de overdracht hapert"
    assert got["actions"][0]["due_on"] == "2026-04-01"

    km.store.meetings.save(meeting_id, {**{k: got[k] for k in ("held_on", "title", "figures", "stories")},
                                        "decisions": ["Alles is goed"], "actions": []})
    km.sync()
    with km.store.engine.connect() as conn:
        reasons = conn.execute(text("SELECT reason FROM sync_rejects WHERE entity = 'monitoring_meetings'")).scalars()
        assert any("coordinator" in r for r in reasons)
    coordinator.sync()
    kept = coordinator.store.meetings.get(meeting_id)
    assert kept["decisions"] == [] and kept["actions"][0]["what"] == "Overdracht bespreken"
