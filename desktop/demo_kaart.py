"""The demo's sociale kaart in a store that works without a server: the Hilversum directory the app
ships for the demo (domain/arrival/demo_hilversum.py), as the coordinator would publish it.

With a server the demo's coordinator publishes the kaart there and every device receives it
(tools/demo_kaart.py). Offline nobody does, so the demo store holds it as if received: written the way
the sync applies the server's records, it is nobody's unsent change, and a store that later signs in
to a server does not send it (a begeleider may not change the kaart) but takes the server's over it.
The kaart's partners of the chain are linked to the store's own organisation of the same part, so
a referral that shares anything goes there, under consent.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.store import Store
from desktop.store.sync_apply import applying
from domain.arrival.demo_hilversum import demo_directory
from domain.arrival.model import Directory
from domain.arrival.social_map_records import directory_records

ENTITY = "social_map_items"
STAMP = "2026-01-05T09:00:00.000000Z"
# the kaart's part in the chain -> the kind of the chain's own organisation
CHAIN_KIND = {"gemeente": "gemeente", "maatschappelijke_begeleiding": "maatschappelijke_begeleiding",
              "taalschool": "taalschool", "budgetcoach": "budgetcoach", "werk": "jobhunter", "welzijn": "welzijn"}


def linked_directory(chain_orgs: dict[str, list[str]]) -> Directory:
    """The demo directory with its chain partners linked to the chain's organisations ({kind: [ids]})."""
    directory = demo_directory()
    linked = tuple(replace(o, chain_organisation_id=(chain_orgs.get(CHAIN_KIND.get(o.chain_role or ""), [None])
                                                     or [None])[0]) for o in directory.organizations)
    return replace(directory, organizations=linked)


def add_kaart(store: Store, chain_orgs: dict[str, list[str]]) -> int:
    """Put the demo kaart in the store as received, unless it holds a kaart already; the items written."""
    held, _ = store.social_map.directory()
    if held.services:
        return 0
    records = directory_records(linked_directory(chain_orgs))
    with applying(store.engine) as applier:
        for record_id, fields in records:
            applier.apply(ENTITY, record_id, None, False,
                          {"id": record_id, **fields, "created_at": STAMP, "updated_at": STAMP})
    return len(records)
