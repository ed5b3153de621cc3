"""A partner holding its clients with different grants: every page of its pull brings exactly what
those grants let through, on SQLite and on PostgreSQL, whatever the page size.

The first page filters by the scope's lists; the usual pull after it by what the server keeps of the
device (each client with its grant), which on PostgreSQL is one lookup of the pair (client, part).
The expectation is worked out from the stored records by tests/server/test_forged_pushes.py's rules,
never by the server's scope functions.
"""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.depth import examples
from tests.server.client import new_id, op
from tests.server.test_forged_pushes import DIRECTORY, _partner, stored_records
from tests.server.town import STAMP, Holder, Town, make_town

PARTS = ["contact", "plan", "intake", "finances", "visits", "stories", "health"]
RECORD = {"created_at": STAMP, "updated_at": STAMP}


def _records_of(town: Town, client: str, plan: str) -> list[dict]:
    """One record of each part a client's file has, the partner's and others' plan actions and stories."""
    o = town.orgs
    intake = new_id()
    return [
        op("intakes", intake, fields={"client_id": client, "status": "done", **RECORD}),
        *[op("form_parts", new_id(), fields={"form": form, "owner_id": intake, "client_id": client, "part": part,
                                             "special": int(part == "health"), **RECORD})
          for form, part in (("intake", "language"), ("intake", "health"), ("intake", "finances"),
                             ("visit", "language"))],
        op("visits", new_id(), fields={"client_id": client, "planned_on": "2026-03-01", **RECORD}),
        *[op("plan_goals", new_id(), fields={"plan_id": plan, "client_id": client, "domain": domain, **RECORD})
          for domain in ("language", "health", "finances")],
        *[op("plan_actions", new_id(), fields={"plan_id": plan, "client_id": client, "organisation_id": o[org],
                                               "description": "Les", "status": "planned", **RECORD})
          for org in ("taalschool", "budgetcoach")],
        op("plan_tranches", new_id(), fields={"plan_id": plan, "client_id": client, "amount_cents": 100,
                                              "paid_on": "2026-03-01", **RECORD}),
        *[op("stories", new_id(), fields={"client_id": client, "organisation_id": o["taalschool"],
                                          "life_domain": domain, "title": "Werk", **RECORD})
          for domain in ("work", "health")],
        # another organisation's consent and referrals: the partner's own only
        op("consents", new_id(), fields={"client_id": client, "organisation_id": o["budgetcoach"], "parts": ["plan"],
                                         "given_on": "2026-03-01", "how_given": "mondeling", "withdrawn_on": None,
                                         **RECORD}),
        *[op("referrals", new_id(), fields={"client_id": client, "organisation_id": o[org], "shared_parts": [],
                                            **RECORD})
          for org in ("taalschool", "budgetcoach")],
    ]


def _push(town: Town, operations: list[dict]) -> None:
    answers = town.device("km").push(*operations)
    assert {a["status"] for a in answers} == {"applied"}, answers


@settings(max_examples=examples(20), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@example(grants=[{"contact", "plan", "visits"}, {"intake"}, {"finances", "plan"}, set(), {"stories", "health"}],
         limit=2)
@given(grants=st.lists(st.sets(st.sampled_from(PARTS)), min_size=2, max_size=5), limit=st.integers(1, 7))
def test_a_partner_with_many_grants_receives_in_any_pages_exactly_what_they_let_through(server, grants, limit):
    town = make_town(server)
    try:
        clients = [(new_id(), new_id()) for _ in grants]  # (client, plan)
        operations = []
        for (client, plan), parts in zip(clients, grants, strict=True):
            operations += [
                op("clients", client, fields={"given_names": "Nep", "family_name": "Nep", "phone": "06-1", **RECORD}),
                op("plans", plan, fields={"client_id": client, "leerroute": "B", **RECORD}),
                op("consents", new_id(), fields={"client_id": client, "organisation_id": town.orgs["taalschool"],
                                                 "parts": sorted(parts), "given_on": "2026-03-01",
                                                 "how_given": "mondeling", "withdrawn_on": None, **RECORD}),
                *_records_of(town, client, plan)]
        _push(town, operations)
        paged = Holder(town.device("taal"))
        paged.sync(limit=limit)
        assert set(paged.records) == _allowed(town)
        # More of everything after the device synced: the usual pull's pages, with the grants it keeps.
        _push(town, [o for client, plan in clients for o in _records_of(town, client, plan)])
        paged.sync(limit=limit)
        assert set(paged.records) == _allowed(town)
        whole = Holder(town.device("taal"))  # a new device's first page: all of it, by the scope's lists
        whole.sync()
        assert len(whole.pages) == 1 and whole.records == paged.records
        assert len(paged.pages) > 2
    finally:
        for device in town.devices:
            device.close()


def _allowed(town: Town) -> set[tuple[str, str]]:
    """What the language school may hold now, by test_forged_pushes.py's rules: its clients' records
    its grants let through, and the tenant's directory."""
    stored = stored_records(town)
    return _partner(town.orgs["taalschool"], stored) | {k for k in stored if k[0] in DIRECTORY}


