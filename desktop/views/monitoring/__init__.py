"""The coordinator's monitoring dashboard: the chain's targets per cohort, drill-down, export."""
