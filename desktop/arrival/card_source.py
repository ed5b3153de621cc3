"""Reading what the card needs from the encrypted store: the person, their workers and partners.

Only the fields the card shows are read (name, languages, the klantmanager's and begeleider's
names and work e-mail, the partner organisations of the file and of the plan's actions, and the
services of the sociale kaart the person was referred to, first referral first). Run
on the command line or the database thread, never on the GUI thread.
"""

from __future__ import annotations

from sqlalchemy import Engine, or_, select

from desktop.arrival.card_content import PersonFile, Worker
from desktop.store.json_columns import json_list
from desktop.store.schema import clients, organisations, plan_actions, plans, referrals, workers


class ClientNotFound(LookupError):
    pass


class ClientAmbiguous(LookupError):
    pass


def _list(value) -> list[str]:
    return [str(i) for i in json_list(value) if i]


def find_client(engine: Engine, ref: str) -> str:
    """The live client with this id or V-nummer."""
    ref = ref.strip()
    with engine.connect() as conn:
        ids = list(conn.execute(select(clients.c.id).where(
            or_(clients.c.id == ref, clients.c.v_number == ref), clients.c.deleted.is_(False))).scalars())
    if not ids:
        raise ClientNotFound("no client with this id or V-nummer")
    if len(ids) > 1:
        raise ClientAmbiguous("more than one client has this V-nummer: give the client's id")
    return ids[0]


class WorkshopNotFound(LookupError):
    pass


def workshop_invitees(engine: Engine, session_id: str) -> list[str]:
    """Everyone invited to this welcome workshop session (cancelled invitations left out), by name."""
    from desktop.store.errors import RecordNotFound
    from desktop.store.workshops import WorkshopRepository
    repository = WorkshopRepository(engine)
    try:
        repository.session(session_id.strip())
    except RecordNotFound:
        raise WorkshopNotFound("no welcome workshop session with this id") from None
    return [i["client_id"] for i in repository.invited_to(session_id.strip()) if i["status"] != "cancelled"]


def all_clients(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(clients.c.id).where(clients.c.deleted.is_(False))
                                 .order_by(clients.c.family_name, clients.c.id)).scalars())


def person_file(engine: Engine, client_id: str) -> PersonFile:
    with engine.connect() as conn:
        row = conn.execute(select(clients).where(clients.c.id == client_id)).mappings().first()
        if row is None or row["deleted"]:
            raise ClientNotFound("no client with this id")
        orgs = {r["id"]: r for r in conn.execute(
            select(organisations.c.id, organisations.c.name, organisations.c.kind)
            .where(organisations.c.deleted.is_(False))).mappings()}

        def worker(worker_id) -> Worker | None:
            if not worker_id:
                return None
            w = conn.execute(select(workers).where(workers.c.id == worker_id)).mappings().first()
            if w is None or w["deleted"]:
                return None
            org = orgs.get(w["organisation_id"]) or {}
            return Worker(w["name"], w["email"] or "", org.get("name", ""), org.get("kind", ""))

        partner_ids = _list(row["partner_org_ids"])
        partner_ids += list(conn.execute(
            select(plan_actions.c.organisation_id).where(
                plan_actions.c.client_id == client_id, plan_actions.c.deleted.is_(False),
                plan_actions.c.organisation_id.is_not(None))).scalars())
        partner_ids += list(conn.execute(
            select(plans.c.budgetcoach_org_id).where(
                plans.c.client_id == client_id, plans.c.deleted.is_(False),
                plans.c.budgetcoach.is_(True), plans.c.budgetcoach_org_id.is_not(None))).scalars())
        klantmanager, begeleider = worker(row["klantmanager_id"]), worker(row["begeleider_id"])
        referred = tuple(dict.fromkeys(conn.execute(
            select(referrals.c.service_id).where(referrals.c.client_id == client_id, referrals.c.deleted.is_(False))
            .order_by(referrals.c.referred_on, referrals.c.created_at)).scalars()))
    partners, seen = [], set()
    for org_id in partner_ids:
        org = orgs.get(org_id)
        if org and org_id not in seen:
            seen.add(org_id)
            partners.append((org["name"], org["kind"]))
    given = row["given_names_usual"] or row["given_names"]
    family = row["family_name_usual"] or row["family_name"]
    return PersonFile(client_id, f"{given} {family}".strip(), tuple(_list(row["languages"])),
                      klantmanager, begeleider, tuple(partners), referred)
