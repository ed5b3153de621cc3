"""Every person's facts from plain records: the part the desktop's store reader and the server share.

The desktop reads its tables with set-based SQL (desktop/store/monitoring_source.py); the server
holds the same records as field dicts per entity (server/record_store.py). Both end here: one
conversation per client chosen the same way, the households gathered, and `build_facts` per person.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping

from domain.arrival.workshop import attended_dates
from domain.monitoring.facts import PersonFacts, build_facts, to_date

# form -> part -> (question, is yes/no): the answers of the handover and intake monitoring reads
MONITORED_ANSWERS = {
    "handover": {"languages": (("literacy", False),),
                 "pre_integration": (("classes_started", True), ("knm_started", True))},
    "intake": {"language": (("literacy", False),),
               "activities": (("volunteering", True), ("sports_or_clubs", True))},
}
# The conversation records and the field holding the day each was held.
CONVERSATIONS = {"handover": ("handovers", "held_at"), "intake": ("intakes", "held_on")}
# The entities the facts are made of (the server reads only these).
ENTITIES = ("clients", "plans", "plan_versions", "plan_milestones", "plan_debt_signals", "plan_actions",
            "plan_goals", "handovers", "intakes", "form_parts", "workshop_sessions", "workshop_invitations",
            "referrals")


def monitored_answers(form: str, part: str, answers) -> dict | None:
    """The answers of one form part that monitoring reads ({"answers": {...}}), or None when the part
    is none of them. Answers may be JSON text (as a store's column holds them) or a dict; yes/no
    answers may be 0 and 1 (SQLite's JSON)."""
    questions = MONITORED_ANSWERS.get(form, {}).get(part)
    if questions is None:
        return None
    if isinstance(answers, str):
        try:
            answers = json.loads(answers)
        except ValueError:
            return None  # a broken part is skipped, as the store's reader skips it
    if not isinstance(answers, dict):
        return None
    return {"answers": {q: bool(answers[q]) if yesno and isinstance(answers[q], int) else answers[q]
                        for q, yesno in questions if answers.get(q) is not None}}


def one_per_client(rows: Iterable[tuple[str, str, str | None, bool, str | None]],
                   held_key: str, parts: Mapping[str, dict]) -> dict[str, dict]:
    """One conversation per client: a completed one before a draft, then the newest (created_at).
    rows: (client_id, record_id, held, complete, created_at). Returns {client_id: {held_key: date,
    "parts": {...}}}."""
    chosen: dict[str, tuple] = {}
    for client_id, record_id, held, complete, created_at in rows:
        rank = (bool(complete), created_at or "")
        if client_id not in chosen or rank >= chosen[client_id][0]:
            chosen[client_id] = (rank, record_id, held)
    return {cid: {held_key: to_date(held), "parts": parts.get(rid, {})} for cid, (_, rid, held) in chosen.items()}


def assemble(clients: list[dict], plans: Mapping[str, dict], milestones: Mapping[str, list[dict]],
             debts: Mapping[str, list[dict]], actions: Mapping[str, list[dict]], goals: Mapping[str, list[dict]],
             handovers: Mapping[str, dict], intakes: Mapping[str, dict],
             workshops: Mapping[str, Iterable] | None = None,
             referrals: Mapping[str, Iterable] | None = None) -> list[PersonFacts]:
    """PersonFacts for every client (ordered by id): the records grouped per client id, deleted ones
    left out by the caller. `workshops`: the days of the welcome workshop attended; `referrals`: the
    days referred to a service of the sociale kaart (they count for S1 and S6)."""
    workshops, referrals = workshops or {}, referrals or {}
    households: dict[str, list[dict]] = defaultdict(list)
    for client in clients:
        if client.get("household_id"):
            households[client["household_id"]].append(client)
    empty: list = []
    facts = []
    for client in sorted(clients, key=lambda c: c["id"]):
        cid, household = client["id"], client.get("household_id")
        facts.append(build_facts(
            client, plans.get(cid), milestones.get(cid, empty), debts.get(cid, empty), actions.get(cid, empty),
            goals.get(cid, empty), handovers.get(cid), intakes.get(cid),
            households.get(household) if household else None,
            workshop_dates=workshops.get(cid, empty), referral_dates=referrals.get(cid, empty)))
    return facts


def facts_from_records(records: Mapping[str, Iterable[dict]]) -> list[PersonFacts]:
    """PersonFacts from records as field dicts per entity (as the server stores them, as a device
    sends them). Deleted records (tombstones) are left out here."""
    live = {entity: [r for r in records.get(entity, ()) if not r.get("deleted")] for entity in ENTITIES}
    clients = live["clients"]
    known = {c["id"] for c in clients}

    def grouped(entity: str) -> dict[str, list[dict]]:
        out: dict[str, list[dict]] = defaultdict(list)
        for r in live[entity]:
            if r.get("client_id") in known:
                out[r["client_id"]].append(r)
        return out

    first_pip: dict[str, tuple] = {}
    for v in live["plan_versions"]:
        if v.get("pip_dated_on") and v.get("plan_id"):
            number = v.get("number") or 0
            if v["plan_id"] not in first_pip or number < first_pip[v["plan_id"]][0]:
                first_pip[v["plan_id"]] = (number, v["pip_dated_on"])
    plans: dict[str, dict] = {}
    for p in live["plans"]:
        if p.get("client_id") in known:
            plans[p["client_id"]] = {**p, "may_finish_education": bool(p.get("may_finish_education")),
                                     "first_pip_dated_on": first_pip.get(p.get("id"), (0, None))[1]}
    actions = {cid: [a for a in rows if a.get("organisation_id")] for cid, rows in grouped("plan_actions").items()}

    parts: dict[str, dict[str, dict]] = {form: defaultdict(dict) for form in MONITORED_ANSWERS}
    for part in live["form_parts"]:
        form = part.get("form")
        found = monitored_answers(form, part.get("part"), part.get("answers"))
        if found is not None:
            parts[form][part.get("owner_id")][part["part"]] = found
    conversations = {}
    for form, (entity, held) in CONVERSATIONS.items():
        rows = ((r["client_id"], r["id"], r.get(held), r.get("status") == "complete", r.get("created_at"))
                for r in live[entity] if r.get("client_id") in known)
        conversations[form] = one_per_client(rows, held, parts[form])
    sessions = {s["id"]: s for s in live["workshop_sessions"]}
    workshops = {cid: attended_dates(rows, sessions) for cid, rows in grouped("workshop_invitations").items()}
    referrals = {cid: [r.get("referred_on") for r in rows] for cid, rows in grouped("referrals").items()}
    return assemble(clients, plans, grouped("plan_milestones"), grouped("plan_debt_signals"), actions,
                    grouped("plan_goals"), conversations["handover"], conversations["intake"], workshops, referrals)
