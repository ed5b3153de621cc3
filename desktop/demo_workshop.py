"""Demo welcome workshops: one held last month with who came and who got a card, one to come.

Those invited are newcomers (in the AZC or settled within the last year), as a municipality
would invite them. Everything goes through the store's API, so the outbox carries it to a server.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.arrival.card_content import card_language
from desktop.store import Store

RECENT_DAYS = 365
PER_SESSION = 12
NEW_STAGES = frozenset({"koppeling", "overdracht", "intake", "plan", "gevestigd"})


def add_workshops(store: Store, seed: int, today: date, main_persons: list[tuple[str, dict]],
                  orgs: dict[str, list[str]], municipality: str) -> dict:
    """Two sessions with invitations; returns counts. Its own random stream, so the rest of the
    demo stays as it was for a seed."""
    rng = random.Random(seed + 37)
    newcomers = [(cid, r) for cid, r in main_persons if r["stage"] in NEW_STAGES and _recent(r, today)]
    if not newcomers:
        return {"workshop_sessions": 0, "workshop_invitations": 0}
    partners = [ids[0] for kind in ("maatschappelijke_begeleiding", "taalschool") if (ids := orgs.get(kind))]
    held, coming = today - timedelta(days=rng.randint(20, 40)), today + timedelta(days=rng.randint(10, 20))
    invitations = 0
    for day, place, languages in ((held, f"Stadhuis {municipality}, zaal 2", ["nl", "ar", "ti"]),
                                  (coming, f"Bibliotheek {municipality}", ["nl", "fa", "en"])):
        session = store.workshops.save_session({
            "held_on": day.isoformat(), "starts_at": "13:30", "ends_at": "16:00", "place": place,
            "languages": languages, "interpreter": "Tolk via het tolkencentrum",
            "partners_present": partners, "capacity": 20,
            "notes": "Met rondleiding langs de balies; koffie en thee."})
        chosen = rng.sample(newcomers, min(PER_SESSION, len(newcomers)))
        made = store.workshops.invite(session, [cid for cid, _ in chosen],
                                      today=min(today, day - timedelta(days=14))).made
        invitations += len(made)
        if day >= today:
            continue
        for invitation, (_, record) in zip(made, chosen, strict=True):
            status = rng.choices(("attended", "absent", "cancelled"), (70, 20, 10))[0]
            card = status == "attended" and rng.random() < 0.85
            store.workshops.record(invitation, status=status, card_handed_out=card,
                                   card_language=card_language(record.get("languages") or []) if card else None,
                                   today=today)
    return {"workshop_sessions": 2, "workshop_invitations": invitations}


def _recent(record: dict, today: date) -> bool:
    settled = record.get("vestiging_date")
    return not settled or (today - date.fromisoformat(settled)).days <= RECENT_DAYS
