"""Only a change that may move a scope is noted as one: a note on a client file leaves every
caseload device on the usual (fast) pull; an assignment, a household, a worker or a consent moves
it, and the device then receives exactly what its scope now allows, also when its scope was worked
out before and kept (server/scope_moves.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from server import pull_scope
from server.scope_moves import CLIENT_FACTS, moves_scope
from server.sequence import scope_moved_at
from tests.server.client import new_id, op
from tests.server.town import STAMP, make_town


@pytest.fixture
def town(server):
    town = make_town(server)
    yield town
    for device in town.devices:
        device.close()


def _moved(town) -> int:
    with town.server.db.reading() as session:
        return scope_moved_at(session.connection(), town.tenant_id)


def _update(town, entity: str, name: str, **changes) -> None:
    base = town.holder("km").records[town.key(entity, name)]
    [answer] = town.device("km").push(op(entity, town.ids[name], "update", base=base, fields={**base, **changes}))
    assert answer["status"] == "applied"


def _fast_pulls(monkeypatch) -> list[bool]:
    seen: list[bool] = []
    plan = pull_scope.PullPlan.__init__

    def noting(self, *args, **kwargs):
        plan(self, *args, **kwargs)
        seen.append(self.fast)
    monkeypatch.setattr(pull_scope.PullPlan, "__init__", noting)
    return seen


def test_a_note_moves_no_scope_and_the_begeleider_stays_on_the_usual_pull(town, monkeypatch):
    guide = town.holder("begeleider")
    guide.sync()
    town.holder("km").sync()
    before = _moved(town)
    _update(town, "clients", "amina", notes="Belt terug over de huurtoeslag")
    assert _moved(town) == before
    fast = _fast_pulls(monkeypatch)
    guide.sync()
    assert fast and all(fast)
    assert guide.records[town.key("clients", "amina")]["notes"] == "Belt terug over de huurtoeslag"


def test_an_assignment_moves_the_scope_and_the_client_leaves_and_comes_back(town):
    guide = town.holder("begeleider")
    guide.sync()
    town.holder("km").sync()
    assert ("clients", town.ids["amina"]) in guide.records
    before = _moved(town)
    _update(town, "clients", "amina", begeleider_id=None, klantmanager_id=town.workers["km"])
    assert _moved(town) > before
    guide.sync()  # the kept scope is not used: Amina and her household leave
    assert ("clients", town.ids["amina"]) not in guide.records
    town.holder("km").sync()
    _update(town, "clients", "amina", begeleider_id=town.workers["begeleider"])
    guide.sync()
    assert ("clients", town.ids["amina"]) in guide.records


def test_a_new_client_and_a_consent_move_scopes(town):
    before = _moved(town)
    [made] = town.device("begeleider").push(op("clients", new_id(), fields={
        "given_names": "Yonas", "family_name": "Tesfay", "created_at": STAMP, "updated_at": STAMP}))
    assert made["status"] == "applied" and _moved(town) > before
    school = town.holder("taal")
    school.sync()
    assert ("clients", town.ids["amina"]) in school.records
    town.holder("km").sync()
    _update(town, "consents", "consent", withdrawn_on="2026-03-10")
    school.sync()
    assert ("clients", town.ids["amina"]) not in school.records


facts = st.dictionaries(st.sampled_from([*CLIENT_FACTS, "notes", "phone", "given_names"]),
                        st.one_of(st.none(), st.text(max_size=3), st.booleans()), max_size=6)


@given(facts, facts)
def test_a_client_change_moves_a_scope_exactly_when_a_fact_it_rests_on_differs(before, after):
    differs = any((after.get(f) or None) != (before.get(f) or None) for f in CLIENT_FACTS)
    assert moves_scope("clients", after, before) == differs
    assert moves_scope("clients", after, None)  # a new client always may
    assert moves_scope("workers", after, before) and moves_scope("consents", after, before)
    assert not moves_scope("visits", after, before) and not moves_scope("form_parts", after, None)
