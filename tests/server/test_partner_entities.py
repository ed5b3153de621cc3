"""What a partner's pull leaves out in SQL, per grant, is exactly what partner_sees never lets through;
what it decides without reading a record's fields, partner_sees decides the same way."""

from __future__ import annotations

from itertools import combinations

from domain.consent_parts import ConsentPart
from server.entities import SYNCED_ENTITIES
from server.visibility import (
    DIRECTORY,
    ENTITY_PART,
    PLAN,
    SEEN_BY_PART,
    grant_of,
    partner_entities,
    partner_sees,
    reduced,
)

ORG = "org-taalschool"
# Data that opens every door partner_sees has: its own organisation, every domain, every form.
GENEROUS = [{"organisation_id": ORG, "domain": d, "form": f, "part": p, "special": s}
            for d in ("work", "health", "finances") for f in ("visit", "intake", "handover")
            for p in ("a", "finances", "health") for s in (0, 1)]
PARTS = [p.value for p in ConsentPart]
GRANTS = [grant_of(set(parts)) for n in range(len(PARTS) + 1) for parts in combinations(PARTS, n)]


def test_no_record_left_out_of_the_sql_could_reach_a_partner():
    others = [{**data, "organisation_id": "org-other"} for data in GENEROUS]
    for grant in GRANTS:
        kept = set(partner_entities(grant))
        for entity in set(SYNCED_ENTITIES) - kept - set(DIRECTORY) - {"plan_actions"}:
            assert not any(partner_sees(grant, ORG, entity, data) for data in GENEROUS), (grant, entity)
        # Plan actions: asked for in SQL with PLAN, of the partner's own organisation only.
        assert not any(partner_sees(grant, ORG, "plan_actions", data) for data in others), grant
        assert any(partner_sees(grant, ORG, "plan_actions", data) for data in GENEROUS) == (PLAN in grant), grant


def test_every_entity_kept_in_the_sql_can_reach_a_partner_with_that_grant():
    for grant in GRANTS:
        for entity in partner_entities(grant):
            assert entity in SYNCED_ENTITIES and entity != "plan_actions", (grant, entity)
            assert any(partner_sees(grant, ORG, entity, data) for data in GENEROUS), (grant, entity)


def test_what_the_pull_decides_by_the_part_alone_is_what_partner_sees_decides_and_is_sent_whole():
    for grant in GRANTS:
        for entity in SEEN_BY_PART:
            for data in GENEROUS:
                assert partner_sees(grant, ORG, entity, data) == (ENTITY_PART[entity] in grant), (grant, entity)
                assert reduced(grant, entity, data) is data, (grant, entity)
