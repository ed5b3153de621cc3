"""What a partner's pull leaves out in SQL by a record's stored part is exactly what partner_sees
never lets through; what it decides from the part and organisation columns, without reading a
record's fields, partner_sees decides the same way."""

from __future__ import annotations

from itertools import combinations

from domain.consent_parts import ConsentPart
from server.entities import SYNCED_ENTITIES, organisation_of
from server.visibility import (
    DECIDED_BY_COLUMNS,
    DIRECTORY,
    OWN_ORGANISATION,
    grant_of,
    partner_part,
    partner_sees,
    partner_sees_stored,
    reduced,
)

ORG = "org-taalschool"
# Data that opens every door partner_sees has, and closes them: organisations, domains, forms.
DATA = [{"organisation_id": o, "domain": d, "form": f, "part": p, "special": s}
        for o in (ORG, "org-other", None) for d in ("work", "health", "finances", None)
        for f in ("visit", "intake", "handover", "unknown") for p in ("a", "finances", "health") for s in (0, 1)]
PARTS = [p.value for p in ConsentPart]
GRANTS = [grant_of(set(parts)) for n in range(len(PARTS) + 1) for parts in combinations(PARTS, n)]
ENTITIES = sorted(set(SYNCED_ENTITIES) - set(DIRECTORY))


def test_no_record_whose_part_the_grant_lacks_could_reach_a_partner():
    for grant in GRANTS:
        for entity in ENTITIES:
            for data in DATA:
                if partner_part(entity, data) not in grant:
                    assert not partner_sees(grant, ORG, entity, data), (grant, entity, data)


def test_every_entity_with_a_part_can_reach_some_partner_and_the_rest_none():
    reachable = {entity for entity in ENTITIES for grant in GRANTS for data in DATA
                 if partner_sees(grant, ORG, entity, data)}
    with_part = {entity for entity in ENTITIES if any(partner_part(entity, data) for data in DATA)}
    assert reachable == with_part
    assert {"households", "plan_versions", "plan_history", "duplicate_dismissals"}.isdisjoint(with_part)


def test_plan_actions_of_other_organisations_never_reach_a_partner():
    for grant in GRANTS:
        for data in DATA:
            if data["organisation_id"] != ORG:
                assert not partner_sees(grant, ORG, "plan_actions", data)


def test_what_the_pull_decides_by_the_columns_is_what_partner_sees_decides_and_is_sent_whole():
    for grant in GRANTS:
        for entity in DECIDED_BY_COLUMNS:
            for data in DATA:
                columns = partner_sees_stored(grant, ORG, entity, partner_part(entity, data),
                                              organisation_of(entity, "id", data))
                assert columns == partner_sees(grant, ORG, entity, data), (grant, entity, data)
                assert reduced(grant, entity, data) is data, (grant, entity)


def test_a_partner_sees_only_its_own_organisations_consents_and_conflicts_whatever_their_part():
    for grant in GRANTS:
        for entity in OWN_ORGANISATION:
            for data in DATA:
                if partner_sees(grant, ORG, entity, data):
                    assert data["organisation_id"] == ORG


def test_a_story_about_health_never_reaches_a_partner_and_the_others_only_with_stories_shared():
    for grant in GRANTS:
        for domain in ("health", "work", None):
            data = {"life_domain": domain, "organisation_id": ORG}
            sees = partner_sees(grant, ORG, "stories", data)
            assert sees == (domain != "health" and "stories" in grant), (grant, domain)
            assert partner_sees(grant, ORG, "stage_ratings", data) == ("stories" in grant)
