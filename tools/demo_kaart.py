"""The demo's sociale kaart and referrals: the Hilversum directory published on the demo server by
its coordinator, as any coordinator's device would, and a few referrals made on the demo store.

The kaart's organisations that are partners of the demo chain are linked to the chain's own
organisation of the same part (a referral that shares anything goes there, under consent). A
development tool: not part of the app.
"""

from __future__ import annotations

from datetime import date, timedelta

from desktop.demo_kaart import STAMP, linked_directory

COORDINATOR = "ingrid"


def _chain_organisations(database_url: str, tenant_name: str) -> tuple[dict[str, str], bool]:
    """({kind: the chain's first organisation of it}, whether the server holds a kaart already)."""
    from sqlalchemy import select

    from server.db import Database
    from server.models import Organisation, Tenant
    from server.record_store import RECORDS

    db = Database(database_url)
    try:
        with db.reading() as session:
            tenant = session.execute(select(Tenant).where(Tenant.name == tenant_name)).scalar_one()
            kinds: dict[str, str] = {}
            for org in session.execute(select(Organisation).where(Organisation.tenant_id == tenant.id)
                                       .order_by(Organisation.name)).scalars():
                kinds.setdefault(org.kind, org.id)
            held = session.execute(select(RECORDS.c.record_id).where(
                RECORDS.c.tenant_id == tenant.id, RECORDS.c.entity == "social_map_items").limit(1)).first()
        return kinds, held is not None
    finally:
        db.dispose()


def publish_kaart(database_url: str, tenant_name: str, url: str, password: str) -> int:
    """Push the demo kaart as the coordinator's device, once per server; the number of items sent."""
    import httpx

    from domain.arrival.social_map_records import directory_records
    from sync.protocol import API, PROTOCOL_HEADER, PROTOCOL_VERSION

    kinds, held = _chain_organisations(database_url, tenant_name)
    if held:
        return 0
    directory = linked_directory({kind: [org_id] for kind, org_id in kinds.items()})
    ops = [{"op_id": f"demo-kaart-{record_id}", "entity": "social_map_items", "record_id": record_id,
            "op": "insert", "fields": {"id": record_id, **fields, "created_at": STAMP, "updated_at": STAMP},
            "base": None, "author_id": None, "created_at": STAMP}
           for record_id, fields in directory_records(directory)]
    with httpx.Client(base_url=url, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}, timeout=30) as http:
        answer = http.post(f"{API}/login", json={"username": COORDINATOR, "password": password,
                                                 "device_name": "Sociale kaart (demo)"})
        answer.raise_for_status()
        http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        results = http.post(f"{API}/sync/push", json={"ops": ops}).raise_for_status().json()["results"]
    refused = [r for r in results if r["status"] == "rejected"]
    if refused:
        raise SystemExit(f"The demo sociale kaart was refused: {refused[0]['reason']}")
    return len(ops)


def make_referrals(store, count: int = 6) -> int:
    """A few of the store's clients referred to services of its kaart: most sharing nothing (an
    address), one sharing contact details with the language school under a consent recorded first."""
    from desktop.store import CaseloadQuery

    directory, _ = store.social_map.directory()
    services = [s for s in directory.services if s.status == "active"]
    if not services:
        return 0
    def chain_of(service) -> str | None:
        organisation = directory.organization(service.organization_id)
        return organisation.chain_organisation_id if organisation else None

    linked = [s for s in services if chain_of(s)]
    people = [c["id"] for c in store.clients.search(CaseloadQuery(limit=count)).rows]
    today = date.today()
    made = 0
    for n, client_id in enumerate(people):
        service = linked[0] if n == 0 and linked else services[(n * 3) % len(services)]
        chain_org = chain_of(service)
        shared = []
        if n == 0 and chain_org:
            store.consents.give(client_id, {"organisation_id": chain_org, "parts": ["contact"],
                                            "given_on": (today - timedelta(days=3)).isoformat(),
                                            "how_given": "mondeling"})
            shared = ["contact"]
        store.referrals.refer(client_id, {
            "service_id": service.id, "organisation_id": chain_org,
            "referred_on": (today - timedelta(days=n)).isoformat(), "origin": "client_file", "shared_parts": shared,
            "note": "Samen gebeld en een eerste afspraak gemaakt." if shared else ""})
        made += 1
    return made
