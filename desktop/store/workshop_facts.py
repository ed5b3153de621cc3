"""The welcome workshop as monitoring counts it: per client, the days of the sessions attended.

Read in one query for the whole store (a coordinator's holds the municipality), grouped by client
in Python; the rule of what counts is the domain's (domain/arrival/workshop.py attended_dates).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import Connection

from domain.arrival.workshop import attended_dates

# The tables these facts come from: a change in them changes the figures.
WORKSHOP_FACT_TABLES = ("workshop_sessions", "workshop_invitations")
_ATTENDED = """SELECT i.client_id, i.session_id, s.held_on FROM workshop_invitations i
    JOIN workshop_sessions s ON s.id = i.session_id
    WHERE i.deleted = 0 AND s.deleted = 0 AND i.status = 'attended'"""


def workshop_days(conn: Connection) -> dict[str, tuple[date, ...]]:
    """{client_id: (day, ...)} of the sessions each client attended; clients who attended none are absent."""
    invitations: dict[str, list[dict]] = defaultdict(list)
    sessions: dict[str, dict] = {}
    for client_id, session_id, held_on in conn.exec_driver_sql(_ATTENDED):
        invitations[client_id].append({"session_id": session_id, "status": "attended"})
        sessions[session_id] = {"held_on": held_on}
    return {cid: days for cid, rows in invitations.items() if (days := attended_dates(rows, sessions))}
