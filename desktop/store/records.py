"""Helpers shared by the repositories: stamps, JSON list columns, row conversion."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.store.json_columns import json_list

JSON_LIST_COLUMNS = frozenset({"languages", "partner_org_ids", "present_ids", "visitor_ids",
                               "ontzorgen_costs", "duo_term_extensions"})
BOOL_COLUMNS = frozenset({"interpreter_needed", "interpreter_present", "special", "deleted",
                          "may_finish_education", "budgetcoach", "checked", "client_agrees", "resolved",
                          "duo_term_carried_over"})


def now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def to_row(fields: dict) -> dict:
    """Python values to column values."""
    out = {}
    for key, value in fields.items():
        if key in JSON_LIST_COLUMNS:
            out[key] = json.dumps(list(value or []))
        elif key in BOOL_COLUMNS:
            out[key] = bool(value)
        else:
            out[key] = value
    return out


def from_row(row) -> dict:
    """Column values to Python values."""
    out = dict(row)
    for key in JSON_LIST_COLUMNS & out.keys():
        out[key] = json_list(out[key], key)
    for key in BOOL_COLUMNS & out.keys():
        out[key] = bool(out[key])
    return out
