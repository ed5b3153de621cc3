"""Home visits: planning, the report, follow-ups, and the agenda."""
