"""The entities left out of a partner's pull in SQL are exactly those partner_sees never lets through."""

from __future__ import annotations

from domain.consent_parts import ConsentPart
from server.entities import SYNCED_ENTITIES
from server.visibility import DIRECTORY, PARTNER_ENTITIES, grant_of, partner_sees

ORG = "org-taalschool"
# Data that opens every door partner_sees has: its own organisation, every domain, every form.
GENEROUS = [{"organisation_id": ORG, "domain": d, "form": f, "part": p}
            for d in ("work", "health", "finances") for f in ("visit", "intake", "handover") for p in ("a", "finances")]


def test_no_entity_left_out_of_the_sql_could_reach_a_partner():
    widest = grant_of({p.value for p in ConsentPart})
    for entity in set(SYNCED_ENTITIES) - set(PARTNER_ENTITIES) - set(DIRECTORY):
        assert not any(partner_sees(widest, ORG, entity, data) for data in GENEROUS), entity


def test_every_entity_kept_in_the_sql_can_reach_a_partner():
    widest = grant_of({p.value for p in ConsentPart})
    for entity in PARTNER_ENTITIES:
        assert entity in SYNCED_ENTITIES
        assert any(partner_sees(widest, ORG, entity, data) for data in GENEROUS), entity
