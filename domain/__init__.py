"""Ketenplan's domain: record types and rules. Pure Python: no Qt, no database, no HTTP."""
