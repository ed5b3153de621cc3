"""A referral shares nothing of a person's file without their consent in force.

A referral (entity `referrals`) names the chain organisation behind the service it refers to
(`organisation_id`) and the parts of the file it shares with it (`shared_parts`). Sharing any
part needs a consent record of the same client for that organisation, not withdrawn, covering
every part shared; health is never shared. The rule holds for every insert and update, whoever
makes it: a referral whose consent was withdrawn since can be changed again only sharing nothing
(or what the consent still covers). Who writes referrals at all is the usual rule of a client's
records (server/write_rules.py: staff holding the client, never partners).
"""

from __future__ import annotations

from sqlalchemy import Connection, select

from server import record_store
from server.record_store import RECORDS, Stored
from server.visibility import HEALTH, consent_active, consent_parts
from sync.protocol import Operation

REFERRAL_NEEDS_CONSENT = ("Sharing a person's file with this organisation needs their consent in force for it, "
                          "covering every part shared: record the consent first, or refer without sharing.")
REFERRAL_NO_HEALTH = "Health data is never shared with a referral: the person takes it along themselves."


def refusal(conn: Connection, tenant_id: str, op: Operation, current: Stored | None) -> str | None:
    if op.entity != "referrals" or op.op == "delete":
        return None
    fields = record_store.after_merge(op, current)  # the record as it will be stored
    shared = consent_parts(fields.get("shared_parts"))
    if not shared:
        return None  # the person got an address, nothing of their file
    if HEALTH in shared:
        return REFERRAL_NO_HEALTH
    client_id, organisation_id = fields.get("client_id"), fields.get("organisation_id")
    if not isinstance(client_id, str) or not isinstance(organisation_id, str):
        return REFERRAL_NEEDS_CONSENT
    covered = _consented(conn, tenant_id, client_id, organisation_id)
    return None if shared <= covered else REFERRAL_NEEDS_CONSENT


def _consented(conn: Connection, tenant_id: str, client_id: str, organisation_id: str) -> set[str]:
    """The parts the client's consents in force for this organisation cover, as stored now
    (this push's own consents included: a consent and the referral it allows may travel together)."""
    consents: dict[str, dict] = {}
    for record_id, data in conn.execute(select(RECORDS.c.record_id, RECORDS.c.data).where(
            RECORDS.c.tenant_id == tenant_id, RECORDS.c.entity == "consents", RECORDS.c.client_id == client_id,
            RECORDS.c.organisation_id == organisation_id)):
        consents[record_id] = data
    for stored in record_store.saved_in_block_of(conn, tenant_id, "consents"):
        if stored.client_id == client_id and stored.organisation_id == organisation_id:
            consents[stored.record_id] = stored.data
        elif stored.record_id in consents:  # moved to another client or organisation in this push
            del consents[stored.record_id]
    parts: set[str] = set()
    for data in consents.values():
        if consent_active(data):
            parts |= consent_parts(data.get("parts"))
    return parts
