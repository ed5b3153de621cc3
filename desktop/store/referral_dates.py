"""The days each client was referred to a service of the sociale kaart, for monitoring (S6).

A referral counts from the day it was made, whatever became of it (docs/decisions/0023); one
query for the whole store, grouped by client, deleted referrals left out.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection

_REFERRALS = "SELECT client_id, referred_on FROM referrals WHERE deleted = 0 AND referred_on IS NOT NULL"


def referral_dates(conn: Connection) -> dict[str, list[str]]:
    """{client id: [referred_on, ...]} as stored (ISO dates; build_facts reads them)."""
    out: dict[str, list[str]] = defaultdict(list)
    for client_id, referred_on in conn.exec_driver_sql(_REFERRALS).fetchall():
        out[client_id].append(referred_on)
    return out
